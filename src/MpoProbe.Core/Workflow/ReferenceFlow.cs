using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Setting the 1-cord reference from the probe: CONNECT REFERENCE CORD → press → measure →
    /// (verification of the candidate goes here) → at most one yes/no question per screen. Every
    /// decision is logged as a <c>reference</c> record: accepted, refused, needs_confirmation
    /// (the question), forced (the operator kept an uneven cord: its low positions are marked
    /// weak in every later result), declined, cancelled. Each method draws its screen and returns
    /// the state the workflow is in next; <see cref="ProbeState.Ready"/> leaves the ready screen
    /// to the workflow.
    /// </summary>
    public sealed class ReferenceFlow
    {
        private readonly ProbeCore _core;
        private readonly ProbeActions _do;

        /// <summary>The reference steps over a built core and its actions.</summary>
        public ReferenceFlow(ProbeCore core, ProbeActions actions)
        {
            _core = core ?? throw new ArgumentNullException("core");
            _do = actions ?? throw new ArgumentNullException("actions");
        }

        /// <summary>Asks for the reference cord: source → one reference cord → probe.</summary>
        public ProbeState Connect()
        {
            _core.Screens.Instruction("CONNECT REFERENCE CORD", "SOURCE > 1 CLEAN CORD > PROBE. " + _core.Settings.Layout.Name + " " + ((int)_core.Settings.Wavelength).ToString() + " NM.", "PRESS: MEASURE", "HOLD: CANCEL");
            _do.Show();
            return ProbeState.ConnectReference;
        }

        /// <summary>The operator cancelled before measuring.</summary>
        public ProbeState Cancel()
        {
            _do.LogReferenceDecision("cancelled", "reference not taken: cancelled before measuring");
            return ProbeState.Ready;
        }

        /// <summary>Measures the candidate and stores it, asks about it, or refuses it.</summary>
        public ProbeState Measure()
        {
            _core.Screens.Measuring("REFERENCE", 0);
            _do.Show();
            ReferenceDecision decision = _do.ScanReference();
            if (_core.SelfTest.Faults.HasFault)
            {
                return ProbeState.Fault;
            }

            // The re-mate verification (serial `verify`, ProbeWorkflowVerify) follows a stored reference.
            if (decision == ReferenceDecision.Accepted)
            {
                _do.StoreReference(false);
                return ProbeState.Ready;
            }

            if (decision == ReferenceDecision.NeedsConfirmation)
            {
                _core.Screens.Confirm("CORD UNEVEN, LOW: " + Screens.PositionsFit(_core.ReferenceCheck.LowMask, 18), "USE IT ANYWAY? NO: CLEAN THE CORD AND MEASURE AGAIN.");
                _do.Show();
                return ProbeState.ConfirmReference;
            }

            uint bad = _core.ReferenceCheck.InvalidMask | _core.ReferenceCheck.OutOfWindowMask | _core.ReferenceCheck.LowMask;
            _core.Screens.Error("REFUSED", "AT " + Screens.PositionsFit(bad, 18) + ". CLEAN OR CHECK THE CORD, SOURCE ON. SEE LOG.");
            _do.Show();
            return ProbeState.Error;
        }

        /// <summary>The answer to "use it anyway?": yes stores it as forced, no asks for the cord again.</summary>
        public ProbeState Answer(bool yes)
        {
            if (yes)
            {
                _do.StoreReference(true);
                return ProbeState.Ready;
            }

            _do.LogReferenceDecision("declined", "uneven reference not stored (low: " + Format.Positions(_core.ReferenceCheck.LowMask) + "): clean the cord and measure again");
            return Connect();
        }
    }
}
