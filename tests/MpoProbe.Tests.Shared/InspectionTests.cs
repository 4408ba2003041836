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
    /// <summary>Verdicts end to end: simulated light → acquisition → loss → verdict.</summary>
    [TestClass]
    public class InspectionTests
    {
        [TestMethod]
        public void CleanLinkPassesOnEveryPosition()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 41);
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, SimulatedProbe.Losses(12, 0.20));
            InspectionResult result = probe.Inspect();
            Check.Equal(Verdict.Pass, result.Overall, "overall");
            for (int p = 1; p <= 12; p++)
            {
                Check.Near(0.20, result.LossDb(p), 0.05, "loss at " + p.ToString());
                Check.True(result.UncertaintyDb(p) > 0.10 && result.UncertaintyDb(p) < 0.11, "uncertainty at " + p.ToString() + " " + result.UncertaintyDb(p).ToString("F4") + ": two probe-port matings at the prior's upper figure (√2 × 0.0708 = 0.100) dominate");
            }

            Check.Equal(0, probe.Inspector.Diagnosis.Count, "a clean link has no finding");
        }

        [TestMethod]
        public void PassPassStarFailStarAndFailAroundTheLimit()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 42);
            probe.TakeReference(-20.0);
            double[] losses = SimulatedProbe.Losses(12, 0.20);
            losses[1] = 0.45;
            losses[5] = 0.71;
            losses[9] = 0.85;
            losses[3] = 1.10;
            probe.LightWithLoss(-20.0, losses);
            InspectionResult result = probe.Inspect();
            double band = result.BandDb(6);
            Check.True(band > 0.19 && band < 0.22, "band from the budget (U = 2 × ≈0.10 dB, no re-mate yet): " + band.ToString("F3"));
            Check.Equal(Verdict.Pass, result.VerdictAt(2), "0.45 dB, below limit − band");
            Check.Equal(Verdict.PassStar, result.VerdictAt(6), "0.71 dB, inside the band below 0.75");
            Check.Equal(Verdict.FailStar, result.VerdictAt(10), "0.85 dB, inside the band above 0.75");
            Check.Equal(Verdict.Fail, result.VerdictAt(4), "1.10 dB, beyond limit + band");
            Check.Equal(Verdict.Fail, result.Overall, "overall is the worst");
            Check.Equal(4, result.WorstPosition, "worst position");
        }

        [TestMethod]
        public void ElitePassesWhatStandardPassesOnlyWhenLowEnough()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo16, 43);
            probe.Settings.Layout = MpoLayout.Mpo16;
            probe.Settings.Limit = LimitProfile.Elite;
            probe.TakeReference(-20.0);
            double[] losses = SimulatedProbe.Losses(16, 0.06);
            losses[15] = 0.64;
            probe.LightWithLoss(-20.0, losses);
            InspectionResult result = probe.Inspect();
            Check.Equal(Verdict.Pass, result.VerdictAt(1), "0.06 dB on Elite");
            Check.Equal(Verdict.Fail, result.VerdictAt(16), "0.64 dB on Elite (0.35 + 0.26 band)");
            probe.Settings.Limit = LimitProfile.Standard;
            probe.Inspector.Evaluate(probe.Reference);
            Check.Equal(Verdict.PassStar, probe.Inspector.Result.VerdictAt(16), "0.64 dB on Standard: inside the band");
        }

        [TestMethod]
        public void Mpo8DarkPositionsAreUnusedAndLightThereIsUnexpected()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo8, 44);
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, SimulatedProbe.Losses(12, 0.2));
            InspectionResult result = probe.Inspect();
            for (int p = 5; p <= 8; p++)
            {
                Check.Equal(Verdict.Unused, result.VerdictAt(p), "dark position " + p.ToString());
            }

            Check.Equal(Verdict.Pass, result.Overall, "MPO-8 passes with 5–8 dark");
            probe.Light(6, -21.0);
            result = probe.Inspect();
            Check.Equal(Verdict.UnexpectedLight, result.VerdictAt(6), "light on position 6");
            Check.Equal(Verdict.UnexpectedLight, result.Overall, "never PASS with light on a dark position");
        }

        [TestMethod]
        public void SecondRowOfMpo24IsJudgedPerPosition()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo24, 45);
            probe.TakeReference(-20.0);
            double[] losses = SimulatedProbe.Losses(24, 0.25);
            losses[19] = 1.30;
            probe.LightWithLoss(-20.0, losses);
            InspectionResult result = probe.Inspect();
            Check.Equal(Verdict.Fail, result.VerdictAt(20), "position 20 in row 2");
            Check.Equal(MpoLayout.Mpo24.UsedMask & ~PositionMask.Of(20), result.MaskOf(Verdict.Pass), "all others pass");
            Check.Near(1.30, result.LossDb(20), 0.05, "loss at 20");
        }

        [TestMethod]
        public void SecondRowOfMpo32IsJudgedPerPosition()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo32, 46);
            probe.TakeReference(-20.0);
            double[] losses = SimulatedProbe.Losses(32, 0.25);
            losses[29] = SimulatedProbe.DarkLossDb;
            losses[31] = 0.70;
            probe.LightWithLoss(-20.0, losses);
            InspectionResult result = probe.Inspect();
            Check.Equal(Verdict.NoLight, result.VerdictAt(30), "position 30 dark");
            Check.Equal(Verdict.PassStar, result.VerdictAt(32), "position 32 in band");
            Check.Equal(Verdict.Pass, result.VerdictAt(17), "position 17 starts row 2");
        }

        [TestMethod]
        public void SaturatedAndUnstablePositionsAreNeverPass()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 47);
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, SimulatedProbe.Losses(12, 0.2));
            probe.Light(2, 6.0);
            probe.Sim.SetFlicker(8, 0.1);
            InspectionResult result = probe.Inspect();
            Check.Equal(Verdict.OverRange, result.VerdictAt(2), "saturated");
            Check.False(result.HasLoss(2), "no loss for a saturated position");
            Check.True(result.LossDb(2) == 0, "an absent loss reads 0, never NaN");
            Check.Equal(Verdict.Unstable, result.VerdictAt(9), "flickering");
            Check.Equal(Verdict.OverRange, result.Overall, "overall");
        }

        [TestMethod]
        public void NoReferencePowerMeansNoLossAndNoPass()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 48);
            probe.LightUsed(-20.0);
            probe.Sim.SetDark(2);
            probe.TakeReferenceNow();
            Check.False(probe.Reference.HasPower(3), "dark in the reference: no reference power at 3");
            probe.LightUsed(-20.2);
            InspectionResult result = probe.Inspect();
            Check.True(result.HasPower(3) && !result.HasLoss(3), "position 3 has a power now but no loss");
            Check.Equal(Verdict.NoReference, result.VerdictAt(3), "no loss: no PASS");
            Check.True(result.HasLoss(4) && result.VerdictAt(4) == Verdict.Pass, "position 4 is judged");
        }
    }
}
