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
                string utc = Utc(minutes);
                Check.True(store.Add(Record(n, times ? utc : null)), "record " + n.ToString());
            }

            return storage;
        }

        /// <summary>A record time on 2026-11-20, <paramref name="minutes"/> past midnight.</summary>
        private static string Utc(int minutes)
        {
            return "2026-11-20T" + Two(minutes / 60) + ":" + Two(minutes % 60) + ":00Z";
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

        /// <summary>
        /// A ring of four segments written by hand: segment i holds <paramref name="records"/>[i] records
        /// (0: missing), the last at <paramref name="minutes"/>[i] minutes past midnight (−1: no times);
        /// <paramref name="index"/> as its index file (null: none).
        /// </summary>
        private static MemoryStorage Ring(string index, int[] records, int[] minutes)
        {
            MemoryStorage storage = new MemoryStorage();
            for (int i = 0; i < Segments; i++)
            {
                string text = string.Empty;
                for (int n = 0; n < records[i]; n++)
                {
                    string utc = n == records[i] - 1 && minutes[i] >= 0 ? Utc(minutes[i]) : null;
                    text += ResultsStore.Frame(Record((i * 100) + n, utc));
                }

                if (records[i] > 0)
                {
                    storage.Write(ResultsStore.SegmentName(i), text);
                }
            }

            if (index != null)
            {
                storage.Write(ResultsStore.IndexName, index);
            }

            return storage;
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
            int[] none = new int[] { -1, -1, -1, -1 };
            Check.Equal(ResultsStore.SegmentName(3), Found(Ring(null, new int[] { 0, 8, 8, 8 }, none)), "segment 0 missing, the ring's last segment before it is the current one");
            Check.Equal(ResultsStore.SegmentName(1), Found(Ring("garbage", new int[] { 8, 3, 0, 8 }, none)), "a gap inside a wrapped ring: the segment before it, not the shortest or the first");
            Check.Equal(ResultsStore.SegmentName(2), Found(Ring("garbage", new int[] { 2, 8, 8, 8 }, new int[] { 605, 617, 619, 609 })),
                "a full ring with times: the latest record decides, not the shortest segment");
            Check.Equal(ResultsStore.SegmentName(2), Found(Ring("garbage", new int[] { 8, 8, 3, 8 }, none)), "no times: the segment being filled, the shortest");
            MemoryStorage first = Ring("garbage", new int[] { 3, 0, 0, 0 }, none);
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
            Check.Equal(ResultsStore.SegmentName(1), Found(Ring(namesZero, new int[] { 8, 3, 0, 0 }, new int[] { -1, -1, -1, -1 })),
                "a ring not yet full whose segment after the named one holds records: wrong, with no times to tell");
            Check.Equal(ResultsStore.SegmentName(1), Found(Ring(namesZero, new int[] { 8, 3, 8, 8 }, new int[] { 602, 631, 580, 590 })),
                "a full ring: the segment after the named one holds a later record");
            Check.True(Found(Ring(namesZero, new int[] { 3, 8, 8, 8 }, new int[] { 631, 580, 590, 602 })) == null, "a full ring whose named segment is the latest: the index is followed");
        }
    }
}
