using System;
using System.Text.Json;

namespace MpoProbe.Report
{
    /// <summary>
    /// What one log says is in force while it is read (settings, reference, probe identity) and
    /// where each typed record goes. Records that follow an inspection (diagnosis, polarity, clean)
    /// belong to the link they name.
    /// </summary>
    internal sealed partial class LogContext
    {
        private string _expectedPolarity;
        private ReferenceInfo _reference;
        private string _serial;
        private string _calDate;
        private string _calState;
        private string _firmware;
        private string _model;
        private string _receptacle;
        private ProbeIdentity _identity;
        private string _referenceCheck;
        private readonly System.Collections.Generic.List<LinkResult> _sinceCheck = new System.Collections.Generic.List<LinkResult>();

        /// <summary>The last re-check's mean change since the reference in force, dB (0: none yet).</summary>
        private double _lastMeanDb;

        /// <summary>The serial of the probe whose re-check interval is open (null: none named yet).</summary>
        private string _intervalSerial;

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

        /// <summary>Applies a record; returns a problem or null.</summary>
        public string Apply(string type, FieldReader f, RecordContext context, ReportData data, Action<InspectionRecord> onInspection)
        {
            switch (type)
            {
                case "boot":
                    _firmware = f.Text("firmware", false) ?? _firmware;
                    _model = f.Text("model", false) ?? _model;
                    _receptacle = f.Text("receptacle", false) ?? _receptacle;
                    Identity(f);
                    return f.Problem;
                case "settings":
                    _expectedPolarity = f.Text("expected_polarity", false) ?? _expectedPolarity;
                    _firmware = f.Text("firmware", false) ?? _firmware;
                    _model = f.Text("model", false) ?? _model;
                    _receptacle = f.Text("receptacle", false) ?? _receptacle;
                    Identity(f);
                    return f.Problem;
                case "reference":
                    return Reference(f, context);
                case "reference_check":
                    return ReferenceCheck(f);
                case "recheck":
                    return Recheck(f, context);
                case "inspection":
                    return Inspection(f, context, data, onInspection);
                case "diagnosis":
                    return Diagnosis(f, context, data);
                case "polarity":
                    PolarityRecord polarity = RecordParser.Polarity(f, context);
                    return f.Problem ?? Attach(data, context, "polarity", link => link.Polarity = polarity);
                case "clean":
                    CleanRecord clean = RecordParser.Clean(f, context);
                    return f.Problem ?? Attach(data, context, "clean", link => link.AddClean(clean));
                case "error":
                case "fault":
                    string code = f.Text("code", true);
                    string message = f.Text("message", false) ?? string.Empty;
                    if (f.Problem == null && code == "clean_took_nothing_off" && data.Find(Label(context)) is LinkResult held && held.Last.HeldForClean)
                    {
                        // The re-inspection after the clean was refused: the probe wrote no inspection for it.
                        held.CleanTookNothingOff = true;
                    }

                    if (f.Problem == null)
                    {
                        data.WarningCount++;
                        if (data.Warnings.Count < ReportData.MaxListedWarnings)
                        {
                            data.Warnings.Add(new ProbeWarning(context.Where, code, message));
                        }
                    }

                    return f.Problem;
                default:
                    return null;
            }
        }

        private void Identity(FieldReader f)
        {
            string serial = f.Text("probe_serial", false);
            if (serial != null && _intervalSerial != null && serial != _intervalSerial)
            {
                // Another probe's log: its re-checks judge its own reference, not this interval.
                _sinceCheck.Clear();
                _lastMeanDb = 0;
            }

            _intervalSerial = serial ?? _intervalSerial;
            _serial = serial ?? _serial;
            _calDate = f.Text("cal_date", false) ?? _calDate;
            _calState = f.Text("cal_state", false) ?? _calState;
            _identity = null;
        }

        private string Reference(FieldReader f, RecordContext context)
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

        private string Inspection(FieldReader f, RecordContext context, ReportData data, Action<InspectionRecord> onInspection)
        {
            if (f.Flag("resent", false))
            {
                // The answer to `last`: the same inspection sent again, not another one.
                return f.Problem;
            }

            InspectionRecord r = RecordParser.Inspection(f, context);
            if (f.Problem != null)
            {
                return f.Problem;
            }

            _identity ??= new ProbeIdentity { Serial = _serial, CalDate = _calDate, CalState = _calState, Firmware = _firmware, Receptacle = _receptacle, Model = _model };
            LinkResult link = data.Link(Label(context));
            link.InspectionCount++;
            link.First ??= context;
            link.Last = r;
            link.Diagnosis = Array.Empty<string>();
            link.Polarity = null; // the polarity record of this inspection follows it; an older one is not this inspection's
            link.ExpectedPolarity = _expectedPolarity;
            link.Reference = _reference;
            link.ReferenceCheck = _referenceCheck;
            link.RecheckFailed = null;
            link.CleanTookNothingOff = false;
            link.RecheckFailedMeanDb = double.NaN;
            link.RecheckPassed = false;
            link.RecheckMeanDb = double.NaN;
            link.RecheckMeanLimitDb = double.NaN;
            if (!_sinceCheck.Contains(link))
            {
                _sinceCheck.Add(link);
            }
            link.Probe = _identity;
            data.InspectionCount++;
            onInspection?.Invoke(r);
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

            return Attach(data, context, "diagnosis", link => link.Diagnosis = advice);
        }

        private static string Attach(ReportData data, RecordContext context, string what, Action<LinkResult> attach)
        {
            LinkResult link = data.Find(Label(context));
            if (link == null)
            {
                return what + " for link '" + Label(context) + "' before any inspection of it";
            }

            attach(link);
            return null;
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
