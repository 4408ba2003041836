using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// One ESP32's ADC1 as it differs from the next chip (Espressif ESP32 datasheet and ADC
    /// calibration notes via shared/domain.md): Vref between 1.0 and 1.2 V (a scale spread of
    /// ±9 % around 1.1 V), a zero that sits a few mV off, an INL bow of up to ±12 LSB whose shape
    /// differs per chip, and DNL up to ±7 LSB per code.
    /// </summary>
    internal sealed class ChipAdc
    {
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
            _voltsPerCode = FrontEndDesign.AdcVoltsPerCode * vref / 1.1;
            _zeroVolts = FrontEndDesign.AdcZeroVolts + random.Uniform(-0.01, 0.01);
            _inlCodes = FrontEndDesign.AdcInlCodes * random.Uniform(-1.0, 1.0);
            _inlPhase = random.Uniform(-0.5, 0.5);
            _dnlCodes = FrontEndDesign.AdcDnlCodes * random.Uniform(0.5, 1.0);
        }

        /// <summary>Ideal code of a voltage for this chip's scale and zero.</summary>
        public double Codes(double volts)
        {
            return (volts - _zeroVolts) / _voltsPerCode;
        }

        /// <summary>INL (a bow shaped by this chip's phase, zero at both ends) plus DNL at code <paramref name="x"/>.</summary>
        public double Linearity(double x, uint seed)
        {
            double t = x / FrontEndDesign.AdcMaxCode;
            double bow = System.Math.Sin(System.Math.PI * t) * (1.0 + (_inlPhase * (t - 0.5)));
            return (_inlCodes * bow) + (_dnlCodes * SimRandom.Hash((uint)x, seed ^ 0x3C6EF372u));
        }
    }
}
