using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// One ADS7138 as it differs from the next chip, each figure drawn from the simulation's own
    /// parameters (never the Core's constants, so the Core's tolerances are tested against a chip
    /// they did not write): the scale of its AVDD reference (REF3325, ±0.2 %: design estimate, to
    /// confirm from the REF3325 datasheet), an offset of up to ±2 LSB left after its offset
    /// calibration (estimate), an INL bow of up to ±1 LSB whose shape differs per chip, and DNL up
    /// to ±0.5 LSB per code (hardware/acquisition.md; not yet confirmed from the datasheet).
    /// </summary>
    internal sealed class ChipAdc
    {
        /// <summary>Largest relative error of the converter's reference (AVDD from the REF3325), estimate.</summary>
        public const double ScaleSpread = 0.002;

        /// <summary>Largest offset left after the converter's offset calibration, codes (estimate).</summary>
        public const double OffsetCodes = 2.0;

        /// <summary>INL, ± LSB (the simulation's own figure).</summary>
        private const double InlCodes = 1.0;

        /// <summary>DNL, ± LSB (the simulation's own figure).</summary>
        private const double DnlCodes = 0.5;

        private readonly double _voltsPerCode;
        private readonly double _offsetCodes;
        private readonly double _inlCodes;
        private readonly double _inlPhase;
        private readonly double _dnlCodes;

        /// <summary>Draws this chip's figures from <paramref name="seed"/> (independent of the front end's own draws).</summary>
        public ChipAdc(uint seed)
        {
            SimRandom random = new SimRandom(seed ^ 0xBB67AE85u);
            _voltsPerCode = FrontEndDesign.AdcVoltsPerCode * (1.0 + random.Uniform(-ScaleSpread, ScaleSpread));
            _offsetCodes = random.Uniform(-OffsetCodes, OffsetCodes);
            _inlCodes = InlCodes * random.Uniform(-1.0, 1.0);
            _inlPhase = random.Uniform(-0.5, 0.5);
            _dnlCodes = DnlCodes * random.Uniform(0.5, 1.0);
        }

        /// <summary>Ideal code of a voltage for this chip's scale and offset.</summary>
        public double Codes(double volts)
        {
            return ((volts - FrontEndDesign.AdcZeroVolts) / _voltsPerCode) + _offsetCodes;
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
