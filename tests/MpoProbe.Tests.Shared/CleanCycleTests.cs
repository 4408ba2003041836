using System;
using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    [TestClass]
    public class CleanCycleTests
    {
        private static SimulatedProbe Dirty(uint seed, double[] losses, CleanCycle cycle)
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, seed);
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, losses);
            cycle.SetBefore(probe.Inspect());
            return probe;
        }

        private static double[] WithLoss(double background, int positionA, double lossA, int positionB, double lossB)
        {
            double[] losses = SimulatedProbe.Losses(12, background);
            losses[positionA - 1] = lossA;
            losses[positionB - 1] = lossB;
            return losses;
        }

        [TestMethod]
        public void CleanThatRemovesTheDirtConfirmsContamination()
        {
            CleanCycle cycle = new CleanCycle();
            SimulatedProbe probe = Dirty(401, WithLoss(0.2, 4, 1.1, 5, 0.9), cycle);
            probe.LightWithLoss(-20.0, SimulatedProbe.Losses(12, 0.2));
            cycle.Compare(probe.Inspect());
            Check.True(cycle.OutcomeAt(4) == CleanOutcome.CleanedPass, "position 4 cleaned");
            Check.True(cycle.OutcomeAt(1) == CleanOutcome.Unaffected, "position 1 untouched");
            Check.Equal(PositionMask.Of(4) | PositionMask.Of(5), cycle.ConfirmedMask, "contamination confirmed at 4 and 5");
            Check.True(cycle.AllClean, "all pass");
            Check.Equal(0, cycle.FailedCleans, "no failed clean");
            Check.Contains("cleaned: PASS", cycle.Describe(), "text");
            Check.Near(-0.9, cycle.ChangeDb(4), 0.06, "loss change at 4");
        }

        [TestMethod]
        public void PartialCleanIsImprovedStillFail()
        {
            CleanCycle cycle = new CleanCycle();
            SimulatedProbe probe = Dirty(402, WithLoss(0.2, 7, 1.6, 8, 1.4), cycle);
            probe.LightWithLoss(-20.0, WithLoss(0.2, 7, 0.95, 8, 0.2));
            cycle.Compare(probe.Inspect());
            Check.True(cycle.OutcomeAt(7) == CleanOutcome.ImprovedStillFail, "position 7 improved, still fails");
            Check.True(cycle.OutcomeAt(8) == CleanOutcome.CleanedPass, "position 8 cleaned");
            Check.Equal(0, cycle.FailedCleans, "dirt removed where 7 still fails: progress, not a failed clean");
            Check.False(cycle.Escalate, "not escalated");
            Check.Contains("improved at 7 (red), 8 (black)", cycle.Describe(), "text");
        }

        [TestMethod]
        public void DirtThatComesOffInStagesIsCleanedAgainNotEscalated()
        {
            // Review 2026-12-03: 2.0 → 1.5 → 0.95 dB escalated "not contamination" after two cleans that each removed dirt.
            CleanCycle cycle = new CleanCycle();
            SimulatedProbe probe = Dirty(402, WithLoss(0.2, 7, 2.0, 8, 1.9), cycle);
            probe.LightWithLoss(-20.0, WithLoss(0.2, 7, 1.5, 8, 1.4));
            cycle.Compare(probe.Inspect());
            probe.LightWithLoss(-20.0, WithLoss(0.2, 7, 0.95, 8, 0.9));
            cycle.Compare(probe.Inspect());
            Check.Equal(PositionMask.Of(7) | PositionMask.Of(8), cycle.ConfirmedMask, "each clean removed dirt at 7 and 8");
            Check.Equal(0, cycle.FailedCleans, "no failed clean while dirt comes off");
            Check.True(cycle.Improving, "said so (IMPROVED: NOT COUNTED)");
            Check.False(cycle.Escalate, "clean again, do not escalate");

            // Then it stops coming off: two cleans without a change escalate.
            cycle.Compare(probe.Inspect());
            Check.Equal(1, cycle.FailedCleans, "no change: a failed clean");
            Check.False(cycle.Improving, "nothing came off");
            cycle.Compare(probe.Inspect());
            Check.True(cycle.Escalate, "two failed cleans in a row escalate");
            probe.LightWithLoss(-20.0, WithLoss(0.2, 7, 2.0, 8, 1.9));
            cycle.SetBefore(probe.Inspect());
            probe.LightWithLoss(-20.0, WithLoss(0.2, 7, 1.5, 8, 1.4));
            cycle.Compare(probe.Inspect());
            Check.True(cycle.Improving, "dirt coming off again");
            cycle.Reset();
            Check.False(cycle.Improving, "a new link's cycle starts with nothing said");
        }

        [TestMethod]
        public void FibersThatTakeTurnsStillEscalate()
        {
            // Second review 2026-12-03: 7 and 10 alternating between 2.0 and 1.2 dB never escalated.
            CleanCycle cycle = new CleanCycle();
            SimulatedProbe probe = Dirty(408, WithLoss(0.2, 7, 2.0, 10, 1.2), cycle);
            probe.LightWithLoss(-20.0, WithLoss(0.2, 7, 1.2, 10, 2.0));
            cycle.Compare(probe.Inspect());
            Check.False(cycle.Improving, "7 fell but 10 rose: not progress");
            Check.Equal(1, cycle.FailedCleans, "a failed clean");
            probe.LightWithLoss(-20.0, WithLoss(0.2, 7, 2.0, 10, 1.2));
            cycle.Compare(probe.Inspect());
            Check.True(cycle.Escalate, "two such cleans escalate");
        }

        [TestMethod]
        public void DamageThatSurvivesTwoCleansEscalates()
        {
            CleanCycle cycle = new CleanCycle();
            double[] damaged = WithLoss(0.2, 3, 1.3, 3, 1.3);
            SimulatedProbe probe = Dirty(403, damaged, cycle);
            cycle.Compare(probe.Inspect());
            Check.True(cycle.OutcomeAt(3) == CleanOutcome.NoChange, "no change after clean 1");
            Check.Equal(PositionMask.Of(3), cycle.PersistentMask, "persistent at 3");
            Check.False(cycle.Escalate, "one failed clean is not enough");
            cycle.Compare(probe.Inspect());
            Check.Equal(2, cycle.FailedCleans, "two failed cleans");
            Check.True(cycle.Escalate, "escalate after the default two");
            Check.Contains("not contamination: check damage, polarity, cable stress", cycle.Describe(), "text");
        }

        [TestMethod]
        public void DirtAddedByTheAdapterIsWorse()
        {
            CleanCycle cycle = new CleanCycle();
            SimulatedProbe probe = Dirty(404, WithLoss(0.2, 2, 1.0, 2, 1.0), cycle);
            probe.LightWithLoss(-20.0, WithLoss(0.2, 2, 0.2, 10, 1.0));
            cycle.Compare(probe.Inspect());
            Check.True(cycle.OutcomeAt(10) == CleanOutcome.Worse, "position 10 got dirty");
            Check.Equal(PositionMask.Of(10), cycle.WorseMask, "worse mask");
            Check.Contains("worse at 10 (violet)", cycle.Describe(), "text");
        }

        [TestMethod]
        public void DirtThatMovesAlongTheRowIsNotAFailedClean()
        {
            CleanCycle cycle = new CleanCycle();
            SimulatedProbe probe = Dirty(406, WithLoss(0.2, 4, 1.1, 5, 1.1), cycle);
            probe.LightWithLoss(-20.0, WithLoss(0.2, 6, 1.1, 7, 1.1));
            cycle.Compare(probe.Inspect());
            Check.True(cycle.Moved, "4-5 before, 6-7 after: moved");
            Check.Equal(0, cycle.FailedCleans, "not counted towards escalation");
            Check.Contains("contamination moved from 4 (brown), 5 (slate) to 6 (white), 7 (red)", cycle.Describe(), "text");
            probe.LightWithLoss(-20.0, WithLoss(0.2, 6, 1.1, 7, 1.1));
            cycle.Compare(probe.Inspect());
            Check.False(cycle.Moved, "the same positions again: a real failed clean");
            Check.Equal(1, cycle.FailedCleans, "counted");
        }

        [TestMethod]
        public void FarAwayNewFailureIsNotAMove()
        {
            CleanCycle cycle = new CleanCycle();
            SimulatedProbe probe = Dirty(407, WithLoss(0.2, 2, 1.1, 2, 1.1), cycle);
            probe.LightWithLoss(-20.0, WithLoss(0.2, 10, 1.1, 10, 1.1));
            cycle.Compare(probe.Inspect());
            Check.False(cycle.Moved, "2 then 10 is not the same particle");
            Check.Equal(1, cycle.FailedCleans, "counted");
        }

        [TestMethod]
        public void PassingResetsTheFailedCleanCount()
        {
            CleanCycle cycle = new CleanCycle();
            cycle.MaxFailedCleans = 3;
            SimulatedProbe probe = Dirty(405, WithLoss(0.2, 6, 1.2, 6, 1.2), cycle);
            cycle.Compare(probe.Inspect());
            Check.Equal(1, cycle.FailedCleans, "failed once");
            probe.LightWithLoss(-20.0, SimulatedProbe.Losses(12, 0.2));
            cycle.Compare(probe.Inspect());
            Check.Equal(0, cycle.FailedCleans, "a passing re-inspection resets the count");
        }

        [TestMethod]
        public void CompareNeedsABeforeAndSettingsAreBounded()
        {
            CleanCycle cycle = new CleanCycle();
            InspectionResult empty = new InspectionResult();
            Check.Throws(typeof(InvalidOperationException), () => cycle.Compare(empty), "no before");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => cycle.MaxFailedCleans = 0, "zero failed cleans");
        }
    }
}
