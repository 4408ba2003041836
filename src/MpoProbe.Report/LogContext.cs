using System;
using System.Collections.Generic;
using System.Text.Json;

namespace MpoProbe.Report
{
    /// <summary>
    /// What one log says is in force while it is read (settings, reference, probe identity) and
    /// where each typed record goes. Records that follow an inspection (diagnosis, polarity) belong
    /// to that inspection; clean cycles to the link they name.
    /// </summary>
    internal sealed partial class LogContext
    {
        private string _expectedPolarity;
        private string _replayExpectedPolarity;
        private ReferenceInfo _reference;
        private string _serial;
        private string _calDate;
        private string _calState;
        private string _firmware;
        private string _model;
        private string _receptacle;
        private ProbeIdentity _identity;
        private string _referenceCheck;
        private readonly List<LinkResult> _sinceCheck = new List<LinkResult>();

        /// <summary>The last re-check's mean change since the reference in force, dB (0: none yet).</summary>
        private double _lastMeanDb;

        /// <summary>The serial of the probe whose re-check interval is open (null: none named yet).</summary>
        private string _intervalSerial;

        /// <summary>This file's current power-up and history dump numbers (0: none yet), and the last live <c>t_ms</c>.</summary>
        private long _powerUp;
        private long _dump;
        private bool _previousReplay;
        private long _lastLiveMs;

        /// <summary>The serial an uncalibrated probe logs: no identity.</summary>
        private const string UnknownSerial = "unknown";

        /// <summary>
        /// A context for the next log file: a job split over several files (a capture per action)
        /// keeps its open re-check interval — the links inspected since the last re-check, and where
        /// that re-check found the source — until a reference record, or a log of another probe,
        /// closes it.
        /// </summary>
        public LogContext Next()
        {
            // Only a probe that named itself can be known again in the next file ("unknown": uncalibrated).
            bool known = _intervalSerial != null && _intervalSerial != UnknownSerial;
            var next = new LogContext { _lastMeanDb = known ? _lastMeanDb : 0, _intervalSerial = known ? _intervalSerial : null };
            if (known)
            {
                next._sinceCheck.AddRange(_sinceCheck);
            }

            return next;
        }

        /// <summary>
        /// Numbers a record for <see cref="ProbeClock"/>: its reading order, and its power-up — a new
        /// one at the file's start, at a boot record and where <c>t_ms</c> goes back (a restart whose
        /// boot record is not in the log); the records of one <c>history</c> dump share one of their own.
        /// </summary>
        public void Stamp(RecordContext context, string type, ReadState state)
        {
            context.Seq = state.NextSeq();
            if (context.Replay)
            {
                _dump = _previousReplay && _dump != 0 ? _dump : state.NewSegment();
                _previousReplay = true;
                context.PowerUp = _dump;
                return;
            }

            _previousReplay = false;
            if (_powerUp == 0 || type == "boot" || context.UptimeMs < _lastLiveMs)
            {
                _powerUp = state.NewSegment();
            }

            _lastLiveMs = context.UptimeMs;
            context.PowerUp = _powerUp;
        }

        /// <summary>Applies a record; returns a problem or null.</summary>
        public string Apply(string type, FieldReader f, RecordContext context, ReportData data, Action<InspectionRecord> onInspection)
        {
            switch (type)
            {
                case "boot":
                    Identity(f);
                    Instrument(f);
                    return f.Problem;
                case "settings" when context.Replay:
                    // A stored settings change replayed by `history`: in force for the replayed results after it, not for the live ones.
                    _replayExpectedPolarity = f.Text("expected_polarity", false) ?? _replayExpectedPolarity;
                    Identity(f);
                    Instrument(f);
                    return f.Problem;
                case "settings":
                    Identity(f);
                    _expectedPolarity = f.Text("expected_polarity", false) ?? _expectedPolarity;
                    Instrument(f);
                    return f.Problem;
                case "reference":
                    return Reference(f, context, data);
                case "reference_check":
                    return ReferenceCheck(f);
                case "recheck":
                    return Recheck(f, context, data);
                case "inspection":
                    return Inspection(f, context, data, onInspection);
                case "diagnosis":
                    return Diagnosis(f, context, data);
                case "polarity":
                    PolarityRecord polarity = RecordParser.Polarity(f, context);
                    return f.Problem ?? Attach(data, context, "polarity", link => link.Polarity = polarity, true);
                case "clean":
                    CleanRecord clean = RecordParser.Clean(f, context);
                    return f.Problem ?? Attach(data, context, "clean", link => link.AddClean(clean), false);
                case "remate":
                    return Remate(f);
                case "error":
                case "fault":
                    return Warning(f, context, data);
                default:
                    return null;
            }
        }

        /// <summary>A link re-mate the probe counted as evidence of its mating repeatability (issue 25): read and checked; the inspections carry the figure the budget used.</summary>
        private static string Remate(FieldReader f)
        {
            f.Integer("positions", false, 0, RecordParser.MaxPositions);
            f.Number("mating_sigma_db", false);
            f.Number("mating_estimate_db", false);
            f.Number("mating_dof", false);
            f.Integer("mating_remates", false, 0, long.MaxValue);
            return f.Problem;
        }

        private static string Warning(FieldReader f, RecordContext context, ReportData data)
        {
            string code = f.Text("code", true);
            string message = f.Text("message", false) ?? string.Empty;
            if (f.Problem != null)
            {
                return f.Problem;
            }

            if (code == "clean_took_nothing_off" && data.Find(Label(context)) is LinkResult held && held.Last.HeldForClean && !ProbeClock.Before(context, held.Last.Context))
            {
                // The re-inspection after the clean was refused: the probe wrote no inspection for it.
                held.CleanTookNothingOff = true;
            }

            var warning = new ProbeWarning(context.Where, code, message) { Context = context };
            data.WarningCount++;
            data.AddLinkWarning(Label(context), warning);
            if (data.Warnings.Count < ReportData.MaxListedWarnings)
            {
                data.Warnings.Add(warning);
            }

            return null;
        }

        /// <summary>What the instrument is (model, firmware, receptacle): from `boot`, and from `settings`, which the probe's results store keeps when it keeps no boot record.</summary>
        private void Instrument(FieldReader f)
        {
            _firmware = f.Text("firmware", false) ?? _firmware;
            _model = f.Text("model", false) ?? _model;
            _receptacle = f.Text("receptacle", false) ?? _receptacle;
        }

        /// <summary>
        /// The probe's identity from a boot or settings record. Another serial than the one in force
        /// is another probe (two logs in one file): nothing of the first — its reference and its
        /// verification, expected polarity, model, firmware, calibration, open re-check interval —
        /// applies to the second's inspections.
        /// </summary>
        private void Identity(FieldReader f)
        {
            string serial = f.Text("probe_serial", false);
            if (serial != null && _intervalSerial != null && serial != _intervalSerial)
            {
                // Another probe's log: its re-checks judge its own reference, not this interval.
                _sinceCheck.Clear();
                _lastMeanDb = 0;
            }

            if (serial != null && _serial != null && serial != _serial)
            {
                _reference = null;
                _referenceCheck = null;
                _expectedPolarity = null;
                _firmware = null;
                _model = null;
                _receptacle = null;
                _calDate = null;
                _calState = null;
            }

            _intervalSerial = serial ?? _intervalSerial;
            _serial = serial ?? _serial;
            _calDate = f.Text("cal_date", false) ?? _calDate;
            _calState = f.Text("cal_state", false) ?? _calState;
            _identity = null;
        }

        private string Reference(FieldReader f, RecordContext context, ReportData data)
        {
            string decision = f.Text("decision", true);
            double spread = f.Number("spread_db", false);
            string checksum = f.Text("checksum", false);
            bool stored = decision == "accepted" || decision == "forced";
            if (f.Problem == null && !stored && decision != "refused" && decision != "needs_confirmation" && decision != "declined" && decision != "cancelled")
            {
                // Only a decision the probe writes: an unknown one may not have stored anything, so it closes no interval.
                f.Report("field 'decision' is \"" + RecordParser.Shorten(decision) + "\", expected accepted, forced, needs_confirmation, refused, declined or cancelled");
            }

            if (f.Problem == null && stored)
            {
                _reference = new ReferenceInfo { Context = context, SpreadDb = spread, Checksum = checksum };
                _referenceCheck = null;
                _sinceCheck.Clear();
                _lastMeanDb = 0;
                ReadState.Keep(data.State.References, new KeyValuePair<RecordContext, string>(context, _intervalSerial));
            }

            return f.Problem;
        }

        /// <summary>The reference verification (<c>verify</c>): applies to the reference in force until the next one.</summary>
        private string ReferenceCheck(FieldReader f)
        {
            bool passed = f.Flag("passed", true);
            long worst = f.Integer("worst_pos", false, 0, RecordParser.MaxPositions);
            double change = f.Number("worst_change_db", false);
            double sigma = f.Number("measured_sigma_db", false);
            if (f.Problem != null)
            {
                return f.Problem;
            }

            _referenceCheck = (passed ? "passed" : "failed") + " (cord re-mated: largest change " + Certificate.Db(change) + " dB"
                + (worst > 0 ? " at position " + worst : string.Empty) + ", mating σ " + Certificate.Db(sigma) + " dB)";
            return null;
        }

        private static string Diagnosis(FieldReader f, RecordContext context, ReportData data)
        {
            JsonElement findings = f.Array("findings", 64);
            if (f.Problem != null)
            {
                return f.Problem;
            }

            var advice = new string[findings.GetArrayLength()];
            for (int i = 0; i < advice.Length; i++)
            {
                var ff = new FieldReader(findings[i], "finding " + (i + 1) + ": ");
                advice[i] = ff.Text("advice", false) ?? ff.Text("kind", true);
                if (ff.Problem != null)
                {
                    return ff.Problem;
                }
            }

            return Attach(data, context, "diagnosis", link => link.Diagnosis = advice, true);
        }

        /// <summary>The link a record belongs to ("(no label, LOG)" when it names none).</summary>
        public static string Label(RecordContext context)
        {
            if (!string.IsNullOrEmpty(context.Link))
            {
                return context.Link;
            }

            // Unlabelled inspections of different logs are not assumed to be the same link.
            string where = context.Where ?? string.Empty;
            int colon = where.LastIndexOf(':');
            return "(no label, " + (colon > 0 ? where.Substring(0, colon) : where) + ")";
        }
    }
}
