using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>What the probe does with, without, and with a damaged calibration file.</summary>
    [TestClass]
    public class CalibrationStateTests
    {
        [TestMethod]
        public void CalibratedProbeLogsSerialAndDate()
        {
            SimulatedHardware hw = new SimulatedHardware(171);
            WorkflowFixture.Boot(hw, out ProbeCore core);
            Check.True(core.CalibrationLoad == LoadStatus.Ok, "file loads");
            Check.True(WorkflowFixture.Logged(hw, "\"probe_serial\":\"SIM-171\",\"cal_date\":\"" + SimulatedCalibration.Date + "\",\"cal_state\":\"calibrated\""), "boot and settings records");
            Check.Near(core.Calibration.RatioUncertaintyDb, core.Gain.RatioUncertaintyDb, 1e-12, "the file's ratio uncertainty in use");
            Check.True(core.Calibration.ScreenNote(null) == null, "nothing extra on the ready screen");
            Check.True(SimulatedCalibration.Send(hw, core, "cal status") == null, "status");
            Check.Contains("SIM-171 calibrated on " + SimulatedCalibration.Date, hw.Serial.Last, "cal status reply");
        }

        [TestMethod]
        public void MissingFileMeansUncalibratedButStillMeasuring()
        {
            SimulatedHardware hw = new SimulatedHardware(172, null, false);
            WorkflowFixture.Boot(hw, out ProbeCore core);
            Check.True(core.CalibrationLoad == LoadStatus.Missing, "no file");
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"calibration_missing\""), "logged");
            Check.True(WorkflowFixture.Logged(hw, "\"probe_serial\":\"unknown\",\"cal_state\":\"uncalibrated\""), "uncalibrated, no cal_date");
            Check.False(WorkflowFixture.Logged(hw, "cal_date"), "no date when uncalibrated");
            Check.Equal("UNCALIBRATED", core.Calibration.ScreenNote(null), "ready screen says so");
            Check.Near(GainCalibration.UncalibratedRatioUncertaintyDb, core.Gain.RatioUncertaintyDb, 1e-12, "widened ratio uncertainty");
        }

        [TestMethod]
        public void CorruptedFileMeansUncalibratedWithNominalGains()
        {
            SimulatedHardware hw = new SimulatedHardware(173);
            string text = hw.Files.Read(CalibrationStore.FileName);
            int at = text.IndexOf("gain5=") + 8;
            hw.Files.Poke(CalibrationStore.FileName, text.Substring(0, at) + (text[at] == '0' ? "1" : "0") + text.Substring(at + 1));
            WorkflowFixture.Boot(hw, out ProbeCore core);
            Check.True(core.CalibrationLoad == LoadStatus.Corrupted, "checksum catches one changed digit");
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"calibration_corrupted\""), "logged");
            Check.Contains("checksum", core.CalibrationStore.Problem, "says why");
            Check.False(core.Gain.IsCalibrated, "gain table uncalibrated");
            Check.Near(1.0, core.Gain.Get(5, 7), 1e-12, "nominal gain, not half a file");
            Check.Near(GainCalibration.UncalibratedRatioUncertaintyDb, core.Gain.RatioUncertaintyDb, 1e-12, "widened ratio uncertainty");
        }

        [TestMethod]
        public void UncalibratedLossAcrossRangesCarriesTheWiderUncertainty()
        {
            SimulatedProbe calibrated = new SimulatedProbe(MpoLayout.Mpo12, 174);
            SimulatedProbe bare = new SimulatedProbe(MpoLayout.Mpo12, 174, false);
            // The same fixed mating figure on both, so the gain-ratio term shows.
            calibrated.Inspector.Budget.MatingSigmaDb = FieldFigures.MatingSigmaDb;
            bare.Inspector.Budget.MatingSigmaDb = FieldFigures.MatingSigmaDb;
            double[] losses = SimulatedProbe.Losses(12, 6.0);
            double uCal = LossUncertainty(calibrated, losses);
            double uBare = LossUncertainty(bare, losses);
            Check.True(uBare > uCal + 0.01, "6 dB crosses ranges: uncalibrated " + uBare.ToString("F4") + " dB vs calibrated " + uCal.ToString("F4") + " dB");
            InspectionResult sameRange = Inspect(bare, SimulatedProbe.Losses(12, 0.2));
            Check.Near(0.2, sameRange.LossDb(3), 0.03, "loss within one range stays valid uncalibrated");
            Check.Equal(Verdict.Pass, sameRange.VerdictAt(3), "and can pass");
        }

        [TestMethod]
        public void StoreRoundTripsExactly()
        {
            MemoryStorage files = new MemoryStorage();
            CalibrationStore store = new CalibrationStore(files);
            GainCalibration gain = new GainCalibration();
            CalibrationInfo info = new CalibrationInfo();
            gain.Set(31, 17, 1.0123456789);
            info.ProbeSerial = "AB-7";
            info.Date = "2025-02-28";
            info.Fixture = "VOA; source";
            info.RatioUncertaintyDb = CalibrationSolver.RatioUncertaintyDb(0.0031) + 0.0001;
            info.SetResidualDb(4, 0.0031);
            store.Save(gain, info);
            GainCalibration back = new GainCalibration();
            CalibrationInfo backInfo = new CalibrationInfo();
            Check.True(store.Load(back, backInfo) == LoadStatus.Ok, "loads: " + store.Problem);
            Check.True(back.Get(31, 17) == 1.0123456789, "exact bits");
            Check.Equal("AB-7", backInfo.ProbeSerial, "serial");
            Check.Equal("VOA, source", backInfo.Fixture, "';' would start a comment");
            Check.Near(0.0031, backInfo.ResidualDb(4), 1e-15, "residual");
            Check.Near(info.RatioUncertaintyDb, back.RatioUncertaintyDb, 1e-15, "ratio uncertainty in use");
        }

        /// <summary>
        /// Files no procedure writes, as an edit that recomputes the checksum leaves them: each is
        /// refused by name and the probe stays UNCALIBRATED (issue 25's stored-file review).
        /// </summary>
        [TestMethod]
        public void AStoredCalibrationNoProcedureWritesIsRefused()
        {
            Check.Contains("ratio uncertainty 0.0100 dB is below", Refusal("AB-7", "VOA", 0.0031, 0.01), "a figure under what the residuals give");
            Check.Contains("residual of range 4 is 0.5000 dB", Refusal("AB-7", "VOA", 0.5, 0.2), "a residual the procedure refuses");
            Check.Contains("fixture or traceability text", Refusal("AB-7", new string('x', 61), 0.0031, 0.03), "a fixture longer than cal fixture takes");
            Check.Contains("serial 'A B'", Refusal("A B", "VOA", 0.0031, 0.03), "a serial cal begin refuses");
            Check.Equal(string.Empty, Refusal("AB-7", new string('x', 60), 0.0031, CalibrationSolver.RatioUncertaintyDb(0.0031)), "the longest fixture and the least figure load");
        }

        private static string Refusal(string serial, string fixture, double residualDb, double ratioDb)
        {
            MemoryStorage files = new MemoryStorage();
            CalibrationStore store = new CalibrationStore(files);
            CalibrationInfo info = new CalibrationInfo();
            info.ProbeSerial = serial;
            info.Date = "2025-02-28";
            info.Fixture = fixture;
            info.RatioUncertaintyDb = ratioDb;
            info.SetResidualDb(4, residualDb);
            store.Save(new GainCalibration(), info);
            GainCalibration back = new GainCalibration();
            CalibrationInfo backInfo = new CalibrationInfo();
            LoadStatus status = store.Load(back, backInfo);
            Check.True((status == LoadStatus.Ok) == (store.Problem.Length == 0), "a problem exactly when refused");
            Check.True(status == LoadStatus.Ok || (!back.IsCalibrated && !backInfo.IsCalibrated), "a refused file leaves the probe uncalibrated");
            return store.Problem;
        }

        [TestMethod]
        public void AgeIsShownAfterAYear()
        {
            CalibrationInfo info = new CalibrationInfo();
            info.IsCalibrated = true;
            info.Date = "2025-02-28";
            Check.Equal(366, info.AgeDays("2026-03-01T10:00:00Z"), "days across a year");
            Check.True(info.ScreenNote("2026-02-28T10:00:00Z") == null, "365 days: not yet due");
            Check.Equal("CAL DUE: 366 DAYS", info.ScreenNote("2026-03-01T10:00:00Z"), "366 days: due");
            Check.True(info.ScreenNote(null) == null, "clock not set: age unknown, nothing shown");
            Check.Equal(1, new CalibrationInfo { Date = "2024-02-28" }.AgeDays("2024-02-29"), "leap day");
            Check.False(CalibrationDates.IsDate("2026-13-01"), "month 13");
        }

        [TestMethod]
        public void ClockSetAYearLaterShowsTheCalibrationDue()
        {
            SimulatedHardware hw = new SimulatedHardware(175);
            WorkflowFixture.Boot(hw, out ProbeCore core);
            Check.True(SimulatedCalibration.Send(hw, core, "time 2027-06-03T08:00:00Z") == null, "clock set");
            Check.Equal("CAL DUE: 367 DAYS", core.Calibration.ScreenNote(CalibrationDates.Now(core.Log)), "calibrated 2026-06-01");
            Check.True(SimulatedCalibration.Send(hw, core, "cal begin P-175 1.5") == null, "date taken from the clock");
            Check.Contains("P-175 begun", hw.Serial.Last, "begun");
            Check.True(SimulatedCalibration.Send(hw, core, "cal abort") == null, "abort");
        }

        private static double LossUncertainty(SimulatedProbe probe, double[] losses)
        {
            InspectionResult result = Inspect(probe, losses);
            double worst = 0;
            for (int p = 1; p <= 12; p++)
            {
                worst = result.UncertaintyDb(p) > worst ? result.UncertaintyDb(p) : worst;
            }

            return worst;
        }

        private static InspectionResult Inspect(SimulatedProbe probe, double[] losses)
        {
            probe.TakeReference(-12);
            probe.LightWithLoss(-12, losses);
            return probe.Inspect();
        }
    }
}
