using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Tests
{
    /// <summary>Boots the real workflow on simulated hardware and reads its log, for the workflow and field-habit tests.</summary>
    public static class WorkflowFixture
    {
        /// <summary>A calibrated probe booted with the port dark; coded-source listening off (tests that need it turn it on).</summary>
        public static ProbeWorkflow Boot(SimulatedHardware hw, out ProbeCore core)
        {
            core = new ProbeCore(hw);
            ProbeWorkflow flow = new ProbeWorkflow(core);
            flow.Actions.ListenForCodedSource = false;
            hw.Sim.SetAllDark();
            core.Acquisition.DarkSamples = TestSize.Pick(core.Acquisition.DarkSamples, SimulatedProbe.DeviceTestDarkSamples);
            flow.Start();
            return flow;
        }

        /// <summary>True when any log line so far contains <paramref name="fragment"/>.</summary>
        public static bool Logged(SimulatedHardware hw, string fragment)
        {
            for (int i = 0; i < hw.Serial.Count; i++)
            {
                if (hw.Serial.LineAt(i).IndexOf(fragment) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
