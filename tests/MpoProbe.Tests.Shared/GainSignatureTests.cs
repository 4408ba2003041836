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
    /// The gain signature stored with a reference: what a new one holds, that setting and clearing
    /// one channel's step leaves the others alone, that a copy and a restore keep every field, that
    /// every field enters the checksum, and which characters a head serial keeps in a record line.
    /// </summary>
    [TestClass]
    public class GainSignatureTests
    {
        [TestMethod]
        public void NewAndClearedSignaturesHoldNothing()
        {
            GainSignature fresh = new GainSignature();
            Check.Equal(string.Empty, fresh.HeadSerial, "no serial, and not null");
            Check.Equal(GainCheck.ResultsPerHalf, fresh.TestResultsPerHalf, "a reference's count");
            GainSignature s = Full();
            s.Clear();
            Check.False(s.HasLadder, "no ladder");
            Check.Near(0.0, s.LadderNoiseCodes, 0, "no ladder noise");
            Check.Equal(0u, s.TestMask, "no step");
            Check.Equal(0u, s.CalibrationCrc, "no calibration checksum");
            Check.Equal(string.Empty, s.HeadSerial, "no serial");
            Check.Equal(GainCheck.ResultsPerHalf, s.TestResultsPerHalf, "a reference's count again");
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                Check.Near(0.0, s.Ladder(t), 0, "ladder tap " + t.ToString() + " cleared");
            }

            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                Check.Near(0.0, s.TestCodes(c) + s.TestNoiseCodes(c) + s.TestRange(c), 0, "channel " + c.ToString() + " cleared");
            }
        }

        [TestMethod]
        public void SettingAndClearingOneChannelLeavesTheOthers()
        {
            GainSignature s = new GainSignature();
            s.SetTest(2, 1000, 1.5, 5);
            s.SetTest(31, 2000, 2.5, 6);
            s.SetTest(2, 1100, 1.6, 4);
            Check.Equal(0x80000004u, s.TestMask, "set twice is still held");
            Check.True(s.HasTest(2) && s.HasTest(31) && !s.HasTest(3), "held where set");
            Check.Near(1100, s.TestCodes(2), 0, "the last step");
            Check.Near(1.6, s.TestNoiseCodes(2), 0, "its noise");
            Check.Equal(4, s.TestRange(2), "its range");
            s.ClearTest(2);
            Check.Equal(0x80000000u, s.TestMask, "only channel 2 forgotten");
            Check.Near(0.0, s.TestCodes(2) + s.TestNoiseCodes(2) + s.TestRange(2), 0, "its values too");
            s.ClearTest(5);
            Check.Equal(0x80000000u, s.TestMask, "clearing a channel not held changes nothing");
            Check.Near(2000, s.TestCodes(31), 0, "channel 32 kept");
        }

        [TestMethod]
        public void CopyAndRestoreKeepEveryFieldAndTheChecksum()
        {
            GainSignature s = Full();
            GainSignature copy = new GainSignature();
            copy.CopyFrom(s);
            Check.True(copy.HasLadder, "ladder flag");
            Check.Near(s.LadderNoiseCodes, copy.LadderNoiseCodes, 0, "ladder noise");
            Check.Equal(s.TestMask, copy.TestMask, "mask");
            Check.Equal(s.TestResultsPerHalf, copy.TestResultsPerHalf, "results per half");
            Check.Equal(s.HeadSerial, copy.HeadSerial, "serial");
            Check.Equal(s.CalibrationCrc, copy.CalibrationCrc, "calibration checksum");
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                Check.Near(s.Ladder(t), copy.Ladder(t), 0, "tap " + t.ToString());
            }

            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                Check.Near(s.TestCodes(c), copy.TestCodes(c), 0, "step " + c.ToString());
                Check.Near(s.TestNoiseCodes(c), copy.TestNoiseCodes(c), 0, "noise " + c.ToString());
                Check.Equal(s.TestRange(c), copy.TestRange(c), "range " + c.ToString());
            }

            Check.Equal(Crc(s), Crc(copy), "a copy has the same checksum");
            Check.Equal(5, s.TestRange(30), "ranges restored from whole doubles");
        }

        [TestMethod]
        public void EveryFieldEntersTheChecksum()
        {
            uint whole = Crc(Full());
            for (int field = 0; field < 10; field++)
            {
                GainSignature s = Full();
                double[] ladder = Ladder(s);
                double[] test = new double[MpoLayout.MaxPositions];
                double[] noise = new double[MpoLayout.MaxPositions];
                double[] ranges = new double[MpoLayout.MaxPositions];
                for (int c = 0; c < MpoLayout.MaxPositions; c++)
                {
                    test[c] = s.TestCodes(c);
                    noise[c] = s.TestNoiseCodes(c);
                    ranges[c] = s.TestRange(c);
                }

                bool hasLadder = field != 0;
                double ladderNoise = field == 1 ? 2.0 : s.LadderNoiseCodes;
                uint mask = field == 2 ? s.TestMask & 0x7FFFFFFFu : s.TestMask;
                ladder[15] += field == 3 ? 1 : 0;
                test[31] += field == 4 ? 1 : 0;
                noise[31] += field == 5 ? 1 : 0;
                ranges[31] -= field == 6 ? 1 : 0;
                GainSignature changed = new GainSignature();
                changed.Restore(hasLadder, ladderNoise, ladder, mask, test, noise, ranges);
                changed.HeadSerial = field == 7 ? "0004A3000001" : (field == 8 ? "0004A300000" : s.HeadSerial);
                changed.CalibrationCrc = field == 9 ? s.CalibrationCrc + 1 : s.CalibrationCrc;
                Check.True(Crc(changed) != whole, "field " + field.ToString() + " changes the checksum");
            }
        }

        [TestMethod]
        public void RestoreOverAHeldSignatureKeepsNothingOfIt()
        {
            // An inspection's signature (one transfer per half, a serial, a checksum, channel 1) restored from a stored reference.
            GainSignature s = Full();
            double[] none = new double[MpoLayout.MaxPositions];
            double[] ladder = new double[ChainCheck.Taps];
            s.Restore(false, 0, ladder, 0x2u, none, none, none);
            Check.Equal(GainCheck.ResultsPerHalf, s.TestResultsPerHalf, "a stored signature was captured at a reference: 4 pairs of 16 per half");
            Check.Equal(string.Empty, s.HeadSerial, "no serial left over");
            Check.Equal(0u, s.CalibrationCrc, "no calibration checksum left over");
            Check.Equal(0x2u, s.TestMask, "only the stored mask");
        }

        [TestMethod]
        public void SerialKeepsOnlyLettersDigitsAndDashes()
        {
            Check.Equal("09AZaz-", GainSignature.SafeSerial("09AZaz-"), "the edges of each class kept");
            Check.Equal(string.Empty, GainSignature.SafeSerial("/:@[`{ =\n_.,"), "each class's neighbours and a record line's separators dropped");
            Check.Equal("0004A3-ff", GainSignature.SafeSerial("0004A3 =-f\rf"), "mixed");
            Check.Equal(string.Empty, GainSignature.SafeSerial(string.Empty), "empty stays empty");
        }

        [TestMethod]
        public void ToleranceTakesTheLadderScalesVarianceOnTheStepSquared()
        {
            double step = 990;
            double without = TestStepTolerance.Codes(step, 1.0, GainCheck.ResultsPerHalf, 1.0, GainCheck.FoldedResults, 0);
            double bounded = TestStepTolerance.BowCodes(step) + (TestStepTolerance.TempcoShare * step);
            double root = (without - bounded) / TestStepTolerance.Sigmas;
            double random = root * root;
            double with = TestStepTolerance.Codes(step, 1.0, GainCheck.ResultsPerHalf, 1.0, GainCheck.FoldedResults, 1e-5);
            Check.Near((TestStepTolerance.Sigmas * Math.Sqrt(random + (1e-5 * step * step))) + bounded, with, 1e-9, "5 σ of the random terms plus the scale's variance × step²");
        }

        /// <summary>A signature with every field set: ladder, noise, 32 steps of distinct values, serial and calibration checksum.</summary>
        private static GainSignature Full()
        {
            double[] ladder = new double[ChainCheck.Taps];
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                ladder[t] = ChainCheck.NominalCode(t) + (0.25 * t);
            }

            double[] test = new double[MpoLayout.MaxPositions];
            double[] noise = new double[MpoLayout.MaxPositions];
            double[] ranges = new double[MpoLayout.MaxPositions];
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                test[c] = 1000 + c;
                noise[c] = 0.5 + (0.01 * c);
                ranges[c] = 3 + (c % 4);
            }

            GainSignature s = new GainSignature();
            s.Restore(true, 1.5, ladder, 0xFFFFFFFFu, test, noise, ranges);
            s.HeadSerial = "0004A3000000";
            s.CalibrationCrc = 0x12345678u;
            s.TestResultsPerHalf = GainCheck.FoldedResults;
            return s;
        }

        private static double[] Ladder(GainSignature s)
        {
            double[] ladder = new double[ChainCheck.Taps];
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                ladder[t] = s.Ladder(t);
            }

            return ladder;
        }

        private static uint Crc(GainSignature s)
        {
            Crc32 crc = new Crc32();
            s.AddTo(crc);
            return crc.Value;
        }
    }
}
