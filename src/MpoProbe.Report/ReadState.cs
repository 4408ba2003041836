using System.Collections.Generic;

namespace MpoProbe.Report
{
    /// <summary>
    /// What the reader keeps across every log it reads, besides one result per link: the reading
    /// order and power-up counters (<see cref="ProbeClock"/>), the job re-checks and stored references
    /// read (few per job), so a re-check read before an inspection it followed still judges it, and
    /// the inspections that could not be read for links not yet seen.
    /// </summary>
    internal sealed class ReadState
    {
        /// <summary>Re-checks and references kept for ordering; beyond this the oldest read are dropped.</summary>
        public const int MaxKept = 10_000;

        private long _seq;
        private long _segments;

        /// <summary>Every re-check read (at most <see cref="MaxKept"/>), in reading order.</summary>
        public List<RecheckEvent> Rechecks { get; } = new List<RecheckEvent>();

        /// <summary>Every stored reference read (accepted or forced) with the serial of its probe (at most <see cref="MaxKept"/>).</summary>
        public List<KeyValuePair<RecordContext, string>> References { get; } = new List<KeyValuePair<RecordContext, string>>();

        /// <summary>Unreadable inspections of links with no inspection read yet, by link label.</summary>
        public Dictionary<string, UnreadableInspection> PendingUnreadable { get; } = new Dictionary<string, UnreadableInspection>();

        private readonly HashSet<string> _live = new HashSet<string>(System.StringComparer.Ordinal);
        private readonly HashSet<string> _replayed = new HashSet<string>(System.StringComparer.Ordinal);

        /// <summary>
        /// True when an inspection with <paramref name="key"/> (<see cref="CopyKey"/>) was read before as a
        /// live record and this one is replayed, or the other way round, or replayed twice (two dumps): one
        /// inspection, counted once. Two live records are two inspections, whatever they hold.
        /// </summary>
        public bool SeenBefore(string key, bool replay)
        {
            bool copy = _replayed.Contains(key) || (replay && _live.Contains(key));
            (replay ? _replayed : _live).Add(key);
            return copy;
        }

        /// <summary>What makes an inspection the same one when the probe sends it again: link, time (utc, t_ms), worst position and loss, overall verdict, layout.</summary>
        public static string CopyKey(string label, InspectionRecord r) =>
            label + "\n" + r.Context.Utc + "\n" + FieldReader.Text(r.Context.UptimeMs) + "\n" + FieldReader.Text(r.WorstPos) + "\n"
                + r.WorstLossDb.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "\n" + r.Overall + "\n" + r.Layout;

        /// <summary>The next record's reading number.</summary>
        public long NextSeq() => ++_seq;

        /// <summary>A new power-up (or dump) number, never 0.</summary>
        public long NewSegment() => ++_segments;

        /// <summary>Keeps <paramref name="item"/> in <paramref name="list"/>, dropping the oldest beyond <see cref="MaxKept"/>.</summary>
        public static void Keep<T>(List<T> list, T item)
        {
            if (list.Count >= MaxKept)
            {
                list.RemoveAt(0);
            }

            list.Add(item);
        }
    }

    /// <summary>An inspection line that could not be read: where, when (as far as the line still says), and why.</summary>
    public sealed class UnreadableInspection
    {
        /// <summary>Where and when (the fields recovered from the damaged line; <c>PowerUp</c> 0 when its power-up is unknown).</summary>
        public RecordContext Context { get; init; }

        /// <summary>Why the line was skipped.</summary>
        public string Why { get; init; }
    }

    /// <summary>Another inspection of a link that cannot be ordered against the certified one by the probe's clock.</summary>
    public sealed class UnorderedInspection
    {
        /// <summary>Where and when it was made.</summary>
        public RecordContext Context { get; init; }

        /// <summary>Its overall verdict as logged.</summary>
        public string Overall { get; init; }
    }
}
