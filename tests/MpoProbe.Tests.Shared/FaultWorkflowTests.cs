using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>The head decides the layout; faults refuse, name themselves and clear on retry (docs/faults.md).</summary>
    [TestClass]
    public class FaultWorkflowTests
    {
        [TestMethod]
        public void LayoutFollowsTheFittedHeadAtBoot()
        {
            SimulatedHardware hw = new SimulatedHardware(1310);
            hw.HeadPositions = 24;
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            Check.True(flow.State == ProbeState.Ready, "ready");
            Check.True(core.Settings.Layout == MpoLayout.Mpo24, "24 head: MPO-24");
            Check.True(WorkflowFixture.Logged(hw, "layout_from_head"), "logged why");
        }

        [TestMethod]
        public void SerialInspectFromAFaultScreenRunsTheSameChecks()
        {
            SimulatedHardware hw = new SimulatedHardware(1311);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            hw.HeadPositions = 0;
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "head pulled: fault");
            hw.Serial.Clear();
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "still refused from the fault screen");
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"head_missing\""), "named again");
            Check.False(WorkflowFixture.Logged(hw, "\"type\":\"inspection\""), "no inspection record");
            flow.Command(CommandAction.Status);
            Check.True(WorkflowFixture.Logged(hw, "\"state\":\"fault\""), "status names the fault state");
            flow.Handle(ButtonEvent.LongPress);
            Check.True(flow.State == ProbeState.Fault, "a long press retries too, and the head is still missing");
            hw.HeadPositions = 12;
            flow.Handle(ButtonEvent.LongPress);
            Check.True(flow.State == ProbeState.Ready, "head back: a press retries and clears");
            flow.Command(CommandAction.Inspect);
            Check.True(WorkflowFixture.Logged(hw, "\"overall\":\"PASS\""), "measures again with the same head");
        }

        [TestMethod]
        public void HeadSwappedMidJobDropsTheReferenceAndFollowsTheNewHead()
        {
            SimulatedHardware hw = new SimulatedHardware(1312);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            hw.HeadPositions = 16;
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "refused");
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"head_changed\""), "head_changed");
            Check.True(core.Settings.Layout == MpoLayout.Mpo16, "layout follows the new head");
            Check.False(core.Reference.IsValid, "the reference through the old head is gone");
            flow.Handle(ButtonEvent.ShortPress);
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Error, "no reference for the new head: NO REF");
        }

        [TestMethod]
        public void LightDuringDarkIsAFaultUntilTheCapIsOn()
        {
            SimulatedHardware hw = new SimulatedHardware(1313);
            ProbeCore core = new ProbeCore(hw);
            ProbeWorkflow flow = new ProbeWorkflow(core);
            flow.Actions.ListenForCodedSource = false;
            hw.Light(-20, SimulatedProbe.Losses(12, 0.3));
            flow.Start();
            Check.True(flow.State == ProbeState.Fault, "light at boot");
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"light_during_dark\""), "named");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Fault, "still lit: still refused");
            hw.Sim.SetAllDark();
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Ready, "capped: dark captured, ready");
        }

        [TestMethod]
        public void StuckConverterAfterTheReferenceIsNamedNotPassed()
        {
            SimulatedHardware hw = new SimulatedHardware(1314);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            hw.Faults.StuckCode = 2400;
            hw.Light(-20, SimulatedProbe.Losses(12, 1.5));
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Fault, "fault screen");
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"adc_stuck\""), "adc_stuck");
            Check.False(WorkflowFixture.Logged(hw, "\"type\":\"inspection\""), "no loss that looks valid");
        }

        [TestMethod]
        public void FaultScreensFitTheDisplay()
        {
            FaultLatch f = new FaultLatch();
            for (int k = 1; k < FaultCatalogue.Count; k++)
            {
                FaultKind kind = (FaultKind)k;
                Check.True(FaultCatalogue.Title(kind).Length <= 10, FaultCatalogue.Code(kind) + ": title fits at scale 2");
                Check.True(WrappedLines(FaultCatalogue.Screen(kind), FaultReport.ScreenChars) <= 3, FaultCatalogue.Code(kind) + ": message fits 3 lines");
                f.Clear();
                f.Raise(kind, 32, -99.99, 4095);
                Check.True(FaultReport.Detail(f).Length <= FaultReport.ScreenChars, FaultCatalogue.Code(kind) + ": detail line '" + FaultReport.Detail(f) + "' fits");
            }
        }

        private static int WrappedLines(string text, int maxChars)
        {
            int lines = 0;
            int start = 0;
            while (start < text.Length)
            {
                int end = start + maxChars >= text.Length ? text.Length : start + maxChars;
                if (end < text.Length)
                {
                    int space = text.LastIndexOf(' ', end, end - start);
                    end = space > start ? space : end;
                }

                lines++;
                start = end;
                while (start < text.Length && text[start] == ' ')
                {
                    start++;
                }
            }

            return lines;
        }

        [TestMethod]
        public void LastAfterARefusedInspectionRepeatsNoResult()
        {
            SimulatedHardware hw = new SimulatedHardware(1312);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            flow.Command(CommandAction.Inspect);
            Check.True(WorkflowFixture.Logged(hw, "\"overall\":\"PASS"), "a good inspection first");
            hw.Light(-18, SimulatedProbe.Losses(12, 0.3)); // the source is now 2 dB brighter than at the reference
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "refused: the reference no longer applies");
            hw.Serial.Clear();
            flow.Command(CommandAction.Last);
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"no_result\""), "last: no result to repeat");
            Check.False(WorkflowFixture.Logged(hw, "\"type\":\"inspection\""), "the refused scan is not sent as a result");
        }

        [TestMethod]
        public void WeakPositionsOfAForcedReferenceNeverPassOutright()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 904);
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, SimulatedProbe.Losses(12, 0.05));
            probe.Inspector.NowMs = 1000 + 60000;
            Check.Equal(Verdict.Pass, probe.Inspect().VerdictAt(4), "an ordinary reference: PASS");
            probe.Reference.MarkForced(PositionMask.Of(4));
            InspectionResult r = probe.Inspect();
            Check.Equal(Verdict.RefWeak, r.VerdictAt(4), "weak position 4 of a forced reference: REF WEAK, neither PASS nor PASS*");
            Check.Near(0.05, r.LossDb(4), 0.1, "the loss is still reported (unverified)");
            Check.Equal(Verdict.Pass, r.VerdictAt(5), "other positions unchanged");
            probe.Reference.MarkForced(PositionMask.Of(4) | PositionMask.Of(6));
            double[] losses = SimulatedProbe.Losses(12, 0.05);
            losses[5] = 0.70;
            losses[3] = 1.6;
            probe.LightWithLoss(-20.0, losses);
            r = probe.Inspect();
            Check.Equal(Verdict.RefWeak, r.VerdictAt(6), "a weak PASS* becomes REF WEAK too");
            Check.Equal(Verdict.Fail, r.VerdictAt(4), "a weak position that fails anyway still fails: its true loss is higher still");
            Check.Equal("REF_WEAK", VerdictText.Name(Verdict.RefWeak), "log name");
        }

        private static ProbeWorkflow WithReference(SimulatedHardware hw, out ProbeCore core)
        {
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            core.Settings.Limit = LimitProfile.Standard;
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Reference);
            hw.Light(-20, SimulatedProbe.Losses(12, 0.3));
            return flow;
        }
    }
}
