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
            Check.True(WorkflowFixture.Logged(hw, "\"held_for_clean\":true"), "the inspection record says held, not merely NO_REFERENCE");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanPrompt, "the clean prompt");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Fault, "a clean that took nothing off: refused");
            Check.True(core.SelfTest.Faults.Kind == FaultKind.SourceChanged, "source_changed: RE-REFERENCE");
            Check.True(WorkflowFixture.Logged(hw, "clean_took_nothing_off"), "logged why");
            Check.True(WorkflowFixture.Logged(hw, "every position lost light alike"), "refused as a connector that lost light alike");
            Check.Equal(1, WorkflowFixture.Count(hw, "\"type\":\"inspection\""), "the refused re-inspection leaves no inspection record, as a refusal at once does not");
            Check.Equal(0, WorkflowFixture.Count(hw, "\"type\":\"clean\""), "nor a clean record: the clean is not counted");
            Check.False(core.Cycle.HasBefore, "the cycle ends");
            Check.False(flow.Actions.HasResult, "no result to repeat");
        }

        [TestMethod]
        public void AStaleReferenceAsksForTheReferenceNotTheClean()
        {
            SimulatedHardware hw = new SimulatedHardware(6116);
            ProbeCore core;
            ProbeWorkflow flow = Referenced(hw, out core);
            hw.Sim.AdvanceMinutes(core.Settings.MaxReferenceAgeMinutes + 10);
            hw.Light(-20, WorkflowFixture.Alternating(0.9, 1.1));
            flow.Handle(ButtonEvent.ShortPress);
            InspectionResult r = core.Inspector.Result;
            Check.True(r.ReferenceStale && r.CleanFirst, "stale, and held");
            Check.True(flow.Actions.LastPrompt == PromptKind.ReReference, "the stale reference's prompt comes first");
            Check.False(core.Frame.ShowsText("CLEAN") || core.Frame.ShowsText("ALL HIGH: CLEAN FIRST"), "the screen does not ask for a clean the prompt then skips");
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
            Check.False(WorkflowFixture.Logged(hw, "clean_took_nothing_off"), "dirt came off");
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
            Check.True(core.Frame.ShowsText("ALL HIGH: CLEAN AGAIN"), "held again: no verdict named, not NOREF");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanPrompt, "clean again");
            hw.Light(-20, WorkflowFixture.Alternating(0.1, 0.3));
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(core.Cycle.AllClean, "the second clean finishes it");
        }
    }
}
