using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Every number of the analog front end in one place, each with its source. The simulated
    /// front end, the acquisition and hardware/acquisition.md all read these values. The converter
    /// is an ADS7138 on I2C (issue 28; its figures from TI SBAS976A, confirmed where named);
    /// "domain" = shared/domain.md; "design" = this project's choice, argued in docs/core.md.
    /// </summary>
    public static class FrontEndDesign
    {
        /// <summary>
        /// Largest code of the converter, an ADS7138 (TI SBAS976A: 12-bit SAR, straight binary,
        /// code 0xFFF at AVDD − 1 LSB). Its averaged 16-bit result is read rounded to this 12-bit
        /// scale (hardware/acquisition.md).
        /// </summary>
        public const int AdcMaxCode = 4095;

        /// <summary>Input voltage at code 0: the ADS7138 converts from ground (SBAS976A, transfer function), no dead zone.</summary>
        public const double AdcZeroVolts = 0.0;

        /// <summary>
        /// The converter's reference: its AVDD is the reference (SBAS976A; Linux binding
        /// ti,ads7138.yaml "avdd-supply … analog supply voltage as well as reference voltage"),
        /// supplied from the REF3325, 2.5 V (design, hardware/acquisition.md).
        /// </summary>
        public const double AdcFullScaleVolts = 2.5;

        /// <summary>Volts per code: AVDD / 4096 = 0.61 mV.</summary>
        public const double AdcVoltsPerCode = (AdcFullScaleVolts - AdcZeroVolts) / (AdcMaxCode + 1);

        /// <summary>
        /// Upper end of the usable window (design): 2 % below AVDD, so a burst with the pedestal and
        /// noise on top never reaches the full-scale code. The ADS7138 does not compress; above
        /// this the PGA output nears the converter's full scale and ranging steps down.
        /// </summary>
        public const double WindowHighVolts = 2.45;

        /// <summary>Lower end of the usable window (design): below it the 0.25 V pedestal is missing.</summary>
        public const double WindowLowVolts = 0.15;

        /// <summary>Codes at or below this count as below the window (the pedestal missing).</summary>
        public const int DeadZoneCode = (int)((WindowLowVolts - AdcZeroVolts) / AdcVoltsPerCode);

        /// <summary>Code at the top of the usable window (2.45 V): a sample at or above it is too close to full scale.</summary>
        public const int CompressionCode = (int)((WindowHighVolts - AdcZeroVolts) / AdcVoltsPerCode);

        /// <summary>Codes at or above this count as clipped (the top 1 % of the scale).</summary>
        public const int ClipCode = AdcMaxCode - 40;

        /// <summary>
        /// Conversions the ADS7138 averages into one result (OSR_CFG; ratios 2–128 with a 16-bit
        /// result, SBAS976A "Programmable Averaging Filter", Linux ti-ads7138.c): 4 (design, hardware/acquisition.md).
        /// </summary>
        public const int AdcOversampling = 4;

        /// <summary>
        /// Noise of one conversion of the converter itself, σ in codes (design assumption, not a
        /// datasheet figure: a 12-bit SAR's transition noise is well under 1 LSB; to be measured on
        /// the board). The range's analog noise comes on top (<see cref="SettlingTable.NoiseCodes"/>).
        /// </summary>
        public const double AdcConversionNoiseCodes = 0.5;

        /// <summary>The converter's own noise in one averaged result, σ in codes: <see cref="AdcConversionNoiseCodes"/> / √OSR.</summary>
        public const double AdcNoiseSigmaCodes = 0.25;

        /// <summary>Integral non-linearity, peak, in codes (ADS7138: ±1 LSB, as recalled from SBAS976A; to confirm before layout).</summary>
        public const double AdcInlCodes = 1.0;

        /// <summary>Differential non-linearity, peak, in codes (ADS7138: ±0.5 LSB assumed, no missing codes; to confirm).</summary>
        public const double AdcDnlCodes = 0.5;

        /// <summary>
        /// Standard uncertainty, in dB, that the converter's non-linearity adds to a loss. Kept at
        /// the ESP32 ADC's figure (±12 LSB over 1241 codes → σ 0.29 % ≈ 0.013 dB) although the
        /// ADS7138's ±1 LSB over ≥ 1475 codes would give ≈ 0.001 dB: the ADS7138 figures are not yet
        /// confirmed, and a larger term only widens the band (docs/uncertainty.md, issue 28).
        /// </summary>
        public const double AdcLinearityUncertaintyDb = 0.013;

        /// <summary>Sample spread, codes, above which a reading is UNSTABLE (design: 48 codes ≈ 3 % of a 0.9 V signal; flicker, not converter noise).</summary>
        public const double UnstableSpreadCodes = 48.0;

        /// <summary>
        /// Averaged results read per channel by default: 4 results of OSR 4, one I2C transfer
        /// (design, the noise budget in hardware/acquisition.md; the ESP32 ADC needed 64 single conversions).
        /// </summary>
        public const int DefaultSamplesPerChannel = 4;

        /// <summary>
        /// Settling after a mux or range switch: the slowest range's settling to ½ LSB in the
        /// ngspice simulation of hardware/spice, rounded up to 10 µs (<see cref="SettlingTable"/>;
        /// domain.md's estimate was 0.1–0.2 ms with 100 nF at the pin).
        /// </summary>
        public const int DefaultSettleMicroseconds = SettlingTable.SettleMicroseconds;

        /// <summary>
        /// Worst range's settling as one exponential's time constant (ngspice, <see cref="SettlingTable"/>);
        /// the simulated front end uses each range's own value, <see cref="SettlingTable.TauMicroseconds"/>.
        /// </summary>
        public const double SettleTauMicroseconds = SettlingTable.WorstTauMicroseconds;

        /// <summary>
        /// DC pedestal on the amplifier output (design): lifts zero light out of the ADC dead zone,
        /// so a dark reading is measurable in every range and a code of 0 means a fault.
        /// </summary>
        public const double PedestalVolts = 0.25;

        /// <summary>Photodiode dark current, lowest expected (domain: 0.2 nA).</summary>
        public const double DarkCurrentMinAmps = 0.2e-9;

        /// <summary>Photodiode dark current, highest expected (domain: 1 nA).</summary>
        public const double DarkCurrentMaxAmps = 1.0e-9;

        /// <summary>Relative gain tolerance of one range before calibration (design: 1 % resistors, PGA gain error).</summary>
        public const double GainTolerance = 0.01;

        /// <summary>
        /// TIA feedback resistors (design): 2.2 kΩ holds 0 dBm at 1550 nm under 2.2 V; each next
        /// one is ≈45× larger so that, with the PGA gains, the ladder has no step above 2×.
        /// </summary>
        private static readonly double[] TiaOhms = { 2200.0, 100000.0, 4700000.0 };

        /// <summary>Gains of the SPI-programmed PGA (MCP6S21) after the multiplexer (design: 1..32 in ×2 steps).</summary>
        private static readonly double[] PgaGains = { 1.0, 2.0, 4.0, 8.0, 16.0, 32.0 };

        /// <summary>
        /// Number of gain ranges: every TIA resistor with every PGA gain (3 × 6). A constant, not
        /// computed from the arrays: the interpreter runs every static constructor once at start-up
        /// in definition order, so a static initializer of another type reading the arrays may run
        /// first and see null (docs/device-rules.md §5).
        /// </summary>
        public const int RangeCount = 3 * 6;

        /// <summary>Most sensitive range (highest transimpedance).</summary>
        public const int TopRange = RangeCount - 1;

        /// <summary>TIA resistor index (0..2) of a range.</summary>
        public static int TiaIndexOf(int range)
        {
            CheckRange(range);
            return range / PgaGains.Length;
        }

        /// <summary>PGA gain of a range.</summary>
        public static double PgaGainOf(int range)
        {
            CheckRange(range);
            return PgaGains[range % PgaGains.Length];
        }

        /// <summary>
        /// Nominal transimpedance of a range in ohms (TIA resistor × PGA gain). Ranges are
        /// ordered from least to most sensitive.
        /// </summary>
        public static double NominalTransimpedanceOhms(int range)
        {
            CheckRange(range);
            return TiaOhms[range / PgaGains.Length] * PgaGains[range % PgaGains.Length];
        }

        /// <summary>
        /// Photodiode responsivity in A/W (domain: Si ≈ 0.5–0.6 A/W at 850 nm; InGaAs ≈ 0.9 at
        /// 1300/1310 nm and ≈ 1.0 at 1550 nm). Loss is a ratio, so only the absolute power
        /// depends on it.
        /// </summary>
        public static double ResponsivityAmpsPerWatt(Wavelength wavelength)
        {
            switch (wavelength)
            {
                case Wavelength.Nm850: return 0.55;
                case Wavelength.Nm1300: return 0.90;
                case Wavelength.Nm1310: return 0.90;
                case Wavelength.Nm1550: return 1.00;
                default: throw new ArgumentOutOfRangeException("wavelength", "no responsivity for " + ((int)wavelength).ToString() + " nm");
            }
        }

        private static void CheckRange(int range)
        {
            if (range < 0 || range >= TiaOhms.Length * PgaGains.Length)
            {
                throw new ArgumentOutOfRangeException("range", "gain range " + range.ToString() + " does not exist (0.." + (RangeCount - 1).ToString() + ")");
            }
        }
    }
}
