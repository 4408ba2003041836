using System;
using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>The clean cycle's judgement against a re-mate's scatter, on hand-made results (each position's own uncertainty 0.05 dB: a change must pass 3 × √2 × 0.05 = 0.212 dB).</summary>
    [TestClass]
    public class CleanJudgementTests
    {
        private const double OwnU = 0.05;

        // Marks a position of a test's loss array that has no loss.
        private const double NoLoss = 1000.0;

        private static InspectionResult Result(double[] loss, Verdict[] verdict)
        {
            InspectionResult r = new InspectionResult();
            r.Begin(MpoLayout.Mpo12, Wavelength.Nm850, 0.75, 0);
            for (int p = 1; p <= 12; p++)
            {
                if (loss[p - 1] >= NoLoss)
                {
                    r.SetWithoutLoss(p, verdict[p - 1], true, -20);
                    continue;
                }

                r.Set(p, verdict[p - 1], -20, loss[p - 1], 0.08);
                r.SetBudget(p, OwnU, 0.16);
            }

            r.Complete();
            return r;
        }

        private static double[] Losses(double value)
        {
            double[] d = new double[12];
            for (int i = 0; i < 12; i++)
            {
                d[i] = value;
            }

            return d;
        }

        private static Verdict[] Verdicts(Verdict value)
        {
            Verdict[] v = new Verdict[12];
            for (int i = 0; i < 12; i++)
            {
                v[i] = value;
            }

            return v;
        }

        [TestMethod]
        public void ThresholdIsThreeStandardDeviationsOfAReMate()
        {
            Check.Near(3 * Math.Sqrt(2) * 0.05, CleanCycle.SignificantChangeDb(0.05, 0.05), 1e-12, "3 × √(u² + u²)");
        }

        [TestMethod]
        public void OnlyAFallBeyondTheScatterIsAnImprovement()
        {
            double[] before = Losses(0.3);
            Verdict[] vb = Verdicts(Verdict.Pass);
            before[0] = 1.30;
            vb[0] = Verdict.Fail;
            before[1] = 1.30;
            vb[1] = Verdict.Fail;
            double[] after = Losses(0.3);
            Verdict[] va = Verdicts(Verdict.Pass);
            after[0] = 1.20;
            va[0] = Verdict.Fail;
            after[1] = 1.00;
            va[1] = Verdict.Fail;
            after[2] = 0.48; // a re-mate shift of 0.18 dB on a passing fiber
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(Result(before, vb));
            cycle.Compare(Result(after, va));
            Check.True(cycle.OutcomeAt(1) == CleanOutcome.NoChange, "0.10 dB lower is scatter, not an improvement");
            Check.True(cycle.OutcomeAt(2) == CleanOutcome.ImprovedStillFail, "0.30 dB lower is an improvement");
            Check.True(cycle.OutcomeAt(3) == CleanOutcome.Unaffected, "a 0.18 dB re-mate shift is not 'worse'");
            Check.Equal(PositionMask.Of(2), cycle.ConfirmedMask, "contamination confirmed only where the loss fell beyond the scatter");
            Check.Equal(PositionMask.Of(1), cycle.PersistentMask, "persistent where it did not");
        }

        [TestMethod]
        public void BelowTheLimitAfterACleanIsASuccessEvenStarred()
        {
            double[] before = Losses(0.3);
            Verdict[] vb = Verdicts(Verdict.Pass);
            before[4] = 0.90;
            vb[4] = Verdict.Fail;
            before[5] = 1.40;
            vb[5] = Verdict.Fail;
            double[] after = Losses(0.3);
            Verdict[] va = Verdicts(Verdict.Pass);
            after[4] = 0.72;
            va[4] = Verdict.PassStar;
            after[5] = 0.70;
            va[5] = Verdict.PassStar;
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(Result(before, vb));
            cycle.Compare(Result(after, va));
            Check.True(cycle.AllClean, "PASS* below the limit after a clean: success, no escalation");
            Check.Equal(0, cycle.FailedCleans, "not a failed clean");
            Check.True(cycle.OutcomeAt(5) == CleanOutcome.CleanedPass, "position 5 cleaned");
            Check.Equal(PositionMask.Of(6), cycle.ConfirmedMask, "confirmed at 6 (fell 0.70 dB), not at 5 (0.18 dB: within scatter)");
        }

        [TestMethod]
        public void MissingLossIsNotMeasuredUnlessBothPassed()
        {
            double[] before = Losses(0.3);
            Verdict[] vb = Verdicts(Verdict.Pass);
            double[] after = Losses(0.3);
            Verdict[] va = Verdicts(Verdict.Pass);
            before[1] = NoLoss;
            after[1] = NoLoss;
            before[2] = NoLoss;
            after[2] = NoLoss;
            va[2] = Verdict.NoLight;
            before[3] = NoLoss;
            vb[3] = Verdict.NoLight;
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(Result(before, vb));
            cycle.Compare(Result(after, va));
            Check.True(cycle.OutcomeAt(2) == CleanOutcome.Unaffected, "passed before and after without a loss: unaffected");
            Check.True(cycle.OutcomeAt(3) == CleanOutcome.NotMeasured, "dark after: not measured");
            Check.True(cycle.OutcomeAt(4) == CleanOutcome.NotMeasured, "dark before: not measured");
            Check.False(PositionMask.Contains(cycle.LossAfterCleanMask, 3), "no loss after at 3");
            Check.False(PositionMask.Contains(cycle.LossBeforeCleanMask, 4), "no loss before at 4");
            Check.True(cycle.ChangeDb(3) == 0, "no change without a loss (0, not NaN)");
        }
    }
}
