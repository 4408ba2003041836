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
    /// The gain check's reference measurement on a front end whose codes are known
    /// (<see cref="GainCheckFake"/>): which channels it reads, in which range, what step and noise it
    /// holds, where the compression knee and the noise refuse a step, and when noisy channels are a
    /// fault rather than unsteady light.
    /// </summary>
    [TestClass]
    public class GainCheckMeasureTests
    {
        [TestMethod]
        public void EveryUsedChannelIsReadInTheMostSensitiveRangeTheLightLeavesRoomIn()
        {
            GainCheckFake fake = new GainCheckFake(32);
            fake.LightCodes[1] = 600;
            fake.LightCodes[9] = 20000;
            GainCheck check = new GainCheck(fake, fake, 123);
            GainSignature into = new GainSignature();
            into.SetTest(20, 5, 1, 6);
            into.TestResultsPerHalf = 4;
            check.Measure(MpoLayout.Mpo8, into, null);
            Check.Equal(0x0D0Fu, into.TestMask, "MPO-8's used positions, less the one no range has room in");
            Check.Equal(GainCheck.ResultsPerHalf, into.TestResultsPerHalf, "4 pairs of 16 per half");
            Check.Equal(1u << 9, check.CompressedMask, "position 10: even 2.2 kΩ ×8 leaves no room for the step");
            Check.Equal(0u, check.UnsteadyMask, "no channel noisy");
            Check.Equal(5, into.TestRange(1), "600 codes of light leave no room in 100 kΩ ×1: 2.2 kΩ ×32");
            int[] dark = { 0, 2, 3, 8, 10, 11 };
            for (int i = 0; i < dark.Length; i++)
            {
                int c = dark[i];
                Check.Equal(6, into.TestRange(c), "a dark channel after a bright one: 100 kΩ ×1, position " + (c + 1).ToString());
                Check.Near(TestCurrent.StepCodes(6), into.TestCodes(c), 1.0, "the nominal step, position " + (c + 1).ToString());
                Check.Near(0.0, into.TestNoiseCodes(c), 0, "no noise");
            }

            Check.Near(TestCurrent.StepCodes(5), into.TestCodes(1), 1.0, "the step of 2.2 kΩ ×32");
            Check.False(fake.CurrentOn, "the current is off after the measurement");
            Check.Equal(123, fake.LastSettleMicroseconds, "settled as long as asked before each burst");

            // Measured again with the light gone: nothing is left over from the last measurement.
            fake.LightCodes[9] = 0;
            fake.Noise[0] = 3;
            check.Measure(MpoLayout.Mpo8, into, null);
            Check.Equal(0u, check.CompressedMask, "compression forgotten");
            Check.Equal(1u, check.UnsteadyMask, "position 1 now noisy");
            fake.Noise[0] = 0;
            check.Measure(MpoLayout.Mpo8, into, null);
            Check.Equal(0u, check.UnsteadyMask, "noise forgotten");
            Check.Equal(0x0F0Fu, into.TestMask, "every used position held");
        }

        [TestMethod]
        public void StoredRangesAreUsedAndOnlyTheFrontEndsChannelsAreRead()
        {
            GainCheckFake fake = new GainCheckFake(4);
            fake.LightCodes[3] = 2000;
            GainSignature ranges = new GainSignature();
            ranges.SetTest(0, 0, 0, 0);
            ranges.SetTest(1, 0, 0, 4);
            ranges.SetTest(3, 0, 0, 6);
            GainCheck check = new GainCheck(fake, fake, 0);
            GainSignature into = new GainSignature();
            check.Measure(MpoLayout.Mpo12, into, ranges);
            Check.Equal(0x7u, into.TestMask, "four channels on an MPO-12 head; position 4 held no room in its stored range");
            Check.Equal(1u << 3, check.CompressedMask, "2000 codes of light and the step in 100 kΩ ×1 reach the knee");
            Check.Equal(0, into.TestRange(0), "the stored range 0 (2.2 kΩ ×1) is a range");
            Check.Near(TestCurrent.StepCodes(0), into.TestCodes(0), 1.0, "its step");
            Check.Equal(4, into.TestRange(1), "the stored 2.2 kΩ ×16, not the most sensitive");
            Check.Near(TestCurrent.StepCodes(4), into.TestCodes(1), 1.0, "its step");
            Check.Equal(6, into.TestRange(2), "no stored range: chosen");
        }

        [TestMethod]
        public void NoCheckInputsMeasureNothingAndJudgeNothing()
        {
            GainCheckFake fake = new GainCheckFake(12);
            GainCheck check = new GainCheck(fake, null, 0);
            GainSignature into = new GainSignature();
            into.SetTest(3, 1000, 1, 6);
            into.TestResultsPerHalf = 4;
            check.Measure(MpoLayout.Mpo12, into, null);
            Check.Equal(0u, into.TestMask, "nothing held");
            Check.Equal(GainCheck.ResultsPerHalf, into.TestResultsPerHalf, "a reference's count");
            Check.Equal(0, fake.Reads, "nothing read");
            FaultLatch faults = new FaultLatch();
            Check.True(check.CheckCapture(into, faults) && check.Compare(into, into, faults), "nothing to judge");
            Check.Throws(typeof(ArgumentNullException), () => new GainCheck(null, null, 0), "no front end");
        }

        [TestMethod]
        public void KneeIsJudgedOnEveryConversionOfBothHalves()
        {
            GainCheckFake fake = new GainCheckFake(6);
            GainSignature ranges = new GainSignature();
            for (int c = 0; c < 6; c++)
            {
                ranges.SetTest(c, 0, 0, 6);
            }

            double on = GainCheckFake.Code(0, 1, 6, true);
            fake.LightCodes[0] = 4010 - on;
            fake.Noise[0] = 10;
            fake.LightCodes[1] = FrontEndDesign.CompressionCode - on;
            fake.LightCodes[2] = FrontEndDesign.CompressionCode - 1 - on;
            fake.LightCodes[3] = 4020 - GainCheckFake.Code(0, 1, 6, false);
            fake.StepFactor[3] = -1;
            GainCheck check = new GainCheck(fake, fake, 0);
            GainSignature into = new GainSignature();
            check.Measure(MpoLayout.Mpo12, into, ranges);
            Check.Equal(0xBu, check.CompressedMask, "knee reached by one conversion (1), at the knee exactly (2), in the off half (4)");
            Check.Equal(0u, check.UnsteadyMask, "a compressed burst is not judged for noise");
            Check.Equal(0x34u, into.TestMask, "one code below the knee is held (3), the others too (5, 6)");
            Check.Near(TestCurrent.StepCodes(6), into.TestCodes(2), 1.0, "its step");
        }

        [TestMethod]
        public void OneOrTwoNoisyChannelsAmongSteadyOnesAreAFaultMoreAreUnsteadyLight()
        {
            // Two noisy (positions 1 and 3) with two steady: noisy channels, the first named, its noise and limit.
            FaultLatch faults = Noisy(4, 0x5u);
            Check.True(faults.Kind == FaultKind.ChannelNoisy, "two noisy among two steady: " + FaultCatalogue.Code(faults.Kind));
            Check.Equal(1, faults.Position, "the first noisy position");
            Check.Near(3.0 * Math.Sqrt(16.0 / 15.0), faults.Value, 1e-9, "noise of one conversion over 8 bursts of 16");
            Check.Near(GainCheck.NoisyFactor * TestCurrent.DesignNoiseCodes(6), faults.Limit, 1e-9, "3 × the range's design noise");
            Check.True(Noisy(3, 0x2u).Kind == FaultKind.ChannelNoisy, "one noisy among two steady");
            Check.True(Noisy(5, 0x15u).Kind == FaultKind.None, "three noisy: the light is unsteady, not judged");
            Check.True(Noisy(2, 0x1u).Kind == FaultKind.None, "one steady channel is too few to blame the other");
            Check.True(Noisy(4, 0x0u).Kind == FaultKind.None, "none noisy");
        }

        [TestMethod]
        public void StepAtTheReferenceMustBeWithinThirtyPercentOfNominal()
        {
            Check.True(Capture(31, 1.25).Kind == FaultKind.None, "25 % high passes");
            Check.True(Capture(31, 0.75).Kind == FaultKind.None, "25 % low passes");
            FaultLatch high = Capture(31, 1.35);
            Check.True(high.Kind == FaultKind.ChannelGainChanged, "35 % high is refused");
            Check.Equal(32, high.Position, "on position 32");
            Check.Near(1.35, high.Value, 1e-9, "the ratio to nominal");
            Check.Near(1.0, high.Limit, 0, "against 1");
            Check.True(Capture(0, 0.65).Kind == FaultKind.ChannelGainChanged, "35 % low is refused");
        }

        [TestMethod]
        public void CompareNamesTheChannelItsRatioAndAStuckPath()
        {
            FaultLatch up = Compared(1000, 1200, 1000);
            Check.True(up.Kind == FaultKind.ChannelGainChanged, "20 % up");
            Check.Equal(6, up.Position, "position 6");
            Check.Near(1.2, up.Value, 1e-9, "now over then");
            Check.Near(1.0, up.Limit, 0, "against 1");
            FaultLatch stuck = Compared(1000, 0, 1000);
            Check.True(stuck.Kind == FaultKind.ChannelStuck, "its step vanished alone: a stuck path, " + FaultCatalogue.Code(stuck.Kind));
            Check.Equal(6, stuck.Position, "position 6");
            Check.True(Compared(1000, 0, 0).Kind == FaultKind.ChannelGainChanged, "two vanished: not one stuck path");
            FaultLatch fromZero = Compared(0, 500, 1000);
            Check.True(fromZero.Kind == FaultKind.ChannelGainChanged, "a step where there was none");
            Check.Near(0.0, fromZero.Value, 0, "no ratio to a zero step");
            Check.True(Compared(1000, 1000, 1000).Kind == FaultKind.None, "unchanged");
        }

        [TestMethod]
        public void StepLostToTheKneeSinceTheReferenceIsAGainThatRose()
        {
            GainCheckFake fake = new GainCheckFake(5);
            GainCheck check = new GainCheck(fake, fake, 0);
            GainSignature then = new GainSignature();
            check.Measure(MpoLayout.Mpo12, then, null);
            Check.Equal(0x1Fu, then.TestMask, "five steps at the reference");

            // Unsteady light on three channels: their steps are not held and not judged.
            fake.Noise[0] = 3;
            fake.Noise[1] = 3;
            fake.Noise[4] = 3;
            GainSignature now = new GainSignature();
            check.Measure(MpoLayout.Mpo12, now, then);
            FaultLatch faults = new FaultLatch();
            Check.True(check.Compare(then, now, faults), "steps not held for unsteady light are skipped: " + FaultCatalogue.Code(faults.Kind));

            fake.LightCodes[2] = 2000;
            check.Measure(MpoLayout.Mpo12, now, then);
            Check.False(check.Compare(then, now, faults), "a channel whose light now leaves no room for the step");
            Check.True(faults.Kind == FaultKind.ChannelGainChanged, "is a gain that rose: " + FaultCatalogue.Code(faults.Kind));
            Check.Equal(3, faults.Position, "position 3");
            Check.Near(0.0, faults.Value, 0, "no ratio");
        }

        [TestMethod]
        public void SteadyChannelsAreCountedAfreshAtEachMeasurement()
        {
            GainCheckFake fake = new GainCheckFake(4);
            GainCheck check = new GainCheck(fake, fake, 0);
            GainSignature now = new GainSignature();
            check.Measure(MpoLayout.Mpo12, now, null);
            fake.Noise[0] = 3;
            fake.Noise[1] = 3;
            fake.LightCodes[2] = 20000;
            check.Measure(MpoLayout.Mpo12, now, null);
            Check.Equal(0x8u, now.TestMask, "one steady channel left");
            FaultLatch faults = new FaultLatch();
            Check.True(check.CheckCapture(now, faults), "two noisy beside one steady are not blamed, whatever the last measurement held: " + FaultCatalogue.Code(faults.Kind));
        }

        /// <summary>The fault <see cref="GainCheck.CheckCapture"/> raises after a measurement of <paramref name="channels"/> dark channels, those in <paramref name="noisy"/> ±3 codes.</summary>
        private static FaultLatch Noisy(int channels, uint noisy)
        {
            GainCheckFake fake = new GainCheckFake(channels);
            for (int c = 0; c < channels; c++)
            {
                fake.Noise[c] = (noisy & (1u << c)) != 0 ? 3 : 0;
            }

            GainCheck check = new GainCheck(fake, fake, 0);
            GainSignature now = new GainSignature();
            check.Measure(MpoLayout.Mpo12, now, null);
            Check.Equal(noisy, check.UnsteadyMask, "the noisy channels found");
            FaultLatch faults = new FaultLatch();
            bool ok = check.CheckCapture(now, faults);
            Check.True(ok == (faults.Kind == FaultKind.None), "result agrees with the latch");
            FaultLatch compared = new FaultLatch();
            Check.True(check.Compare(now, now, compared) == ok && compared.Kind == faults.Kind, "the comparison judges the noise alike");
            return faults;
        }

        /// <summary>The fault a reference's capture raises for a step <paramref name="ratio"/> × nominal (2.2 kΩ ×16) on <paramref name="channel"/>, nominal on channel 2.</summary>
        private static FaultLatch Capture(int channel, double ratio)
        {
            GainSignature now = new GainSignature();
            now.SetTest(2, TestCurrent.StepCodes(4), 1, 4);
            now.SetTest(channel, ratio * TestCurrent.StepCodes(4), 1, 4);
            FaultLatch faults = new FaultLatch();
            bool ok = new GainCheck(new GainCheckFake(32), null, 0).CheckCapture(now, faults);
            Check.True(ok == (faults.Kind == FaultKind.None), "result agrees with the latch");
            return faults;
        }

        /// <summary>The fault comparing channel 5's step <paramref name="before"/> → <paramref name="after"/> raises, channel 6 holding <paramref name="otherAfter"/> now against 1000 then; no ladders.</summary>
        private static FaultLatch Compared(double before, double after, double otherAfter)
        {
            GainSignature then = new GainSignature();
            then.SetTest(5, before, 1, 5);
            then.SetTest(6, 1000, 1, 5);
            then.SetTest(7, 1000, 1, 5);
            GainSignature now = new GainSignature();
            now.SetTest(5, after, 1, 5);
            now.SetTest(6, otherAfter, 1, 5);
            now.SetTest(9, 500, 1, 5);
            now.TestResultsPerHalf = GainCheck.FoldedResults;
            FaultLatch faults = new FaultLatch();
            bool ok = new GainCheck(new GainCheckFake(32), null, 0).Compare(then, now, faults);
            Check.True(ok == (faults.Kind == FaultKind.None), "result agrees with the latch");
            return faults;
        }
    }
}
