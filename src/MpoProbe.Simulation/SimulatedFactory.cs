using System;
using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// The factory steps a simulated probe goes through before it ships: dark capture with the
    /// port capped, then a gain calibration sweep that sets a known light on all channels for
    /// each range, at the level <see cref="GainCalibrator"/> asks for. The real fixture does the same with a
    /// variable attenuator.
    /// </summary>
    public static class SimulatedFactory
    {
        /// <summary>Captures dark, calibrates every range of the first <paramref name="channels"/> channels, then leaves the port dark.</summary>
        public static void Calibrate(SimulatedFrontEnd sim, Acquirer acquirer, DarkOffsets dark, GainCalibration gain, int channels)
        {
            if (sim == null || acquirer == null || dark == null || gain == null)
            {
                throw new ArgumentNullException(sim == null ? "sim" : (acquirer == null ? "acquirer" : (dark == null ? "dark" : "gain")));
            }

            sim.SetAllDark();
            FrontEndCheck check = acquirer.CaptureDark(channels);
            if (check.Status != FrontEndStatus.Ok)
            {
                throw new InvalidOperationException("factory dark capture failed: " + check.Describe());
            }

            GainCalibrator calibrator = new GainCalibrator(sim, dark, gain);
            for (int range = 0; range < FrontEndDesign.RangeCount; range++)
            {
                double dbm = GainCalibrator.PowerForRangeDbm(range, sim.Wavelength);
                for (int c = 0; c < channels; c++)
                {
                    sim.SetIncidentPowerDbm(c, dbm);
                }

                for (int c = 0; c < channels; c++)
                {
                    if (!calibrator.CalibrateRange(c, range, dbm, sim.Wavelength))
                    {
                        throw new InvalidOperationException("factory calibration failed on channel " + c.ToString() + " range " + range.ToString());
                    }
                }
            }

            gain.MarkCalibrated();
            sim.SetAllDark();
        }
    }
}
