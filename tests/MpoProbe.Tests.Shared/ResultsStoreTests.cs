using System;
using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    [TestClass]
    public class ResultsStoreTests
    {
#if NANOFRAMEWORK_1_0
        private const int CutStep = 37;
#else
        private const int CutStep = 1;
#endif

        private static string Record(int n)
        {
            return "{\"v\":1,\"type\":\"inspection\",\"t_ms\":" + n.ToString() + ",\"utc\":\"2026-11-20T09:30:00Z\",\"link\":\"L" + n.ToString() + "\",\"overall\":\"PASS\",\"note\":\"fibers 21\\u219422\"}";
        }

        private static MemoryLogPort ReadBack(MemoryStorage storage, out int records, out int damaged)
        {
            return ReadBack(storage, ResultsStore.SegmentsFor8MbFlash, out records, out damaged);
        }

        private static MemoryLogPort ReadBack(MemoryStorage storage, int segments, out int records, out int damaged)
        {
            ResultsStore store = new ResultsStore(storage, segments);
            store.Open();
            MemoryLogPort port = new MemoryLogPort();
            damaged = store.ReadAll(port, out records);
            return port;
        }

        [TestMethod]
        public void PowerCutAtEveryCharacterOfAWriteLosesOnlyThatRecord()
        {
            string torn = Record(4);
            int frameLength = ResultsStore.Frame(torn).Length;
            for (int cut = 0; cut < frameLength; cut += CutStep)
            {
                MemoryStorage storage = new MemoryStorage();
                ResultsStore store = new ResultsStore(storage);
                store.Open();
                for (int n = 1; n <= 3; n++)
                {
                    Check.True(store.Add(Record(n)), "record " + n.ToString());
                }

                storage.FailWriteAfterChars = cut;
                Check.False(store.Add(torn), "write cut after " + cut.ToString() + " characters reports failure");

                // Cut just before the newline: the record itself is whole and reads back.
                int kept = cut >= frameLength - 1 ? 4 : 3;
                int records, damaged;
                MemoryLogPort port = ReadBack(storage, out records, out damaged);
                Check.Equal(kept, records, "older records intact after a cut at " + cut.ToString());
                Check.Equal(Record(3), port.LineAt(2), "third record unchanged after a cut at " + cut.ToString());
                Check.True(damaged <= 1, "at most the torn record is damaged");

                ResultsStore rebooted = new ResultsStore(storage);
                rebooted.Open();
                Check.True(rebooted.Add(Record(5)), "the next record after the reboot is kept");
                port = ReadBack(storage, out records, out damaged);
                Check.Equal(kept + 1, records, "the old records and the new one after a cut at " + cut.ToString());
                Check.Equal(Record(5), port.LineAt(kept), "the new record is whole");
            }
        }

        [TestMethod]
        public void FullRingDropsTheOldestSegmentAndKeepsOrder()
        {
            // The 8 MB module's 128 segments on the host; on a device the ring that fits its RAM
            // (128 segments of 12 kB held in memory, plus every record read back, exhaust the heap).
            int segments = TestSize.Pick(ResultsStore.SegmentsFor8MbFlash, 4);
            MemoryStorage storage = new MemoryStorage();
            ResultsStore store = new ResultsStore(storage, segments);
            store.Open();
            int perSegment = ResultsStore.SegmentChars / ResultsStore.Frame(Record(1000)).Length;
            int total = (perSegment * store.SegmentCount) + (perSegment * 2);
            for (int n = 1000; n < 1000 + total; n++)
            {
                Check.True(store.Add(Record(n)), "record " + n.ToString());
            }

            int records, damaged;
            MemoryLogPort port = ReadBack(storage, segments, out records, out damaged);
            Check.Equal(0, damaged, "nothing damaged");
            Check.True(records < total && records >= perSegment * (store.SegmentCount - 1), "bounded: " + records.ToString() + " of " + total.ToString());
            Check.Equal(Record(1000 + total - 1), port.LineAt(records - 1), "newest last");
            Check.Equal(Record(1000 + total - records), port.LineAt(0), "oldest kept first, contiguous");
        }

        [TestMethod]
        public void EightMegabyteBudgetKeepsAThousandMpo12InspectionsWithJobData()
        {
            // An MPO-12 inspection record as the log writes it, with clock and job data: 1 281
            // characters measured from the simulator's log plus the common fields.
            string padding = new string('x', 1400 - Record(0).Length);
            MemoryStorage storage = new MemoryStorage();
            ResultsStore store = new ResultsStore(storage, ResultsStore.SegmentsFor8MbFlash);
            store.Open();
#if NANOFRAMEWORK_1_0
            int count = 100;
#else
            int count = 1000;
#endif
            for (int n = 1; n <= count; n++)
            {
                Check.True(store.Add(Record(n) + padding), "record " + n.ToString());
            }

            int records, damaged;
            damaged = store.ReadAll(new MemoryLogPort(), out records);
            Check.Equal(count, records, "all kept within " + (store.BudgetChars / 1024).ToString() + " kB");
        }

        [TestMethod]
        public void SettingsAreKeptWhenTheyChangeAndStartEverySegment()
        {
            MemoryStorage storage = new MemoryStorage();
            ResultsStore store = new ResultsStore(storage, 2);
            store.Open();
            string settings = "{\"v\":1,\"type\":\"settings\",\"t_ms\":1,\"layout\":\"MPO-12\",\"expected_polarity\":\"Type B\"}";
            store.AddSettings(settings);
            store.AddSettings("{\"v\":1,\"type\":\"settings\",\"t_ms\":2,\"layout\":\"MPO-12\",\"expected_polarity\":\"Type B\"}");
            int records, damaged;
            store.ReadAll(new MemoryLogPort(), out records);
            Check.Equal(1, records, "an unchanged settings record (status) is not kept again");
            int perSegment = ResultsStore.SegmentChars / ResultsStore.Frame(Record(1000)).Length;
            for (int n = 1000; n < 1000 + (perSegment * 3); n++)
            {
                store.Add(Record(n));
            }

            MemoryLogPort port = new MemoryLogPort();
            damaged = store.ReadAll(port, out records);
            Check.Equal(settings, port.LineAt(0), "the oldest segment kept still starts with the settings in force");
        }

        [TestMethod]
        public void DamagedFrameIsSkippedAndCounted()
        {
            MemoryStorage storage = new MemoryStorage();
            ResultsStore store = new ResultsStore(storage);
            store.Open();
            store.Add(Record(1));
            store.Add(Record(2));
            string text = storage.Read(ResultsStore.SegmentName(0));
            int at = text.IndexOf("\"L1\"");
            storage.Poke(ResultsStore.SegmentName(0), text.Substring(0, at) + "\"X1\"" + text.Substring(at + 4));
            int records, damaged;
            MemoryLogPort port = ReadBack(storage, out records, out damaged);
            Check.Equal(1, records, "the intact record");
            Check.Equal(1, damaged, "the altered one fails its CRC");
            Check.Equal(Record(2), port.LineAt(0), "record 2");
        }
    }
}
