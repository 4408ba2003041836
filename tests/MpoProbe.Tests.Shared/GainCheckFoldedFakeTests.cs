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
    /// An inspection's folded pair on a front end whose codes are known (<see cref="GainCheckFake"/>):
    /// which channels it reads, when the scan's own burst is the "off" half (OK, in the step's
    /// range, one transfer) with the dark added back and its spread counted, and that nothing is
    /// read without a plan, a scan, an acquirer or check inputs.
    /// </summary>
    [TestClass]
    public class GainCheckFoldedFakeTests
    {
        [TestMethod]
        public void ScanBurstIsTheOffHalfOnlyWhenOkInTheStepsRangeWithOneTransfer()
        {
            GainCheckFake fake = new GainCheckFake(7);
            Acquirer acquirer = Lit(fake);
            fake.Noise[3] = 1;
            fake.StepFactor[5] = -1;
            Scan scan = new Scan();
            acquirer.Acquire(6, Wavelength.Nm850, scan);
            Check.True(scan.At(1).Status == ChannelStatus.Ok && scan.At(1).Range == 4, "6000 codes: OK in 2.2 kΩ ×16, got range " + scan.At(1).Range.ToString());
            Check.True(scan.At(4).Status == ChannelStatus.Ok && scan.At(4).Range == 6, "1700 codes: OK in 100 kΩ ×1, got range " + scan.At(4).Range.ToString());
            Check.True(scan.At(5).Status != ChannelStatus.Ok, "no light: not OK");
            Check.Near(acquirer.DarkCodes(0, 4), 410, 1, "the dark the scan took off");

            // Plan: 1 in the scan's range (reused), 2 in another (read), 3 none, 4 in the scan's range
            // (reused, ±1 code of noise), 5 in the range its NO_LIGHT reading stopped in, 6 in 100 kΩ ×1
            // where its light alone reaches the knee (a step of the other sign), 7 beyond the scan.
            GainSignature plan = new GainSignature();
            plan.SetTest(0, 0, 0, 4);
            plan.SetTest(1, 0, 0, 3);
            plan.SetTest(3, 0, 0, 6);
            plan.SetTest(4, 0, 0, scan.At(5).Range);
            plan.SetTest(5, 0, 0, 6);
            plan.SetTest(6, 0, 0, 6);
            GainCheck check = new GainCheck(fake, fake, 0);
            GainSignature into = new GainSignature();
            into.SetTest(2, 100, 1, 6);
            int selects = fake.Selects;
            check.MeasureFolded(MpoLayout.Mpo12, into, plan, scan, acquirer);
            Check.Equal(2, check.ScanBurstsReused, "positions 1 and 4 reuse the scan's burst");
            Check.Equal(3, fake.Selects - selects, "an off burst of their own for positions 2, 5 and 6");
            Check.Equal(5, fake.SelectsWithCurrent, "an on burst for positions 1, 2, 4, 5, 6; none for 3 and 7");
            Check.False(fake.CurrentOn, "the current off at the end");
            Check.Equal(GainCheck.FoldedResults, into.TestResultsPerHalf, "one transfer per half");
            Check.Equal(0x3u, into.TestMask, "positions 1 and 2 held; 3 not planned (forgotten), 4 noisy, 5 and 6 compressed, 7 not scanned");
            Check.Equal(1u << 3, check.UnsteadyMask, "the reused burst's spread counts: ±1 code in both halves is noisy in 100 kΩ ×1");
            Check.Equal(0x30u, check.CompressedMask, "no light read in its most sensitive range: the step clips (5); the off half at the knee (6)");
            Check.Near(TestCurrent.StepCodes(4), into.TestCodes(0), 1.0, "reused: the step against the scan's mean with the dark added back");
            Check.Equal(4, into.TestRange(0), "in the plan's range");
            Check.Near(TestCurrent.StepCodes(3), into.TestCodes(1), 1.0, "read: the step of 2.2 kΩ ×8");
            Check.Equal(3, into.TestRange(1), "in the plan's range, not the scan's");
            Check.Near(TestCurrent.DesignNoiseCodes(4), into.TestNoiseCodes(0), 1e-12, "a noise read below the design noise is taken as the design's");
            FaultLatch faults = new FaultLatch();
            Check.False(check.Compare(plan, into, faults), "one noisy channel beside two steady ones");
            Check.True(faults.Kind == FaultKind.ChannelNoisy, "is a noisy channel: " + FaultCatalogue.Code(faults.Kind));
            Check.Equal(4, faults.Position, "position 4");
            Check.Near(Math.Sqrt(8.0 / 6.0), faults.Value, 1e-9, "±1 code over both halves of 4: the scan's spread counted with the on half's");
            Check.Near(GainCheck.NoisyFactor * TestCurrent.DesignNoiseCodes(6), faults.Limit, 1e-9, "3 × the design noise of its range");

            // Again with the noise gone (the scan still holds its spread) and position 5 no longer planned: nothing carried over.
            fake.Noise[3] = 0;
            plan.ClearTest(4);
            check.MeasureFolded(MpoLayout.Mpo12, into, plan, scan, acquirer);
            Check.Equal(2, check.ScanBurstsReused, "counted afresh");
            Check.Equal(0u, check.UnsteadyMask, "no channel noisy");
            Check.Equal(0x20u, check.CompressedMask, "only position 6 compressed");
            Check.Equal(0xBu, into.TestMask, "positions 1, 2 and 4 held");
            Check.Near(Math.Sqrt(4.0 / 6.0), into.TestNoiseCodes(3), 1e-9, "a noise above the design's is kept");
        }

        [TestMethod]
        public void ScanOfAReferencesAveragingIsNotReused()
        {
            GainCheckFake fake = new GainCheckFake(2);
            Acquirer acquirer = Lit(fake);
            Scan scan = new Scan();
            acquirer.AcquireReference(2, Wavelength.Nm850, scan);
            Check.True(scan.At(1).Status == ChannelStatus.Ok && scan.At(1).Range == 4, "OK in 2.2 kΩ ×16");
            GainSignature plan = new GainSignature();
            plan.SetTest(0, 0, 0, 4);
            GainCheck check = new GainCheck(fake, fake, 0);
            GainSignature into = new GainSignature();
            check.MeasureFolded(MpoLayout.Mpo12, into, plan, scan, acquirer);
            Check.Equal(0, check.ScanBurstsReused, "16 results per burst are not one transfer");
            Check.Equal(1u, into.TestMask, "held all the same");
            Check.Near(TestCurrent.StepCodes(4), into.TestCodes(0), 1.0, "the step");
        }

        [TestMethod]
        public void LastPositionOfTheLayoutTheScanAndTheFrontEndIsRead()
        {
            GainCheckFake fake = new GainCheckFake(12);
            Acquirer acquirer = Lit(fake);
            Scan scan = new Scan();
            acquirer.Acquire(12, Wavelength.Nm850, scan);
            GainSignature plan = new GainSignature();
            plan.SetTest(11, 0, 0, 6);
            GainCheck check = new GainCheck(fake, fake, 0);
            GainSignature into = new GainSignature();
            check.MeasureFolded(MpoLayout.Mpo12, into, plan, scan, acquirer);
            Check.Equal(1u << 11, into.TestMask, "position 12, the last of MPO-12, of the scan and of a 12-channel front end, is held");
            Check.Near(TestCurrent.StepCodes(6), into.TestCodes(11), 1.0, "its step");
        }

        [TestMethod]
        public void KneeIsJudgedOnTheFoldedPairsOwnOffHalfAndOnHalf()
        {
            GainCheckFake fake = new GainCheckFake(3);
            Acquirer acquirer = Dark(fake);
            double on = GainCheckFake.Code(0, 1, 6, true);
            fake.LightCodes[0] = FrontEndDesign.CompressionCode - on;
            fake.LightCodes[1] = FrontEndDesign.CompressionCode - GainCheckFake.Code(0, 1, 6, false);
            fake.StepFactor[1] = -1;
            fake.LightCodes[2] = FrontEndDesign.CompressionCode - 1 - on;
            Scan scan = new Scan();
            acquirer.Acquire(3, Wavelength.Nm850, scan);
            GainSignature plan = PlanAtRange6(3);

            GainCheck check = new GainCheck(fake, fake, 0);
            GainSignature into = new GainSignature();
            check.MeasureFolded(MpoLayout.Mpo12, into, plan, scan, acquirer);
            Check.Equal(0x3u, check.CompressedMask, "the on half at the knee exactly (1), its own off half at the knee exactly (2)");
            Check.Equal(0x4u, into.TestMask, "one code below the knee is held (3)");
        }

        [TestMethod]
        public void SteadyChannelsAreCountedAfreshAtEachFoldedPair()
        {
            GainCheckFake fake = new GainCheckFake(3);
            Acquirer acquirer = Dark(fake);
            Scan scan = new Scan();
            acquirer.Acquire(3, Wavelength.Nm850, scan);
            GainSignature plan = PlanAtRange6(3);

            GainCheck check = new GainCheck(fake, fake, 0);
            GainSignature into = new GainSignature();
            check.MeasureFolded(MpoLayout.Mpo12, into, plan, scan, acquirer);
            Check.Equal(0x7u, into.TestMask, "three steady channels");
            fake.Noise[0] = 3;
            fake.Noise[1] = 3;
            check.MeasureFolded(MpoLayout.Mpo12, into, plan, scan, acquirer);
            Check.Equal(0x3u, check.UnsteadyMask, "two noisy");
            FaultLatch faults = new FaultLatch();
            Check.True(check.CheckCapture(into, faults), "two noisy beside one steady are not blamed, whatever the last pair held: " + FaultCatalogue.Code(faults.Kind));
        }

        [TestMethod]
        public void NothingIsReadWithoutPlanScanAcquirerOrInputs()
        {
            GainCheckFake fake = new GainCheckFake(2);
            Acquirer acquirer = Lit(fake);
            Scan scan = new Scan();
            acquirer.Acquire(2, Wavelength.Nm850, scan);
            GainSignature plan = new GainSignature();
            plan.SetTest(0, 0, 0, 4);
            GainSignature empty = new GainSignature();
            for (int which = 0; which < 5; which++)
            {
                GainCheck check = new GainCheck(fake, which == 3 ? null : fake, 0);
                GainSignature into = new GainSignature();
                into.SetTest(0, 100, 1, 4);
                int reads = fake.Reads;
                int switches = fake.Switches;
                check.MeasureFolded(MpoLayout.Mpo12, into, which == 0 ? null : (which == 4 ? empty : plan), which == 1 ? null : scan, which == 2 ? null : acquirer);
                Check.Equal(0u, into.TestMask, "case " + which.ToString() + ": nothing held");
                Check.Equal(GainCheck.FoldedResults, into.TestResultsPerHalf, "case " + which.ToString() + ": one transfer per half");
                Check.Equal(0, fake.Reads - reads, "case " + which.ToString() + ": nothing read");
                Check.Equal(0, fake.Switches - switches, "case " + which.ToString() + ": no switch written");
            }
        }

        /// <summary>An acquirer over <paramref name="fake"/> whose dark was captured (the pedestal), then the light on: 6000 codes on positions 1–3, 1700 on 4, 4000 on 6, none on 5 and 7.</summary>
        private static Acquirer Lit(GainCheckFake fake)
        {
            Acquirer acquirer = Dark(fake);
            for (int c = 0; c < fake.ChannelCount; c++)
            {
                fake.LightCodes[c] = c < 3 ? 6000 : (c == 3 ? 1700 : (c == 5 ? 4000 : 0));
            }

            return acquirer;
        }

        /// <summary>An acquirer over <paramref name="fake"/> whose dark was captured, no light on.</summary>
        private static Acquirer Dark(GainCheckFake fake)
        {
            Acquirer acquirer = new Acquirer(fake, new AcquisitionSettings(), new DarkOffsets(), new GainCalibration());
            Check.True(acquirer.CaptureDark(fake.ChannelCount).Status == FrontEndStatus.Ok, "dark captured");
            return acquirer;
        }

        /// <summary>A test plan for channels 0..<paramref name="channels"/> − 1, each in range 6.</summary>
        private static GainSignature PlanAtRange6(int channels)
        {
            GainSignature plan = new GainSignature();
            for (int c = 0; c < channels; c++)
            {
                plan.SetTest(c, 0, 0, 6);
            }

            return plan;
        }
    }
}
