using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>The factory calibration procedure driven through the serial port with a simulated fixture.</summary>
    [TestClass]
    public class CalibrationProcedureTests
    {
        /// <summary>
        /// Budget (docs/calibration.md): one ladder link has σ ≤ 0.014 dB and links add as √n, so
        /// a ratio n links apart must be within 3.5 σ √n (the worst of 544 values per probe).
        /// </summary>
        private const double LinkToleranceDb = 0.05;

        [TestMethod]
        public void ProcedureThroughTheSerialPortRecoversEveryGain()
        {
            SimulatedHardware hw = new SimulatedHardware(151, null, false);
            ProbeCore core = new ProbeCore(hw);
            Check.False(core.Gain.IsCalibrated, "no file: uncalibrated");
            SimulatedFixture fixture = new SimulatedFixture(hw.Sim.ChannelCount, SimulatedCalibration.SourceDbm, 151);
            string problem = SimulatedCalibration.Run(hw, core, fixture, "P-151", "2026-05-04");
            Check.True(problem == null, "procedure completes: " + problem);
            Check.True(core.Gain.IsCalibrated && core.Calibration.IsCalibrated, "gains in use");
            Check.Equal("P-151", core.Calibration.ProbeSerial, "serial");
            Check.Equal("2026-05-04", core.Calibration.Date, "date");
            Check.True(core.Gain.RatioUncertaintyDb < GainCalibration.UncalibratedRatioUncertaintyDb, "tighter than uncalibrated");
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                for (int r = 1; r < FrontEndDesign.RangeCount; r++)
                {
                    double neighbour = ErrorDb(hw, core, c, r - 1, r);
                    double fromFirst = ErrorDb(hw, core, c, 0, r);
                    string where = "position " + (c + 1).ToString() + " range " + r.ToString();
                    Check.True(neighbour <= LinkToleranceDb, where + " against range " + (r - 1).ToString() + ": " + neighbour.ToString("F4") + " dB");
                    Check.True(fromFirst <= LinkToleranceDb * System.Math.Sqrt(r), where + " against range 0: " + fromFirst.ToString("F4") + " dB");
                }
            }

            Check.True(WorkflowFixture.Logged(hw, "\"type\":\"calibration\""), "calibration record");
            Check.True(hw.Files.Read(CalibrationStore.FileName) != null, "file written");
        }

        [TestMethod]
        public void PowerCutDuringEndLeavesTheOldFile()
        {
            SimulatedHardware hw = new SimulatedHardware(152);
            ProbeCore core = new ProbeCore(hw);
            string old = hw.Files.Read(CalibrationStore.FileName);
            Check.True(core.Calibration.IsCalibrated, "boots calibrated");
            core.Reference.Capture(core.Inspector.Scan, MpoLayout.Mpo12, 0, 0);
            new ReferenceStore(hw.Files).Save(core.Reference);
            SimulatedFixture fixture = new SimulatedFixture(hw.Sim.ChannelCount, SimulatedCalibration.SourceDbm, 152);
            Check.True(SimulatedCalibration.Sweep(hw, core, fixture, "NEW-1", "2027-01-02") == null, "sweep");
            hw.Files.FailWriteAfterChars = 300;
            string refusal = SimulatedCalibration.Send(hw, core, "cal end");
            Check.Contains("cal_write_failed", refusal, "power cut while writing");
            Check.Equal(old, hw.Files.Read(CalibrationStore.FileName), "old file intact");
            Check.Equal(SimulatedCalibration.SerialFor(152), core.Calibration.ProbeSerial, "old calibration still in use");
            hw.Files.FailNextReplace = true;
            Check.Contains("cal_write_failed", SimulatedCalibration.Send(hw, core, "cal end"), "rename fails");
            Check.Equal(old, hw.Files.Read(CalibrationStore.FileName), "old file intact after a failed rename");
            Check.True(core.Reference.IsSet, "a refused calibration keeps the reference");
            ProbeCore rebooted = new ProbeCore(hw);
            Check.True(rebooted.CalibrationLoad == LoadStatus.Ok, "old file loads after the cut");
            Check.Equal(SimulatedCalibration.SerialFor(152), rebooted.Calibration.ProbeSerial, "old serial");
            Check.True(SimulatedCalibration.Send(hw, core, "cal end") == null, "end succeeds once the storage works");
            Check.False(core.Reference.IsSet, "new gains: the reference measured with the old ones is dropped");
            Check.True(hw.Files.Read(ReferenceStore.FileName) == null, "and deleted from flash");
            Check.Equal("NEW-1", new ProbeCore(hw).Calibration.ProbeSerial, "new file in use after reboot");
        }

        private static double ErrorDb(SimulatedHardware hw, ProbeCore core, int c, int from, int to)
        {
            double measured = core.Gain.Get(c, to) / core.Gain.Get(c, from);
            double truth = hw.Sim.TrueGainFactor(c, to) / hw.Sim.TrueGainFactor(c, from);
            double db = 10 * System.Math.Log10(measured / truth);
            return db < 0 ? -db : db;
        }
    }
}
