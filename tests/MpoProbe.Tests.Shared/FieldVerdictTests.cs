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
    /// <summary>Issue 25: the learning re-mates, no bare verdict on a scattering cord, and a connector that lost light alike.</summary>
    [TestClass]
    public class FieldVerdictTests
    {
        private static double[] Loose(int i)
        {
            double[] d = new double[12];
            for (int p = 0; p < 12; p++)
            {
                d[p] = ((i % 2) == 0 ? 0.2 : -0.2) + ((p % 2) == 0 ? 0.2 : -0.2);
            }

            return d;
        }

        [TestMethod]
        public void TheFigureLearnsFromFourReMatesBeforeTheSlowerSchedule()
        {
            MatingRepeatability m = new MatingRepeatability();
            for (int i = 0; i < MatingRepeatability.LearningRemates; i++)
            {
                Check.True(m.Learning, "still learning after " + i.ToString() + " re-mates");
                m.Observe(Loose(i), 12);
            }

            Check.False(m.Learning, "four re-mates: every RemateEvery inspections from now on");
            m.Reset();
            Check.True(m.Learning, "a reset cord learns again");
        }

        [TestMethod]
        public void AScatteringCordGivesNoBareVerdict()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 71);
            probe.Settings.Limit = LimitProfile.Standard;
            probe.TakeReference(-20.0);
            double[] losses = SimulatedProbe.Losses(12, 0.1);
            losses[2] = 3.0;
            probe.LightWithLoss(-20.0, losses);
            InspectionResult r = probe.Inspect();
            Check.Equal(Verdict.Pass, r.VerdictAt(1), "0.1 dB passes at the prior");
            Check.Equal(Verdict.Fail, r.VerdictAt(3), "3 dB fails at the prior");
            for (int i = 0; i < 6; i++)
            {
                probe.Inspector.Budget.Mating.Observe(Loose(i), 12);
            }

            Check.True(probe.Inspector.Budget.Mating.ScatterTooHigh, "the cord scatters above 0.10 dB");
            r = probe.Inspect();
            Check.Equal(Verdict.PassStar, r.VerdictAt(1), "no bare PASS on a scattering cord");
            Check.Equal(Verdict.FailStar, r.VerdictAt(3), "no bare FAIL either");
        }

        [TestMethod]
        public void EveryFiberAlikeBelowTheLimitIsTheLink()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 72);
            probe.Settings.Limit = LimitProfile.Standard;
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, SimulatedProbe.Losses(12, 0.3));
            InspectionResult r = probe.Inspect();
            Check.False(r.ReReference, "a good link whose fibers agree is not a shift");
            Check.Equal(Verdict.Pass, r.VerdictAt(5), "and passes");
        }

        [TestMethod]
        public void EveryFiberAlikeAboveTheLimitReadsReReference()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 73);
            probe.Settings.Limit = LimitProfile.Elite;
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, SimulatedProbe.Losses(12, 0.9));
            InspectionResult r = probe.Inspect();
            Check.True(r.ReReference, "a source 0.9 dB dimmer than at the reference");
            Check.True(r.HasShift && r.ShiftDb > 0.8 && r.ShiftDb < 1.0, "the shift is the lost light: " + r.ShiftDb.ToString("F3"));
            Check.Equal(0u, r.MaskOf(Verdict.FailStar) | r.MaskOf(Verdict.Fail) | r.MaskOf(Verdict.Pass) | r.MaskOf(Verdict.PassStar), "no verdict on a loss that is not the link's");
        }

        [TestMethod]
        public void SpreadBoundIsTheChiSquareQuantile()
        {
            // χ²₀.₉₉(11) = 24.72 (tables): the bound on the squared deviations of 12 losses at σ = 1.
            Check.True(InspectionResult.SpreadWithin(24.6, 12, 1.0), "24.6 is within");
            Check.False(InspectionResult.SpreadWithin(24.9, 12, 1.0), "24.9 is beyond");
            // χ²₀.₉₉(3) = 11.34: four positions.
            Check.True(InspectionResult.SpreadWithin(11.2, 4, 1.0), "11.2 within for n = 4");
            Check.False(InspectionResult.SpreadWithin(11.6, 4, 1.0), "11.6 beyond for n = 4");
        }
    }
}
