using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The workflow's outer edge: a peripheral that throws (an I2C transfer the converter refused, a
    /// flash read) stops the action it was part of, never the probe. Nothing that action measured is
    /// logged as a result; the error is logged and shown, and a press goes on (a review, 2026-12-04:
    /// an exception left the main loop with "MEASURING" frozen on the screen).
    /// </summary>
    public sealed partial class ProbeWorkflow
    {
        /// <summary>Acts on a button event in the current state.</summary>
        public void Handle(ButtonEvent e)
        {
            try
            {
                Dispatch(e);
            }
            catch (Exception x)
            {
                Failed(x);
            }
        }

        /// <summary>Runs what a serial command asked for.</summary>
        public void Command(CommandAction action)
        {
            try
            {
                RunCommand(action);
                _do.FollowClock();
            }
            catch (Exception x)
            {
                Failed(x);
            }
        }

        private void Failed(Exception x)
        {
            try
            {
                // A pair the failure cut short may have left the test current on.
                if (_core.Hardware.CheckInputs != null)
                {
                    _core.Hardware.CheckInputs.InjectTestCurrent(false);
                }
            }
            catch (Exception)
            {
                // The expander may be what failed.
            }

            try
            {
                Error("HW ERROR", "A PART FAILED: PRESS, RETRY. IF IT RECURS, SERVICE.", null);
            }
            catch (Exception)
            {
                // A display that fails too is its own fault (display_failed); the log still says why.
            }

            _do.Stamp();
            _core.Log.Error(HardwareErrorCode, "a peripheral failed (" + x.Message + "): what was being measured is not logged as a result; press to go on; if it recurs, return the probe for service");
        }

        private static readonly string HardwareErrorCode = "hardware_error";
    }
}
