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
    /// The lost-light proof belongs to the reference it was granted on, not to the settings, and a
    /// re-check that proves nothing leaves the other way out open (review 2026-12-03).
    /// </summary>
    [TestClass]
    public class LostLightProofKeptTests
    {
        private static void Apply(SimulatedHardware hw, ProbeWorkflow flow, double dbm, double lossDb, CommandAction action)
        {
            WorkflowFixture.Run(hw, flow, dbm, lossDb, action);
        }

        [TestMethod]
        public void ARecheckThatProvesNothingLeavesTheNewReferenceWayOpen()
        {
            SimulatedHardware hw = new SimulatedHardware(4105);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            Apply(hw, flow, -20, 0, CommandAction.Reference);
            Apply(hw, flow, -20, 0.85, CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "0.85 dB alike: refused");
            Apply(hw, flow, -20, 0, CommandAction.Recheck);
            Check.False(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "the re-check passes but proves nothing at 0.85 dB");
            Apply(hw, flow, -20, 0, CommandAction.Reference);
            Check.True(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "one new reference that reads as the refused one proves it");
            Apply(hw, flow, -20, 0.85, CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Result, "the link is measured");
            Verdict v = core.Inspector.Result.VerdictAt(1);
            Check.True(v == Verdict.Fail || v == Verdict.FailStar, "0.85 dB against 0.75 dB fails");
        }

        [TestMethod]
        public void AnotherLinkLabelKeepsTheWaiver()
        {
            SimulatedHardware hw = new SimulatedHardware(4104);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            flow.Command(core.Commands.Processor.Execute("link A"));
            Apply(hw, flow, -20, 0, CommandAction.Reference);
            Apply(hw, flow, -20, 1.0, CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "A alike 1.0 dB: refused");
            Apply(hw, flow, -20, 0, CommandAction.Reference);
            Check.True(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "proven by the new reference");

            // The next link of the same panel, also 1.0 dB on every fiber.
            flow.Command(core.Commands.Processor.Execute("link B"));
            Apply(hw, flow, -20, 1.0, CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Result, "B is measured under the same reference's proof");
            Check.Equal(Verdict.Fail, core.Inspector.Result.VerdictAt(12), "B fails");

            // A head change still ends it (another port).
            hw.HeadPositions = 24;
            hw.Light(-20, SimulatedProbe.Losses(24, 1.0));
            flow.Command(CommandAction.Inspect);
            Check.False(core.Reference.IsValid, "the head change drops the reference the proof held on");
            hw.Light(-20, SimulatedProbe.Losses(24, 0));
            flow.Command(CommandAction.Reference);
            Check.True(core.Reference.IsValid && core.Reference.Layout == LayoutId.Mpo24, "a reference on the new head");
            hw.Light(-20, SimulatedProbe.Losses(24, 1.0));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "the old head's waiver does not carry: a connector alike 1.0 dB is refused again");
        }

        [TestMethod]
        public void ANewCordCannotProveTheOldCordsRefusal()
        {
            SimulatedHardware hw = new SimulatedHardware(4116);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            Apply(hw, flow, -20, 0, CommandAction.Reference);
            Apply(hw, flow, -20, 0.85, CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "0.85 dB alike: refused");
            flow.Command(core.Commands.Processor.Execute("reset cord"));
            Apply(hw, flow, -20, 0, CommandAction.Reference);
            Check.False(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "the new cord's reference proves nothing of what the old cord read");
        }
    }
}
