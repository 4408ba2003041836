using System;
using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// The budget's mating term and source residual, and the verdict rules' edges, pinned one by
    /// one (issue 25 item 7): the 0.5 dB cap, the inclusive bounds of a fixed figure, a reset that
    /// forgets the evidence, an absent residual, an averaged reference's share, an unused position's
    /// verdict and the re-reference boundary.
    /// </summary>
    [TestClass]
    public class BudgetRulesMutationTests
    {
        private static double[] Alternating(int count, double changeDb)
        {
            double[] d = new double[count];
            for (int i = 0; i < count; i++)
            {
                d[i] = (i % 2) == 0 ? changeDb : -changeDb;
            }

            return d;
        }

        [TestMethod]
        public void MeasuredMatingFigureIsCappedAtHalfADecibel()
        {
            UncertaintyBudget budget = new UncertaintyBudget();
            for (int i = 0; i < 4; i++)
            {
                Check.True(budget.Mating.Observe(Alternating(12, 2.0), 12), "a re-mate of ±2 dB is observed");
            }

            Check.True(budget.Mating.UpperDb > 0.5, "its upper bound passes 0.5 dB: " + Format.Fixed(budget.Mating.UpperDb, 3));
            Check.Near(0.5, budget.MatingSigmaDb, 1e-12, "the budget stops at 0.5 dB");
        }

        [TestMethod]
        public void FixedMatingFigureBoundsAreInclusive()
        {
            UncertaintyBudget budget = new UncertaintyBudget();
            budget.MatingSigmaDb = 0.5;
            Check.Near(0.5, budget.MatingSigmaDb, 1e-12, "0.5 dB is allowed");
            budget.MatingSigmaDb = FieldFigures.MatingFloorDb;
            Check.Near(FieldFigures.MatingFloorDb, budget.MatingSigmaDb, 1e-12, "the floor is allowed");
            string message = Check.Throws(typeof(ArgumentOutOfRangeException), () => budget.MatingSigmaDb = 0.6, "0.6 dB");
            Check.Contains("mating repeatability 0.60 dB is outside 0.02..0.50 dB", message, "the message names the value and the range");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => budget.MatingSigmaDb = double.NaN, "not a number");
            Check.Near(FieldFigures.MatingFloorDb, budget.MatingSigmaDb, 1e-12, "a refused figure changes nothing");
        }

        [TestMethod]
        public void ResetMatingForgetsTheEvidenceAndTheFixedFigure()
        {
            UncertaintyBudget fresh = new UncertaintyBudget();
            UncertaintyBudget budget = new UncertaintyBudget();
            Check.True(budget.Mating.Observe(Alternating(12, 0.3), 12), "a wide re-mate");
            Check.True(budget.MatingMeasured, "measured");
            Check.True(budget.MatingSigmaDb > fresh.MatingSigmaDb, "it widened the figure");
            budget.ResetMating();
            Check.Equal(0, budget.Mating.Remates, "no re-mate left");
            Check.False(budget.MatingMeasured, "back to the prior");
            Check.Near(fresh.MatingSigmaDb, budget.MatingSigmaDb, 1e-12, "the prior's figure");
            budget.MatingSigmaDb = 0.3;
            budget.ResetMating();
            Check.Near(fresh.MatingSigmaDb, budget.MatingSigmaDb, 1e-12, "a fixed figure cleared too");
        }

        [TestMethod]
        public void AbsentSourceResidualReadsZero()
        {
            UncertaintyBudget budget = new UncertaintyBudget();
            budget.SetSourceResidual(true, 0.04);
            Check.Near(0.04, budget.SourceTermDb(480), 1e-12, "a corrected source: its residual, whatever the age");
            budget.SetSourceResidual(false, 0.04);
            Check.False(budget.HasSourceResidual, "absent");
            Check.Near(0.0, budget.SourceResidualDb, 0.0, "an absent residual reads 0, not the value passed");
            Check.Near(FieldFigures.SourceShortTermDb, budget.SourceTermDb(0), 1e-12, "a plain source at age 0: the short-term term only");
        }

        [TestMethod]
        public void AnAveragedReferenceShrinksItsMatingShare()
        {
            Scan scan = new Scan();
            for (int p = 1; p <= 12; p++)
            {
                scan.At(p).Set(ChannelStatus.Ok, 8, 1500, 16, -20.0, 0.002);
            }

            Reference reference = new Reference();
            reference.Capture(scan, MpoLayout.Mpo12, 0, 0);
            Check.True(reference.AverageWith(scan, MpoLayout.Mpo12), "a second mating averaged in");
            Check.Equal(2, reference.Matings, "two matings");
            UncertaintyBudget budget = new UncertaintyBudget();
            budget.MatingSigmaDb = 0.05;
            ChannelReading reading = new Scan().At(1);
            reading.Set(ChannelStatus.Ok, 8, 1500, 16, -20.3, 0.004);
            budget.LossStandardDb(reference, 1, reading, 0.0, 10, 10, 20, Wavelength.Nm850);
            Check.Near(0.05 * Math.Sqrt(1.5), budget.MatingDb, 1e-12, "σ √(1 + 1/2): the link's mating and half the reference's");
        }

        [TestMethod]
        public void UnusedPositionIsUnusedOnlyWhileDark()
        {
            Scan scan = new Scan();
            scan.At(5).Set(ChannelStatus.NoLight, 8, 0, 16);
            scan.At(6).Set(ChannelStatus.Ok, 8, 1500, 16, -20.0, 0.002);
            Check.Equal(Verdict.Unused, VerdictRules.ForUnusedPosition(scan.At(5)), "dark: unused");
            Check.Equal(Verdict.UnexpectedLight, VerdictRules.ForUnusedPosition(scan.At(6)), "lit: unexpected light");
        }

        [TestMethod]
        public void LossExactlyAtTheNegativeLimitIsStillJudged()
        {
            double u = 0.1;
            double limit = VerdictRules.NegativeLimitDb(u, 0.0);
            Check.Near(-((UncertaintyBudget.ReReferenceK * u) + FieldFigures.ReReferenceMarginDb), limit, 1e-12, "−(3.5 u + margin)");
            Check.False(VerdictRules.IsImpossiblyNegative(limit, u, 0.0), "at the limit scatter can still explain it");
            Check.True(VerdictRules.IsImpossiblyNegative(limit - 0.001, u, 0.0), "below it cannot");
            Check.Equal(Verdict.Pass, VerdictRules.ForLoss(limit, u, 0.75, 0.0), "at the limit: a verdict, not NO_REFERENCE");
            Check.Equal(Verdict.NoReference, VerdictRules.ForLoss(limit - 0.001, u, 0.75, 0.0), "below it: NO_REFERENCE");
        }
    }
}
