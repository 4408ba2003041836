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
    /// <see cref="TestCurrent"/> (issue 24 item 7, the survivors of the mutation run): which vanished
    /// test step is a lone stuck path, at the edges of "vanished" and of "had a step", and the design
    /// noise of a range as the sum in quadrature of its three parts.
    /// </summary>
    [TestClass]
    public class TestCurrentMutationTests
    {
        private const double Held = 500;

        [TestMethod]
        public void OneVanishedStepIsNamedAndSeveralAreNot()
        {
            Check.Equal(-1, Lone(Steps(Held), Steps(Held)), "every step still there");
            Check.Equal(5, Lone(Steps(Held), With(Steps(Held), 5, 0)), "channel 5's step vanished");
            Check.Equal(0, Lone(Steps(Held), With(Steps(Held), 0, 0)), "channel 0's step vanished");
            Check.Equal(31, Lone(Steps(Held), With(Steps(Held), 31, 0)), "the last channel's step vanished");
            Check.Equal(-1, Lone(Steps(Held), With(With(Steps(Held), 0, 0), 3, 0)), "channels 0 and 3 vanished: not one path");
            Check.Equal(-1, Lone(Steps(Held), With(With(Steps(Held), 4, 0), 9, 0)), "channels 4 and 9 vanished: not one path");
        }

        [TestMethod]
        public void VanishedMeansWithinTheLinearityAndHadMeansAboveTwiceIt()
        {
            double lin = TestCurrent.LinearityCodes;
            Check.Equal(5, Lone(Steps(Held), With(Steps(Held), 5, lin)), "a step of exactly the linearity has vanished");
            Check.Equal(5, Lone(Steps(Held), With(Steps(Held), 5, -lin)), "so has one of minus the linearity");
            Check.Equal(-1, Lone(Steps(Held), With(Steps(Held), 5, lin + 0.01)), "just above it has not");
            Check.Equal(-1, Lone(With(Steps(Held), 5, 2 * lin), With(Steps(Held), 5, 0)), "a reference step of exactly twice the linearity was never a step");
            Check.Equal(5, Lone(With(Steps(Held), 5, (2 * lin) + 0.01), With(Steps(Held), 5, 0)), "just above twice it was");
            Check.Equal(-1, Lone(With(Steps(Held), 5, 10), With(Steps(Held), 5, 0)), "a 10-code reference step was never one");
        }

        [TestMethod]
        public void OnlyChannelsHeldAtBothEndsCount()
        {
            // Channel 11 not held now (its value left at 0), or not held at the reference (a step still in the array).
            Check.Equal(-1, Lone(Steps(Held), Held11(With(Steps(Held), 11, 0), false)), "not held now");
            Check.Equal(-1, Lone(Held11(Steps(Held), false), With(Steps(Held), 11, 0)), "not held at the reference");
            Check.Equal(11, Lone(Held11(Steps(Held), true), With(Steps(Held), 11, 0)), "held at both: named");
        }

        [TestMethod]
        public void DesignNoiseIsTheQuadratureSumOfConverterRangeAndRounding()
        {
            int[] ranges = { 0, 7, FrontEndDesign.TopRange };
            for (int i = 0; i < ranges.Length; i++)
            {
                double analog = SettlingTable.NoiseCodes(ranges[i]);
                double adc = FrontEndDesign.AdcNoiseSigmaCodes;
                Check.True(analog > 0 && analog != 1, "the range carries analog noise of its own");
                double expected = Math.Sqrt((adc * adc) + (analog * analog) + (1.0 / 12.0));
                Check.Near(expected, TestCurrent.DesignNoiseCodes(ranges[i]), 1e-12, "range " + Format.Fixed(ranges[i], 0) + ": √(converter² + analog² + 1/12)");
            }
        }

        private static int Lone(double[] then, double[] now)
        {
            return TestCurrent.LoneZeroStep(Signature(then, 0xFFFFFFFFu), Signature(now, 0xFFFFFFFFu));
        }

        private static int Lone(GainSignature then, double[] now)
        {
            return TestCurrent.LoneZeroStep(then, Signature(now, 0xFFFFFFFFu));
        }

        private static int Lone(double[] then, GainSignature now)
        {
            return TestCurrent.LoneZeroStep(Signature(then, 0xFFFFFFFFu), now);
        }

        /// <summary>A signature holding <paramref name="steps"/> on every channel but 11 (and on 11 when <paramref name="held"/>).</summary>
        private static GainSignature Held11(double[] steps, bool held)
        {
            return Signature(steps, held ? 0xFFFFFFFFu : ~(1u << 11));
        }

        private static double[] Steps(double codes)
        {
            double[] steps = new double[MpoLayout.MaxPositions];
            for (int c = 0; c < steps.Length; c++)
            {
                steps[c] = codes;
            }

            return steps;
        }

        private static double[] With(double[] steps, int channel, double codes)
        {
            steps[channel] = codes;
            return steps;
        }

        private static GainSignature Signature(double[] steps, uint mask)
        {
            double[] ladder = new double[ChainCheck.Taps];
            double[] noise = new double[MpoLayout.MaxPositions];
            double[] ranges = new double[MpoLayout.MaxPositions];
            GainSignature s = new GainSignature();
            s.Restore(false, 0, ladder, mask, steps, noise, ranges);
            return s;
        }
    }
}
