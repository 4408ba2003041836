namespace MpoProbe.Core
{
    /// <summary>
    /// Is a burst of ADC codes plausible for this converter? The ESP32 ADC's own noise is
    /// σ ≈ 16 LSB per conversion (domain), so <see cref="MinSamples"/> or more conversions of a
    /// working channel always spread over many codes. A burst that stays within
    /// <see cref="StuckSpanCodes"/> while inside the window (not clamped at 0 or 4095) comes from a
    /// stuck converter or a stuck channel path, never from light.
    /// </summary>
    public static class BurstCheck
    {
        /// <summary>
        /// Widest span (max − min) of a stuck burst, codes (design: 16 samples of σ = 16 LSB fall
        /// within 4 codes with probability ≈ 1e-14).
        /// </summary>
        public const int StuckSpanCodes = 4;

        /// <summary>Fewest samples the check is applied to.</summary>
        public const int MinSamples = 16;

        /// <summary>True when the burst sits on (almost) one code inside the ADC window.</summary>
        public static bool IsStuck(int minCode, int maxCode, int samples)
        {
            if (samples < MinSamples)
            {
                return false;
            }

            // Clamped ends are legitimate: all-zero is the dead zone (its own check), all-4095 is over range.
            if (minCode <= FrontEndDesign.DeadZoneCode || maxCode >= FrontEndDesign.ClipCode)
            {
                return false;
            }

            return maxCode - minCode < StuckSpanCodes;
        }
    }
}
