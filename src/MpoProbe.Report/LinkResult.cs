using System;
using System.Collections.Generic;
using System.Linq;

namespace MpoProbe.Report
{
    /// <summary>
    /// Everything the certificate says about one link, gathered across every log read: its last
    /// inspection (the result certified) with the settings, reference and probe identity in force,
    /// its polarity, and its recent clean cycles. Memory is bounded per link, not per log.
    /// </summary>
    public sealed partial class LinkResult
    {
        /// <summary>Clean cycles kept per link (the most recent).</summary>
        public const int MaxCleans = 8;

        private readonly Queue<CleanRecord> _cleans = new Queue<CleanRecord>();

        /// <summary>A result for link <paramref name="label"/> ("(no label)" for none).</summary>
        public LinkResult(string label)
        {
            Label = label;
        }

        /// <summary>The link label.</summary>
        public string Label { get; }

        /// <summary>Inspections of this link in all logs.</summary>
        public int InspectionCount { get; set; }

        /// <summary>The first inspection's context (time, place).</summary>
        public RecordContext First { get; set; }

        /// <summary>The last inspection: the one certified.</summary>
        public InspectionRecord Last { get; set; }

        /// <summary>Connector diagnosis of the last inspection (advice sentences).</summary>
        public string[] Diagnosis { get; set; } = System.Array.Empty<string>();

        /// <summary>The link's latest polarity scan, or null.</summary>
        public PolarityRecord Polarity { get; set; }

        /// <summary>Expected polarity in force at the last inspection, or null.</summary>
        public string ExpectedPolarity { get; set; }

        /// <summary>The probe that made the last inspection.</summary>
        public ProbeIdentity Probe { get; set; }

        /// <summary>The reference in force at the last inspection, or null.</summary>
        public ReferenceInfo Reference { get; set; }

        /// <summary>The verification of that reference (<c>reference_check</c>) in words, or null when none was made.</summary>
        public string ReferenceCheck { get; set; }

        /// <summary>Why the job's reference re-check after the last inspection failed, or null (none failed).</summary>
        public string RecheckFailed { get; set; }

        /// <summary>True when the last inspection was held for a clean and the re-inspection after the clean was refused (<c>clean_took_nothing_off</c>).</summary>
        public bool CleanTookNothingOff { get; set; }

        /// <summary>
        /// The connector's mean change (dB, re-check − reference) a passed re-check after the last
        /// inspection found, or NaN (none passed since, or the log predates <c>mean_change_db</c>).
        /// </summary>
        public double RecheckMeanDb { get; set; } = double.NaN;

        /// <summary>The mean change of a re-check after the last inspection that failed on its mean alone (every position within its own limit), dB, or NaN.</summary>
        public double RecheckFailedMeanDb { get; set; } = double.NaN;

        /// <summary>True when a re-check passed after the last inspection (with or without <see cref="RecheckMeanDb"/>).</summary>
        public bool RecheckPassed { get; set; }

        /// <summary>The largest mean change that passed re-check allowed (<c>mean_limit_db</c>), dB, or NaN.</summary>
        public double RecheckMeanLimitDb { get; set; } = double.NaN;

        /// <summary>The mean change the re-check before that one found for the same reference, dB (0: none; the reference itself).</summary>
        public double RecheckPreviousMeanDb { get; set; }

        /// <summary>True when any clean cycle of the link escalated.</summary>
        public bool Escalated { get; set; }

        /// <summary>Clean cycles of the link seen in total.</summary>
        public int CleanCount { get; private set; }

        /// <summary>The most recent clean cycles (at most <see cref="MaxCleans"/>), oldest first.</summary>
        public IEnumerable<CleanRecord> Cleans => _cleans;

        /// <summary>Adds a clean cycle.</summary>
        public void AddClean(CleanRecord clean)
        {
            CleanCount++;
            Escalated |= clean.Escalate;
            _cleans.Enqueue(clean);
            if (_cleans.Count > MaxCleans)
            {
                _cleans.Dequeue();
            }
        }

        /// <summary>
        /// The certificate's verdict for the link: loss AND polarity. A polarity FAIL (crossed or
        /// missing fibers, wrong type) fails the link whatever its loss; PASS*/FAIL* stay marked;
        /// anything that is not a measured pass (NO_LIGHT, NO_REFERENCE, v1 MARGINAL, …) is reported
        /// as it is, never as PASS; and the link is never certified better than its worst fiber's
        /// verdict in the fiber table (a record whose overall verdict disagrees with its positions).
        /// </summary>
        public string Verdict => NoBetterThanFibers(RecordVerdict);

        /// <summary>The worst verdict of the fiber table's rows when it is worse than <paramref name="verdict"/> in the probe's ranking (a row the ranking does not know beats a pass), else <paramref name="verdict"/>.</summary>
        private string NoBetterThanFibers(string verdict)
        {
            int rank = Array.IndexOf(Rank, verdict);
            if (rank < 0)
            {
                return verdict;
            }

            string worst = verdict;
            foreach (FiberRow row in FiberTable.Rows(this))
            {
                int rowRank = Array.IndexOf(Rank, row.Verdict);
                if (rowRank < 0 ? IsPass(worst) : rowRank > rank)
                {
                    worst = row.Verdict;
                    rank = rowRank < 0 ? int.MaxValue : rowRank;
                }
            }

            return worst;
        }

        /// <summary>The verdict the record's overall and loss verdicts, polarity and the job's re-check give, before the fibers are checked.</summary>
        private string RecordVerdict
        {
            get
            {
                if (LaterUnreadable != null)
                {
                    return Unreadable;
                }

                if (OrderDisputed)
                {
                    return OrderUnknown;
                }

                if (Polarity != null && Polarity.Verdict == "FAIL")
                {
                    return "FAIL";
                }

                // The record's overall verdict already includes polarity; the loss verdict can
                // only make it worse (a record whose parts disagree is never certified as a pass).
                string overall = Last.Overall;
                string loss = Last.LossOverall;
                string certified = CertifiedLoss();
                if (certified != (loss ?? overall))
                {
                    // The loss verdict the re-check's mean left; the overall follows it unless polarity set it.
                    overall = loss == null || overall == loss ? certified : overall;
                    loss = certified;
                }

                if (IsPass(overall) && Last.ReReference)
                {
                    return "NO_REFERENCE";
                }

                // A failed re-check marks a loss verdict either way: a moved reference can make a loss
                // read high as well as low. A polarity failure does not depend on the reference's level.
                bool lossJudged = IsPass(overall) || loss == "FAIL" || loss == "FAIL*" || (loss == null && (overall == "FAIL" || overall == "FAIL*"));
                if (RecheckFailed != null && lossJudged && !(Polarity != null && Polarity.Verdict == "FAIL") && !FailStandsRecheck())
                {
                    return "RECHECK_FAILED";
                }

                if (IsPass(overall) && loss != null && !IsPass(loss))
                {
                    return loss;
                }

                return overall == "PASS" && loss == "PASS*" ? "PASS*" : overall;
            }
        }

        /// <summary>True when the certificate verdict is a plain PASS.</summary>
        public bool Passed => Verdict == "PASS";

        /// <summary>True when the certificate verdict is PASS*: below the limit, but within the probe's uncertainty of it.</summary>
        public bool PassedWithinUncertainty => Verdict == "PASS*";

        /// <summary>
        /// A position's verdict on the certificate: as logged, or starred where a passed re-check
        /// after the inspection found a change its margin does not cover — the Core's rule
        /// <c>RecheckMean.Certified</c> for the log's strings (docs/uncertainty.md, "A passed
        /// re-check's mean on the certificate"). The change at the inspection lay between the
        /// previous re-check's mean and this one's; with it measured, the band gives up the drift
        /// rectangle it allowed (<c>drift_bound_db</c>, none taken out in logs without it): k = 2 on
        /// what is left of <c>u_db</c>, at least <c>guard_db</c>. A brighter end may hide a loss, so a
        /// PASS stays bare only where loss + it is within the limit less that band; a dimmer end may
        /// add loss, so a FAIL stays bare only where loss + it is still above the limit plus the band.
        /// </summary>
        public string PositionVerdict(PositionResult p)
        {
            return Judged(p, RecheckMeanDb);
        }

        /// <summary>The rule of <see cref="PositionVerdict"/> for a re-check's mean change <paramref name="m"/> (the logged verdict when any figure is missing).</summary>
        private string Judged(PositionResult p, double m)
        {
            if (double.IsNaN(m) || double.IsNaN(p.LossDb) || double.IsNaN(p.UncertaintyDb))
            {
                return p.Verdict;
            }

            double band = NormalBand(p);
            double brighter = Math.Max(RecheckPreviousMeanDb, m);
            double dimmer = Math.Min(RecheckPreviousMeanDb, m);
            if (p.Verdict == "PASS" && brighter > 0 && p.LossDb + brighter > Last.LimitDb - band)
            {
                return "PASS*";
            }

            return p.Verdict == "FAIL" && dimmer < 0 && p.LossDb + dimmer <= Last.LimitDb + band ? "FAIL*" : p.Verdict;
        }

        /// <summary>
        /// A bare FAIL that a re-check failed on its mean alone cannot have made: the change lay
        /// between the previous re-check's mean and this one's, and a fiber fails even at the
        /// dimmer end — the rule <see cref="PositionVerdict"/> applies to a passed re-check's FAILs.
        /// A re-check that failed on a position says nothing of the others: nothing stands then.
        /// </summary>
        private bool FailStandsRecheck()
        {
            // A FAIL stands only where it was judged and kept: a fiber whose figures are missing proves nothing.
            return !double.IsNaN(RecheckFailedMeanDb) && Last.Positions.Any(p => p.Verdict == "FAIL" && !double.IsNaN(p.LossDb) && !double.IsNaN(p.UncertaintyDb)
                && Judged(p, RecheckFailedMeanDb) == "FAIL");
        }

        /// <summary>The band of a position with the drift rectangle it allowed taken out: k = 2 on the rest of <c>u_db</c>, at least <c>guard_db</c>.</summary>
        private double NormalBand(PositionResult p)
        {
            double allowance = double.IsNaN(Last.DriftBoundDb) ? 0 : Last.DriftBoundDb;
            double normal2 = (p.UncertaintyDb * p.UncertaintyDb) - (allowance * allowance / 3.0);
            return Math.Max(double.IsNaN(Last.GuardDb) ? 0 : Last.GuardDb, 2.0 * Math.Sqrt(Math.Max(0, normal2)));
        }

        /// <summary>True when a passed re-check's mean starred a position of the last inspection.</summary>
        public bool StarredByRecheck => Last.Positions.Any(p => PositionVerdict(p) != p.Verdict);

        /// <summary>The loss verdict on the certificate: as logged, or the worst of <see cref="PositionVerdict"/> when the re-check's mean starred a position (the probe's ranking of verdicts).</summary>
        private string CertifiedLoss()
        {
            // Only a PASS (a fiber became PASS*) or a FAIL (its FAILs became FAIL*) can move.
            string logged = Last.LossOverall ?? Last.Overall;
            if (logged != "PASS" && logged != "FAIL")
            {
                return logged;
            }

            bool starred = false;
            bool unknown = false;
            int worst = 0;
            foreach (PositionResult p in Last.Positions)
            {
                string v = PositionVerdict(p);
                int rank = Array.IndexOf(Rank, v);
                starred |= v != p.Verdict;
                unknown |= rank < 0;
                worst = Math.Max(worst, rank);
            }

            // A verdict the ranking does not know: a starred PASS is still PASS*, a FAIL stays.
            return !starred ? logged : !unknown ? Rank[worst] : logged == "PASS" ? "PASS*" : logged;
        }

        /// <summary>Verdicts from best to worst, as the probe ranks them for the overall verdict.</summary>
        private static readonly string[] Rank = { "UNUSED", "PASS", "PASS*", "FAIL*", "REF_WEAK", "NO_REFERENCE", "UNSTABLE", "OVER_RANGE", "UNEXPECTED_LIGHT", "NO_LIGHT", "FAIL" };

        private static bool IsPass(string verdict) => verdict == "PASS" || verdict == "PASS*";
    }
}
