using System;
using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    [TestClass]
    public class FieldHabitTests
    {
        [TestMethod]
        public void LinkLabelKeepsItsCaseAndIsCarriedInEveryRecord()
        {
            InspectionSettings s = new InspectionSettings();
            MemoryLogPort port = new MemoryLogPort();
            ProbeLog log = new ProbeLog(port);
            CommandProcessor p = new CommandProcessor(s, log, "0.2.0");
            Check.True(p.Execute("link Trunk A3 / port 7") == CommandAction.SettingsChanged, "set");
            Check.Equal("Trunk A3 / port 7", s.LinkLabel, "label kept as typed");
            log.Error("x", "y");
            Check.Contains("\"link\":\"Trunk A3 / port 7\"", port.Last, "carried in a record");
            p.Execute("link 0123456789012345678901234567");
            Check.Contains("at most 24 characters", port.Last, "too long");
            Check.Equal("Trunk A3 / port 7", s.LinkLabel, "unchanged");
            p.Execute("link");
            Check.True(s.LinkLabel == null, "cleared");
        }

        [TestMethod]
        public void FiberProfileSetsWavelengthAndLimitAndGuardsWavelengths()
        {
            InspectionSettings s = new InspectionSettings();
            s.Limit = LimitProfile.Elite;
            MemoryLogPort port = new MemoryLogPort();
            CommandProcessor p = new CommandProcessor(s, new ProbeLog(port), "0.2.0");
            p.Execute("set fiber os2");
            Check.True(s.Fiber == FiberType.OS2 && s.Wavelength == Wavelength.Nm1310, "OS2 → 1310 nm");
            Check.True(s.Limit == LimitProfile.Standard, "default limit");
            p.Execute("set wavelength 850");
            Check.Contains("not a test wavelength of OS2", port.Last, "850 nm refused on OS2");
            Check.True(s.Wavelength == Wavelength.Nm1310, "unchanged");
            p.Execute("set wavelength 1550");
            Check.True(s.Wavelength == Wavelength.Nm1550, "1550 nm allowed");
            p.Execute("set fiber om5");
            Check.True(s.Wavelength == Wavelength.Nm850, "OM5 → 850 nm");
            p.Execute("status");
            Check.Contains("\"fiber\":\"OM5\"", port.Last, "shown in the log");
        }

        [TestMethod]
        public void FiberAndLinkSurviveAPowerCycle()
        {
            MemoryStorage storage = new MemoryStorage();
            InspectionSettings s = new InspectionSettings();
            FiberProfiles.Apply(FiberType.OS2, s);
            s.LinkLabel = "DC2-R14";
            new SettingsStore(storage).Save(s);
            InspectionSettings loaded = new InspectionSettings();
            Check.True(new SettingsStore(storage).Load(loaded) == LoadStatus.Ok, "loads");
            Check.True(loaded.Fiber == FiberType.OS2, "fiber");
            Check.Equal("DC2-R14", loaded.LinkLabel, "link label");
        }
    }
}
