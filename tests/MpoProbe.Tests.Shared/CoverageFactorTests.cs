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
    /// <summary>
    /// The expanded uncertainty of a normal part convolved with the source drift's rectangle, the
    /// band the verdicts use, and the width past which no verdict is bare (docs/uncertainty.md).
    /// </summary>
    [TestClass]
    public class CoverageFactorTests
    {
        [TestMethod]
        public void ANormalErrorKeepsKTwo()
        {
            Check.Near(0.1, CoverageFactor.ExpandedDb(0.05, 0), 1e-12, "normal alone: U = 2σ");
            Check.Near(2 * Math.Sqrt((0.05 * 0.05) + (0.0004 * 0.0004 / 3.0)), CoverageFactor.ExpandedDb(0.05, 0.0004), 1e-12, "a rectangle under 1 % of σ folds into the normal part (σ² + a²/3)");
            Check.Near(2.0, CoverageFactor.K(0, 0), 1e-12, "nothing at all: k = 2, no division by zero");
            Check.Near(0.9545, CoverageFactor.Phi(2) - CoverageFactor.Phi(-2), 1e-4, "the probability of ±2σ");
        }

        [TestMethod]
        public void ARectangleAloneIsCoveredAtPTimesItsHalfWidth()
        {
            Check.Near(0.09545, CoverageFactor.ExpandedDb(0, 0.1), 1e-5, "rectangle alone: U = p·a");
            Check.Near(0.9545 * Math.Sqrt(3.0), CoverageFactor.K(1e-9, 0.1), 1e-3, "k = 1.65 (GUM G.6.5's rectangular case)");
        }

        [TestMethod]
        public void TheConvolutionMatchesItsClosedForm()
        {
            // Reference values from the exact normal distribution function (not the erfc approximation).
            Check.Near(0.089452, CoverageFactor.ExpandedDb(0.035, 0.05), 2e-5, "σ 0.035 ⊕ ±0.05 dB");
            Check.Near(0.108171, CoverageFactor.ExpandedDb(0.02, 0.1), 2e-5, "σ 0.02 ⊕ ±0.1 dB");
            double u = CoverageFactor.ExpandedDb(0.035, 0.05);
            Check.Near(CoverageFactor.Probability, CoverageFactor.Coverage(u, 0.035, 0.05), 1e-6, "U holds the stated probability");
            Check.True(CoverageFactor.Coverage(1.001 * u, 0.035, 0.05) > CoverageFactor.Probability, "a wider U holds more");
            double k = CoverageFactor.K(0.035, 0.05);
            Check.True(k > 1.653 && k < 2.0, "k between the rectangle's and the normal's: " + k.ToString("F4"));
            Check.True(CoverageFactor.K(0.035, 0.02) > k && CoverageFactor.K(0.035, 0.1) < k, "k falls as the rectangle weighs more");
        }

        [TestMethod]
        public void TheBudgetNamesTheSourceRectangleOnlyForAPlainSource()
        {
            UncertaintyBudget budget = new UncertaintyBudget();
            budget.MatingSigmaDb = 0.02;
            Reference reference = new Reference();
            reference.RestorePosition(1, true, -20.0, 0.002, 7);
            reference.Seal(LayoutId.Mpo12, Wavelength.Nm850, 0, 0, 0);
            ChannelReading reading = new Scan().At(1);
            reading.Set(ChannelStatus.Ok, 7, 1500, 16, -20.3, 0.004);
            double u = budget.LossStandardDb(reference, 1, reading, 0.01, 480, 10, 480, Wavelength.Nm850);
            Check.Near(0.1, budget.SourceBoundDb, 1e-12, "8 h after the reference: ±0.1 dB");
            double normal = Math.Sqrt((u * u) - (0.1 * 0.1 / 3.0));
            Check.Near(CoverageFactor.ExpandedDb(normal, 0.1), budget.ExpandedDb, 1e-12, "U of the normal rest and the rectangle");
            Check.True(budget.ExpandedDb < 1.95 * u && budget.ExpandedDb > 1.65 * u, "the rectangle lowers k: " + (budget.ExpandedDb / u).ToString("F3"));

            budget.SetSourceResidual(true, 0.018);
            u = budget.LossStandardDb(reference, 1, reading, 0.01, 480, 10, 480, Wavelength.Nm850);
            Check.Near(0.0, budget.SourceBoundDb, 1e-12, "a corrected source has no rectangle of drift");
            Check.Near(2.0 * u, budget.ExpandedDb, 1e-9, "k = 2 then");
        }

        [TestMethod]
        public void TheBandIsTheLossesOwnExpandedUncertainty()
        {
            // 0.75 dB limit, u 0.05 dB: at k = 2 the band is 0.10 dB, at k = 1.8 it is 0.09 dB.
            Check.Equal(Verdict.PassStar, VerdictRules.ForLoss(0.655, 0.05, 0.75, 0), "inside 2u: starred");
            Check.Equal(Verdict.Pass, VerdictRules.ForLoss(0.655, 0.05, 0.09, 0.75, 0), "outside U = 0.09 dB: bare");
            Check.Equal(Verdict.Fail, VerdictRules.ForLoss(0.845, 0.05, 0.09, 0.75, 0), "above limit + U: bare FAIL");
            Check.Equal(Verdict.FailStar, VerdictRules.ForLoss(0.835, 0.05, 0.09, 0.75, 0), "inside U above the limit");
            Check.Equal(Verdict.PassStar, VerdictRules.ForLoss(0.655, 0.05, 0.09, 0.75, 0.2), "a wider minimum band wins");
            Check.Near(0.2, VerdictRules.BandDb(0.2, 0.09), 1e-12, "band: the wider of U and the minimum");
            Check.Near(0.09, VerdictRules.BandDb(0, 0.09), 1e-12, "band: U");
        }

        [TestMethod]
        public void TheBareLimitIsWhereFalseBareVerdictsReachOnePerMille()
        {
            // (u / 2W)·(φ(2) − 2Φ(−2)) = 0.001 over W = 0.5 dB.
            double phi2 = Math.Exp(-2.0) / Math.Sqrt(2 * Math.PI);
            double tail = phi2 - (2 * CoverageFactor.Phi(-2));
            double u = 0.001 * 1.0 / tail;
            Check.Near(2 * u, VerdictRules.BareVerdictMaxBandDb, 0.002, "U at 0.1 % false bare verdicts: " + (2 * u).ToString("F4"));
        }

        [TestMethod]
        public void AWideBandGivesNoBareVerdict()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 74);
            probe.Settings.Limit = LimitProfile.Standard;
            probe.TakeReference(-20.0);
            double[] losses = SimulatedProbe.Losses(12, 0.1);
            losses[2] = 3.0;
            probe.LightWithLoss(-20.0, losses);
            probe.Inspector.Budget.MatingSigmaDb = 0.05;
            InspectionResult r = probe.Inspect();
            Check.True(r.BandDb(1) < VerdictRules.BareVerdictMaxBandDb, "σ 0.05 dB: U " + r.BandDb(1).ToString("F3") + " dB");
            Check.Equal(Verdict.Pass, r.VerdictAt(1), "0.1 dB passes bare");
            Check.Equal(Verdict.Fail, r.VerdictAt(3), "3 dB fails bare");
            probe.Inspector.Budget.MatingSigmaDb = 0.2;
            r = probe.Inspect();
            Check.True(r.BandDb(1) > VerdictRules.BareVerdictMaxBandDb, "σ 0.2 dB: U " + r.BandDb(1).ToString("F3") + " dB");
            Check.True(r.LossDb(1) < 0.75 - r.BandDb(1), "the loss is below limit − U");
            Check.Equal(Verdict.PassStar, r.VerdictAt(1), "but U is past the bare limit: PASS*");
            Check.Equal(Verdict.FailStar, r.VerdictAt(3), "and FAIL*");
        }
    }
}
