using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Every number of the analog front end in one place, each with its source. The simulated
    /// front end, the acquisition and hardware/front-end-design.md all read these values.
    /// Sources: "domain" = shared/domain.md ("Front-end physics", from Espressif's ESP32 ADC
    /// documentation); "design" = this project's choice, argued in docs/core.md.
    /// </summary>
    public static class FrontEndDesign
    {
        /// <summary>Largest ADC code: ESP32 ADC1 is 12 bit (domain).</summary>
        public const int AdcMaxCode = 4095;

        /// <summary>Input voltage at code 0; below it the ADC reads 0, the dead zone (domain: ≈0.13 V at 11 dB).</summary>
        public const double AdcZeroVolts = 0.13;

        /// <summary>Input voltage at code 4095 at 11 dB attenuation (domain: ≈3.1 V, compressed above 2.45 V).</summary>
        public const double AdcFullScaleVolts = 3.10;

        /// <summary>Nominal volts per code between the two ends above.</summary>
        public const double AdcVoltsPerCode = (AdcFullScaleVolts - AdcZeroVolts) / AdcMaxCode;

        /// <summary>Upper end of the linear window; above it the ADC compresses (domain: ≈2.45 V).</summary>
        public const double WindowHighVolts = 2.45;

        /// <summary>Lower end of the usable window (domain: ≈0.15 V).</summary>
        public const double WindowLowVolts = 0.15;

        /// <summary>Codes at or below this count as dead zone (0.15 V window floor, nominal).</summary>
        public const int DeadZoneCode = (int)((WindowLowVolts - AdcZeroVolts) / AdcVoltsPerCode);

        /// <summary>Code at the top of the linear window (2.45 V): a sample at or above it is compressed.</summary>
        public const int CompressionCode = (int)((WindowHighVolts - AdcZeroVolts) / AdcVoltsPerCode);

        /// <summary>Codes at or above this count as clipped (the top 1 % of the scale).</summary>
        public const int ClipCode = AdcMaxCode - 40;

        /// <summary>Single-shot noise, standard deviation in codes (domain: σ ≈ 16 LSB).</summary>
        public const double AdcNoiseSigmaCodes = 16.0;

        /// <summary>Integral non-linearity, peak, in codes (domain: ±12 LSB).</summary>
        public const double AdcInlCodes = 12.0;

        /// <summary>Differential non-linearity, peak, in codes (domain: ±7 LSB).</summary>
        public const double AdcDnlCodes = 7.0;

        /// <summary>
        /// Standard uncertainty, in dB, that the ADC's non-linearity adds to any ratio of two
        /// readings (a loss): ±12 LSB of INL over a signal of at least 1241 codes (0.9 V) leaves
        /// up to ±0.5 % between two points of the window, σ ≈ 0.29 % ≈ 0.013 dB (design,
        /// from the domain INL figure; measured on the simulated front end, docs/core.md).
        /// </summary>
        public const double AdcLinearityUncertaintyDb = 0.013;

        /// <summary>Samples averaged per channel by default (domain: Espressif recommends 64).</summary>
        public const int DefaultSamplesPerChannel = 64;

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
