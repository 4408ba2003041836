namespace MpoProbe.Core
{
    /// <summary>Optical power unit conversions and the dB form of a small relative error.</summary>
    public static class PowerUnits
    {
        /// <summary>10 / ln 10: dB per unit of relative change (δdB ≈ 4.34 · δV / V).</summary>
        public const double DbPerRelative = 4.342944819032518;

        /// <summary>
        /// Watts to dBm when there is power: false (and 0) for 0 W or less, so no infinity and no
        /// Log10 of a non-positive value reaches a comparison (docs/device-rules.md §3).
        /// </summary>
        public static bool TryWattsToDbm(double watts, out double dbm)
        {
            if (!(watts > 0))
            {
                dbm = 0;
                return false;
            }

            dbm = 10.0 * System.Math.Log10(watts * 1000.0);
            return true;
        }

        /// <summary>dBm to watts.</summary>
        public static double DbmToWatts(double dbm)
        {
            return System.Math.Pow(10.0, dbm / 10.0) / 1000.0;
        }
    }
}
