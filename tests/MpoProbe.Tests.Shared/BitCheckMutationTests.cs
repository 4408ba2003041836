using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// <see cref="BitCheck"/> (issue 24 item 7, the survivors of the mutation run): a top bit that
    /// never toggles is stuck only when restoring its weight where the taps fall back makes the
    /// ladder right. The fall at the ladder's first and last steps, and restored ladders that are
    /// still wrong (a bad step far from the fall, at the first step, or across the flip) are pinned.
    /// Some ladders are synthetic (their true codes leave 0..4095) to put the fall at either end.
    /// </summary>
    [TestClass]
    public class BitCheckMutationTests
    {
        private const int Low = 0x7FF;
        private const int All = 0xFFF;

        private static double Nominal => ChainCheck.TapStepVolts / FrontEndDesign.AdcVoltsPerCode;

        [TestMethod]
        public void EveryBitTogglingOrALowBitNeverSetIsNotARepair()
        {
            bool one;
            double[] scratch = new double[ChainCheck.Taps];
            Check.Equal(-1, BitCheck.StuckBit(All, All, Folded(491, false), scratch, out one), "every bit toggled");
            Check.False(one, "and none is reported stuck at 1");
            Check.Equal(4, BitCheck.StuckBit(All & ~16, All, Folded(491, false), scratch, out one), "bit 4 never 1 below toggling bits: stuck without a repair");
            Check.False(one, "at 0");

            double[] repeated = new double[ChainCheck.Taps];
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                repeated[t] = ChainCheck.NominalCode(t & 7);
            }

            Check.Equal(-1, BitCheck.StuckBit(Low, All, repeated, scratch, out one), "taps 8-15 repeating 0-7 (S3 stuck): bit 11 idle but no repair makes the ladder right");
        }

        [TestMethod]
        public void TopBitStuckIsFoundWhereverTheLadderFalls()
        {
            bool one;
            double[] scratch = new double[ChainCheck.Taps];
            Check.Equal(11, BitCheck.StuckBit(Low, All, Folded(491, false), scratch, out one), "bit 11 stuck at 0 on the real ladder, falling at tap 8");
            Check.False(one, "at 0");
            Check.Equal(11, BitCheck.StuckBit(Low, All, Folded(1900, false), scratch, out one), "stuck at 0, falling at the first step");
            Check.False(one, "at 0");
            Check.Equal(11, BitCheck.StuckBit(All, Low, Folded(1900, true), scratch, out one), "stuck at 1, falling at the first step");
            Check.True(one, "at 1");
            double lastFall = 2000 - (14 * Nominal);
            Check.Equal(11, BitCheck.StuckBit(All, Low, Folded(lastFall, true), scratch, out one), "stuck at 1, falling at the last step");
            Check.True(one, "at 1");
        }

        [TestMethod]
        public void RestoredLadderThatIsStillWrongIsNotAStuckBit()
        {
            bool one;
            double[] scratch = new double[ChainCheck.Taps];

            double[] farStep = Folded(1900, false);
            Shift(farStep, 10, 150);
            Check.Equal(-1, BitCheck.StuckBit(Low, All, farStep, scratch, out one), "fall at the first step, a step 1.7 × nominal far above it");

            double[] lowFirst = Folded(1900, false);
            lowFirst[0] -= 300;
            Check.Equal(-1, BitCheck.StuckBit(Low, All, lowFirst, scratch, out one), "fall at the first step, tap 0 300 codes low: the span across the flip is wrong");

            double[] badFirst = Folded(491, false);
            badFirst[0] -= 150;
            Check.Equal(-1, BitCheck.StuckBit(Low, All, badFirst, scratch, out one), "fall at tap 8, the first step 1.7 × nominal");

            double[] gap = Folded(491, false);
            Shift(gap, 9, 300);
            Check.Equal(-1, BitCheck.StuckBit(Low, All, gap, scratch, out one), "fall at tap 8, the taps from two above it 300 codes high: the span across the flip is wrong");

            double[] lastHigh = Folded(2000 - (14 * Nominal), true);
            lastHigh[15] += 300;
            Check.Equal(-1, BitCheck.StuckBit(All, Low, lastHigh, scratch, out one), "fall at the last step, tap 15 300 codes high");
        }

        /// <summary>
        /// Nominal steps from <paramref name="first"/>, read with bit 11 stuck: at 0, taps from 2048 up
        /// lose 2048; at 1 (<paramref name="high"/>), taps below 2048 gain it.
        /// </summary>
        private static double[] Folded(double first, bool high)
        {
            double[] mean = new double[ChainCheck.Taps];
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                double code = first + (t * Nominal);
                mean[t] = high ? (code < 2048 ? code + 2048 : code) : (code >= 2048 ? code - 2048 : code);
            }

            return mean;
        }

        private static void Shift(double[] mean, int from, double codes)
        {
            for (int t = from; t < mean.Length; t++)
            {
                mean[t] += codes;
            }
        }
    }
}
