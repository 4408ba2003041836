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
    public class DiagnosisTests
    {
        private static Diagnosis Run(MpoLayout layout, uint seed, double[] losses)
        {
            SimulatedProbe probe = new SimulatedProbe(layout, seed);
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, losses);
            probe.Inspect();
            return probe.Inspector.Diagnosis;
        }

        [TestMethod]
        public void AdjacentFailuresPointToContamination()
        {
            double[] losses = SimulatedProbe.Losses(12, 0.2);
            losses[3] = 1.1;
            losses[4] = 0.9;
            Diagnosis d = Run(MpoLayout.Mpo12, 51, losses);
            uint pair = PositionMask.Of(4) | PositionMask.Of(5);
            Check.True(d.Has(FindingKind.SuspectContamination, pair), "4 and 5 flagged together");
            Check.Equal(1, d.Count, "one finding");
            string text = d.Describe(0);
            Check.Contains("4 (brown), 5 (slate)", text, "names positions and colours");
            Check.Contains("clean connector AND adapter", text, "asks for both to be cleaned");
        }

        [TestMethod]
        public void MarginalNeighbourJoinsTheContaminatedGroup()
        {
            double[] losses = SimulatedProbe.Losses(12, 0.2);
            losses[6] = 1.2;
            losses[7] = 0.70;
            Diagnosis d = Run(MpoLayout.Mpo12, 52, losses);
            Check.True(d.Has(FindingKind.SuspectContamination, PositionMask.Of(7) | PositionMask.Of(8)), "7 fails, 8 marginal");
        }

        [TestMethod]
        public void ParticleAcrossBothRowsOfMpo24IsOneGroup()
        {
            double[] losses = SimulatedProbe.Losses(24, 0.2);
            losses[2] = 1.0;
            losses[14] = 1.0;
            Diagnosis d = Run(MpoLayout.Mpo24, 53, losses);
            Check.True(d.Has(FindingKind.SuspectContamination, PositionMask.Of(3) | PositionMask.Of(15)), "3 above 15");
        }

        [TestMethod]
        public void RowEndsAreNotNeighbours()
        {
            double[] losses = SimulatedProbe.Losses(24, 0.2);
            losses[11] = 1.0;
            losses[12] = 1.0;
            Diagnosis d = Run(MpoLayout.Mpo24, 54, losses);
            Check.True(d.Has(FindingKind.IsolatedHighLoss, PositionMask.Of(12)), "12 alone");
            Check.True(d.Has(FindingKind.IsolatedHighLoss, PositionMask.Of(13)), "13 alone");
        }

        [TestMethod]
        public void Mpo8FourAndNineAreNotNeighbours()
        {
            double[] losses = SimulatedProbe.Losses(12, 0.2);
            losses[3] = 1.0;
            losses[8] = 1.0;
            Diagnosis d = Run(MpoLayout.Mpo8, 55, losses);
            Check.True(d.Has(FindingKind.IsolatedHighLoss, PositionMask.Of(4)), "4 alone");
            Check.True(d.Has(FindingKind.IsolatedHighLoss, PositionMask.Of(9)), "9 alone");
        }

        [TestMethod]
        public void SingleHighLossSaysCleanThenSuspectDamage()
        {
            double[] losses = SimulatedProbe.Losses(12, 0.2);
            losses[10] = 1.5;
            Diagnosis d = Run(MpoLayout.Mpo12, 56, losses);
            Check.True(d.Has(FindingKind.IsolatedHighLoss, PositionMask.Of(11)), "11 alone");
            Check.Contains("11 (rose)", d.Describe(0), "names the fiber");
            Check.Contains("damaged fiber", d.Describe(0), "escalation hint");
        }

        [TestMethod]
        public void UniformLossAsksForACleanFirst()
        {
            // Raised on every fiber within 0.3 dB but unevenly (dirt on every fiber, a dirty adapter):
            // clean first, then suspect mating or the reference.
            double[] losses = SimulatedProbe.Losses(12, 0.85);
            for (int i = 1; i < 12; i += 2)
            {
                losses[i] = 1.05;
            }

            Diagnosis d = Run(MpoLayout.Mpo12, 57, losses);
            Check.Equal(1, d.Count, "one finding only");
            Check.True(d.Has(FindingKind.UniformLoss, MpoLayout.Mpo12.UsedMask), "uniform");
            Check.Contains("clean connector and adapter", d.Describe(0), "clean first");
            Check.Contains("mating, the adapter or a stale reference", d.Describe(0), "then the rest");
            Check.Equal((int)PromptKind.Clean, (int)Prompts.ForFinding(FindingKind.UniformLoss), "the prompt is a clean");
        }

        [TestMethod]
        public void DirtOnEveryFiberPromptsAClean()
        {
            double[] losses = new double[12];
            for (int i = 0; i < 12; i++)
            {
                losses[i] = 0.6 + (0.08 * i);
            }

            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 59);
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, losses);
            InspectionResult r = probe.Inspect();
            uint positions;
            PromptKind prompt = Prompts.Choose(probe.Inspector.Diagnosis, r, PolarityVerdict.NotTested, out positions);
            Check.False(r.ReReference, "dirt differs from fiber to fiber: not a shift of the source or reference");
            Check.Equal((int)PromptKind.Clean, (int)prompt, "clean, not re-reference");
        }

        [TestMethod]
        public void EveryFiberAlikeAboveTheLimitIsAShiftNotTheLink()
        {
            // A source 0.9 dB dimmer than at a plain reference: every fiber loses the same light.
            Diagnosis d = Run(MpoLayout.Mpo12, 60, SimulatedProbe.Losses(12, 0.9));
            Check.True(d.Has(FindingKind.ReReference, MpoLayout.Mpo12.UsedMask), "re-reference");
            Check.Contains("lost light alike", d.Describe(0), "says why");
            Check.Contains("or the whole connector lost light", d.Describe(0), "and that the link itself may have: the probe can prove it");
            Check.Contains("re-check the cord", d.Describe(0), "names the way to prove it");
        }

        [TestMethod]
        public void UnevenHighLossIsNotUniform()
        {
            double[] losses = SimulatedProbe.Losses(12, 0.9);
            losses[0] = 1.6;
            Diagnosis d = Run(MpoLayout.Mpo12, 58, losses);
            Check.False(d.Has(FindingKind.UniformLoss, MpoLayout.Mpo12.UsedMask), "1.6 vs 0.9 is not uniform");
        }

        [TestMethod]
        public void IsolatedDarkFiberPointsToBreakOrPolarity()
        {
            double[] losses = SimulatedProbe.Losses(12, 0.2);
            losses[8] = SimulatedProbe.DarkLossDb;
            Diagnosis d = Run(MpoLayout.Mpo12, 59, losses);
            Check.True(d.Has(FindingKind.NoLightSome, PositionMask.Of(9)), "9 dark");
            Check.Contains("broken or missing fiber, or polarity", d.Describe(0), "advice");
        }

        [TestMethod]
        public void AllDarkSaysSourceOff()
        {
            double[] losses = SimulatedProbe.Losses(12, SimulatedProbe.DarkLossDb);
            Diagnosis d = Run(MpoLayout.Mpo12, 60, losses);
            Check.True(d.Has(FindingKind.NoLightAll, MpoLayout.Mpo12.UsedMask), "all dark");
            Check.Equal(1, d.Count, "nothing else");
        }

        [TestMethod]
        public void LightOnDarkPositionsSaysLayoutOrPolarity()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo8, 61);
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, SimulatedProbe.Losses(12, 0.2));
            probe.Light(5, -20.0);
            probe.Light(6, -20.0);
            probe.Inspect();
            Diagnosis d = probe.Inspector.Diagnosis;
            Check.True(d.Has(FindingKind.UnexpectedLight, PositionMask.Of(5) | PositionMask.Of(6)), "5 and 6 lit");
            Check.Contains("wrong layout", d.Describe(0), "advice");
        }

        [TestMethod]
        public void UnstableNeighboursPointToContamination()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 62);
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, SimulatedProbe.Losses(12, 0.2));
            probe.Sim.SetFlicker(1, 0.1);
            probe.Sim.SetFlicker(2, 0.1);
            probe.Inspect();
            Check.True(probe.Inspector.Diagnosis.Has(FindingKind.SuspectContamination, PositionMask.Of(2) | PositionMask.Of(3)), "2 and 3 unstable");
        }
    }
}
