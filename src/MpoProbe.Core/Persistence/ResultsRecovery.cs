namespace MpoProbe.Core
{
    /// <summary>
    /// Finds the results store's current segment when <c>results.idx</c> is missing or damaged,
    /// from the segments themselves (docs/results-store.md, "A lost index"). Without it the store
    /// fell back to segment 0, and the first record after boot rotated the ring and deleted the
    /// newest segment.
    /// </summary>
    internal static class ResultsRecovery
    {
        private static readonly string UtcKey = "\"utc\":\"";
        private static readonly string IndexTemp = "results.tmp";
        private static readonly string IndexFile = ResultsStore.IndexName;

        /// <summary>Replaces the index with one naming <paramref name="segment"/> (written whole to a temporary file first).</summary>
        public static void WriteIndex(IStorage storage, TextRecord index, int segment)
        {
            index.Begin();
            index.Put(ResultsStore.CurrentKey, segment);
            storage.Write(IndexTemp, index.Finish());
            storage.Replace(IndexTemp, IndexFile);
        }

        /// <summary>Writes the index found again; a flash that cannot write now leaves it to be found at the next boot.</summary>
        public static void Keep(IStorage storage, TextRecord index, int segment)
        {
            try
            {
                WriteIndex(storage, index, segment);
            }
            catch (System.Exception)
            {
                // Found again at the next boot.
            }
        }

        /// <summary>
        /// The current segment of a ring of <paramref name="segmentCount"/> over
        /// <paramref name="storage"/>; <paramref name="indexDamaged"/> when an index file was there
        /// but unreadable. <paramref name="rebuilt"/> is false only for a store whose first
        /// segment was never left (no index is written before the first rotation): segment 0.
        /// Otherwise the segment before the first gap in the ring (a ring not yet full, or a cut
        /// while a segment was being reused); a full ring's segment whose last record has the
        /// latest <c>utc</c>; and, with no times, the segment holding the fewest characters (the
        /// one being filled: every other was left full).
        /// </summary>
        public static int Current(IStorage storage, int segmentCount, bool indexDamaged, out bool rebuilt)
        {
            rebuilt = false;
            if (!indexDamaged && Empty(storage.Read(ResultsStore.SegmentName(1))))
            {
                return 0;
            }

            rebuilt = true;
            int beforeGap = -1;
            int latestAt = -1;
            string latest = null;
            int fewestAt = 0;
            int fewest = int.MaxValue;
            bool previousPresent = !Empty(storage.Read(ResultsStore.SegmentName(segmentCount - 1)));
            for (int i = 0; i < segmentCount; i++)
            {
                string text = storage.Read(ResultsStore.SegmentName(i));
                bool present = !Empty(text);
                if (!present && previousPresent && beforeGap < 0)
                {
                    beforeGap = (i + segmentCount - 1) % segmentCount;
                }

                previousPresent = present;
                if (!present)
                {
                    continue;
                }

                string utc = LastUtc(text);
                if (utc != null && (latest == null || Later(utc, latest)))
                {
                    latest = utc;
                    latestAt = i;
                }

                if (text.Length < fewest)
                {
                    fewest = text.Length;
                    fewestAt = i;
                }
            }

            return beforeGap >= 0 ? beforeGap : latestAt >= 0 ? latestAt : fewestAt;
        }

        /// <summary>
        /// True when an index whose checksum held names a segment the ring cannot be writing: its
        /// successor, which the ring would reuse next, holds records while the ring is not yet full
        /// (the last segment never written: the current one is the last before the first gap), or
        /// holds a later record than the named one (both with times). Followed, such an index
        /// would delete the newest results. <paramref name="mine"/> is the named segment's text (null: none).
        /// </summary>
        public static bool Contradicted(IStorage storage, int current, string mine, int segmentCount)
        {
            string next = storage.Read(ResultsStore.SegmentName((current + 1) % segmentCount));
            if (Empty(next))
            {
                return false;
            }

            if (current != segmentCount - 1 && Empty(storage.Read(ResultsStore.SegmentName(segmentCount - 1))))
            {
                return true;
            }

            string mineUtc = Empty(mine) ? null : LastUtc(mine);
            string nextUtc = LastUtc(next);
            return mineUtc != null && nextUtc != null && Later(nextUtc, mineUtc);
        }

        private static bool Empty(string text)
        {
            return text == null || text.Length == 0;
        }

        /// <summary>The last <c>utc</c> value a segment's records carry (ISO 8601, as the probe writes it), or null.</summary>
        private static string LastUtc(string text)
        {
            int at = text.LastIndexOf(UtcKey);
            if (at < 0)
            {
                return null;
            }

            int from = at + UtcKey.Length;
            int end = text.IndexOf('"', from);
            return end > from ? text.Substring(from, end - from) : null;
        }

        /// <summary>True when ISO 8601 time <paramref name="a"/> is later than <paramref name="b"/> (the same fixed format: compared character by character).</summary>
        private static bool Later(string a, string b)
        {
            int n = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < n; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i] > b[i];
                }
            }

            return a.Length > b.Length;
        }
    }
}
