using System;

namespace MpoProbe.Report
{
    /// <summary>The job's reference re-check records: what a failed, passed or unreadable one does to the links of its interval.</summary>
    internal sealed partial class LogContext
    {
        /// <summary>
        /// The job's reference re-check (<c>recheck</c>): a failed one marks every link whose last
        /// inspection came since the reference or the last good re-check; a passed one hands them its
        /// mean change (<see cref="LinkResult.PositionVerdict"/>); either way a new interval starts.
        /// A link whose inspection the probe made after this re-check (a log read out of order) is
        /// left to the re-check after it.
        /// </summary>
        private string Recheck(FieldReader f, RecordContext context, ReportData data)
        {
            bool passed = f.Flag("passed", true);
            long worst = f.Integer("worst_pos", false, 0, RecordParser.MaxPositions);
            double change = f.Number("worst_change_db", false);
            double mean = f.Number("mean_change_db", false);
            double meanLimit = f.Number("mean_limit_db", false);
            if (f.Problem != null)
            {
                return f.Problem;
            }

            // Replayed by `history`, a re-check does not judge another job's links, nor a live one a
            // replayed link of another job (a dump holds no reference records to close the interval).
            // Live records are judged whatever their job: the probe's re-check covers every inspection
            // since the last good check, and `job` can change in between.
            _sinceCheck.RemoveAll(link => OtherJob(context, link.Last.Context));
            var later = _sinceCheck.FindAll(link => ProbeClock.After(link.Last.Context, context));
            bool onMean = Math.Abs(mean) > meanLimit && meanLimit > 0;
            var check = new RecheckEvent
            {
                Context = context,
                Serial = _intervalSerial,
                Reference = _reference,
                Passed = passed,
                MeanDb = mean,
                MeanLimitDb = meanLimit,
                PreviousMeanDb = _lastMeanDb,
                FailedMeanDb = onMean ? mean : double.NaN,
                Failed = passed ? null : "reference re-check after this inspection failed (" + Moved(worst, change, mean, meanLimit) + "): re-inspect after a new reference",
            };
            foreach (LinkResult link in _sinceCheck)
            {
                if (!later.Contains(link))
                {
                    check.ApplyTo(link);
                }
            }

            // The next interval starts where this check found the source: its mean, passed or failed on
            // the mean (a reboot may reload the dropped reference); a position that failed leaves the last known.
            _lastMeanDb = double.IsNaN(mean) || (!passed && !(Math.Abs(mean) > meanLimit)) ? _lastMeanDb : mean;
            ReadState.Keep(data.State.Rechecks, check);
            _sinceCheck.Clear();
            _sinceCheck.AddRange(later);
            return null;
        }

        /// <summary>What moved, in words: the mean when the mean failed (every position within its limit), otherwise the position.</summary>
        private static string Moved(long worst, double change, double mean, double meanLimit) =>
            Math.Abs(mean) > meanLimit ? "reference cord's mean moved " + Certificate.SignedDb(mean) + " dB, limit " + Certificate.Db(meanLimit)
                : double.IsNaN(change) && worst > 0 ? "no light from the reference cord at position " + worst
                : "reference cord moved " + Certificate.Db(change) + " dB" + (worst > 0 ? " at position " + worst : string.Empty);

        /// <summary>True when a replayed re-check, or a replayed inspection, belongs to another job than the other record.</summary>
        private static bool OtherJob(RecordContext check, RecordContext inspection) =>
            (check.Replay || inspection.Replay) && check.Job != null && inspection.Job != null && inspection.Job != check.Job;

        /// <summary>
        /// The re-check already read that the probe made first after an inspection at <paramref name="inspection"/>
        /// (established by its clock), of the same probe (or one unnamed), judging the same reference — no stored
        /// reference of that probe between the two — or null.
        /// </summary>
        private static RecheckEvent RecheckAfter(RecordContext inspection, string serial, ReadState state)
        {
            RecheckEvent first = null;
            foreach (RecheckEvent check in state.Rechecks)
            {
                bool judges = ProbeClock.After(check.Context, inspection) && SameProbe(check.Serial, serial) && !OtherJob(check.Context, inspection)
                    && !(check.Reference != null && ProbeClock.After(check.Reference.Context, inspection))
                    && (first == null || ProbeClock.Order(check.Context, first.Context) < 0);
                if (judges && !state.References.Exists(r => SameProbe(r.Value, serial) && ProbeClock.After(r.Key, inspection) && ProbeClock.Before(r.Key, check.Context)))
                {
                    first = check;
                }
            }

            return first;
        }

        private static bool SameProbe(string a, string b) => a == null || b == null || a == UnknownSerial || b == UnknownSerial || a == b;

        /// <summary>A re-check record that could not be read (<paramref name="why"/>): its result is unknown, so the links it covered are marked as a failed one marks them.</summary>
        public void UnreadableRecheck(string why)
        {
            foreach (LinkResult link in _sinceCheck)
            {
                link.RecheckFailed = "the reference re-check after this inspection could not be read (" + why + "): its result is unknown; re-inspect after a new reference";
                link.RecheckPassed = false;
                link.RecheckMeanDb = double.NaN;
                link.RecheckFailedMeanDb = double.NaN;
            }

            _sinceCheck.Clear();
        }
    }

    /// <summary>A job re-check as read: when, by which probe, of which reference, and what it does to the links it judges.</summary>
    internal sealed class RecheckEvent
    {
        /// <summary>Where and when.</summary>
        public RecordContext Context { get; init; }

        /// <summary>The serial of the probe whose interval it closed (null: not named).</summary>
        public string Serial { get; init; }

        /// <summary>The reference in force in its log when it was read, or null.</summary>
        public ReferenceInfo Reference { get; init; }

        /// <summary>True when it passed.</summary>
        public bool Passed { get; init; }

        /// <summary>Its mean change, dB (NaN: not logged).</summary>
        public double MeanDb { get; init; }

        /// <summary>The largest mean change a healthy re-check explains, dB (NaN: not logged).</summary>
        public double MeanLimitDb { get; init; }

        /// <summary>The previous re-check's mean since the same reference, dB (0: none).</summary>
        public double PreviousMeanDb { get; init; }

        /// <summary>Its mean when it failed on the mean alone, else NaN.</summary>
        public double FailedMeanDb { get; init; }

        /// <summary>Why it failed, for the certificate, or null when it passed.</summary>
        public string Failed { get; init; }

        /// <summary>Hands the link what this re-check found (docs/report.md, the job re-check).</summary>
        public void ApplyTo(LinkResult link)
        {
            link.RecheckPassed = Passed;
            link.RecheckMeanDb = Passed ? MeanDb : double.NaN;
            link.RecheckMeanLimitDb = Passed ? MeanLimitDb : double.NaN;
            link.RecheckPreviousMeanDb = PreviousMeanDb;
            if (!Passed)
            {
                link.RecheckFailed = Failed;
                link.RecheckFailedMeanDb = FailedMeanDb;
            }
        }
    }
}
