using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Tests
{
    /// <summary>
    /// The healthy session of <see cref="StoredFileFuzzTests"/> (its stored files, and what a probe
    /// booted on them loads and judges) and the oracles a probe booted on damaged copies must meet.
    /// </summary>
    internal sealed class StoredFileSession
    {
        private const uint Seed = 4701;
        private static readonly string[] Names =
        {
            CalibrationStore.FileName, SettingsStore.FileName, JobInfo.FileName, ReferenceStore.FileName,
            WearCounters.FileName, WearCounters.MatingFileName, ResultsStore.IndexName, ResultsStore.SegmentName(0), ResultsStore.SegmentName(1),
        };

        private static StoredFileSession _shared;
        private readonly Snap _healthy;
        private readonly HashSet<string> _records;

        private StoredFileSession()
        {
            var hw = new SimulatedHardware(Seed);
            ProbeWorkflow flow = WorkflowFixture.BootWithClock(hw, out ProbeCore core);
            WorkflowFixture.Run(hw, flow, -20, 0, CommandAction.Reference);
            foreach (string line in new[] { "set guard 0.15", "set link connectors 2 length_m 100", "link ROW-7", "job FUZZ-12", "operator ann" })
            {
                flow.Command(core.Commands.Processor.Execute(line));
            }

            for (int i = 0; i < 3; i++)
            {
                WorkflowFixture.Run(hw, flow, -20, 0.2, CommandAction.Inspect);
            }

            WorkflowFixture.Run(hw, flow, -20, 0, CommandAction.VerifyReference);
            for (int i = 0; i < 40 && hw.Files.Read(ResultsStore.IndexName) == null; i++)
            {
                // Until the results ring has moved on to its second segment.
                WorkflowFixture.Run(hw, flow, -20, 0.2, CommandAction.Inspect);
            }

            Files = Names.Where(n => hw.Files.Read(n) != null).ToDictionary(n => n, n => hw.Files.Read(n));
            Assert.AreEqual(Names.Length, Files.Count, "the session wrote every file: " + string.Join(",", Files.Keys));
            _records = new HashSet<string>(Stored(hw.Files));
            _healthy = Boot(Files);
            Assert.IsNull(_healthy.Threw, _healthy.Threw);
            Assert.IsTrue(_healthy.ReferenceValid && _healthy.Pass == 0xFFF, "healthy copies: reference loaded, 12 bare PASSes\n" + _healthy.Log);
            Assert.IsFalse(_healthy.Log.Contains("\"level\":\"warning\""), "healthy copies: no warning\n" + _healthy.Log);
        }

        /// <summary>One session for every file's test.</summary>
        public static StoredFileSession Shared => _shared ?? (_shared = new StoredFileSession());

        /// <summary>The stored files of the healthy session.</summary>
        public Dictionary<string, string> Files { get; }

        /// <summary>Boots on <paramref name="files"/> in which <paramref name="name"/> was damaged; null when every oracle holds, else what failed.</summary>
        public string Judge(Dictionary<string, string> files, string name, bool sealedDamage)
        {
            Snap s = Boot(files);
            Snap h = _healthy;
            if (s.Threw != null)
            {
                return "threw " + s.Threw;
            }

            if (s.ReferenceValid && s.Reference != h.Reference)
            {
                return "a reference other than the one taken is in use:\n" + s.Reference + "\nwas\n" + h.Reference;
            }

            if (s.ReferenceValid && s.Gains != h.Gains)
            {
                return "the calibration changed and the reference taken with the old one is still in use";
            }

            if (!s.ReferenceValid && (s.Pass != 0 || !Named(s, "reference_corrupted", "reference_missing", "reference_calibration_changed")))
            {
                return "reference lost: " + (s.Pass != 0 ? "yet PASS" : "no record names it") + "\n" + s.Log;
            }

            if (!s.Log.Contains("\"type\":\"settings\"") || (s.Inspected && !s.ReadBack.Contains(s.LastInspection)))
            {
                return "no status answer, or the new inspection was not kept\n" + s.Log;
            }

            string altered = s.ReadBack.FirstOrDefault(r => !_records.Contains(r) && !s.Log.Contains(r));
            if (altered != null)
            {
                return "a stored result that was never written is read back: " + altered;
            }

            if (!name.StartsWith("results") || name == ResultsStore.IndexName)
            {
                string lost = _records.FirstOrDefault(r => !s.ReadBack.Contains(r));
                if (lost != null)
                {
                    return "a stored result was lost: " + lost.Substring(0, Math.Min(120, lost.Length));
                }
            }

            bool deleted = !files.ContainsKey(name) || files[name] == null;
            bool silentWhenMissing = name == WearCounters.FileName || name == WearCounters.MatingFileName || name == JobInfo.FileName;
            if (sealedDamage || (deleted && silentWhenMissing))
            {
                // A damage the file checksum cannot see loads whatever valid values it holds (the
                // reference's own checksum and calibration binding are checked above).
                return s.InDomain ? null : "a value outside what the probe accepts was loaded: " + s.Settings + " / " + s.Wear + " / " + s.Mating;
            }

            switch (name)
            {
                case CalibrationStore.FileName:
                    return (s.Calibration == h.Calibration && s.Gains == h.Gains) || Named(s, "calibration_corrupted", "calibration_missing") ? null : "calibration changed silently";
                case SettingsStore.FileName:
                    return s.Settings == h.Settings || Named(s, "settings_defaults") ? null : "settings changed silently: " + s.Settings + " was " + h.Settings;
                case WearCounters.FileName:
                case WearCounters.MatingFileName:
                    return (s.Wear == h.Wear && s.Mating == h.Mating) || Named(s, "wear_reset") ? null : "wear or mating changed silently: " + s.Wear + " " + s.Mating + " was " + h.Wear + " " + h.Mating;
                case JobInfo.FileName:
                    return s.Job == h.Job || s.Log.Contains(JobInfo.FileName) ? null : "job data changed silently: '" + s.Job + "' was '" + h.Job + "'";
                default:
                    return null;
            }
        }

        private static bool Named(Snap s, params string[] codes) => codes.Any(c => s.Log.Contains("\"" + c + "\""));

        private static IEnumerable<string> Stored(IStorage storage)
        {
            var results = new ResultsStore(storage);
            results.Open();
            var sink = new MemoryLogPort();
            results.ReadAll(sink, out int count);
            return Enumerable.Range(0, sink.Count).Select(sink.LineAt).ToList();
        }

        private static Snap Boot(Dictionary<string, string> files)
        {
            var hw = new SimulatedHardware(Seed);
            hw.Files.Delete(CalibrationStore.FileName);
            foreach (KeyValuePair<string, string> file in files.Where(f => f.Value != null))
            {
                hw.Files.Poke(file.Key, file.Value);
            }

            var s = new Snap();
            try
            {
                ProbeWorkflow flow = WorkflowFixture.BootWithClock(hw, out ProbeCore core);
                s.Read(core);
                WorkflowFixture.Run(hw, flow, -20, 0.2, CommandAction.Inspect);
                s.Pass = core.Inspector.Result.MaskOf(Verdict.Pass);
                flow.Command(CommandAction.Status);
                s.Log = string.Join("\n", Enumerable.Range(0, hw.Serial.Count).Select(hw.Serial.LineAt));
                s.LastInspection = Enumerable.Range(0, hw.Serial.Count).Select(hw.Serial.LineAt).LastOrDefault(l => l.Contains("\"type\":\"inspection\""));
                s.Inspected = s.LastInspection != null;
                s.ReadBack = Stored(hw.Files).ToList();
            }
            catch (Exception e)
            {
                s.Threw = e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace;
            }

            return s;
        }

        /// <summary>What a probe loaded at boot, and how its inspection went.</summary>
        private sealed class Snap
        {
            public string Threw, Reference, Calibration, Gains, Settings, Wear, Mating, Job, Log = string.Empty, LastInspection;
            public bool ReferenceValid, InDomain, Inspected;
            public uint Pass;
            public List<string> ReadBack = new List<string>();

            public void Read(ProbeCore core)
            {
                Reference r = core.Reference;
                ReferenceValid = r.IsValid;
                Reference = string.Join(" ", new object[] { r.Layout, r.Wavelength, r.CapturedUptimeMs, r.CapturedUtcTicks, r.Checksum.ToString("X8"), r.WeakMask, r.HasMonitor, Bits(r.MonitorDb), r.Signature.CalibrationCrc.ToString("X8"), r.Signature.HeadSerial }
                    .Concat(Enumerable.Range(1, MpoLayout.MaxPositions).Select(p => (r.HasPower(p) ? "+" : "-") + Bits(r.PowerDbm(p)) + "/" + Bits(r.UncertaintyDb(p)) + "/" + r.Range(p))));
                CalibrationInfo c = core.Calibration;
                Calibration = string.Join(" ", c.ProbeSerial, c.Date, c.Wavelength, c.Fixture, c.Traceability);

                // The numbers a measurement uses: calibrated or not, ratio uncertainty, residuals, gains.
                Gains = string.Join(" ", new object[] { c.IsCalibrated, core.Gain.IsCalibrated, Bits(c.RatioUncertaintyDb), Bits(core.Gain.RatioUncertaintyDb) }
                    .Concat(Enumerable.Range(0, FrontEndDesign.RangeCount).Select(k => Bits(c.ResidualDb(k))))
                    .Concat(Enumerable.Range(0, MpoLayout.MaxPositions * FrontEndDesign.RangeCount).Select(k => Bits(core.Gain.Get(k / FrontEndDesign.RangeCount, k % FrontEndDesign.RangeCount)))));
                InspectionSettings st = core.Settings;
                Settings = string.Join(" ", st.Layout.Id, st.Wavelength, st.Fiber, st.Limit.Name, Bits(st.Limit.LimitDb), Bits(st.GuardBandDb), st.ExpectedPolarity, st.LinkLabel, st.RecheckEvery, st.RecheckMinutes);
                WearCounters w = core.Wear;
                Wear = string.Join(" ", w.PortMatings, w.CordMatings, w.SinceCheck, w.CheckedUtcMinutes);
                MatingRepeatability m = core.Inspector.Budget.Mating;
                Mating = string.Join(" ", m.Remates, Bits(m.CommonVarianceDb2), m.CommonDegrees, Bits(m.OwnVarianceDb2), m.OwnDegrees);
                LinkBudget b = core.Job.Budget;
                Job = string.Join("|", Enumerable.Range(0, JobInfo.Fields.Length).Select(core.Job.Get)) + "|" + string.Join(" ", b.IsSet, b.Connectors, b.Splices, b.LengthM, b.OutsidePlant, b.Iso);
                InDomain = st.Limit.LimitDb >= 0.05 && st.Limit.LimitDb <= 20 && st.GuardBandDb >= 0 && st.GuardBandDb <= 1 && w.PortMatings >= 0 && w.CordMatings >= 0
                    && m.CommonVarianceDb2 >= 0 && m.OwnVarianceDb2 >= 0 && !double.IsInfinity(m.EstimateDb) && !double.IsNaN(m.EstimateDb);
            }

            private static string Bits(double value) => BitConverter.DoubleToInt64Bits(value).ToString("X16");
        }
    }
}
