using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Who and what the probe's factory calibration is: serial number, date, fixture and its
    /// traceability, the ratio uncertainty the procedure achieved and the fit's residual per gain
    /// range. Filled from the calibration file at boot (<see cref="CalibrationStore"/>); while it
    /// is not <see cref="IsCalibrated"/> the probe says UNCALIBRATED and measures with nominal gains.
    /// </summary>
    public sealed class CalibrationInfo
    {
        /// <summary>Age, in days, above which the calibration is shown as due (instrument practice: yearly).</summary>
        public const int DueAfterDays = 365;

        /// <summary>Serial number used while none is stored.</summary>
        public const string UnknownSerial = "unknown";

        private readonly double[] _residualDb = new double[FrontEndDesign.RangeCount];

        /// <summary>An uncalibrated probe with no serial number.</summary>
        public CalibrationInfo()
        {
            Clear();
        }

        /// <summary>The probe's serial number.</summary>
        public string ProbeSerial { get; set; }

        /// <summary>Calibration date, YYYY-MM-DD, or null when uncalibrated.</summary>
        public string Date { get; set; }

        /// <summary>The fixture the calibration was made with (source, attenuator, fan-out).</summary>
        public string Fixture { get; set; }

        /// <summary>How the fixture's own power scale is traceable (reference meter and its certificate).</summary>
        public string Traceability { get; set; }

        /// <summary>Wavelength the gains were measured at.</summary>
        public Wavelength Wavelength { get; set; }

        /// <summary>Standard uncertainty, in dB, of a ratio of two calibrated ranges (the procedure's budget).</summary>
        public double RatioUncertaintyDb { get; set; }

        /// <summary>True when a valid calibration file was loaded or a procedure just wrote one.</summary>
        public bool IsCalibrated { get; set; }

        /// <summary>Log text of the state: "calibrated" or "uncalibrated".</summary>
        public string StateName => IsCalibrated ? "calibrated" : "uncalibrated";

        /// <summary>RMS residual, in dB, of the fit for a range.</summary>
        public double ResidualDb(int range)
        {
            return _residualDb[range];
        }

        /// <summary>Sets the RMS residual of a range.</summary>
        public void SetResidualDb(int range, double db)
        {
            _residualDb[range] = db;
        }

        /// <summary>Forgets everything but the serial number: the probe is uncalibrated.</summary>
        public void Clear()
        {
            if (ProbeSerial == null)
            {
                ProbeSerial = UnknownSerial;
            }

            Date = null;
            Fixture = string.Empty;
            Traceability = string.Empty;
            Wavelength = Wavelength.Nm850;
            RatioUncertaintyDb = GainCalibration.UncalibratedRatioUncertaintyDb;
            IsCalibrated = false;
            for (int r = 0; r < _residualDb.Length; r++)
            {
                _residualDb[r] = 0;
            }
        }

        /// <summary>
        /// Days from the calibration date to <paramref name="todayIso"/> (ISO 8601, date first),
        /// or -1 when either is unknown or malformed.
        /// </summary>
        public int AgeDays(string todayIso)
        {
            int then = CalibrationDates.DayNumber(Date);
            int now = CalibrationDates.DayNumber(todayIso);
            return then < 0 || now < 0 ? -1 : now - then;
        }

        /// <summary>
        /// What the ready screen must add, or null when nothing: UNCALIBRATED, or the age when
        /// the calibration is more than a year old (needs today's date, <paramref name="todayIso"/>).
        /// </summary>
        public string ScreenNote(string todayIso)
        {
            if (!IsCalibrated)
            {
                return "UNCALIBRATED";
            }

            int age = AgeDays(todayIso);
            return age > DueAfterDays ? "CAL DUE: " + age.ToString() + " DAYS" : null;
        }
    }
}
