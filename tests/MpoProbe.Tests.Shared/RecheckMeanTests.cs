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
    /// The re-check's test of the connector's mean change (docs/uncertainty.md, "Plain source: the
    /// re-check's mean"): its σ from the probe's own mating figure and the region at 99 %.
    /// </summary>
    [TestClass]
    public class RecheckMeanTests
    {
        [TestMethod]
        public void SigmaCountsTheCommonShiftWholeAndThePerFiberPartOverThePositions()
        {
            var prior = new MatingRepeatability();
            double e = prior.EstimateDb;
            // The prior splits its variance half common, half per fiber: one mating now, one then.
            Check.Near(e * Math.Sqrt(1.0 + (1.0 / 12.0)), RecheckMean.SigmaDb(prior, e, 1, 12, 0), 1e-12, "M = 1, 12 positions");
            Check.Near(e * Math.Sqrt(1.5 * (0.5 + (0.5 / 12.0))), RecheckMean.SigmaDb(prior, e, 2, 12, 0), 1e-12, "a reference averaged over two matings");
            Check.Near(2 * e * Math.Sqrt(1.0 + (1.0 / 4.0)), RecheckMean.SigmaDb(prior, 2 * e, 1, 4, 0), 1e-12, "the figure used scales both parts; 4 positions");
            Check.Near(Math.Sqrt((e * e * (1.0 + (1.0 / 12.0))) + 0.0009), RecheckMean.SigmaDb(prior, e, 1, 12, 0.03), 1e-12, "the source's normal part adds in quadrature");
        }

        [TestMethod]
        public void AMeasuredSplitDecidesHowMuchAveragingHelps()
        {
            var m = new MatingRepeatability();
            var common = new double[12];
            var own = new double[12];
            for (int i = 0; i < 12; i++)
            {
                common[i] = 0.1;
                own[i] = (i % 2 == 0) ? 0.1 : -0.1;
            }

            for (int r = 0; r < 20; r++)
            {
                m.Observe(common, 12);
            }

            var n = new MatingRepeatability();
            for (int r = 0; r < 20; r++)
            {
                n.Observe(own, 12);
            }

            Check.True(RecheckMean.SigmaDb(m, 0.05, 2, 12, 0) > 2 * RecheckMean.SigmaDb(n, 0.05, 2, 12, 0), "a common shift does not average over the positions, a per-fiber one does");
        }

        [TestMethod]
        public void TheLimitIsTheNinetyNinePercentRegionOfNormalAndDrift()
        {
            Check.Near(2.5758 * 0.05, RecheckMean.LimitDb(0.05, 0), 1e-4, "no drift: 2.576 σ");
            Check.Near(0.99 * 0.1, RecheckMean.LimitDb(0, 0.1), 1e-6, "drift alone: 0.99 a");
            // Reference values from the exact normal distribution function.
            Check.Near(0.146900, RecheckMean.LimitDb(0.05, 0.05), 2e-5, "σ 0.05 ⊕ ±0.05 dB");
            Check.Near(0.183153, RecheckMean.LimitDb(0.05, 0.1), 2e-5, "σ 0.05 ⊕ ±0.1 dB");
            Check.Near(0.143289, RecheckMean.LimitDb(0.03, 0.1), 2e-5, "σ 0.03 ⊕ ±0.1 dB");
        }

        [TestMethod]
        public void TheDriftBoundFollowsTheReferencesAge()
        {
            Check.Near(0, UncertaintyBudget.DriftBoundDb(0), 1e-12, "fresh");
            Check.Near(0.05, UncertaintyBudget.DriftBoundDb(FieldFigures.JobMinutes / 2), 1e-12, "half the job");
            Check.Near(0.1, UncertaintyBudget.DriftBoundDb(10 * FieldFigures.JobMinutes), 1e-12, "the whole statement past it");
            Check.Near(0.1, UncertaintyBudget.DriftBoundDb(-1), 1e-12, "an unknown age: the whole statement");
        }
    }
}
