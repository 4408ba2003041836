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
        [TestMethod]
        public void FactorySweepRecoversEveryRangeRatio()
        {
            SimulatedFrontEnd sim = new SimulatedFrontEnd(2, 71);
            DarkOffsets dark = new DarkOffsets();
            GainCalibration gain = new GainCalibration();
            Acquirer acquirer = new Acquirer(sim, new AcquisitionSettings(), dark, gain);
            SimulatedFactory.Calibrate(sim, acquirer, dark, gain, 2);
            Check.True(gain.IsCalibrated, "table marked calibrated");
            for (int c = 0; c < 2; c++)
            {
                for (int r = 1; r < FrontEndDesign.RangeCount; r++)
                {
                    double measured = gain.Get(c, r) / gain.Get(c, 0);
                    double truth = sim.TrueGainFactor(c, r) / sim.TrueGainFactor(c, 0);
                    Check.Near(truth, measured, 0.005, "channel " + c.ToString() + " range " + r.ToString() + " relative gain");
                }
            }
        }

        [TestMethod]
        public void StepOutsideTheWindowStoresNothing()
        {
            SimulatedFrontEnd sim = new SimulatedFrontEnd(1, 72);
            DarkOffsets dark = new DarkOffsets();
            GainCalibration gain = new GainCalibration();
            GainCalibrator calibrator = new GainCalibrator(sim, dark, gain);
            sim.SetIncidentPowerDbm(0, 0.0);
            Check.False(calibrator.CalibrateRange(0, 11, 0.0, Wavelength.Nm850), "0 dBm clips range 11");
            Check.Near(1.0, gain.Get(0, 11), 1e-12, "range 11 untouched");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => calibrator.CalibrateRange(0, FrontEndDesign.RangeCount, -20.0, Wavelength.Nm850), "no such range");
        }

        [TestMethod]
        public void CalibratedProbeReadsAbsolutePower()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 73, true);
            for (int dbm = -5; dbm >= -40; dbm -= 5)
            {
                probe.LightUsed(dbm);
                probe.Acquirer.Acquire(12, Wavelength.Nm850, probe.Inspector.Scan);
                for (int p = 1; p <= 12; p++)
                {
                    Check.Near(dbm, probe.Inspector.Scan.At(p).PowerDbm, 0.05, "calibrated power at position " + p.ToString());
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
