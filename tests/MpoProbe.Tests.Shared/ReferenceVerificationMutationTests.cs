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
    /// The reference check's rules one by one (issue 25 item 7): which positions it compares, which
    /// one it names, the limit's boundary, the evidence it gives the mating figure against an
    /// averaged reference, that a failed check is never averaged in, and the line it shows.
    /// </summary>
    [TestClass]
    public class ReferenceVerificationMutationTests
    {
        private static Scan Flat(MpoLayout layout, double dbm)
        {
            Scan scan = new Scan();
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                scan.At(p).Set(ChannelStatus.Ok, 8, 1500, 16, dbm, 0.002);
            }

            return scan;
        }

        private static Reference ReferenceAt(MpoLayout layout, double dbm)
        {
            Reference reference = new Reference();
            reference.Capture(Flat(layout, dbm), layout, 0, 0);
            return reference;
        }

        [TestMethod]
        public void MissingArgumentsAreRefused()
        {
            Reference reference = ReferenceAt(MpoLayout.Mpo12, -20.0);
            Scan scan = Flat(MpoLayout.Mpo12, -20.0);
            UncertaintyBudget budget = new UncertaintyBudget();
            ReferenceVerification check = new ReferenceVerification();
            Check.Throws(typeof(ArgumentNullException), () => check.Verify(null, scan, MpoLayout.Mpo12, budget), "no reference");
            Check.Throws(typeof(ArgumentNullException), () => check.Verify(reference, null, MpoLayout.Mpo12, budget), "no scan");
            Check.Throws(typeof(ArgumentNullException), () => check.Verify(reference, scan, null, budget), "no layout");
            Check.Throws(typeof(ArgumentNullException), () => check.Verify(reference, scan, MpoLayout.Mpo12, null), "no budget");
            Check.Equal(1, reference.Matings, "a refused check averages nothing into the reference");
        }

        [TestMethod]
        public void UnusedPositionsAreNotCompared()
        {
            // MPO-8 carries fibers at 1-4 and 9-12; 5-8 are dark by design.
            Reference reference = ReferenceAt(MpoLayout.Mpo8, -20.0);
            Scan remated = Flat(MpoLayout.Mpo8, -20.1);
            for (int p = 5; p <= 8; p++)
            {
                remated.At(p).Set(ChannelStatus.NoLight, 8, 0, 16);
            }

            ReferenceVerification check = new ReferenceVerification();
            Check.True(check.Verify(reference, remated, MpoLayout.Mpo8, new UncertaintyBudget()), "dark unused positions do not fail the check");
            Check.Equal(8, check.Count, "the eight used positions compared");
            Check.Equal(0, check.UnsteadyPosition, "no used position dark");
        }

        [TestMethod]
        public void FirstDarkPositionIsNamedAndDarkOnesAreNotCounted()
        {
            Reference reference = ReferenceAt(MpoLayout.Mpo12, -20.0);
            Scan remated = Flat(MpoLayout.Mpo12, -20.05);
            remated.At(3).Set(ChannelStatus.NoLight, 8, 0, 16);
            remated.At(9).Set(ChannelStatus.Unstable, 8, 1500, 90, -23.0, 0.02);
            UncertaintyBudget budget = new UncertaintyBudget();
            ReferenceVerification check = new ReferenceVerification();
            Check.False(check.Verify(reference, remated, MpoLayout.Mpo12, budget), "dark at 3, unsteady at 9: fails");
            Check.Equal(3, check.UnsteadyPosition, "the first of them is named, not the last");
            Check.Equal(3, check.WorstPosition, "and reported as the worst");
            Check.Equal(10, check.Count, "only the ten steady positions compared");
            Check.Near(0.05 / Math.Sqrt(2.0), check.MatingSigmaDb, 1e-9, "σ from the steady positions' 0.05 dB only (the unsteady 3 dB left out)");
            Check.Equal(0, budget.Mating.Remates, "no evidence from a re-mate with a dark position");
            Check.False(check.Averaged, "nor averaged into the reference");
            Check.Equal(1, reference.Matings, "the reference still rests on one mating");
            Check.Equal("reference check failed: no steady light at position 3 (green) after re-mating; clean the cord and the probe port, then set the reference again",
                check.Describe(), "the line names the dark position and what to do");
        }

        [TestMethod]
        public void PositionTheReferenceHasNoPowerForFailsTheCheck()
        {
            Scan refScan = Flat(MpoLayout.Mpo12, -20.0);
            refScan.At(5).Set(ChannelStatus.Unstable, 8, 1500, 90, -20.4, 0.02);
            Reference reference = new Reference();
            reference.Capture(refScan, MpoLayout.Mpo12, 0, 0);
            ReferenceVerification check = new ReferenceVerification();
            Check.False(check.Verify(reference, Flat(MpoLayout.Mpo12, -20.0), MpoLayout.Mpo12, new UncertaintyBudget()), "no reference power at 5: fails");
            Check.Equal(5, check.UnsteadyPosition, "names 5");
            Check.Equal(11, check.Count, "5 not compared");
        }

        [TestMethod]
        public void EveryPositionDarkGivesNoFigure()
        {
            Reference reference = ReferenceAt(MpoLayout.Mpo12, -20.0);
            Scan dark = new Scan();
            for (int p = 1; p <= 12; p++)
            {
                dark.At(p).Set(ChannelStatus.NoLight, 8, 0, 16);
            }

            ReferenceVerification check = new ReferenceVerification();
            Check.False(check.Verify(reference, dark, MpoLayout.Mpo12, new UncertaintyBudget()), "nothing lit: fails");
            Check.Equal(0, check.Count, "nothing compared");
            Check.Near(0.0, check.MatingSigmaDb, 0.0, "no σ: 0, not 0/0");
            Check.Equal(1, check.WorstPosition, "the first dark position named");
        }

        [TestMethod]
        public void EqualChangesNameTheFirstPosition()
        {
            Reference reference = ReferenceAt(MpoLayout.Mpo12, -20.0);
            ReferenceVerification check = new ReferenceVerification();
            Check.True(check.Verify(reference, Flat(MpoLayout.Mpo12, -19.9), MpoLayout.Mpo12, new UncertaintyBudget()), "+0.10 dB everywhere passes");
            Check.Equal(1, check.WorstPosition, "a tie keeps the first position");
            Check.Near(0.1, check.WorstChangeDb, 1e-9, "its change");
        }

        [TestMethod]
        public void ChangeExactlyAtTheLimitPasses()
        {
            // 0.25 dB is exact in binary: −19.75 − (−20.00) is exactly the limit.
            Reference reference = ReferenceAt(MpoLayout.Mpo12, -20.0);
            Scan remated = Flat(MpoLayout.Mpo12, -20.0);
            remated.At(7).Set(ChannelStatus.Ok, 8, 1500, 16, -20.0 + FieldFigures.VerifyMaxChangeDb, 0.002);
            ReferenceVerification check = new ReferenceVerification();
            Check.True(check.Verify(reference, remated, MpoLayout.Mpo12, new UncertaintyBudget()), "a change of exactly the limit is within it");
            Check.Equal(7, check.WorstPosition, "7 is the worst");
            remated.At(7).Set(ChannelStatus.Ok, 8, 1500, 16, -20.0 - FieldFigures.VerifyMaxChangeDb - 0.01, 0.002);
            Check.False(check.Verify(reference, remated, MpoLayout.Mpo12, new UncertaintyBudget()), "0.01 dB beyond it (a fall) fails");
        }

        [TestMethod]
        public void AgainstAnAveragedReferenceTheChangesAreScaledToTwoMatings()
        {
            Reference reference = ReferenceAt(MpoLayout.Mpo12, -20.0);
            ReferenceVerification check = new ReferenceVerification();
            Check.True(check.Verify(reference, Flat(MpoLayout.Mpo12, -20.0), MpoLayout.Mpo12, new UncertaintyBudget()), "first check passes");
            Check.True(check.Averaged, "and is averaged in");
            Check.Equal(2, reference.Matings, "the reference now averages two matings");
            Scan remated = Flat(MpoLayout.Mpo12, -20.0);
            for (int p = 1; p <= 12; p++)
            {
                remated.At(p).Set(ChannelStatus.Ok, 8, 1500, 16, -20.0 + ((p % 2) == 0 ? 0.12 : -0.12), 0.002);
            }

            UncertaintyBudget budget = new UncertaintyBudget();
            Check.True(check.Verify(reference, remated, MpoLayout.Mpo12, budget), "±0.12 dB passes");
            Check.Near(0.12 / Math.Sqrt(2.0), check.MatingSigmaDb, 1e-9, "this re-mate's own figure is unscaled");
            // A change against a 2-mating average has σ²(1 + 1/2); scaled by √(2 / 1.5) it counts as a
            // difference of two matings: 12 changes of 0.12² × 4/3, halved, over 11 + 1 degrees of freedom.
            double half = MatingRepeatability.PriorSigmaDb * MatingRepeatability.PriorSigmaDb / 2.0;
            double scaled2 = 0.0144 * 4.0 / 3.0;
            Check.Near((half + (12 * scaled2 / 2.0)) / 12.0, budget.Mating.OwnVarianceDb2, 1e-9, "per-fiber variance from the scaled changes");
            Check.Equal(3, reference.Matings, "the passed check is averaged in too");
        }

        [TestMethod]
        public void ThirtyTwoFibersAreAllCompared()
        {
            Reference reference = ReferenceAt(MpoLayout.Mpo32, -20.0);
            UncertaintyBudget budget = new UncertaintyBudget();
            ReferenceVerification check = new ReferenceVerification();
            Check.True(check.Verify(reference, Flat(MpoLayout.Mpo32, -20.05), MpoLayout.Mpo32, budget), "a 32-fiber re-mate within the limit passes");
            Check.Equal(32, check.Count, "every position compared");
            Check.Equal(1, budget.Mating.Remates, "and counted as one re-mate");
        }

        [TestMethod]
        public void FailedCheckIsEvidenceButNeverAveraged()
        {
            Reference reference = ReferenceAt(MpoLayout.Mpo12, -20.0);
            Scan remated = Flat(MpoLayout.Mpo12, -20.0);
            remated.At(6).Set(ChannelStatus.Ok, 8, 1500, 16, -20.4, 0.002);
            UncertaintyBudget budget = new UncertaintyBudget();
            ReferenceVerification check = new ReferenceVerification();
            Check.False(check.Verify(reference, remated, MpoLayout.Mpo12, budget), "0.4 dB at 6 fails");
            Check.False(check.Averaged, "a failed check is not averaged in");
            Check.Equal(1, reference.Matings, "the reference keeps one mating");
            Check.Near(-20.0, reference.PowerDbm(6), 1e-12, "and its power at 6");
            Check.Equal(1, budget.Mating.Remates, "the re-mate is still evidence of the cord's scatter");
            Check.Equal("reference check failed: re-mate changed position 6 (white) by -0.40 dB (limit 0.25 dB): inspect and clean the reference cord and the probe port, then set the reference again",
                check.Describe(), "the line names the fiber, the change and the limit");
        }

        [TestMethod]
        public void PassedCheckLineGivesTheWorstChangeAndTheFigure()
        {
            Reference reference = ReferenceAt(MpoLayout.Mpo12, -20.0);
            Scan remated = Flat(MpoLayout.Mpo12, -20.0);
            remated.At(2).Set(ChannelStatus.Ok, 8, 1500, 16, -19.88, 0.002);
            ReferenceVerification check = new ReferenceVerification();
            Check.True(check.Verify(reference, remated, MpoLayout.Mpo12, new UncertaintyBudget()), "0.12 dB at 2 passes");
            Check.Equal("reference checked: re-mate changed position 2 (orange) by 0.12 dB at most; this re-mate's mating repeatability 0.02 dB",
                check.Describe(), "the line gives the worst change and this re-mate's σ");
        }
    }
}
