using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Every ADC bit must toggle over the check ladder's conversions (docs/faults.md): its taps
    /// (≈ 230 … 2820 codes) cross every bit of the 12, and the ADC's noise toggles the low ones. A
    /// bit that never toggles below one that does is stuck. Bits that never toggle from the top
    /// down only mean the taps span too few codes (select lines stuck), unless restoring the
    /// lowest such bit's weight where the taps fall back makes the ladder right: then that bit is
    /// stuck. Allocates nothing.
    /// </summary>
    public static class BitCheck
    {
        /// <summary>Bits of an ADC code (0..4095).</summary>
        public const int AdcBits = 12;

        /// <summary>
        /// The stuck bit (0 = LSB), −1 when every bit toggled or the pattern is not a stuck bit.
        /// <paramref name="ones"/> and <paramref name="zeros"/> are the OR of the codes and of
        /// their complements; <paramref name="mean"/> the tap means; <paramref name="scratch"/> a
        /// work array as long; <paramref name="one"/> the value the bit is stuck at.
        /// </summary>
        public static int StuckBit(int ones, int zeros, double[] mean, double[] scratch, out bool one)
        {
            int constant = ~(ones & zeros) & ((1 << AdcBits) - 1);
            one = false;
            if (constant == 0)
            {
                return -1;
            }

            int lowest = 0;
            while ((constant & (1 << lowest)) == 0)
            {
                lowest++;
            }

            one = (ones & (1 << lowest)) != 0;
            bool topBlock = (constant >> lowest) == (1 << (AdcBits - lowest)) - 1;
            return !topBlock || Repairs(lowest, one, mean, scratch) ? lowest : -1;
        }

        /// <summary>
        /// Low bits this ladder cannot judge (a mask): when every tap read one code (<paramref name="quiet"/>:
        /// no noise toggles the low bits; the averaging ADS7138 is often that quiet) and the tap means step
        /// by one and the same whole number of codes S, every tap code equals tap 0's modulo S's lowest
        /// set bit, so the bits below it keep tap 0's values whether or not one is stuck. A converter
        /// reading 20 % low steps 164 codes (4 × 41): bits 0 and 1 never move. 0 when the steps differ.
        /// </summary>
        public static int UnjudgedBits(double[] mean, bool quiet)
        {
            double step = mean[1] - mean[0];
            if (!quiet || step < 1 || step != Math.Floor(step))
            {
                return 0;
            }

            for (int tap = 1; tap + 1 < mean.Length; tap++)
            {
                if (mean[tap + 1] - mean[tap] != step)
                {
                    return 0;
                }
            }

            int s = (int)step;
            return (s & -s) - 1;
        }

        /// <summary>True when the ladder read with <paramref name="bit"/> stuck at <paramref name="one"/> steps right once the bit's weight is restored where the taps fall back.</summary>
        private static bool Repairs(int bit, bool one, double[] mean, double[] scratch)
        {
            double weight = 1 << bit;
            int drop = -1;
            for (int tap = 0; tap + 1 < mean.Length && drop < 0; tap++)
            {
                // A tap that straddles the flip reads a mix and splits the fall over two steps.
                double fall = mean[tap + 1] - mean[tap];
                bool split = fall < 0 && tap + 2 < mean.Length && mean[tap + 2] - mean[tap + 1] < 0;
                fall = split ? mean[tap + 2] - mean[tap] : fall;
                drop = fall < -weight / 2 ? tap : -1;
            }

            if (drop < 0)
            {
                return false;
            }

            for (int tap = 0; tap < mean.Length; tap++)
            {
                scratch[tap] = mean[tap] + (one ? (tap <= drop ? -weight : 0) : (tap > drop ? weight : 0));
            }

            // The tap where the bit flips reads a mix of both sides: the steps touching it and its
            // neighbour are judged together, as three steps from the tap before to the one after.
            double nominal = ChainCheck.TapStepVolts / FrontEndDesign.AdcVoltsPerCode;
            for (int tap = 0; tap + 1 < mean.Length; tap++)
            {
                bool near = tap + 1 >= drop && tap <= drop + 1;
                double step = near ? (tap == drop - 1 || (drop == 0 && tap == 0) ? Span(scratch, drop) : nominal) : scratch[tap + 1] - scratch[tap];
                if (step < nominal * (1 - ChainCheck.StepTolerance) || step > nominal * (1 + ChainCheck.StepTolerance))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Mean step across the taps around <paramref name="drop"/> (from the one before it to the one two after).</summary>
        private static double Span(double[] scratch, int drop)
        {
            int from = drop > 0 ? drop - 1 : 0;
            int to = drop + 2 < scratch.Length ? drop + 2 : scratch.Length - 1;
            return (scratch[to] - scratch[from]) / (to - from);
        }
    }
}
