using System;
using System.Collections.Generic;

namespace MpoProbe.Report
{
    /// <summary>
    /// Everything the certificate says about one link, gathered across every log read: its last
    /// inspection (the result certified) with the settings, reference and probe identity in force,
    /// its polarity, and its recent clean cycles. Memory is bounded per link, not per log.
    /// </summary>
    public sealed class LinkResult
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

        /// <summary>
        /// The connector's mean change (dB, re-check − reference) a passed re-check after the last
        /// inspection found, or NaN (none passed since, or the log predates <c>mean_change_db</c>).
        /// </summary>
        public double RecheckMeanDb { get; set; } = double.NaN;

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
        /// missing fibers, wrong type) fails the link whatever its loss; PASS*/FAIL* (inside the
        /// instrument's uncertainty of the limit) stay marked; anything that is not a measured
        /// pass (NO_LIGHT, NO_REFERENCE, v1 MARGINAL, …) is reported as it is, never as PASS.
        /// </summary>
        public string Verdict
        {
            get
            {
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

                if (IsPass(overall) && RecheckFailed != null)
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

        /// <summary>Why the link failed or is marked, in one sentence (empty for a plain PASS).</summary>
        public string Reason
        {
            get
            {
                var reasons = new List<string>();
                string loss = CertifiedLoss();
                if (loss != "PASS")
                {
                    reasons.Add("loss " + loss + (Last.WorstPos > 0 ? " (worst position " + Last.WorstPos + ", " + Certificate.Db(Last.WorstLossDb) + " dB)" : string.Empty));
                }

                if (Polarity != null && Polarity.Verdict == "FAIL")
                {
                    reasons.Add("polarity FAIL: " + Polarity.Summary);
                }

                if (RecheckFailed != null)
                {
                    reasons.Add(RecheckFailed);
                }

                if (loss != (Last.LossOverall ?? Last.Overall))
                {
                    reasons.Add("the reference re-check after this inspection passed, but the reference cord's mean moved " + Certificate.Db(RecheckMeanDb)
                        + " dB: a verdict whose margin does not cover that is starred");
                }

                return string.Join("; ", reasons);
            }
        }

        /// <summary>
        /// A position's verdict on the certificate: as logged, or starred where a passed re-check
        /// after the inspection found the connector's mean moved by more than the position's margin
        /// covers (the probe's own rule, <c>RecheckMean.Certified</c>; docs/uncertainty.md, "Plain
        /// source"): a brighter change may hide a loss, so a PASS stays bare only where loss + change
        /// is still within the limit less the band; a dimmer one may add loss, so a FAIL stays bare
        /// only where loss + change is still above the limit plus the band.
        /// </summary>
        public string PositionVerdict(PositionResult p)
        {
            double m = RecheckMeanDb;
            if (double.IsNaN(m) || double.IsNaN(p.LossDb) || double.IsNaN(p.BandDb))
            {
                return p.Verdict;
            }

            if (p.Verdict == "PASS")
            {
                return p.LossDb + Math.Max(0, m) > Last.LimitDb - p.BandDb ? "PASS*" : "PASS";
            }

            if (p.Verdict == "FAIL")
            {
                return p.LossDb + Math.Min(0, m) > Last.LimitDb + p.BandDb ? "FAIL" : "FAIL*";
            }

            return p.Verdict;
        }

        /// <summary>The loss verdict on the certificate: as logged, or the worst of <see cref="PositionVerdict"/> when the re-check's mean starred a position (the probe's ranking of verdicts).</summary>
        private string CertifiedLoss()
        {
            string logged = Last.LossOverall ?? Last.Overall;
            bool changed = false;
            int worst = 0;
            foreach (PositionResult p in Last.Positions)
            {
                string v = PositionVerdict(p);
                changed |= v != p.Verdict;
                worst = Math.Max(worst, Array.IndexOf(Rank, v));
            }

            // Only a PASS (a position became PASS*) or a FAIL (its FAILs became FAIL*) can move.
            return changed && (logged == "PASS" || logged == "FAIL") ? Rank[worst] : logged;
        }

        /// <summary>Verdicts from best to worst, as the probe ranks them for the overall verdict.</summary>
        private static readonly string[] Rank = { "UNUSED", "PASS", "PASS*", "FAIL*", "REF_WEAK", "NO_REFERENCE", "UNSTABLE", "OVER_RANGE", "UNEXPECTED_LIGHT", "NO_LIGHT", "FAIL" };

        private static bool IsPass(string verdict) => verdict == "PASS" || verdict == "PASS*";
    }
}
