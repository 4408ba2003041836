namespace MpoProbe.Report
{
    /// <summary>
    /// Which of two records the probe made first, by its own clock: within one power-up by
    /// <c>t_ms</c> (milliseconds since boot, which never goes back while the probe runs), across
    /// power-ups by <c>utc</c> when both carry it. Within one <c>history</c> dump the probe's store
    /// order (oldest first) decides. Anything else cannot be established, and the report says so
    /// rather than take the file order for the probe's (docs/report.md, "Which inspection is certified").
    /// </summary>
    public static class ProbeClock
    {
        /// <summary>−1 when <paramref name="a"/> came first, 1 when <paramref name="b"/> did, 0 for the same record; null when the order cannot be established.</summary>
        public static int? Compare(RecordContext a, RecordContext b)
        {
            if (a == null || b == null)
            {
                return null;
            }

            if (a.PowerUp != 0 && a.PowerUp == b.PowerUp)
            {
                // One dump is in the store's order; one power-up in t_ms, records of one millisecond as written.
                int byClock = a.Replay ? 0 : a.UptimeMs.CompareTo(b.UptimeMs);
                return byClock != 0 ? byClock : a.Seq.CompareTo(b.Seq);
            }

            if (a.UtcTime.HasValue && b.UtcTime.HasValue && a.UtcTime.Value != b.UtcTime.Value)
            {
                return a.UtcTime.Value.CompareTo(b.UtcTime.Value);
            }

            return null;
        }

        /// <summary>True when <paramref name="a"/> was established to come before <paramref name="b"/>.</summary>
        public static bool Before(RecordContext a, RecordContext b) => Compare(a, b) == -1;

        /// <summary>True when <paramref name="a"/> was established to come after <paramref name="b"/>.</summary>
        public static bool After(RecordContext a, RecordContext b) => Compare(a, b) == 1;

        /// <summary>The probe's order where it is established, else the reading order.</summary>
        public static int Order(RecordContext a, RecordContext b) => Compare(a, b) ?? a.Seq.CompareTo(b.Seq);

        /// <summary>Minutes from <paramref name="earlier"/> to <paramref name="later"/> by the probe's clock, or null when no clock measures it (two power-ups without UTC on both, or clocks that disagree).</summary>
        public static long? MinutesBetween(RecordContext earlier, RecordContext later)
        {
            if (earlier.UtcTime.HasValue && later.UtcTime.HasValue && (earlier.PowerUp != later.PowerUp || earlier.PowerUp == 0))
            {
                double minutes = (later.UtcTime.Value - earlier.UtcTime.Value).TotalMinutes;
                return minutes >= 0 ? (long)minutes : null;
            }

            if (earlier.PowerUp != 0 && earlier.PowerUp == later.PowerUp && !earlier.Replay && later.UptimeMs >= earlier.UptimeMs)
            {
                return (later.UptimeMs - earlier.UptimeMs) / 60000;
            }

            return null;
        }
    }
}
