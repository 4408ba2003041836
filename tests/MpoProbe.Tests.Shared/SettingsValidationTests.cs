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
    /// <summary>Stored settings pass the same checks as <c>set</c>; labels round-trip exactly; the checksum covers every byte.</summary>
    [TestClass]
    public class SettingsValidationTests
    {
        private static LoadStatus LoadWith(string key, string value, InspectionSettings settings, out string problem)
        {
            TextRecord record = new TextRecord();
            record.Begin();
            record.Put("version", 1);
            Put(record, key, "layout", value, "12");
            Put(record, key, "wavelength", value, "850");
            record.Put("limit_name", key == "limit_name" ? value : "Standard");
            PutBits(record, key, "limit_db", value, 0.75);
            PutBits(record, key, "guard_db", value, 0.1);
            Put(record, key, "polarity", value, "1");
            Put(record, key, "fiber", value, "1");
            record.Put("link", key == "link" ? value : string.Empty);
            if (key == "recheck_every" || key == "recheck_minutes")
            {
                record.Put(key, value);
            }

            MemoryStorage storage = new MemoryStorage();
            storage.Poke(SettingsStore.FileName, record.Finish());
            SettingsStore store = new SettingsStore(storage);
            LoadStatus status = store.Load(settings);
            problem = store.Problem;
            return status;
        }

        private static void Put(TextRecord record, string key, string name, string value, string normal)
        {
            record.Put(name, key == name ? value : normal);
        }

        /// <summary>A double field: the bits <paramref name="value"/> gives (as a long) when it is the field under test, else <paramref name="normal"/>.</summary>
        private static void PutBits(TextRecord record, string key, string name, string value, double normal)
        {
            long bits = 0;
            bool tested = key == name && long.TryParse(value, out bits);
            record.Put(name, tested ? BitConverter.Int64BitsToDouble(bits) : normal);
        }

        private static void Refused(string key, string value, string named)
        {
            InspectionSettings settings = new InspectionSettings();
            string problem;
            Check.True(LoadWith(key, value, settings, out problem) == LoadStatus.Corrupted, key + "=" + value + " refused");
            Check.Contains(named, problem, key + "=" + value + " named");
        }

        [TestMethod]
        public void NotFiniteStoredNumberIsRefusedNamingTheField()
        {
            InspectionSettings settings = new InspectionSettings();
            string problem;
            Check.True(LoadWith("guard_db", "9218868437227405312", settings, out problem) == LoadStatus.Corrupted, "an infinite guard band (7FF0000000000000) is refused");
            Check.Contains("guard_db", problem, "names the field");
            Check.Contains("not a finite number", problem, "says why");
            Check.True(settings.GuardBandDb == 0.10, "default guard band kept");
        }

        [TestMethod]
        public void CorruptFieldsAreRefusedAndDefaulted()
        {
            Refused("layout", "4294967308", "layout");
            Refused("layout", "13", "layout 13");
            Refused("fiber", "7", "fiber");
            Refused("polarity", "4", "polarity 4 is not defined for MPO-12");
            Refused("limit_db", "1", "limit_db 0.000 is outside 0.05..20.00");
            Refused("limit_db", "4636737291354636288", "limit_db 100.000 is outside");
            Refused("limit_name", "Elite", "limit Elite stored with 0.75 dB");
            Refused("link", "TAB\there", "link label");
            Refused("link", "THIS LABEL IS LONGER THAN 24", "link label");

            InspectionSettings settings = new InspectionSettings();
            string problem;
            LoadWith("layout", "4294967308", settings, out problem);
            Check.True(settings.Layout == MpoLayout.Mpo12, "wrapped layout: MPO-12 by default, not by wrapping");
            Check.True(settings.Limit == LimitProfile.Standard, "the other fields still load");
        }

        [TestMethod]
        public void RecheckCountsAreSavedAndAnOlderFileKeepsTheDefaults()
        {
            MemoryStorage storage = new MemoryStorage();
            SettingsStore store = new SettingsStore(storage);
            InspectionSettings saved = new InspectionSettings();
            saved.RecheckEvery = 7;
            saved.RecheckMinutes = 0;
            store.Save(saved);
            InspectionSettings loaded = new InspectionSettings();
            Check.True(store.Load(loaded) == LoadStatus.Ok, "loads: " + store.Problem);
            Check.True(loaded.RecheckEvery == 7 && loaded.RecheckMinutes == 0, "both re-check counts survive a restart");

            InspectionSettings older = new InspectionSettings();
            older.RecheckEvery = 3;
            string problem;
            Check.True(LoadWith("layout", "12", older, out problem) == LoadStatus.Ok, "a file without the re-check fields loads: " + problem);
            Check.True(older.RecheckEvery == InspectionSettings.DefaultRecheckEvery && older.RecheckMinutes == InspectionSettings.DefaultRecheckMinutes, "and takes the default counts");

            Refused("recheck_every", "1001", "recheck_every");
            Refused("recheck_minutes", "-1", "recheck_minutes");
            InspectionSettings bad = new InspectionSettings();
            LoadWith("recheck_every", "5000", bad, out problem);
            Check.True(bad.RecheckEvery == InspectionSettings.DefaultRecheckEvery, "a refused count takes its default, not the stored value");
        }

        [TestMethod]
        public void FiberAndWavelengthMustAgreeAsForSet()
        {
            InspectionSettings settings = new InspectionSettings();
            TextRecord record = new TextRecord();
            record.Begin();
            record.Put("version", 1);
            record.Put("layout", 12);
            record.Put("wavelength", 850);
            record.Put("limit_name", "Standard");
            record.Put("limit_db", 0.75);
            record.Put("guard_db", 0.1);
            record.Put("polarity", 1);
            record.Put("fiber", 3);
            record.Put("link", string.Empty);
            MemoryStorage storage = new MemoryStorage();
            storage.Poke(SettingsStore.FileName, record.Finish());
            SettingsStore store = new SettingsStore(storage);
            Check.True(store.Load(settings) == LoadStatus.Corrupted, "850 nm on OS2 refused");
            Check.Contains("850 nm is not a test wavelength of OS2", store.Problem, "named");
            Check.True(settings.Wavelength == Wavelength.Nm1310, "OS2's first wavelength instead");
            CommandProcessor p = new CommandProcessor(settings, new ProbeLog(new MemoryLogPort()), "0");
            Check.True(p.Execute("set wavelength 850") == CommandAction.None, "set refuses the same");
        }

        [TestMethod]
        public void LabelsRoundTripExactly()
        {
            string[] labels = { "JOB ;42", "a=b ;c ; d", "~!@#$%^&*()_+{}|:\"<>?", "WWWWWWWWWWWWWWWWWWWWWWWW", "x ;" };
            for (int i = 0; i < labels.Length; i++)
            {
                MemoryStorage storage = new MemoryStorage();
                SettingsStore store = new SettingsStore(storage);
                InspectionSettings saved = new InspectionSettings();
                saved.LinkLabel = labels[i];
                store.Save(saved);
                InspectionSettings loaded = new InspectionSettings();
                Check.True(store.Load(loaded) == LoadStatus.Ok, labels[i] + " loads: " + store.Problem);
                Check.Equal(labels[i], loaded.LinkLabel, "label round trip");
            }
        }

        [TestMethod]
        public void ChecksumCoversEveryByte()
        {
            TextRecord record = new TextRecord();
            record.Begin();
            record.Put("link", "JOB A");
            string text = record.Finish();
            Check.True(record.Parse(text), "intact record parses");
            int at = text.IndexOf("JOB A");
            string altered = text.Substring(0, at) + "JOB \u0141" + text.Substring(at + 5);
            Check.False(record.Parse(altered), "a character with the same low byte but another high byte is caught");
            Check.Contains("checksum", record.Error, "as a checksum mismatch");
        }
    }
}
