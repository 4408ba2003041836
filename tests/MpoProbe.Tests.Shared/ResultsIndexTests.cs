using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// The results store's index lost or damaged (docs/results-store.md, "A lost index"): the current
    /// segment is found from the segments, so the next record never rotates onto and deletes the newest ones.
    /// </summary>
    [TestClass]
    public class ResultsIndexTests
    {
        private const int Segments = 4;

        private static string Record(int n, string utc)
        {
            return "{\"v\":1,\"type\":\"inspection\",\"t_ms\":" + n.ToString() + (utc == null ? string.Empty : ",\"utc\":\"" + utc + "\"") + ",\"link\":\"L" + n.ToString() + "\",\"overall\":\"PASS\"}";
        }

        /// <summary>A store of four segments filled with <paramref name="count"/> records, the hour of each record's time rising (null: no times).</summary>
        private static MemoryStorage Filled(int count, bool times)
        {
            MemoryStorage storage = new MemoryStorage();
            ResultsStore store = new ResultsStore(storage, Segments);
            store.Open();
            for (int n = 0; n < count; n++)
            {
                int minutes = 600 + n;
                string utc = "2026-11-20T" + Two(minutes / 60) + ":" + Two(minutes % 60) + ":00Z";
                Check.True(store.Add(Record(n, times ? utc : null)), "record " + n.ToString());
            }

            return storage;
        }

        private static string Two(int n)
        {
            return (n < 10 ? "0" : string.Empty) + n.ToString();
        }

        /// <summary>The segment the intact index names (where the store was writing).</summary>
        private static string Named(MemoryStorage storage)
        {
            string text = storage.Read(ResultsStore.IndexName);
            int n = 0;
            for (int at = text.IndexOf("current=") + 8; at < text.Length && text[at] >= '0' && text[at] <= '9'; at++)
            {
                n = (n * 10) + (text[at] - '0');
            }

            return ResultsStore.SegmentName(n);
        }

        private static int Count(MemoryStorage storage)
        {
            int records;
            ResultsStore store = new ResultsStore(storage, Segments);
            store.Open();
            store.ReadAll(new MemoryLogPort(), out records);
            return records;
        }

        private static int PerSegment()
        {
            return ResultsStore.SegmentChars / ResultsStore.Frame(Record(100, "2026-11-20T10:00:00Z")).Length;
        }

        /// <summary>Opens the store again with <paramref name="indexText"/> as its index (empty: deleted) and adds one record: which segment it went to, and how many records read back.</summary>
        private static ResultsStore Reopened(MemoryStorage storage, string indexText, out int records)
        {
            if (indexText.Length == 0)
            {
                storage.Delete(ResultsStore.IndexName);
            }
            else
            {
                storage.Write(ResultsStore.IndexName, indexText);
            }

            ResultsStore store = new ResultsStore(storage, Segments);
            store.Open();
            Check.True(store.Add(Record(9999, "2026-11-21T08:00:00Z")), "the next record is kept");
            store.ReadAll(new MemoryLogPort(), out records);
            return store;
        }

        [TestMethod]
        public void ALostIndexBeforeTheRingIsFullKeepsEveryResult()
        {
            int count = (PerSegment() * 2) + 3;
            MemoryStorage storage = Filled(count, true);
            Check.True(storage.Read(ResultsStore.SegmentName(2)) != null && storage.Read(ResultsStore.SegmentName(3)) == null, "three segments used");
            string[] damages = new string[] { string.Empty, "current=1\ncrc=00000000\n", "garbage" };
            foreach (string damage in damages)
            {
                int records;
                ResultsStore store = Reopened(storage, damage, out records);
                Check.Equal(ResultsStore.SegmentName(2), store.IndexRebuilt, "the segment before the first gap: " + (damage.Length == 0 ? "index deleted" : damage));
                Check.Equal(ResultsStore.SegmentName(2), Named(storage), "and the index written anew");
                Check.True(records >= count + 1, "no result lost: " + records.ToString() + " of " + (count + 1).ToString());
                count++;
            }
        }

        [TestMethod]
        public void ALostIndexOfAFullRingFollowsTheLatestTimeElseTheShortestSegment()
        {
            int per = PerSegment();
            int count = (per * (Segments + 1)) + (per / 2);
            MemoryStorage storage = Filled(count, true);
            string writing = Named(storage);
            Check.True(writing != ResultsStore.SegmentName(0), "the ring wrapped past segment 0: " + writing);
            int before = Count(storage);
            int records;
            ResultsStore store = Reopened(storage, string.Empty, out records);
            Check.Equal(writing, store.IndexRebuilt, "a full ring: the segment whose last record is the latest");
            Check.Equal(before + 1, records, "every result kept, and the new one");

            MemoryStorage untimed = Filled(count, false);
            string filling = Named(untimed);
            ResultsStore again = Reopened(untimed, "current=x", out records);
            Check.Equal(filling, again.IndexRebuilt, "no times: the segment being filled, every other left full");
        }

        [TestMethod]
        public void AnIndexWhoseChecksumHeldButNamesAnOlderSegmentIsNotFollowed()
        {
            int count = (PerSegment() * 2) + 3;
            MemoryStorage storage = Filled(count, true);
            TextRecord wrong = new TextRecord();
            wrong.Begin();
            wrong.Put("current", 0);
            int records;
            ResultsStore store = Reopened(storage, wrong.Finish(), out records);
            Check.Equal(ResultsStore.SegmentName(2), store.IndexRebuilt, "segment 1 after segment 0 holds later records: the index is wrong");
            Check.Equal(count + 1, records, "no result lost");
        }

        [TestMethod]
        public void AStoreThatNeverLeftItsFirstSegmentNeedsNoIndex()
        {
            MemoryStorage storage = Filled(3, true);
            Check.True(storage.Read(ResultsStore.IndexName) == null, "no index before the first rotation");
            int records;
            ResultsStore store = Reopened(storage, string.Empty, out records);
            Check.True(store.IndexRebuilt == null, "the normal first-segment state is not a rebuilt index");
            Check.Equal(4, records, "every record");
        }

        /// <summary>Writes segment <paramref name="index"/> by hand: <paramref name="records"/> records, the last at <paramref name="utc"/> (null: no times).</summary>
        private static void Segment(MemoryStorage storage, int index, int records, string utc)
        {
            string text = string.Empty;
            for (int n = 0; n < records; n++)
            {
                text += ResultsStore.Frame(Record((index * 100) + n, n == records - 1 ? utc : null));
            }

            storage.Write(ResultsStore.SegmentName(index), text);
        }

        private static string Found(MemoryStorage storage)
        {
            ResultsStore store = new ResultsStore(storage, Segments);
            store.Open();
            return store.IndexRebuilt;
        }

        [TestMethod]
        public void TheRingIsReadFromItsSegments()
        {
            MemoryStorage wrapped = new MemoryStorage();
            Segment(wrapped, 1, 8, null);
            Segment(wrapped, 2, 8, null);
            Segment(wrapped, 3, 8, null);
            Check.Equal(ResultsStore.SegmentName(3), Found(wrapped), "segment 0 missing, the ring's last segment before it is the current one");

            MemoryStorage gap = new MemoryStorage();
            Segment(gap, 0, 8, null);
            Segment(gap, 1, 3, null);
            Segment(gap, 3, 8, null);
            gap.Write(ResultsStore.IndexName, "garbage");
            Check.Equal(ResultsStore.SegmentName(1), Found(gap), "a gap inside a wrapped ring: the segment before it, not the shortest or the first");

            MemoryStorage timed = new MemoryStorage();
            Segment(timed, 0, 2, "2026-11-20T10:05:00Z");
            Segment(timed, 1, 8, "2026-11-20T10:17:00Z");
            Segment(timed, 2, 8, "2026-11-20T10:19:00Z");
            Segment(timed, 3, 8, "2026-11-20T10:09:00Z");
            timed.Write(ResultsStore.IndexName, "garbage");
            Check.Equal(ResultsStore.SegmentName(2), Found(timed), "a full ring with times: the latest record decides, not the shortest segment");

            MemoryStorage untimed = new MemoryStorage();
            Segment(untimed, 0, 8, null);
            Segment(untimed, 1, 8, null);
            Segment(untimed, 2, 3, null);
            Segment(untimed, 3, 8, null);
            untimed.Write(ResultsStore.IndexName, "garbage");
            Check.Equal(ResultsStore.SegmentName(2), Found(untimed), "no times: the segment being filled, the shortest");

            MemoryStorage first = new MemoryStorage();
            Segment(first, 0, 3, null);
            first.Write(ResultsStore.IndexName, "garbage");
            Check.Equal(ResultsStore.SegmentName(0), Found(first), "a damaged index over the first segment alone: segment 0, said");
            Check.True(first.Read(ResultsStore.IndexName).IndexOf("current=0\n") == 0, "and its index written anew");
        }

        [TestMethod]
        public void AnIndexIsCheckedAgainstTheSegmentTheRingWouldReuse()
        {
            TextRecord index = new TextRecord();
            index.Begin();
            index.Put("current", 0);
            string namesZero = index.Finish();

            MemoryStorage untimed = new MemoryStorage();
            Segment(untimed, 0, 8, null);
            Segment(untimed, 1, 3, null);
            untimed.Write(ResultsStore.IndexName, namesZero);
            Check.Equal(ResultsStore.SegmentName(1), Found(untimed), "a ring not yet full whose segment after the named one holds records: wrong, with no times to tell");

            MemoryStorage full = new MemoryStorage();
            Segment(full, 0, 8, "2026-11-20T10:02:00Z");
            Segment(full, 1, 3, "2026-11-20T10:31:00Z");
            Segment(full, 2, 8, "2026-11-20T09:40:00Z");
            Segment(full, 3, 8, "2026-11-20T09:50:00Z");
            full.Write(ResultsStore.IndexName, namesZero);
            Check.Equal(ResultsStore.SegmentName(1), Found(full), "a full ring: the segment after the named one holds a later record");

            MemoryStorage right = new MemoryStorage();
            Segment(right, 0, 3, "2026-11-20T10:31:00Z");
            Segment(right, 1, 8, "2026-11-20T09:40:00Z");
            Segment(right, 2, 8, "2026-11-20T09:50:00Z");
            Segment(right, 3, 8, "2026-11-20T10:02:00Z");
            right.Write(ResultsStore.IndexName, namesZero);
            Check.True(Found(right) == null, "a full ring whose named segment is the latest: the index is followed");
        }
    }
}
