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
    /// <see cref="LadderMatch"/> (issue 24 item 7, the survivors of the mutation run): a missing or
    /// flat ladder, a slope and a single tap outside their tolerance and just inside it, and the
    /// noise floor that sets both tolerances.
    /// </summary>
    [TestClass]
    public class LadderMatchMutationTests
    {
        [TestMethod]
        public void MissingLadderIsNotJudgedAndAFlatOneIsRefused()
        {
            GainSignature none = new GainSignature();
            GainSignature nominal = Signature(1.0, 0, 2.0);
            Check.True(Same(nominal, none).Kind == FaultKind.None, "no ladder now: nothing to compare");
            Check.True(Same(none, nominal).Kind == FaultKind.None, "no ladder then: nothing to compare");

            GainSignature flat = Signature(0, 1000, 2.0);
            FaultLatch refused = Same(flat, nominal);
            Check.True(refused.Kind == FaultKind.AdcGainChanged, "a reference ladder without spread cannot vouch for the gain");
            Check.Near(0, refused.Value, 0, "reported with no slope");
            Check.Near(1.0, refused.Limit, 0, "against 1");
            double variance;
            Check.Near(1.0, LadderMatch.Scale(flat, nominal, out variance), 0, "its scale is 1");
            Check.Near(0, variance, 0, "with no variance");
        }

        [TestMethod]
        public void SlopeAndEachTapAreJudgedAgainstTheLadderNoise()
        {
            GainSignature then = Signature(1.0, 0, 2.0);
            Check.True(Same(then, Signature(1.0, 30, 2.0)).Kind == FaultKind.None, "an offset alone is not a gain change");
            FaultLatch slope = Same(then, Signature(1.02, 0, 2.0));
            Check.True(slope.Kind == FaultKind.AdcGainChanged, "2 % steeper");
            Check.Near(1.02, slope.Value, 1e-9, "the slope is reported");

            // σ of a tap difference: √((2² + 2²) / 4) = √2; six of them are 8.5 codes. One tap moved
            // 7 codes leaves a residual near 6.6 codes (inside, and above 6 / √2); moved 12, near 11 (outside).
            Check.True(Same(then, Moved(7)).Kind == FaultKind.None, "one tap 7 codes off: inside 6 σ");
            FaultLatch shape = Same(then, Moved(12));
            Check.True(shape.Kind == FaultKind.AdcGainChanged, "one tap 12 codes off: the converter's shape moved");
            Check.Near(1.0, shape.Value, 1e-3, "reported with its slope, near 1");
        }

        [TestMethod]
        public void NoiseBelowTheFloorCountsAsTheFloor()
        {
            GainSignature then = Signature(1.0, 0, 2.0);
            double sxx = 0;
            double mean = 0;
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                mean += then.Ladder(t) / ChainCheck.Taps;
            }

            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                sxx += (then.Ladder(t) - mean) * (then.Ladder(t) - mean);
            }

            double floor = GainCheck.NoiseFloorCodes;
            double variance;
            LadderMatch.Scale(then, Signature(1.0, 0, 3.0), out variance);
            Check.Near(((4.0 + 9.0) / ChainCheck.SamplesPerTap) / sxx, variance, 1e-15, "both noises above the floor: their own");
            LadderMatch.Scale(Signature(1.0, 0, 0.1), Signature(1.0, 0, 3.0), out variance);
            Check.Near(((floor * floor) + 9.0) / ChainCheck.SamplesPerTap / sxx, variance, 1e-15, "quiet reference: the floor");
            LadderMatch.Scale(Signature(1.0, 0, 2.0), Signature(1.0, 0, 0.1), out variance);
            Check.Near((4.0 + (floor * floor)) / ChainCheck.SamplesPerTap / sxx, variance, 1e-15, "quiet inspection: the floor");

            // A ladder then whose only spread is 2 codes on tap 0 (sxx 3.75) is not above noise of 16 codes (σ² 128).
            double[] small = new double[ChainCheck.Taps];
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                small[t] = 1000;
            }

            small[0] = 1002;
            GainSignature barely = Restored(small, 16.0);
            Check.Near(1.0, LadderMatch.Scale(barely, Scaled(small, 1.1, 16.0), out variance), 0, "no spread above the noise: scale 1");
            Check.Near(0, variance, 0, "and no variance");
            Check.Near(0, Same(barely, Scaled(small, 1.1, 16.0)).Value, 0, "refused without a slope");
        }

        /// <summary>The nominal ladder with tap 7 moved by <paramref name="codes"/>, noise 2 codes.</summary>
        private static GainSignature Moved(double codes)
        {
            double[] ladder = new double[ChainCheck.Taps];
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                ladder[t] = ChainCheck.NominalCode(t) + (t == 7 ? codes : 0);
            }

            return Restored(ladder, 2.0);
        }

        private static FaultLatch Same(GainSignature then, GainSignature now)
        {
            FaultLatch faults = new FaultLatch();
            bool ok = LadderMatch.Same(then, now, faults);
            Check.True(ok == (faults.Kind == FaultKind.None), "the match's result agrees with the latch");
            return faults;
        }

        /// <summary>A ladder <paramref name="scale"/> × nominal + <paramref name="offset"/> read with <paramref name="noise"/> codes of noise.</summary>
        private static GainSignature Signature(double scale, double offset, double noise)
        {
            double[] ladder = new double[ChainCheck.Taps];
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                ladder[t] = (scale * ChainCheck.NominalCode(t)) + offset;
            }

            return Restored(ladder, noise);
        }

        private static GainSignature Scaled(double[] ladder, double scale, double noise)
        {
            double[] scaled = new double[ChainCheck.Taps];
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                scaled[t] = scale * ladder[t];
            }

            return Restored(scaled, noise);
        }

        private static GainSignature Restored(double[] ladder, double noise)
        {
            double[] none = new double[MpoLayout.MaxPositions];
            GainSignature s = new GainSignature();
            s.Restore(true, noise, ladder, 0, none, none, none);
            return s;
        }
    }
}
