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
    /// A connector held for a clean, through the button: a source 0.9 dB dimmer than at a plain
    /// reference under an uneven link ends in RE-REFERENCE, never in a FAIL; dirt on every fiber
    /// that comes off is measured (issue 25, part 4).
    /// </summary>
    [TestClass]
    public class CleanFirstWorkflowTests
    {
        private static ProbeWorkflow Referenced(SimulatedHardware hw, out ProbeCore core)
        {
            ProbeWorkflow flow = WorkflowFixture.BootWithClock(hw, out core);
            WorkflowFixture.Run(hw, flow, -20, 0, CommandAction.Reference);
            Check.True(core.Reference.IsValid, "reference set");
            return flow;
        }

        [TestMethod]
        public void ADimmerSourceUnderAnUnevenLinkEndsInReReferenceNotFail()
        {
            SimulatedHardware hw = new SimulatedHardware(6111);
            ProbeCore core;
            ProbeWorkflow flow = Referenced(hw, out core);
            // The link's fibers 0.0 / 0.2 dB, the source 0.9 dB dimmer than at the reference.
            hw.Light(-20.9, WorkflowFixture.Alternating(0.0, 0.2));
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Result, "a result screen");
            InspectionResult r = core.Inspector.Result;
            Check.True(r.CleanFirst, "held");
            Check.Equal(0u, r.MaskOf(Verdict.Fail) | r.MaskOf(Verdict.FailStar) | r.MaskOf(Verdict.PassStar) | r.MaskOf(Verdict.Pass), "no loss verdict on the screen");
            Check.Equal("ALL HIGH: CLEAN FIRST", flow.Actions.ResultNote, "the note says what to do");
            Check.True(core.Frame.ShowsText("ALL HIGH: CLEAN FIRST") && core.Frame.ShowsText("CLEAN"), "shown, the big word the action");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanPrompt, "the clean prompt");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Fault, "a clean that took nothing off: refused");
            Check.True(core.SelfTest.Faults.Kind == FaultKind.SourceChanged, "source_changed: RE-REFERENCE");
            Check.True(WorkflowFixture.Logged(hw, "a clean took nothing off"), "logged why");
            Check.True(WorkflowFixture.Logged(hw, "nothing came off"), "the clean record says so");
            Check.Equal(0, core.Cycle.FailedCleans, "no failed clean counted");
            Check.False(flow.Actions.HasResult, "no result to repeat");
        }

        [TestMethod]
        public void DirtOnEveryFiberThatComesOffIsMeasured()
        {
            SimulatedHardware hw = new SimulatedHardware(6112);
            ProbeCore core;
            ProbeWorkflow flow = Referenced(hw, out core);
            hw.Light(-20, WorkflowFixture.Alternating(0.9, 1.1));
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(core.Inspector.Result.CleanFirst, "held");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanPrompt, "the clean prompt");
            hw.Light(-20, WorkflowFixture.Alternating(0.1, 0.3));
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanResult, "the clean result");
            Check.True(core.Cycle.AllClean, "cleaned: PASS");
            Check.Equal(MpoLayout.Mpo12.UsedMask, core.Cycle.ConfirmedMask, "contamination confirmed everywhere");
            Check.False(core.SelfTest.Faults.HasFault, "no refusal");
        }

        [TestMethod]
        public void DirtThatComesOffInStagesIsCleanedAgainNotRefused()
        {
            SimulatedHardware hw = new SimulatedHardware(6113);
            ProbeCore core;
            ProbeWorkflow flow = Referenced(hw, out core);
            hw.Light(-20, WorkflowFixture.Alternating(1.6, 1.8));
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.ShortPress);
            hw.Light(-20, WorkflowFixture.Alternating(0.9, 1.1));
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanResult, "a clean result, not a refusal");
            Check.True(core.Cycle.Improving, "dirt came off");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanPrompt, "clean again");
            hw.Light(-20, WorkflowFixture.Alternating(0.1, 0.3));
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(core.Cycle.AllClean, "the second clean finishes it");
        }
    }
}
