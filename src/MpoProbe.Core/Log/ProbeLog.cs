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
            _json.Begin().Add("v", SchemaVersion).Add("type", type).Add("t_ms", UptimeMs);
            if (Clock != null && Clock.IsSet)
            {
                _json.AddUtc("utc", Clock.EpochSeconds(UptimeMs));
            }
            else if (Utc != null)
            {
                _json.Add("utc", Utc);
            }

            if (Link != null)
            {
                _json.Add("link", Link);
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
                string type = _type;
                Warning("record_too_long", "the " + type + " record is longer than " + JsonLine.MaxChars.ToString() + " characters: not sent");
                return;
            }

            _port.WriteLine(record.Bytes, JsonLine.FrameRoom, record.Length);
            if (Results != null && !_notKept && ResultsStore.Keeps(_type) && !(_type == "settings" ? Results.AddSettings(record) : Results.Add(record)))
            {
                Warning("results_not_kept", "the " + _type + " record could not be kept on the probe (storage full or failing)");
            }
        }

        /// <summary>Sends a record that answers a command: it carries <c>cmd</c> when a line is waiting.</summary>
        public void SendAnswer(JsonLine record)
        {
            if (AnswerTo != 0)
            {
                record.Add("cmd", AnswerTo);
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
                .Add("expected_polarity", PolarityTemplates.Name(s.ExpectedPolarity)));
        }

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
            JsonLine record = Start("reference").Add("decision", decision).Add("layout", layout.Name)
                .Add("wavelength_nm", (int)reference.Wavelength).Add("spread_db", check.SpreadDb, 3).Add("median_dbm", check.MedianDbm, 3)
                .Add("checksum", reference.Checksum.ToString("X8")).AddMask("weak", reference.WeakMask).Add("source_monitor_db", reference.MonitorDb, 2).BeginArray("positions");
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                record.BeginObject().Add("pos", p).Add("dbm", reference.PowerDbm(p), 3).Add("range", reference.Range(p)).EndObject();
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
            SendAnswer(Start("reference").Add("decision", decision).Add("layout", layout.Name).Add("wavelength_nm", (int)wavelength)
                .Add("spread_db", check.SpreadDb, 3).Add("median_dbm", check.MedianDbm, 3)
                .AddMask("low", check.LowMask).Add("message", message));
        }

        /// <summary>The reference verification step: passed, the re-mate's largest change and the mating σ now in the budget.</summary>
        public void Verification(ReferenceVerification v, UncertaintyBudget budget)
        {
            Send(Start("reference_check").Add("passed", v.Passed).Add("worst_pos", v.WorstPosition).Add("worst_change_db", v.WorstChangeDb, 3)
                .Add("measured_sigma_db", v.MatingSigmaDb, 4).Add("budget_mating_sigma_db", budget.MatingSigmaDb, 4)
                .Add("reference_matings", v.Averaged ? 2 : 1).Add("mating_estimate_db", budget.Mating.EstimateDb, 4).Add("mating_dof", budget.Mating.DegreesOfFreedom, 1).Add("mating_remates", budget.Mating.Remates).Add("advice", v.Describe()));
        }

        /// <summary>An inspection: per position power, loss, uncertainty and verdict.</summary>
        public void Inspection(InspectionResult r, string limitName)
        {
            Inspection(r, limitName, null);
        }

        /// <summary>An inspection with the polarity line in a builder (no string built).</summary>
        public void Inspection(InspectionResult r, string limitName, string fiber, Verdict overall, PolarityVerdict polarity, TextBuilder polarityIssue)
        {
            SendAnswer(InspectionRecord(r, limitName, fiber, overall, polarity, polarityIssue));
        }

        /// <summary>An inspection, naming the fiber type of the link (polarity not tested).</summary>
        public void Inspection(InspectionResult r, string limitName, string fiber)
        {
            Inspection(r, limitName, fiber, r.Overall, PolarityVerdict.NotTested, (string)null);
        }

        /// <summary>
        /// An inspection with its overall verdict (<see cref="OverallVerdict"/>: loss and polarity),
        /// the loss verdict alone, the polarity verdict and, when it failed, what is wrong in one line.
        /// </summary>
        public void Inspection(InspectionResult r, string limitName, string fiber, Verdict overall, PolarityVerdict polarity, string polarityIssue)
        {
            SendAnswer(InspectionRecord(r, limitName, fiber, overall, polarity, polarityIssue));
        }

        /// <summary>The inspection record, filled but not sent (the workflow adds the forced reference's weak positions).</summary>
        public JsonLine InspectionRecord(InspectionResult r, string limitName, string fiber, Verdict overall, PolarityVerdict polarity, string polarityIssue)
        {
            return InspectionRecord(r, limitName, fiber, overall, polarity, polarityIssue == null ? null : _text.Clear().Add(polarityIssue));
        }

        /// <summary>As above with the polarity line in a builder (the workflow's: no string per inspection).</summary>
        public JsonLine InspectionRecord(InspectionResult r, string limitName, string fiber, Verdict overall, PolarityVerdict polarity, TextBuilder polarityIssue)
        {
            JsonLine record = Start("inspection").Add("layout", r.Layout.Name).Add("fiber", fiber).Add("wavelength_nm", (int)r.Wavelength).Add("limit", limitName)
                .Add("limit_db", r.LimitDb, 3).Add("guard_db", r.GuardBandDb, 3).Add("reference_stale", r.ReferenceStale)
                .Add("re_reference", r.ReReference).Add("source_correction_db", r.SourceCorrectionDb, 3).Add("k", UncertaintyBudget.CoverageK, 1).Add("overall", VerdictText.Name(overall))
                .Add("loss_overall", VerdictText.Name(r.Overall)).Add("polarity", OverallVerdict.PolarityName(polarity)).Add("polarity_issue", polarity == PolarityVerdict.Fail ? polarityIssue : null)
                .Add("worst_pos", r.WorstPosition).Add("worst_loss_db", r.WorstLossDb, 3).BeginArray("positions");
            for (int p = 1; p <= r.Layout.PositionCount; p++)
            {
                record.BeginObject().Add("pos", p).Add("color", FiberColors.Name(p)).Add("dbm", r.PowerDbm(p), 3).Add("loss_db", r.LossDb(p), 3)
                    .Add("u_db", r.UncertaintyDb(p), 4).Add("band_db", r.BandDb(p), 3).Add("verdict", VerdictText.Name(r.VerdictAt(p))).EndObject();
            }

            return record.EndArray();
        }

        /// <summary>The connector diagnosis of an inspection.</summary>
        public void Diagnosis(Diagnosis d)
        {
            Diagnosis(d, null);
        }

        /// <summary>The connector diagnosis and the prompt it led to (<see cref="Prompts.Name"/>; null for none).</summary>
        public void Diagnosis(Diagnosis d, string prompt)
        {
            JsonLine record = Start("diagnosis").BeginArray("findings");
            for (int i = 0; i < d.Count; i++)
            {
                record.BeginObject().Add("kind", FindingName(d.KindAt(i))).AddMask("positions", d.PositionsAt(i)).Add("advice", d.Describe(i, _text)).EndObject();
            }

            record.EndArray();
            Send(prompt == null ? record : record.Add("prompt", prompt));
        }

        /// <summary>A clean cycle's comparison, with the likely cause when it escalates.</summary>
        public void Clean(CleanCycle c, MpoLayout layout, string likelyCause)
        {
            Clean(c, layout.PositionCount, c.Escalate ? likelyCause : null);
        }

        /// <summary>A clean cycle's comparison.</summary>
        public void Clean(CleanCycle c, int positions)
        {
            Clean(c, positions, null);
        }

        private void Clean(CleanCycle c, int positions, string likelyCause)
        {
            JsonLine record = Start("clean").Add("all_clean", c.AllClean).Add("moved", c.Moved).Add("failed_cleans", c.FailedCleans).Add("escalate", c.Escalate)
                .AddMask("confirmed", c.ConfirmedMask).AddMask("persistent", c.PersistentMask)
                .Add("advice", c.Describe(_text)).Add("likely_cause", likelyCause == null ? null : _cause.Clear().AddLower(likelyCause))
                .BeginArray("positions");
            for (int p = 1; p <= positions; p++)
            {
                record.BeginObject().Add("pos", p).Add("before_db", c.LossBeforeCleanDb(p), 3).Add("after_db", c.LossAfterCleanDb(p), 3)
                    .Add("change_db", c.ChangeDb(p), 3).Add("outcome", OutcomeName(c.OutcomeAt(p))).EndObject();
            }

            Send(record.EndArray());
        }

        /// <summary>A polarity scan and its classification.</summary>
        public void Polarity(PolarityMap map, PolarityResult result)
        {
            JsonLine record = Start("polarity").Add("status", StatusName(map.Status)).Add("best", result.IsKnown ? PolarityTemplates.Name(result.Best) : null)
                .Add("verdict", PolarityVerdictName(result.Verdict)).Add("summary", result.Describe(_text))
                .Add("scan_ms", map.ScanMicroseconds / 1000).BeginArray("map");
            for (int j = 1; j <= map.PositionCount; j++)
            {
                record.BeginObject().Add("pos", j).Add("from", map.SourceAt(j)).EndObject();
            }

            Send(record.EndArray());
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
