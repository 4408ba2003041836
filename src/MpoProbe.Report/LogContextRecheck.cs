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
        /// </summary>
        private string Recheck(FieldReader f, RecordContext context)
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
            bool replayed = context.Replay;
            _sinceCheck.RemoveAll(link => (replayed || link.Last.Context.Replay) && context.Job != null && link.Last.Context.Job != null && link.Last.Context.Job != context.Job);

            // A passed one hands its mean and the previous re-check's (the interval's two ends) to the links it covers.
            foreach (LinkResult link in _sinceCheck)
            {
                link.RecheckPassed = passed;
                link.RecheckMeanDb = passed ? mean : double.NaN;
                link.RecheckMeanLimitDb = passed ? meanLimit : double.NaN;
                link.RecheckPreviousMeanDb = _lastMeanDb;
            }

            // The next interval starts where this check found the source: its mean, passed or failed on
            // the mean (a reboot may reload the dropped reference); a position that failed leaves the last known.
            _lastMeanDb = double.IsNaN(mean) || (!passed && !(Math.Abs(mean) > meanLimit)) ? _lastMeanDb : mean;

            if (!passed)
            {
                // A failed mean (every position within its limit) names the mean; otherwise the moved position.
                string moved = Math.Abs(mean) > meanLimit ? "reference cord's mean moved " + Certificate.SignedDb(mean) + " dB, limit " + Certificate.Db(meanLimit)
                    : double.IsNaN(change) && worst > 0 ? "no light from the reference cord at position " + worst
                    : "reference cord moved " + Certificate.Db(change) + " dB" + (worst > 0 ? " at position " + worst : string.Empty);
                string why = "reference re-check after this inspection failed (" + moved + "): re-inspect after a new reference";
                bool onMean = Math.Abs(mean) > meanLimit && meanLimit > 0;
                foreach (LinkResult link in _sinceCheck)
                {
                    link.RecheckFailed = why;
                    link.RecheckFailedMeanDb = onMean ? mean : double.NaN;
                }
            }

            _sinceCheck.Clear();
            return null;
        }

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
}
