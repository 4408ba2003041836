using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Factory gain calibration: with a known optical power on a channel, chosen so that the
    /// range under calibration reads the same ADC level every time (<see cref="CalibrationSignalVolts"/>),
    /// stores measured/nominal transimpedance for that range. Every range is thus measured at
    /// one point of the ADC's curve, so the ADC's integral non-linearity is common to all ranges
    /// and drops out of their ratios (chaining adjacent ranges instead would read them at 0.9 V
    /// and 1.8 V and pile up the INL difference, ≈0.3 % per step). The factor also absorbs the
    /// photodiode's responsivity and the ADC's scale, so calibrated powers are absolute.
    /// </summary>
    public sealed class GainCalibrator
    {
        /// <summary>Signal level every range is calibrated at (middle of the preferred 0.9–1.9 V band).</summary>
        public const double CalibrationSignalVolts = 1.5;

        private const int SamplesPerRange = 256;
        private readonly IPhotodiodeFrontEnd _frontEnd;
        private readonly DarkOffsets _dark;
        private readonly GainCalibration _gain;

        /// <summary>Builds a calibrator writing into <paramref name="gain"/>; needs a captured dark table.</summary>
        public GainCalibrator(IPhotodiodeFrontEnd frontEnd, DarkOffsets dark, GainCalibration gain)
        {
            if (frontEnd == null || dark == null || gain == null)
            {
                throw new ArgumentNullException(frontEnd == null ? "frontEnd" : (dark == null ? "dark" : "gain"));
            }

            _frontEnd = frontEnd;
            _dark = dark;
            _gain = gain;
        }

        /// <summary>The optical power, in dBm, that puts <see cref="CalibrationSignalVolts"/> on <paramref name="range"/> nominally.</summary>
        public static double PowerForRangeDbm(int range, Wavelength wavelength)
        {
            double amps = CalibrationSignalVolts / FrontEndDesign.NominalTransimpedanceOhms(range);
            return PowerUnits.WattsToDbm(amps / FrontEndDesign.ResponsivityAmpsPerWatt(wavelength));
        }

        /// <summary>
        /// Measures <paramref name="range"/> on a channel under a known incident power and stores
        /// its factor. Returns false, storing nothing, when a sample leaves the ADC window.
        /// </summary>
        public bool CalibrateRange(int channel, int range, double incidentDbm, Wavelength wavelength)
        {
            double signalVolts = SignalVolts(channel, range);
            if (double.IsNaN(signalVolts) || signalVolts <= 0)
            {
                return false;
            }

            double expectedAmps = PowerUnits.DbmToWatts(incidentDbm) * FrontEndDesign.ResponsivityAmpsPerWatt(wavelength);
            _gain.Set(channel, range, signalVolts / (expectedAmps * FrontEndDesign.NominalTransimpedanceOhms(range)));
            return true;
        }

        /// <summary>Mean signal above dark in volts, or NaN when any sample left the window.</summary>
        private double SignalVolts(int channel, int range)
        {
            _frontEnd.Select(channel, range);
            _frontEnd.Settle(FrontEndDesign.DefaultSettleMicroseconds);
            double sum = 0;
            for (int i = 0; i < SamplesPerRange; i++)
            {
                int code = _frontEnd.Read();
                if (code <= FrontEndDesign.DeadZoneCode || code >= FrontEndDesign.CompressionCode)
                {
                    return double.NaN;
                }

                sum += code;
            }

            return ((sum / SamplesPerRange) - _dark.Get(channel, range)) * FrontEndDesign.AdcVoltsPerCode;
        }
    }
}
