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
    /// The job's reference re-check (issue 24, point 4; docs/workflow.md): asked after N inspections
    /// or T minutes, a good one starts a new interval, a failed one marks the results since the last
    /// good check in the log and the results store and drops the reference.
    /// </summary>
    [TestClass]
    public class RecheckTests
    {
        [TestMethod]
        public void RecheckIsAskedAfterNInspectionsAndAGoodOnePasses()
        {
            SimulatedHardware hw = new SimulatedHardware(931);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            core.Settings.RemateEvery = 0;
            core.Settings.RecheckEvery = 2;
            hw.Light(-20, SimulatedProbe.Losses(12, 0.3));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.Actions.LastPrompt == PromptKind.None, "first inspection: not due");
            Check.False(flow.Actions.RecheckDue, "1 of 2");
            flow.Command(CommandAction.Inspect);
            Check.True(flow.Actions.LastPrompt == PromptKind.Recheck, "second inspection: re-check asked");
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Recheck);
            Check.True(flow.State == ProbeState.Ready, "the same cord and source: passed");
            Check.True(WorkflowFixture.Logged(hw, "\"type\":\"recheck\",") && WorkflowFixture.Logged(hw, "\"passed\":true"), "recheck record, passed");
            Check.Equal(0, flow.Actions.InspectionsSinceCheck, "a new interval");
            Check.True(core.Reference.IsValid, "the reference stays");
        }

        [TestMethod]
        public void ASourceThatDriftedAfterTheReferenceFailsTheRecheckAndMarksTheResults()
        {
            SimulatedHardware hw = new SimulatedHardware(932);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            core.Settings.RemateEvery = 0;
            hw.Light(-19, SimulatedProbe.Losses(12, 1.0));
            flow.Command(CommandAction.Inspect);
            Check.Equal(1, flow.Actions.InspectionsSinceCheck, "one inspection since the reference");
            hw.Light(-19, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Recheck);
            Check.True(flow.State == ProbeState.Error, "the cord reads 1 dB more: failed");
            Check.True(WorkflowFixture.Logged(hw, "recheck_failed"), "said in the log");
            Check.True(WorkflowFixture.Logged(hw, "\"passed\":false") && WorkflowFixture.Logged(hw, "\"inspections\":1"), "the record counts the marked inspections");
            Check.True(flow.Actions.LastRecheckChangeDb > 0.9 && flow.Actions.LastRecheckChangeDb < 1.1, "about +1 dB");
            Check.False(core.Reference.IsValid, "the reference is dropped");
            string kept = hw.Files.Read(ResultsStore.SegmentName(0));
            Check.True(kept != null && kept.IndexOf("\"type\":\"recheck\"") >= 0, "the results store keeps the re-check record");
        }

        [TestMethod]
        public void RecheckIsDueAfterTheTimeWithAnInspection()
        {
            SimulatedHardware hw = new SimulatedHardware(933);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            core.Settings.RemateEvery = 0;
            core.Settings.RecheckEvery = 0;
            core.Settings.RecheckMinutes = 30;
            hw.Sim.AdvanceMinutes(40);
            Check.False(flow.Actions.RecheckDue, "no inspection yet: nothing to re-check");
            hw.Light(-20, SimulatedProbe.Losses(12, 0.3));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.Actions.RecheckDue, "40 min since the reference, one inspection");
            Check.True(flow.Actions.LastPrompt == PromptKind.Recheck, "asked");
        }

        [TestMethod]
        public void TheRecheckLimitIsTheBudgetsDriftPlusOneReMate()
        {
            Check.Near(FieldFigures.SourceDriftPerJobDb + FieldFigures.VerifyMaxChangeDb, ProbeActions.RecheckMaxChangeDb, 1e-12, "0.10 + 0.25 dB");
        }

        [TestMethod]
        public void AShiftEveryPositionSharesFailsOnTheMeanThoughEachPositionIsWithinItsLimit()
        {
            SimulatedHardware hw = new SimulatedHardware(934);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            hw.Light(-19.7, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Recheck);
            Check.True(flow.Actions.LastRecheckChangeDb > 0.25 && flow.Actions.LastRecheckChangeDb < ProbeActions.RecheckMaxChangeDb, "every position about +0.3 dB, inside 0.35 dB");
            Check.True(flow.State == ProbeState.Error, "a 0.3 dB shift of the whole cord minutes after the reference: failed");
            Check.True(flow.Actions.LastRecheckMeanFailed, "failed on the mean");
            Check.Near(0.3, flow.Actions.LastRecheckMeanDb, 0.05, "mean change");
            Check.True(flow.Actions.LastRecheckMeanLimitDb > 0.1 && flow.Actions.LastRecheckMeanLimitDb < 0.25, "limit from the prior's mating figure, no drift yet: " + Format.Db(flow.Actions.LastRecheckMeanLimitDb));
            Check.True(WorkflowFixture.Logged(hw, "the connector's mean changed by"), "the log names the mean");
            Check.True(WorkflowFixture.Logged(hw, "\"mean_change_db\":"), "the record carries the mean");
            Check.False(core.Reference.IsValid, "the reference is dropped");
        }

        [TestMethod]
        public void APositionWithoutLightFailsTheRecheckAndNoMeanIsClaimed()
        {
            ProbeWorkflow flow = RecheckWithOneMoved(936, -0.1, 12, 80);
            Check.True(flow.State == ProbeState.Error, "position 12 dark: failed");
            Check.Equal(12, flow.Actions.LastRecheckPosition, "the dark position named");
            Check.False(flow.Actions.LastRecheckMeanFailed, "not a failure of the mean");
            Check.Near(0, flow.Actions.LastRecheckMeanDb, 1e-12, "no mean over a partial connector");
        }

        [TestMethod]
        public void ADimmerShiftFailsOnTheMeanAndAFailedPositionLeavesNoMean()
        {
            SimulatedHardware hw = new SimulatedHardware(937);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            hw.Light(-20.3, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Recheck);
            Check.True(flow.Actions.LastRecheckMeanFailed, "every position about −0.3 dB: failed on the mean");
            Check.Near(-0.3, flow.Actions.LastRecheckMeanDb, 0.05, "signed mean");
            ProbeWorkflow second = RecheckWithOneMoved(938, 0, 1, -0.5);
            Check.Equal(1, second.Actions.LastRecheckPosition, "position 1 moved 0.5 dB");
            Check.False(second.Actions.LastRecheckMeanFailed, "failed per position");
            Check.Near(0, second.Actions.LastRecheckMeanDb, 1e-12, "no mean over a connector whose position failed");
        }

        [TestMethod]
        public void TheMeansLimitGrowsWithTheDriftTheStatementAllowsForTheReferencesAge()
        {
            SimulatedHardware hw = new SimulatedHardware(935);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            flow.Command(CommandAction.Recheck);
            Check.True(flow.State == ProbeState.Ready, "nothing moved: passed");
            double fresh = flow.Actions.LastRecheckMeanLimitDb;
            hw.Sim.AdvanceMinutes(FieldFigures.JobMinutes);
            hw.Light(-19.9, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Recheck);
            Check.True(flow.State == ProbeState.Ready, "0.1 dB after 8 h is the stated drift: passed (mean " + Format.Db(flow.Actions.LastRecheckMeanDb) + ")");
            Check.False(flow.Actions.LastRecheckMeanFailed, "not failed on the mean");
            Check.True(flow.Actions.LastRecheckMeanLimitDb > fresh + 0.04, "8 h of drift widen the limit: " + Format.Db(fresh) + " → " + Format.Db(flow.Actions.LastRecheckMeanLimitDb));
        }

        [TestMethod]
        public void AFailedRecheckNamesTheLargestChangeNotTheFirstPastTheLimit()
        {
            SimulatedHardware hw = new SimulatedHardware(978);
            double[] losses = SimulatedProbe.Losses(12, 0);
            losses[1] = 0.45;
            losses[8] = 2.0;
            ProbeWorkflow flow = RecheckWith(hw, losses);
            Check.True(flow.State == ProbeState.Error, "failed");
            Check.Equal(9, flow.Actions.LastRecheckPosition, "position 9 moved 2 dB; position 2, the first past the limit, only 0.45 dB");
            Check.True(flow.Actions.LastRecheckChangeDb < -1.9 && flow.Actions.LastRecheckChangeDb > -2.1, "its change, about −2 dB");
            Check.False(flow.Actions.LastRecheckDark, "every position lit");
            Check.True(WorkflowFixture.Logged(hw, "\"worst_pos\":9,"), "the record names it");
        }

        [TestMethod]
        public void ADarkPositionAtTheRecheckIsNamedAsDarkWithoutAChange()
        {
            SimulatedHardware hw = new SimulatedHardware(977);
            double[] losses = SimulatedProbe.Losses(12, 0.1);
            losses[6] = SimulatedProbe.DarkLossDb + 1;
            ProbeWorkflow flow = RecheckWith(hw, losses);
            Check.True(flow.State == ProbeState.Error, "no light at a used position: failed");
            Check.Equal(7, flow.Actions.LastRecheckPosition, "the dark position");
            Check.True(flow.Actions.LastRecheckDark, "named as dark");
            Check.True(flow.Actions.LastRecheckChangeDb == 0, "its change unknown (0), not the 0.1 dB of the position read before it");
            Check.True(WorkflowFixture.Logged(hw, "\"worst_pos\":7,\"worst_change_db\":null"), "the record: position 7, no change");
            Check.True(WorkflowFixture.Logged(hw, "position 7 (red) has no light"), "the error says no light, not a change within the limit");
        }

        /// <summary>A reference at −20 dBm, then the re-check with every position at <paramref name="othersDb"/> loss but <paramref name="position"/> at <paramref name="lossDb"/>.</summary>
        private static ProbeWorkflow RecheckWithOneMoved(uint seed, double othersDb, int position, double lossDb)
        {
            double[] losses = SimulatedProbe.Losses(12, othersDb);
            losses[position - 1] = lossDb;
            return RecheckWith(new SimulatedHardware(seed), losses);
        }

        /// <summary>A reference at −20 dBm on <paramref name="hw"/>, then the re-check with the positions at <paramref name="losses"/>.</summary>
        private static ProbeWorkflow RecheckWith(SimulatedHardware hw, double[] losses)
        {
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            hw.Light(-20, losses);
            flow.Command(CommandAction.Recheck);
            return flow;
        }

        private static ProbeWorkflow WithReference(SimulatedHardware hw, out ProbeCore core)
        {
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Reference);
            return flow;
        }
    }
}
