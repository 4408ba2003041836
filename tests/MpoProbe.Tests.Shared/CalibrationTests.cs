using System;
using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    [TestClass]
    public class CalibrationTests
    {
        /// <summary>
        /// Absolute power after the procedure (docs/calibration.md): the fixture's fan-out
        /// uniformity (±0.15 dB per position) plus the mean attenuator error and the ADC.
        /// </summary>
        private const double AbsoluteToleranceDb = 0.2;

        [TestMethod]
        public void CalibratedProbeReadsAbsolutePower()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 73);
            for (int dbm = -5; dbm >= -40; dbm -= 5)
            {
                probe.LightUsed(dbm);
                probe.Acquirer.Acquire(12, Wavelength.Nm850, probe.Inspector.Scan);
                for (int p = 1; p <= 12; p++)
                {
                    Check.Near(dbm, probe.Inspector.Scan.At(p).PowerDbm, AbsoluteToleranceDb, "calibrated power at position " + p.ToString());
                }
            }
        }

        [TestMethod]
        public void LadderHasNoStepAboveTwo()
        {
            for (int r = 1; r < FrontEndDesign.RangeCount; r++)
            {
                double step = FrontEndDesign.NominalTransimpedanceOhms(r) / FrontEndDesign.NominalTransimpedanceOhms(r - 1);
                Check.True(step > 1.0 && step <= 2.0, "range " + r.ToString() + " step " + step.ToString("F3"));
            }
        }
    }
}
