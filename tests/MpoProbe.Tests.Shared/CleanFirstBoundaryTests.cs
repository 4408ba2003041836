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
    /// The held-for-a-clean rule and its "nothing came off" test on results built by hand, with losses
    /// exact in binary, at the edges the simulated probe does not reach (Stryker survivors, 2026-12-03).
    /// </summary>
    [TestClass]
    public class CleanFirstBoundaryTests
    {
        private static double own = 0.05;

        /// <summary>A result with every used position FAIL* at the given losses against 0.75 dB (each position's own scatter <c>own</c>), unused ones dark.</summary>
        private static InspectionResult Built(MpoLayout layout, double[] loss)
        {
            InspectionResult r = new InspectionResult();
            r.Begin(layout, Wavelength.Nm850, 0.75, 0);
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                if (layout.IsUsed(p))
                {
                    r.Set(p, Verdict.FailStar, -21, loss[p - 1], 0.1);
                    r.SetBudget(p, own, 0.2);
                }
                else
                {
                    r.SetWithoutLoss(p, Verdict.Unused, false, 0);
                }
            }

            return r;
        }

        private static double[] Uneven(double fallAt12)
        {
            double[] loss = new double[12];
            for (int i = 0; i < 12; i++)
            {
                loss[i] = i % 2 == 0 ? 1.0 : 1.125;
            }

            loss[11] = 1.25 - fallAt12;
            return loss;
        }

        [TestMethod]
        public void HeldOnlyWhereTheProbeKnowsItsOwnSpread()
        {
            InspectionResult r = Built(MpoLayout.Mpo12, Uneven(0));
            r.CheckReference();
            Check.False(r.CleanFirst, "no spread figure: no whole-connector judgement");
            Check.Equal(Verdict.FailStar, r.VerdictAt(2), "the verdict stands");
            r = Built(MpoLayout.Mpo12, Uneven(0));
            r.CheckReference(true, 0.001);
            Check.True(r.CleanFirst, "up to 0.25 dB apart, beyond a 0.001 dB scatter: held");
            Check.Equal(Verdict.NoReference, r.VerdictAt(2), "held");
        }

        [TestMethod]
        public void AnUnstablePositionOfALostConnectorKeepsItsVerdict()
        {
            double[] loss = new double[12];
            for (int i = 0; i < 12; i++)
            {
                loss[i] = 1.0;
            }

            InspectionResult r = Built(MpoLayout.Mpo12, loss);
            r.Set(3, Verdict.Unstable, -21, 1.0, 0.1);
            r.CheckReference(true, 0.05);
            Check.True(r.ReReference, "every position 1.0 dB alike: lost light");
            Check.Equal(Verdict.Unstable, r.VerdictAt(3), "unstable is not a loss verdict to refuse");
            Check.Equal(Verdict.NoReference, r.VerdictAt(4), "the loss verdicts are refused");
        }

        [TestMethod]
        public void LostAfterACleanOnMpo8IsTheMeanOfTheUsedPositions()
        {
            InspectionResult r = Built(MpoLayout.Mpo8, Uneven(0));
            r.CheckReference(true, 0.001);
            Check.True(r.CleanFirst, "held");
            r.LostAfterClean();
            Check.True(r.ReReference, "refused");
            Check.Near(8.625 / 8, r.ShiftDb, 1e-12, "eight used positions: 1.0 × 4, 1.125 × 3 and 1.25");
            InspectionResult plain = Built(MpoLayout.Mpo8, Uneven(0));
            plain.CheckReference();
            plain.LostAfterClean();
            Check.Near(0, plain.ShiftDb, 1e-12, "not held: no shift");
        }

        private static CleanCycle Before()
        {
            InspectionResult before = Built(MpoLayout.Mpo12, Uneven(0));
            before.CheckReference(true, 0.001);
            Check.True(before.CleanFirst, "held before");
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(before);
            return cycle;
        }

        private static InspectionResult After(double fallEverywhere, double fallAt12)
        {
            double[] loss = Uneven(fallAt12);
            for (int i = 0; i < 12; i++)
            {
                loss[i] -= fallEverywhere;
            }

            InspectionResult after = Built(MpoLayout.Mpo12, loss);
            after.CheckReference(true, 0.001);
            Check.True(after.CleanFirst, "held after");
            return after;
        }

        [TestMethod]
        public void NothingCameOffAtItsEdges()
        {
            // One fiber's threshold: 3 × √2 × 0.05 = 0.212 dB.
            own = 0.05;
            Check.True(Before().NothingCameOff(After(0, 0), 0, 0), "unchanged: nothing, even with no scatter allowed for the mean");
            Check.False(Before().NothingCameOff(After(0.125, 0), 0, 0), "0.125 dB off every fiber, no mean scatter: came off");
            Check.True(Before().NothingCameOff(After(0.125, 0), 0, 0.06), "the mean's scatter 3 × √(2 × 0.06 / 12) = 0.3 dB explains it");
            Check.False(Before().NothingCameOff(After(0, 0.25), 0.01, 0), "the last position fell 0.25 dB, beyond its own 0.212 dB");
            Check.True(Before().NothingCameOff(After(0, 0.1875), 0.01, 0), "0.1875 dB at the last position is within its 0.212 dB");
        }

        /// <summary>The mean's threshold at the budget's mating figure <paramref name="sigma"/>, split as the re-mates split it.</summary>
        private static double MeanThreshold(UncertaintyBudget budget, double sigma)
        {
            MatingRepeatability m = budget.Mating;
            double scale = sigma * sigma / (m.CommonVarianceDb2 + m.OwnVarianceDb2);
            double e = budget.ElectronicsDb;
            return CleanCycle.SignificantK * System.Math.Sqrt(2 * ((m.CommonVarianceDb2 * scale) + (((m.OwnVarianceDb2 * scale) + (e * e)) / 12)));
        }

        [TestMethod]
        public void TheBudgetsMatingFigureSetsTheMeansScatter()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 6119);
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, SimulatedProbe.Losses(12, 0.2));
            probe.Inspect();
            UncertaintyBudget budget = probe.Inspector.Budget;
            own = 0.1; // one fiber's threshold 0.424 dB: the mean's decides
            double learnt = budget.MatingSigmaDb;
            double threshold = MeanThreshold(budget, learnt);
            Check.True(learnt > budget.Mating.EstimateDb * 1.05 && threshold < 0.4, "the upper bound above the estimate, a threshold below one fiber's");
            Check.True(Before().NothingCameOff(After(threshold * 0.97, 0), budget), "just inside the mean's scatter at the budget's figure");
            Check.False(Before().NothingCameOff(After(threshold * 1.03, 0), budget), "just beyond it");

            // A figure set by hand is the one the bands use: the clean is judged by it too.
            double set = learnt * 0.7;
            budget.MatingSigmaDb = set;
            double narrow = MeanThreshold(budget, set);
            Check.True(narrow < threshold * 0.8, "a narrower mean threshold: " + Format.Db(threshold) + " → " + Format.Db(narrow));
            Check.True(Before().NothingCameOff(After(narrow * 0.97, 0), budget), "inside the set figure's scatter");
            Check.False(Before().NothingCameOff(After(narrow * 1.03, 0), budget), "beyond it, though inside the learnt figure's: dirt came off");
            own = 0.05;
        }
    }
}
