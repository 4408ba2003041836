using System;
using System.Globalization;

namespace MpoProbe.Report
{
    /// <summary>The header's sentences about what was in force for an inspection: calibration, reference, re-check, polarity, and the verdict marks.</summary>
    public static partial class Certificate
    {
        /// <summary>The calibration due date (<see cref="CalibrationIntervalMonths"/> after the calibration date), or why there is none.</summary>
        public static string CalibrationDue(ProbeIdentity p) => CalibrationDue(p, null);

        /// <summary>
        /// The calibration due date (<see cref="CalibrationIntervalMonths"/> after the calibration date)
        /// and, against the time of <paramref name="inspection"/>, whether the calibration was overdue
        /// when it measured; or why there is none.
        /// </summary>
        public static string CalibrationDue(ProbeIdentity p, RecordContext inspection)
        {
            if (!DueDate(p, out DateTime due))
            {
                return NotRecorded + " (no calibration date)";
            }

            string text = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (" + CalibrationIntervalMonths + " months after calibration)";
            if (inspection == null)
            {
                return text;
            }

            if (!inspection.UtcTime.HasValue)
            {
                return text + "; whether it was overdue at the inspection is unknown (the inspection's time is not recorded)";
            }

            return inspection.UtcTime.Value.Date > due
                ? text + "; overdue: the inspection on " + inspection.UtcTime.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " was made after the calibration was due"
                : text;
        }

        /// <summary>True when the instrument's calibration was past its due date at the link's certified inspection (by its UTC).</summary>
        public static bool CalibrationOverdue(LinkResult link) =>
            DueDate(link.Probe, out DateTime due) && link.Last.Context.UtcTime.HasValue && link.Last.Context.UtcTime.Value.Date > due;

        private static bool DueDate(ProbeIdentity p, out DateTime due)
        {
            due = default;
            if (p?.CalDate == null || !DateTime.TryParseExact(p.CalDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
            {
                return false;
            }

            due = date.AddMonths(CalibrationIntervalMonths);
            return true;
        }

        /// <summary>The polarity found, in words.</summary>
        public static string FoundPolarity(PolarityRecord p)
        {
            if (p == null)
            {
                return "not tested";
            }

            if (p.Verdict == "NOT_TESTED")
            {
                return "not tested (" + p.Status.Replace('_', ' ') + ")";
            }

            return (p.Best ?? "no known type") + " — " + p.Verdict + (p.Summary.Length > 0 ? " (" + p.Summary + ")" : string.Empty);
        }

        /// <summary>A verdict with its footnote mark explained (PASS*/FAIL*: the link's page names the cause the record gives).</summary>
        public static string Explain(string verdict) => verdict switch
        {
            "PASS*" => "PASS* — passes, but not proven: within the instrument's uncertainty of the limit, or for the cause the link's page names (gain not proven, reference stale, test cord scatter, U too wide)",
            "FAIL*" => "FAIL* — fails, but not proven: within the instrument's uncertainty of the limit, or for the cause the link's page names",
            "REF_WEAK" => "REF_WEAK — a weak position of a forced reference: loss unverified, no pass",
            LinkResult.Unreadable => "UNREADABLE — a later inspection of the link could not be read: no result is certified",
            LinkResult.OrderUnknown => "ORDER_UNKNOWN — the link's inspections disagree and the probe's clock cannot order them: no result is certified",
            _ => verdict,
        };

        /// <summary>
        /// The job's reference re-check after the link's last inspection: failed (why), passed (the
        /// cord's mean change and what a healthy re-check allows), or none — and then what the
        /// verdict rests on: a coded source's monitor, or the plain source's stated stability.
        /// </summary>
        public static string RecheckText(LinkResult link)
        {
            if (link.RecheckFailed != null)
            {
                return link.RecheckFailed;
            }

            if (link.RecheckPassed)
            {
                return "passed after this inspection" + (double.IsNaN(link.RecheckMeanDb) ? string.Empty
                    : " (the reference cord's mean moved " + SignedDb(link.RecheckMeanDb) + " dB" + (double.IsNaN(link.RecheckMeanLimitDb) ? string.Empty
                        : "; a healthy re-check explains up to ±" + Db(link.RecheckMeanLimitDb) + " dB") + ")");
            }

            double drift = link.Last.DriftBoundDb;
            return "none after this inspection" + (double.IsNaN(drift) ? string.Empty
                : drift == 0 ? ": the coded source's monitor corrected its drift"
                : ": the verdict rests on the source's stated stability (the band allowed ±" + Db(drift) + " dB of drift)");
        }

        /// <summary>
        /// The reference in force: when it was set and its age at the inspection — by UTC across a
        /// restart, by <c>t_ms</c> within one power-up, otherwise "earlier power-up, age unknown" — its spread, and what the record says of it.
        /// </summary>
        public static string ReferenceText(LinkResult link)
        {
            if (link.Reference == null)
            {
                return "none in this log";
            }

            RecordContext set = link.Reference.Context;
            RecordContext used = link.Last.Context;
            long? minutes = ProbeClock.MinutesBetween(set, used);
            string age = minutes.HasValue ? minutes.Value.ToString(CultureInfo.InvariantCulture) + " min before the inspection"
                : set.UtcTime.HasValue && used.UtcTime.HasValue ? "age unknown (the probe's clock puts the reference after the inspection)"
                : "earlier power-up, age unknown (no UTC on both records)";
            string when = set.Utc != null ? Time(set) + ", " : string.Empty;
            return when + age + ", spread " + Db(link.Reference.SpreadDb) + " dB"
                + (link.Last.ReferenceStale ? ", older than allowed" : string.Empty)
                + (link.Last.ReferenceWeak != null ? "; forced by the operator over an uneven cord: positions " + link.Last.ReferenceWeak + " read too low" : string.Empty);
        }

        /// <summary>A probe fault or warning in one line: code, message, where and when (and whether its order against the inspection is unknown).</summary>
        public static string WarningText(ProbeWarning w, LinkResult link)
        {
            string unordered = w.Context != null && ProbeClock.Compare(w.Context, link.Last.Context) == null ? "; its order against the inspection cannot be established" : string.Empty;
            return w.Code + ": " + w.Message + " (" + w.Where + (w.Context != null ? ", " + Time(w.Context) : string.Empty) + unordered + ")";
        }
    }
}
