namespace MpoProbe.Simulation
{
    /// <summary>
    /// One ESP32's ADC1 as it differs from the next chip (Espressif ESP32 datasheet and ADC
    /// calibration notes via shared/domain.md): Vref between 1.0 and 1.2 V (a scale spread of
    /// ±9 % around 1.1 V), a zero that sits a few mV off, an INL bow of up to ±12 LSB whose shape
    /// differs per chip, and DNL up to ±7 LSB per code. Its figures are the simulation's own (never
    /// the Core's constants), so the Core's tolerances are tested against a chip they did not write.
    /// </summary>
    internal sealed class ChipAdc
    {
        /// <summary>Zero of the 11 dB attenuation's span, V (Espressif ESP32 datasheet; the simulation's own copy of the figure).</summary>
        private const double ZeroVolts = 0.13;

        /// <summary>Top of that span, V.</summary>
        private const double FullScaleVolts = 3.10;

        /// <summary>Largest code.</summary>
        private const double MaxCode = 4095;

        /// <summary>INL, ± LSB (ESP32 datasheet, ADC characteristics).</summary>
        private const double InlCodes = 12.0;

        /// <summary>DNL, ± LSB (ESP32 datasheet, ADC characteristics).</summary>
        private const double DnlCodes = 7.0;

        private readonly double _voltsPerCode;
        private readonly double _zeroVolts;
        private readonly double _inlCodes;
        private readonly double _inlPhase;
        private readonly double _dnlCodes;

        /// <summary>Draws this chip's figures from <paramref name="seed"/> (independent of the front end's own draws).</summary>
        public ChipAdc(uint seed)
        {
            SimRandom random = new SimRandom(seed ^ 0xBB67AE85u);
            double vref = random.Uniform(1.0, 1.2);
            _voltsPerCode = ((FullScaleVolts - ZeroVolts) / MaxCode) * vref / 1.1;
            _zeroVolts = ZeroVolts + random.Uniform(-0.01, 0.01);
            _inlCodes = InlCodes * random.Uniform(-1.0, 1.0);
            _inlPhase = random.Uniform(-0.5, 0.5);
            _dnlCodes = DnlCodes * random.Uniform(0.5, 1.0);
        }

        /// <summary>Ideal code of a voltage for this chip's scale and zero.</summary>
        public double Codes(double volts)
        {
            return (volts - _zeroVolts) / _voltsPerCode;
        }

        /// <summary>INL (a bow shaped by this chip's phase, zero at both ends) plus DNL at code <paramref name="x"/>.</summary>
        public double Linearity(double x, uint seed)
        {
            double t = x / MaxCode;
            double bow = System.Math.Sin(System.Math.PI * t) * (1.0 + (_inlPhase * (t - 0.5)));
            return (_inlCodes * bow) + (_dnlCodes * SimRandom.Hash((uint)x, seed ^ 0x3C6EF372u));
        }
    }
}
