using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Review 2026-12-05 of the results ring (ResultsStore, ResultsRecovery): a write that fails
    /// inside a rotation, and an index that is right but overruled by a clock that was once set
    /// wrong. Each test states the rule the certificate relies on: a record the store said it kept
    /// reads back, and the segment a rotation drops is the oldest.
    /// </summary>
    [TestClass]
    public class ResultsRingReviewTests
    {
        private const int Segments = 4;

        private static string Record(int n, string utc)
        {
            return "{\"v\":2,\"type\":\"inspection\",\"t_ms\":" + n.ToString() + (utc == null ? string.Empty : ",\"utc\":\"" + utc + "\"") + ",\"link\":\"L" + n.ToString() + "\",\"overall\":\"PASS\"}";
        }

        private static string Settings(int n)
        {
            return "{\"v\":2,\"type\":\"settings\",\"t_ms\":" + n.ToString() + ",\"layout\":\"MPO-12\",\"expected_polarity\":\"Type B\",\"probe_serial\":\"MP-0042\"}";
        }

        private static int PerSegment()
        {
            return ResultsStore.SegmentChars / ResultsStore.Frame(Record(1000, "2026-11-20T10:00:00Z")).Length;
        }

        private static MemoryLogPort ReadBack(IStorage storage, out int records, out int damaged)
        {
            ResultsStore store = new ResultsStore(storage, Segments);
            store.Open();
            MemoryLogPort port = new MemoryLogPort();
            damaged = store.ReadAll(port, out records);
            return port;
        }

        private static bool Holds(MemoryLogPort port, string line)
        {
            for (int i = 0; i < port.Count; i++)
            {
                if (port.LineAt(i) == line)
                {
                    return true;
                }
            }

            return false;
        }

        [TestMethod]
        public void ARotationWhoseSettingsCopyFailsNeverSwallowsTheNextRecord()
        {
            // The flash refuses part of the settings copy a new segment starts with (a write error,
            // not a power cut: the probe runs on). The record that caused the rotation is reported
            // as not kept; the next one is reported as kept and must read back.
            CutSettingsStorage storage = new CutSettingsStorage();
            ResultsStore store = new ResultsStore(storage, Segments);
            store.Open();
            Assert.IsTrue(store.AddSettings(Settings(1)), "settings kept");
            int n = 0;
            while (storage.Read(ResultsStore.SegmentName(1)) == null && n < 1000)
            {
                storage.ArmCutOfSettingsCopy = true;
                store.Add(Record(n, "2026-11-20T10:00:00Z"));
                n++;
            }

            Assert.IsTrue(storage.Cuts == 1, "the settings copy of the rotation was cut once");
            Assert.IsTrue(store.Add(Record(5000, "2026-11-20T11:00:00Z")), "the next record is reported as kept");
            int records, damaged;
            MemoryLogPort port = ReadBack(storage, out records, out damaged);
            Assert.IsTrue(Holds(port, Record(5000, "2026-11-20T11:00:00Z")),
                "a record the store reported as kept reads back (it was appended to the torn settings copy without a newline: "
                + damaged + " damaged lines)");
        }

        [TestMethod]
        [Ignore("open defect, docs/faults.md \"Results, clock and history\": an intact index overruled by a clock once set ahead")]
        public void AClockOnceSetAheadDoesNotMakeLaterBootsDropNewerResults()
        {
            // Segment 0's records carry a time a year ahead (`time 2027-…` sent by mistake, then
            // corrected); segments 1, 2, 3 follow at 11:00, 12:00, 13:00. The ring is full, the
            // intact index names segment 3, and segment 0 is the oldest: the next rotation drops it.
            int per = PerSegment();
            MemoryStorage storage = new MemoryStorage();
            ResultsStore store = new ResultsStore(storage, Segments);
            store.Open();
            for (int s = 0; s < Segments; s++)
            {
                for (int k = 0; k < per; k++)
                {
                    string utc = s == 0 ? "2027-11-20T10:00:00Z" : "2026-11-21T" + (10 + s).ToString() + ":00:00Z";
                    Assert.IsTrue(store.Add(Record(1000 + (s * per) + k, utc)), "segment " + s + " record " + k);
                }
            }

            Assert.IsTrue(storage.Read(ResultsStore.SegmentName(Segments - 1)) != null && storage.Read(ResultsStore.IndexName).StartsWith("current=3\n"), "ring full, index on segment 3");

            // A restart, then one more segment of results.
            ResultsStore rebooted = new ResultsStore(storage, Segments);
            rebooted.Open();
            string rebuilt = rebooted.IndexRebuilt;
            for (int k = 0; k < per; k++)
            {
                Assert.IsTrue(rebooted.Add(Record(5000 + k, "2026-11-21T20:00:00Z")), "after the restart " + k);
            }

            int records, damaged;
            MemoryLogPort port = ReadBack(storage, out records, out damaged);
            Assert.IsTrue(Holds(port, Record(1000 + per, "2026-11-21T11:00:00Z")),
                "the 11:00 segment is kept and the older wrong-clock segment dropped first (the intact index was overruled: rebuilt to " + (rebuilt ?? "nothing") + ")");
            Assert.AreEqual(Record(1000 + per, "2026-11-21T11:00:00Z"), port.LineAt(0), "oldest first");
        }

        /// <summary>MemoryStorage that cuts the settings copy a rotation appends, when armed: half of it is stored and the append throws.</summary>
        private sealed class CutSettingsStorage : IStorage
        {
            private readonly MemoryStorage _inner = new MemoryStorage();

            public bool ArmCutOfSettingsCopy { get; set; }

            public int Cuts { get; private set; }

            public string Read(string name) => _inner.Read(name);

            public void Write(string name, string text) => _inner.Write(name, text);

            public void Replace(string from, string to) => _inner.Replace(from, to);

            public void Append(string name, string text)
            {
                bool settingsCopy = ArmCutOfSettingsCopy && _inner.Read(name) == null && text.IndexOf("\"type\":\"settings\"") >= 0;
                ArmCutOfSettingsCopy = false;
                if (settingsCopy)
                {
                    Cuts++;
                    _inner.Append(name, text.Substring(0, text.Length / 2));
                    throw new System.IO.IOException("write error appending to " + name);
                }

                _inner.Append(name, text);
            }

            public void Append(string name, byte[] data, int offset, int count) => Append(name, AsciiText.From(data, offset, count));

            public void Delete(string name) => _inner.Delete(name);
        }
    }
}
