using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The probe's serial log: one self-describing JSON object per line, schema version
    /// <see cref="SchemaVersion"/> (docs/serial-log.md). Every record carries its type, the
    /// schema version, milliseconds since boot and, when the clock is set, UTC.
    /// </summary>
    public sealed partial class ProbeLog
    {
        /// <summary>The instrument's model, written in the boot record (<c>model</c>) for the certificate.</summary>
        public const string Model = "MpoProbe handheld MPO loss probe";

        /// <summary>Schema version written in every record ("v").</summary>
        public const int SchemaVersion = 2;

        private readonly ILogPort _port;
        private readonly JsonLine _json = new JsonLine();
        private readonly TextBuilder _text = new TextBuilder();
        private readonly TextBuilder _cause = new TextBuilder(64);
        private string _type;
        private bool _notKept;

        /// <summary>A log writing to <paramref name="port"/>.</summary>
        public ProbeLog(ILogPort port)
        {
            _port = port ?? throw new ArgumentNullException("port");
        }

        /// <summary>Milliseconds since boot, for the next records.</summary>
        public long UptimeMs { get; set; }

        /// <summary>UTC as ISO 8601 text, or null while the clock is not set.</summary>
        public string Utc { get; set; }

        /// <summary>Link label carried in every record until changed (null for none).</summary>
        public string Link { get; set; }

        /// <summary>
        /// Number of the command line waiting for its answer (0 for none): the next reply, error,
        /// settings, inspection or reference record carries it as <c>cmd</c>, and only that one.
        /// </summary>
        public long AnswerTo { get; set; }

        /// <summary>The probe's calibration identity, written in the boot and settings records (null: not written).</summary>
        public CalibrationInfo Calibration { get; set; }

        /// <summary>The probe's wall clock: when set, records carry <c>utc</c> from it.</summary>
        public UtcClock Clock { get; set; }

        /// <summary>Job data carried in every record (job, operator, customer, site), or null.</summary>
        public JobInfo Job { get; set; }

        /// <summary>Results kept on the probe: inspection, clean and polarity records also go there (null: none).</summary>
        public ResultsStore Results { get; set; }

        /// <summary>Starts a record of <paramref name="type"/> with the common fields.</summary>
        public JsonLine Start(string type)
        {
            _type = type;
            _json.Begin().Add(LogKeys.V, SchemaVersion).Add(LogKeys.Type, type).Add(LogKeys.TimeMs, UptimeMs);
            if (Clock != null && Clock.IsSet)
            {
                _json.AddUtc(LogKeys.Utc, Clock.EpochSeconds(UptimeMs));
            }
            else if (Utc != null)
            {
                _json.Add(LogKeys.Utc, Utc);
            }

            if (Link != null)
            {
                _json.Add(LogKeys.Link, Link);
            }

            if (Job != null)
            {
                Job.AddTo(_json);
            }

            return _json;
        }

        /// <summary>
        /// Sends a finished record from the record buffer: to the serial line, and to the results
        /// store for the types it keeps. A record that outgrew the buffer is not sent; a warning
        /// names it instead.
        /// </summary>
        public void Send(JsonLine record)
        {
            record.End();
            if (record.Overflowed)
            {
                WarnTooLong(_type);
                return;
            }

            _port.WriteLine(record.Bytes, JsonLine.FrameRoom, record.Length);
            if (Results != null && !_notKept && ResultsStore.Keeps(_type) && !(_type == LogKeys.Settings ? Results.AddSettings(record) : Results.Add(record)))
            {
                WarnNotKept(_type);
            }
        }

        // The texts of the rare paths live in their own methods: Send itself executes no literal
        // (PerCycleLiteralTests, docs/core.md "Memory on the device").
        private void WarnTooLong(string type)
        {
            Warning("record_too_long", "the " + type + " record is longer than " + JsonLine.MaxChars.ToString() + " characters: not sent");
        }

        private void WarnNotKept(string type)
        {
            Warning("results_not_kept", "the " + type + " record could not be kept on the probe (storage full or failing)");
        }

        /// <summary>Sends a record that answers a command: it carries <c>cmd</c> when a line is waiting.</summary>
        public void SendAnswer(JsonLine record)
        {
            if (AnswerTo != 0)
            {
                record.Add(LogKeys.Cmd, AnswerTo);
                AnswerTo = 0;
            }

            Send(record);
        }

        /// <summary>
        /// Answers a command with a record that is not a new result (<c>status</c>, <c>last</c>):
        /// sent, but never kept in the results store.
        /// </summary>
        public void SendAnswerNotKept(JsonLine record)
        {
            _notKept = true;
            SendAnswer(record);
            _notKept = false;
        }

        /// <summary>Boot record: firmware version, what the probe is.</summary>
        public void Boot(string firmwareVersion, string receptacle)
        {
            _firmware = firmwareVersion;
            _receptacle = receptacle;
            Send(AddCalibration(Start("boot").Add("model", Model).Add("firmware", firmwareVersion).Add("receptacle", receptacle)));
        }

        /// <summary>The job settings in force.</summary>
        public void Settings(InspectionSettings s)
        {
            SendAnswer(SettingsRecord(s));
        }

        /// <summary>A settings record, started and filled but not sent (the status answer adds to it).</summary>
        public JsonLine SettingsRecord(InspectionSettings s)
        {
            if (Job != null && Job.Budget.InForce(s))
            {
                JsonLine record = SettingsRecordBase(s);
                Job.Budget.AddTo(record, s);
                return record;
            }

            return SettingsRecordBase(s);
        }

        private JsonLine SettingsRecordBase(InspectionSettings s)
        {
            return AddCalibration(Start("settings").Add("layout", s.Layout.Name).Add("fiber", FiberProfiles.Name(s.Fiber)).Add("wavelength_nm", (int)s.Wavelength)
                .Add("limit", s.Limit.Name).Add("limit_db", s.Limit.LimitDb, 3).Add("guard_db", s.GuardBandDb, 3)
                .Add("expected_polarity", PolarityTemplates.Name(s.ExpectedPolarity))
                .Add("model", Model).Add("firmware", _firmware).Add("receptacle", _receptacle));
        }

        // What the boot record named, repeated in each settings record: the results store keeps settings, not boots (a review, 2026-12-04).
        private string _firmware = string.Empty;
        private string _receptacle = string.Empty;

        /// <summary>A reference taken (or refused), with every position's power.</summary>
        public void Reference(Reference reference, ReferenceCheck check, MpoLayout layout)
        {
            Reference(reference, check, layout, DecisionName(check.Decision));
        }

        /// <summary>
        /// A stored reference with every position's power; <paramref name="decision"/> is
        /// "accepted", or "forced" when the operator kept an uneven one (then <c>weak</c> lists its
        /// low positions).
        /// </summary>
        public void Reference(Reference reference, ReferenceCheck check, MpoLayout layout, string decision)
        {
            JsonLine record = Start(LogKeys.Reference).Add("decision", decision).Add("layout", layout.Name)
                .Add("wavelength_nm", (int)reference.Wavelength).Add("spread_db", check.Measured > 0, check.SpreadDb, 3).Add("median_dbm", check.Measured > 0, check.MedianDbm, 3)
                .Add("checksum", reference.Checksum.ToString("X8")).AddMask("weak", reference.WeakMask).Add("source_monitor_db", reference.HasMonitor, reference.MonitorDb, 2).BeginArray("positions");
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                record.BeginObject().Add("pos", p).Add("dbm", reference.HasPower(p), reference.PowerDbm(p), 3).Add("range", reference.Range(p)).EndObject();
            }

            SendAnswer(record.EndArray());
        }

        /// <summary>
        /// A reference decision that stores nothing: "needs_confirmation" (the probe asks the
        /// operator), "refused", "declined" (the operator said no) or "cancelled"; the message
        /// names the positions and values.
        /// </summary>
        public void ReferenceNotStored(string decision, ReferenceCheck check, MpoLayout layout, Wavelength wavelength, string message)
        {
            SendAnswer(Start(LogKeys.Reference).Add("decision", decision).Add("layout", layout.Name).Add("wavelength_nm", (int)wavelength)
                .Add("spread_db", check.Measured > 0, check.SpreadDb, 3).Add("median_dbm", check.Measured > 0, check.MedianDbm, 3)
                .AddMask("low", check.LowMask).Add("message", message));
        }

        /// <summary>The reference verification step: passed, the re-mate's largest change and the mating σ now in the budget.</summary>
        public void Verification(ReferenceVerification v, UncertaintyBudget budget)
        {
            Send(Start("reference_check").Add("passed", v.Passed).Add("worst_pos", v.WorstPosition).Add("worst_change_db", v.WorstChangeDb, 3)
                .Add("measured_sigma_db", v.Count > 0, v.MatingSigmaDb, 4).Add("budget_mating_sigma_db", budget.MatingSigmaDb, 4)
                .Add("reference_matings", v.Averaged ? 2 : 1).Add("mating_estimate_db", budget.Mating.EstimateDb, 4).Add("mating_dof", budget.Mating.DegreesOfFreedom, 1).Add("mating_remates", budget.Mating.Remates).Add("advice", v.Describe()));
        }

        /// <summary>An error: a short code and a message naming what was wrong.</summary>
        public void Error(string code, string message)
        {
            SendAnswer(Start("error").Add("code", code).Add("message", message));
        }

        /// <summary>A warning the probe raises on its own (an <c>error</c> record that answers no command).</summary>
        public void Warning(string code, string message)
        {
            Send(Start("error").Add("code", code).Add("message", message));
        }

        /// <summary>Something normal worth knowing, e.g. no settings file on a first boot (record type <c>notice</c>).</summary>
        public void Notice(string code, string message)
        {
            Send(Start("notice").Add("code", code).Add("message", message));
        }

        /// <summary>A reply to a command.</summary>
        public void Reply(string command, string message)
        {
            SendAnswer(Start("reply").Add("command", command).Add("message", message));
        }

        /// <summary>Adds probe_serial, cal_date (only when calibrated) and cal_state.</summary>
        private JsonLine AddCalibration(JsonLine record)
        {
            if (Calibration == null)
            {
                return record;
            }

            record.Add("probe_serial", Calibration.ProbeSerial);
            if (Calibration.IsCalibrated)
            {
                record.Add("cal_date", Calibration.Date);
            }

            return record.Add("cal_state", Calibration.StateName);
        }
    }
}
