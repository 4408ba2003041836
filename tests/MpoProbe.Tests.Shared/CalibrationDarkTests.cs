using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// Every calibration reading is taken above the dark table the probe captured at power-on
    /// with its port capped (docs/calibration.md, procedure step 2). A probe whose boot stopped at
    /// a fault never captured it and still holds the nominal pedestal; a sweep over that wrote
    /// ratios up to 0.46 dB off with every residual within 0.01 dB (docs/faults.md, "Whole
    /// sessions"). Such a probe refuses <c>cal begin</c>.
    /// </summary>
    [TestClass]
    public class CalibrationDarkTests
    {
        [TestMethod]
        public void BeginWithoutADarkTableIsRefused()
        {
            SimulatedHardware hw = new SimulatedHardware(165, null, false);
            ProbeCore core = new ProbeCore(hw);
            SimulatedFixture fixture = new SimulatedFixture(hw.Sim.ChannelCount, SimulatedCalibration.SourceDbm, 165);
            hw.Sim.LightSource = fixture;
            Check.False(core.Dark.IsCaptured, "no dark capture yet: the nominal pedestal");
            string refusal = SimulatedCalibration.Send(hw, core, "cal begin P-165 1.5 2026-05-04");
            Check.Contains("\"code\":\"cal_no_dark\"", refusal, "refused");
            Check.Contains("dark table", refusal, "says why");
            Check.Contains("cal_out_of_order", SimulatedCalibration.Send(hw, core, "cal step 0"), "nothing begun");
            Check.Equal("cal_no_dark", CalibrationCommands.Code(CalibrationOutcome.NoDark), "code");

            hw.Sim.LightSource = null;
            hw.Sim.SetAllDark();
            core.Acquirer.CaptureDark(hw.Sim.ChannelCount);
            hw.Sim.LightSource = fixture;
            Check.True(SimulatedCalibration.Send(hw, core, "cal begin P-165 1.5 2026-05-04") == null, "begun once the dark table is captured");
        }

        [TestMethod]
        public void ProbeWhoseBootFaultedBeforeItsDarkCannotCalibrate()
        {
            SimulatedHardware hw = new SimulatedHardware(166, null, false);
            hw.HeadPositions = 0;
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            Check.True(flow.State == ProbeState.Fault, "no head: the boot stops at the fault");
            Check.False(core.Dark.IsCaptured, "before the dark capture");
            Check.Contains("\"code\":\"cal_no_dark\"", WorkflowFixture.Send(hw, flow, "cal begin P-166 1.5 2026-05-04"), "head missing: refused");

            hw.HeadPositions = 12;
            hw.Screen.Failing = true;
            flow = WorkflowFixture.Boot(hw, out core);
            Check.False(core.Dark.IsCaptured, "a dead display stops the boot before the dark capture too");
            Check.Contains("\"code\":\"cal_no_dark\"", WorkflowFixture.Send(hw, flow, "cal begin P-166 1.5 2026-05-04"), "display failing: refused");

            hw.Screen.Failing = false;
            flow = WorkflowFixture.Boot(hw, out core);
            Check.True(flow.State == ProbeState.Ready, "healthy boot");
            Check.True(core.Dark.IsCaptured, "dark captured");
            Check.Contains("\"type\":\"reply\"", WorkflowFixture.Send(hw, flow, "cal begin P-166 1.5 2026-05-04"), "begun");
        }
    }
}
