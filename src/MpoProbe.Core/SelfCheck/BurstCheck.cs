namespace MpoProbe.Core
{
    /// <summary>
    /// Is the converter or a channel path stuck? The ADS7138 averages its conversions (OSR 4), so
    /// a healthy result can repeat exactly on a quiet range: the spread of a burst says nothing
    /// (the ESP32 ADC's σ ≈ 16 LSB made it a test; issue 28). What a stuck path cannot do is follow
    /// a stimulus that must move it: ladder taps 205 codes apart, or one channel read in ranges whose
    /// gains differ several-fold. Readings that such a stimulus separates by far more than
    /// <see cref="StuckSpanCodes"/> but that lie within it, inside the window (not clamped at 0 or
    /// full scale), come from a stuck converter or path, never from light or noise.
    /// </summary>
    public static class BurstCheck
    {
        /// <summary>
        /// Widest span (highest − lowest mean) of readings that are stuck, codes (design: the
        /// stimuli used separate healthy readings by ≥ 20 codes; four averaged results have σ ≤ 1 code).
        /// </summary>
        public const int StuckSpanCodes = 4;

        /// <summary>True when readings that a stimulus must separate lie within <see cref="StuckSpanCodes"/> inside the window.</summary>
        public static bool IsStuck(double lowestMean, double highestMean)
        {
            // Clamped ends are legitimate: all-zero is a missing pedestal (its own check), full scale is over range.
            if (lowestMean <= FrontEndDesign.DeadZoneCode || highestMean >= FrontEndDesign.ClipCode)
            {
                return false;
            }

            return highestMean - lowestMean < StuckSpanCodes;
        }

        /// <summary>
        /// True when one burst holds a result without the amplifier pedestal (at or below the dead
        /// zone, 0.15 V) and one with it (at least halfway from there to the 0.25 V pedestal, 80 codes
        /// or ≈ 80 σ of a range's design noise above the dead zone): a live amplifier never reads
        /// below its pedestal by more than its noise and a dead one never reaches it, so a path that
        /// breaks now and then (a cracked joint) is intermittent, not dead (`channel_noisy`).
        /// </summary>
        public static bool Breaks(int lowestCode, int highestCode)
        {
            return lowestCode <= FrontEndDesign.DeadZoneCode && highestCode >= (FrontEndDesign.DeadZoneCode + ChainCheck.PedestalCode) / 2;
        }

        /// <summary>True when two means differ by less than <see cref="StuckSpanCodes"/> (a step that did not happen).</summary>
        public static bool Same(double a, double b)
        {
            double d = a - b;
            return d < StuckSpanCodes && d > -StuckSpanCodes;
        }
    }
}
