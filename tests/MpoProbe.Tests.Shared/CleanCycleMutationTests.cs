using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// The clean cycle's comparison pinned one by one (issue 25 item 7), on hand-made results:
    /// every position up to the last is recorded and judged, each on its own scatter; a loss that
    /// did not move is neither better nor worse; unused positions; a change cleared when its loss
    /// goes missing; and where a failure that moved counts as moved.
    /// </summary>
    [TestClass]
    public class CleanCycleMutationTests
    {
        private static CleanCycle Compared(InspectionResult before, InspectionResult after)
        {
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(before);
            cycle.Compare(after);
            return cycle;
        }

        [TestMethod]
        public void EveryPositionUpToTheLastIsRecordedAndJudged()
        {
            double[] before = new double[12];
            double[] after = new double[12];
            for (int p = 1; p <= 12; p++)
            {
                before[p - 1] = 0.20 + (0.01 * p);
                after[p - 1] = 0.25 + (0.02 * p);
            }

            Verdict[] vb = CleanResults.Verdicts(12, Verdict.Pass);
            before[11] = 1.30;
            vb[11] = Verdict.Fail;
            double[] u = CleanResults.Values(12, 0.05);
            CleanCycle cycle = Compared(CleanResults.Build(MpoLayout.Mpo12, before, vb, u), CleanResults.Build(MpoLayout.Mpo12, after, CleanResults.Verdicts(12, Verdict.Pass), u));
            for (int p = 1; p <= 12; p++)
            {
                Check.Near(before[p - 1], cycle.LossBeforeCleanDb(p), 1e-12, "loss before at " + p.ToString());
                Check.Near(after[p - 1], cycle.LossAfterCleanDb(p), 1e-12, "loss after at " + p.ToString());
                Check.Near(after[p - 1] - before[p - 1], cycle.ChangeDb(p), 1e-12, "change at " + p.ToString());
            }

            Check.True(cycle.OutcomeAt(11) == CleanOutcome.Unaffected, "11: a passing fiber 0.13 dB up is scatter");
            Check.True(cycle.OutcomeAt(12) == CleanOutcome.CleanedPass, "12, the last position, cleaned");
            Check.Equal(PositionMask.Of(12), cycle.ConfirmedMask, "contamination confirmed at 12");
            Check.True(cycle.AllClean, "all pass");
        }

        [TestMethod]
        public void EachPositionIsJudgedOnItsOwnScatter()
        {
            // 4 and 7 fall 0.30 dB on their own 0.05 dB (threshold 0.21 dB); their neighbours 5, 6,
            // 8 and 9 scatter 0.30 dB each (threshold 1.27 dB), which must not be borrowed.
            double[] before = CleanResults.Values(12, 0.3);
            Verdict[] vb = CleanResults.Verdicts(12, Verdict.Pass);
            before[3] = 1.30;
            vb[3] = Verdict.Fail;
            before[6] = 1.00;
            vb[6] = Verdict.Fail;
            double[] after = CleanResults.Values(12, 0.3);
            Verdict[] va = CleanResults.Verdicts(12, Verdict.Pass);
            after[3] = 1.00;
            va[3] = Verdict.Fail;
            after[6] = 0.70;
            double[] u = CleanResults.Values(12, 0.05);
            u[4] = 0.3;
            u[5] = 0.3;
            u[7] = 0.3;
            u[8] = 0.3;
            CleanCycle cycle = Compared(CleanResults.Build(MpoLayout.Mpo12, before, vb, u), CleanResults.Build(MpoLayout.Mpo12, after, va, u));
            Check.True(cycle.OutcomeAt(4) == CleanOutcome.ImprovedStillFail, "4 improved on its own scatter");
            Check.True(cycle.OutcomeAt(7) == CleanOutcome.CleanedPass, "7 cleaned");
            Check.Equal(PositionMask.Of(4) | PositionMask.Of(7), cycle.ConfirmedMask, "contamination confirmed at 4 and 7, each on its own scatter");
            Check.Equal(0u, cycle.PersistentMask, "nothing persistent");
        }

        [TestMethod]
        public void LossThatDidNotMoveIsNeitherImprovedNorWorseEvenWithoutScatter()
        {
            double[] loss = CleanResults.Values(12, 0.3);
            Verdict[] verdict = CleanResults.Verdicts(12, Verdict.Pass);
            loss[1] = 1.0;
            verdict[1] = Verdict.Fail;
            double[] none = CleanResults.Values(12, 0.0);
            CleanCycle cycle = Compared(CleanResults.Build(MpoLayout.Mpo12, loss, verdict, none), CleanResults.Build(MpoLayout.Mpo12, loss, verdict, none));
            Check.True(cycle.OutcomeAt(2) == CleanOutcome.NoChange, "an unchanged failing loss: no change");
            Check.True(cycle.OutcomeAt(3) == CleanOutcome.Unaffected, "an unchanged passing loss: unaffected");
            Check.Equal(PositionMask.Of(2), cycle.PersistentMask, "persistent at 2");
            Check.Equal(0u, cycle.WorseMask, "nothing worse");
            Check.Equal(0u, cycle.ConfirmedMask, "nothing confirmed");
        }

        [TestMethod]
        public void UnusedPositionsAreUnaffectedUntilLightAppears()
        {
            // MPO-8: 5-8 carry no fiber.
            double[] loss = CleanResults.Values(12, 0.3);
            double[] u = CleanResults.Values(12, 0.05);
            Verdict[] vb = CleanResults.Verdicts(12, Verdict.Pass);
            Verdict[] va = CleanResults.Verdicts(12, Verdict.Pass);
            for (int p = 5; p <= 8; p++)
            {
                vb[p - 1] = Verdict.Unused;
                va[p - 1] = Verdict.Unused;
            }

            va[5] = Verdict.UnexpectedLight;
            vb[6] = Verdict.UnexpectedLight;
            CleanCycle cycle = Compared(CleanResults.Build(MpoLayout.Mpo8, loss, vb, u), CleanResults.Build(MpoLayout.Mpo8, loss, va, u));
            Check.True(cycle.OutcomeAt(5) == CleanOutcome.Unaffected, "unused before and after: unaffected");
            Check.True(cycle.OutcomeAt(8) == CleanOutcome.Unaffected, "8 likewise");
            Check.True(cycle.OutcomeAt(6) == CleanOutcome.NotMeasured, "light appeared at unused 6: not measured");
            Check.True(cycle.OutcomeAt(7) == CleanOutcome.NotMeasured, "light gone from unused 7: not measured");
            Check.True(cycle.OutcomeAt(1) == CleanOutcome.Unaffected, "a used passing fiber: unaffected");
        }

        [TestMethod]
        public void ChangeIsClearedWhenTheLossGoesMissing()
        {
            double[] loss = CleanResults.Values(12, 0.3);
            double[] u = CleanResults.Values(12, 0.05);
            Verdict[] verdict = CleanResults.Verdicts(12, Verdict.Pass);
            loss[0] = 0.8;
            verdict[0] = Verdict.Fail;
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(CleanResults.Failing(PositionMask.Of(1), 1.1));
            cycle.Compare(CleanResults.Build(MpoLayout.Mpo12, loss, verdict, u));
            Check.Near(-0.3, cycle.ChangeDb(1), 1e-9, "first clean: 0.30 dB less at 1");
            verdict[0] = Verdict.NoLight;
            cycle.Compare(CleanResults.Build(MpoLayout.Mpo12, loss, verdict, u));
            Check.True(cycle.OutcomeAt(1) == CleanOutcome.NotMeasured, "dark now: not measured");
            Check.Near(0.0, cycle.ChangeDb(1), 0.0, "and no change carried over from the clean before");
        }

        [TestMethod]
        public void FailureStillAtAnOldPositionIsNotAMove()
        {
            CleanCycle cycle = Compared(CleanResults.Failing(PositionMask.Of(4) | PositionMask.Of(5), 1.1), CleanResults.Failing(PositionMask.Of(5) | PositionMask.Of(6), 1.1));
            Check.False(cycle.Moved, "5 still fails: the dirt did not move");
            Check.Equal(1, cycle.FailedCleans, "a failed clean");
        }

        [TestMethod]
        public void FarNewFailureAtTheLastPositionIsNotAMove()
        {
            CleanCycle cycle = Compared(CleanResults.Failing(PositionMask.Of(2), 1.1), CleanResults.Failing(PositionMask.Of(3) | PositionMask.Of(12), 1.1));
            Check.False(cycle.Moved, "12 is ten columns from 2");
            Check.Equal(1, cycle.FailedCleans, "a failed clean");
        }

        [TestMethod]
        public void OldFailureAtTheLastPositionCanMove()
        {
            CleanCycle cycle = Compared(CleanResults.Failing(PositionMask.Of(12), 1.1), CleanResults.Failing(PositionMask.Of(11), 1.1));
            Check.True(cycle.Moved, "12 to 11: moved");
            Check.Equal(0, cycle.FailedCleans, "not counted");
        }

        [TestMethod]
        public void TwoColumnsLeftIsAMoveThreeIsNot()
        {
            CleanCycle two = Compared(CleanResults.Failing(PositionMask.Of(6), 1.1), CleanResults.Failing(PositionMask.Of(4), 1.1));
            Check.True(two.Moved, "6 to 4: two columns, moved");
            CleanCycle three = Compared(CleanResults.Failing(PositionMask.Of(6), 1.1), CleanResults.Failing(PositionMask.Of(3), 1.1));
            Check.False(three.Moved, "6 to 3: three columns, not moved");
        }
    }
}
