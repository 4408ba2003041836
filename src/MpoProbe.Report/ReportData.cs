using System;
using System.Collections.Generic;

namespace MpoProbe.Report
{
    /// <summary>A log line the report could not use, and why.</summary>
    public sealed record SkippedLine(string Source, long Line, string Reason)
    {
        /// <summary>"file:line: reason".</summary>
        public override string ToString() => Source + ":" + Line + ": " + Reason;
    }

    /// <summary>An error or warning record the probe wrote.</summary>
    public sealed record ProbeWarning(string Where, string Code, string Message)
    {
        /// <summary>When and for which link it was written.</summary>
        public RecordContext Context { get; init; }
    }

    /// <summary>What the logs hold: one result per link (in order of first appearance), warnings, and the lines skipped.</summary>
    public sealed class ReportData
    {
        /// <summary>Skipped lines listed one by one; beyond this only their count and reasons' tally are kept.</summary>
        public const int MaxListedSkips = 10_000;

        /// <summary>Probe warnings listed; beyond this only counted.</summary>
        public const int MaxListedWarnings = 500;

        private readonly Dictionary<string, LinkResult> _links = new Dictionary<string, LinkResult>();

        /// <summary>What the reader keeps across logs to order records by the probe's clock.</summary>
        internal ReadState State { get; } = new ReadState();

        /// <summary>Links in order of their first inspection.</summary>
        public List<LinkResult> Links { get; } = new List<LinkResult>();

        /// <summary>When the report was made (UTC): the certificate's report date.</summary>
        public DateTime MadeUtc { get; set; } = DateTime.UtcNow;

        /// <summary>The first <see cref="MaxListedSkips"/> skipped lines.</summary>
        public List<SkippedLine> Skipped { get; } = new List<SkippedLine>();

        /// <summary>All lines skipped (may exceed the list).</summary>
        public long SkippedCount { get; set; }

        /// <summary>The first <see cref="MaxListedWarnings"/> error/warning records.</summary>
        public List<ProbeWarning> Warnings { get; } = new List<ProbeWarning>();

        /// <summary>All error/warning records.</summary>
        public long WarningCount { get; set; }

        /// <summary>Error/warning records kept per link label (the latest read), for the link's certificate.</summary>
        public const int MaxWarningsPerLink = 50;

        private readonly Dictionary<string, Queue<ProbeWarning>> _linkWarnings = new Dictionary<string, Queue<ProbeWarning>>();

        /// <summary>Keeps an error or fault record of link <paramref name="label"/> (at most <see cref="MaxWarningsPerLink"/> per link, the latest read).</summary>
        public void AddLinkWarning(string label, ProbeWarning warning)
        {
            if (!_linkWarnings.TryGetValue(label, out Queue<ProbeWarning> kept))
            {
                kept = new Queue<ProbeWarning>();
                _linkWarnings.Add(label, kept);
            }

            kept.Enqueue(warning);
            if (kept.Count > MaxWarningsPerLink)
            {
                kept.Dequeue();
            }
        }

        /// <summary>
        /// The faults and errors carrying <paramref name="link"/>'s label that the probe wrote after its
        /// certified inspection, by its clock (or whose order against it cannot be established), in reading order.
        /// </summary>
        public List<ProbeWarning> WarningsAfter(LinkResult link)
        {
            if (!_linkWarnings.TryGetValue(link.Label, out Queue<ProbeWarning> kept))
            {
                return new List<ProbeWarning>();
            }

            return new List<ProbeWarning>(System.Linq.Enumerable.Where(kept, w => ProbeClock.After(w.Context, link.Last.Context) || ProbeClock.Compare(w.Context, link.Last.Context) == null));
        }

        /// <summary>Non-empty lines read.</summary>
        public long LinesRead { get; set; }

        /// <summary>Inspection records used.</summary>
        public long InspectionCount { get; set; }

        /// <summary>The logs read, in order.</summary>
        public List<string> Sources { get; } = new List<string>();

        /// <summary>The result for <paramref name="label"/>, created on first use.</summary>
        public LinkResult Link(string label)
        {
            if (!_links.TryGetValue(label, out LinkResult link))
            {
                link = new LinkResult(label);
                _links.Add(label, link);
                Links.Add(link);
            }

            return link;
        }

        /// <summary>The result for <paramref name="label"/>, or null when it has no inspection.</summary>
        public LinkResult Find(string label) => _links.TryGetValue(label, out LinkResult link) ? link : null;

        /// <summary>Adds a skipped line.</summary>
        public void Skip(string source, long line, string reason)
        {
            SkippedCount++;
            if (Skipped.Count < MaxListedSkips)
            {
                Skipped.Add(new SkippedLine(source, line, reason));
            }
        }

        /// <summary>Links that passed outright (PASS).</summary>
        public int PassedLinks => Links.FindAll(l => l.Passed).Count;

        /// <summary>Links that passed within the probe's uncertainty of the limit (PASS*).</summary>
        public int PassedWithinUncertaintyLinks => Links.FindAll(l => l.PassedWithinUncertainty).Count;

        /// <summary>Links that did not pass (neither PASS nor PASS*).</summary>
        public int NotPassedLinks => Links.Count - PassedLinks - PassedWithinUncertaintyLinks;

        /// <summary>Links escalated after failed cleans.</summary>
        public int EscalatedLinks => Links.FindAll(l => l.Escalated).Count;
    }
}
