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
    public class PersistenceTests
    {
        private static Reference TakenReference(uint seed)
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo24, seed);
            probe.TakeReference(-18.0);
            return probe.Reference;
        }

        [TestMethod]
        public void ReferenceRoundTripsExactly()
        {
            MemoryStorage storage = new MemoryStorage();
            Reference original = TakenReference(501);
            ReferenceStore store = new ReferenceStore(storage);
            store.Save(original);
            Reference loaded = new Reference();
            Check.True(store.Load(loaded) == LoadStatus.Ok, "loads: " + store.Problem);
            Check.True(loaded.IsValid, "valid after load");
            Check.True(loaded.Checksum == original.Checksum, "same checksum");
            Check.True(loaded.Matches(LayoutId.Mpo24, Wavelength.Nm850), "same layout and wavelength");
            Check.True(loaded.PowerDbm(17) == original.PowerDbm(17), "exact power at 17");
            Check.Contains("p1_dbm=", storage.Read(ReferenceStore.FileName), "readable keys");
            Check.True(!loaded.HasPower(25) && loaded.PowerDbm(25) == 0, "position 25 (none on MPO-24) stays absent, read as 0");
            Check.Contains("p25_dbm=FFF8000000000000 ; n/a", storage.Read(ReferenceStore.FileName), "an absent power is stored as before");
        }

        [TestMethod]
        public void SettingsRoundTrip()
        {
            MemoryStorage storage = new MemoryStorage();
            SettingsStore store = new SettingsStore(storage);
            InspectionSettings saved = new InspectionSettings();
            saved.Layout = MpoLayout.Mpo32;
            saved.Fiber = FiberType.OS2;
            saved.Wavelength = Wavelength.Nm1310;
            saved.Limit = LimitProfile.Budget(2, 0.75, 0.5, 0.4, 1, 0.3);
            saved.GuardBandDb = 0.15;
            saved.ExpectedPolarity = PolarityType.TypeBRowMirror;
            store.Save(saved);
            InspectionSettings loaded = new InspectionSettings();
            Check.True(store.Load(loaded) == LoadStatus.Ok, "loads: " + store.Problem);
            Check.True(loaded.Layout == MpoLayout.Mpo32, "layout");
            Check.True(loaded.Wavelength == Wavelength.Nm1310, "wavelength");
            Check.Equal(saved.Limit.Name, loaded.Limit.Name, "limit name");
            Check.True(loaded.Limit.LimitDb == saved.Limit.LimitDb, "limit exact");
            Check.True(loaded.GuardBandDb == 0.15, "guard band exact");
            Check.True(loaded.ExpectedPolarity == PolarityType.TypeBRowMirror, "polarity");
            saved.Limit = LimitProfile.Elite;
            store.Save(saved);
            store.Load(loaded);
            Check.True(loaded.Limit == LimitProfile.Elite, "Elite comes back as the Elite profile");
        }

        [TestMethod]
        public void MissingFilesAreReportedAndNothingPasses()
        {
            MemoryStorage storage = new MemoryStorage();
            Reference reference = new Reference();
            ReferenceStore store = new ReferenceStore(storage);
            Check.True(store.Load(reference) == LoadStatus.Missing, "no file");
            Check.False(reference.IsValid, "no reference");
            Check.Contains("set one", store.Problem, "says what to do");
            InspectionSettings settings = new InspectionSettings();
            Check.True(new SettingsStore(storage).Load(settings) == LoadStatus.Missing, "no settings");
            Check.True(settings.Layout == MpoLayout.Mpo12, "defaults kept");
        }

        /// <summary>The file's own checksum line recomputed after a change: damage the file's CRC does not see.</summary>
        private static string Resealed(string text)
        {
            string body = text.Substring(0, text.LastIndexOf("crc="));
            Crc32 crc = new Crc32();
            crc.Reset();
            for (int i = 0; i < body.Length; i++)
            {
                crc.AddByte((byte)body[i]);
            }

            return body + "crc=" + crc.Value.ToString("X8") + "\n";
        }

        [TestMethod]
        public void AForcedReferencesWeakPositionsAreUnderItsOwnChecksum()
        {
            MemoryStorage storage = new MemoryStorage();
            ReferenceStore store = new ReferenceStore(storage);
            Reference forced = TakenReference(505);
            uint plain = forced.Checksum;
            forced.MarkForced(0x4);
            Check.True(forced.Checksum != plain && forced.IsValid, "the weak positions re-seal the checksum");
            store.Save(forced);
            string text = storage.Read(ReferenceStore.FileName);
            Reference loaded = TakenReference(506);
            Check.True(store.Load(loaded) == LoadStatus.Ok && loaded.WeakMask == 0x4u, "saved and loaded with its weak positions");
            Check.True(Resealed(text) == text, "the test reseals as the store does");
            int at = text.IndexOf("weak=");
            int end = text.IndexOf('\n', at);
            storage.Poke(ReferenceStore.FileName, Resealed(text.Substring(0, at) + text.Substring(end + 1)));
            Check.True(store.Load(loaded) == LoadStatus.Corrupted, "the weak line gone under a recomputed file checksum: the reference's own checksum refuses it");
            Check.False(loaded.IsValid, "no reference: no PASS where REF WEAK stood");

            at = text.IndexOf("version=2");
            storage.Poke(ReferenceStore.FileName, Resealed(text.Substring(0, at) + "version=1" + text.Substring(at + 9)));
            Check.True(store.Load(loaded) == LoadStatus.Corrupted, "a version 1 file is not read");
            Check.Contains("older firmware", store.Problem, "and the reason says so");
        }

        [TestMethod]
        public void CorruptedReferenceIsRefusedAndCleared()
        {
            MemoryStorage storage = new MemoryStorage();
            ReferenceStore store = new ReferenceStore(storage);
            store.Save(TakenReference(502));
            string text = storage.Read(ReferenceStore.FileName);
            int at = text.IndexOf("p5_dbm=") + 7;
            string flipped = text.Substring(0, at) + (text[at] == 'C' ? "D" : "C") + text.Substring(at + 1);
            storage.Poke(ReferenceStore.FileName, flipped);
            Reference reference = TakenReference(503);
            Check.True(store.Load(reference) == LoadStatus.Corrupted, "one changed digit");
            Check.False(reference.IsValid, "reference cleared");
            Check.Contains("checksum", store.Problem, "says why");

            storage.Poke(ReferenceStore.FileName, text.Substring(0, text.Length / 2));
            Check.True(store.Load(reference) == LoadStatus.Corrupted, "cut in half");
            Check.Contains("no checksum line", store.Problem, "says why");
        }

        [TestMethod]
        public void CorruptedSettingsFallBackToDefaultsNamingTheField()
        {
            MemoryStorage storage = new MemoryStorage();
            TextRecord record = new TextRecord();
            record.Begin();
            record.Put("version", 1);
            record.Put("layout", 13);
            record.Put("wavelength", 850);
            record.Put("limit_name", "Standard");
            record.Put("limit_db", 0.75);
            record.Put("guard_db", 0.1);
            record.Put("polarity", 1);
            record.Put("fiber", 1);
            storage.Poke(SettingsStore.FileName, record.Finish());
            InspectionSettings settings = new InspectionSettings();
            SettingsStore store = new SettingsStore(storage);
            Check.True(store.Load(settings) == LoadStatus.Corrupted, "layout 13 is no layout");
            Check.Contains("layout", store.Problem, "names the field");
            Check.True(settings.Layout == MpoLayout.Mpo12, "defaults kept");
        }

        [TestMethod]
        public void PowerLossMidSaveKeepsThePreviousReference()
        {
            MemoryStorage storage = new MemoryStorage();
            ReferenceStore store = new ReferenceStore(storage);
            Reference first = TakenReference(504);
            store.Save(first);
            storage.FailWriteAfterChars = 300;
            Check.Throws(typeof(System.IO.IOException), () => store.Save(TakenReference(505)), "power lost mid-write");
            Reference loaded = new Reference();
            Check.True(store.Load(loaded) == LoadStatus.Ok, "the previous file is intact: " + store.Problem);
            Check.True(loaded.Checksum == first.Checksum, "it is the first reference");

            storage.FailNextReplace = true;
            Check.Throws(typeof(System.IO.IOException), () => store.Save(TakenReference(506)), "rename fails");
            Check.True(store.Load(loaded) == LoadStatus.Ok && loaded.Checksum == first.Checksum, "still the first reference");
        }
    }
}
