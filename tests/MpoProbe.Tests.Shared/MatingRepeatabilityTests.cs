using System;
using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>The probe's own mating repeatability: prior, pooled evidence both ways, common and per-fiber parts, the upper bound the budget uses.</summary>
    [TestClass]
    public class MatingRepeatabilityTests
    {
        private static double[] Changes(int count, double common, double own)
        {
            double[] d = new double[count];
            for (int i = 0; i < count; i++)
            {
                d[i] = common + ((i % 2) == 0 ? own : -own);
            }

            return d;
        }

        [TestMethod]
        public void PriorAloneIsTheDefaultWithFourDegreesOfFreedom()
        {
            MatingRepeatability m = new MatingRepeatability();
            Check.Near(Math.Sqrt((0.0025 - 0.0004) / (2 * Math.Log(2.5))), m.EstimateDb, 1e-12, "prior σ: rms over 0.02–0.05 dB, log-uniform");
            Check.Near(0.03385, m.EstimateDb, 1e-5, "≈ 0.034 dB");
            Check.Near(2.0, m.DegreesOfFreedom, 1e-9, "1 + 1 pseudo degrees of freedom, equal parts");
            Check.Near(m.EstimateDb * MatingRepeatability.StudentT975(2) / 1.96, m.UpperDb, 1e-4, "t(2) over z = 1.96");
            Check.True(m.UpperDb > 0.07 && m.UpperDb < 0.08, "the prior's upper figure ≈ 0.075 dB: " + m.UpperDb.ToString("F4"));
            Check.False(m.SteadinessUnproven, "no re-mate yet: bare verdicts allowed on the prior");
            Check.Equal(0, m.Remates, "no re-mate yet");
            Check.False(m.ScatterTooHigh, "the prior never asks for a clean");
        }

        [TestMethod]
        public void StudentQuantileMatchesTheTables()
        {
            Check.Near(2.776, MatingRepeatability.StudentT975(4), 0.002, "t(4)");
            Check.Near(2.228, MatingRepeatability.StudentT975(10), 0.001, "t(10)");
            Check.Near(2.042, MatingRepeatability.StudentT975(30), 0.001, "t(30)");
            Check.Near(1.962, MatingRepeatability.StudentT975(1000), 0.001, "t(1000)");
            Check.True(MatingRepeatability.StudentT975(0.2) == MatingRepeatability.StudentT975(1), "below one degree of freedom: the value at one");
        }

        [TestMethod]
        public void CommonShiftAndPerFiberSpreadArePooledApart()
        {
            MatingRepeatability m = new MatingRepeatability();
            double half = MatingRepeatability.PriorSigmaDb * MatingRepeatability.PriorSigmaDb / 2;
            Check.True(m.Observe(Changes(12, 0.10, 0), 12), "a pure common shift");
            Check.Near((half + 0.005) / 2, m.CommonVarianceDb2, 1e-12, "common: (1 × σ₀²/2 + 0.1²/2) / 2");
            Check.Near(half / 12, m.OwnVarianceDb2, 1e-12, "per fiber: the prior's σ₀²/2 over 1 + 11 degrees of freedom");
            m.Reset();
            Check.True(m.Observe(Changes(12, 0, 0.10), 12), "a pure per-fiber spread");
            Check.Near(half / 2, m.CommonVarianceDb2, 1e-12, "common part narrows");
            Check.Near((half + 0.06) / 12, m.OwnVarianceDb2, 1e-12, "per fiber: (σ₀²/2 + 12 × 0.01 / 2) / 12");
        }

        [TestMethod]
        public void EvidenceNarrowsAndWidens()
        {
            MatingRepeatability quiet = new MatingRepeatability();
            MatingRepeatability loose = new MatingRepeatability();
            for (int i = 0; i < 30; i++)
            {
                double sign = (i % 2) == 0 ? 1 : -1;
                quiet.Observe(Changes(12, sign * 0.02, 0.02), 12);
                loose.Observe(Changes(12, sign * 0.15, 0.15), 12);
            }

            Check.True(quiet.UpperDb < 0.033, "30 quiet re-mates narrow the figure below the prior: " + quiet.UpperDb.ToString("F4"));
            Check.True(quiet.UpperDb > quiet.EstimateDb, "still an upper bound");
            Check.False(quiet.ScatterTooHigh, "quiet cord");
            Check.True(loose.EstimateDb > 0.13, "loose re-mates widen it: " + loose.EstimateDb.ToString("F4"));
            Check.True(loose.ScatterTooHigh, "above 0.10 dB: clean or replace the test cord");
            Check.True(loose.SteadinessUnproven, "no bare verdict on it");
            Check.False(quiet.SteadinessUnproven, "bare verdicts on the quiet cord");
            Check.Equal(30, loose.Remates, "counted");
        }

        [TestMethod]
        public void BareVerdictsWaitForTheUpperFigureNotTheEstimate()
        {
            MatingRepeatability m = new MatingRepeatability();
            Check.True(m.Observe(Changes(12, 0.10, 0.11), 12), "one loose re-mate");
            Check.True(m.EstimateDb < MatingRepeatability.ScatterLimitDb, "point estimate below 0.10 dB: " + m.EstimateDb.ToString("F4"));
            Check.False(m.ScatterTooHigh, "not yet named for cleaning");
            Check.True(m.UpperDb > MatingRepeatability.ScatterLimitDb, "upper figure above 0.10 dB: " + m.UpperDb.ToString("F4"));
            Check.True(m.SteadinessUnproven, "no bare verdict until the evidence shows the cord within its limit");
        }

        [TestMethod]
        public void BadChangesAddNothing()
        {
            MatingRepeatability m = new MatingRepeatability();
            double[] d = Changes(12, 0.05, 0.05);
            d[3] = double.NaN;
            Check.False(m.Observe(d, 12), "NaN refused");
            d[3] = 1e308 * 10.0; // +infinity, without a framework member the device list lacks
            Check.False(m.Observe(d, 12), "infinity refused");
            Check.False(m.Observe(d, 0), "no change refused");
            Check.False(m.Observe(d, 13), "more changes than given refused");
            Check.False(m.Observe(null, 1), "no array refused");
            Check.Equal(0, m.Remates, "nothing added");
            Check.Near(MatingRepeatability.PriorSigmaDb, m.EstimateDb, 1e-12, "still the prior");
            Check.True(m.Observe(d, 3), "the first three are fine");
            Check.Equal(1, m.Remates, "one re-mate");
        }

        [TestMethod]
        public void BudgetFollowsTheEstimateUnlessFixed()
        {
            UncertaintyBudget b = new UncertaintyBudget();
            Check.Near(b.Mating.UpperDb, b.MatingSigmaDb, 1e-12, "prior bound");
            Check.False(b.MatingMeasured, "prior is not measured");
            b.MatingSigmaDb = 0.03;
            Check.Near(0.03, b.MatingSigmaDb, 1e-12, "a fixed figure wins");
            Check.False(b.MatingMeasured, "a fixed figure is not measured");
            b.ResetMating();
            for (int i = 0; i < 40; i++)
            {
                b.Mating.Observe(Changes(12, 0, 0.001), 12);
            }

            Check.Near(FieldFigures.MatingFloorDb, b.MatingSigmaDb, 1e-12, "never below the floor");
            Check.True(b.MatingMeasured, "measured now");
        }

        [TestMethod]
        public void RestoreRefusesStatesNoSequenceOfRematesGives()
        {
            MatingRepeatability m = new MatingRepeatability();
            double upper = m.UpperDb;
            double half = MatingRepeatability.PriorSigmaDb * MatingRepeatability.PriorSigmaDb / 2;
            Check.False(m.Restore(0, 0, 1, 0, 1), "variance 0 with the prior's weight in it: a re-mate only adds to the prior's squares");
            Check.False(m.Restore(0, half, 1, half, 1000000), "per-fiber degrees without a re-mate");
            Check.False(m.Restore(1, half, 2, half, 1 + 32), "one re-mate adds at most 31 per-fiber degrees (32 positions)");
            Check.False(m.Restore(1, half, 2, half, 1.5), "degrees are whole");
            Check.False(m.Restore(2, half / 4, 3, half, 20), "a common sum of squares below the prior's");
            Check.False(m.Restore(2, half, 3, half / 1000, 2), "a per-fiber sum of squares below the prior's");
            Check.True(m.UpperDb == upper, "every refusal leaves the figure");
            Check.True(m.Restore(0, half, 1, half, 1), "the prior itself");
            Check.True(m.Restore(1, half, 2, half, 1 + 31), "one re-mate of 32 positions");
            Check.True(m.Restore(3, half / 2, 4, half / 3, 34), "less than the prior's variance over more degrees: squares still above the prior's");
            Check.True(m.Restore(0, half - 0.4e-9, 1, half - 0.4e-9, 1), "the stored rounding (half a nano-dB²) is allowed");
        }
    }
}
