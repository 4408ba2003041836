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
    /// <summary>The link budget's sums (docs/link-budget.md), its two sets of figures, and <c>set link</c>.</summary>
    [TestClass]
    public class LinkBudgetTests
    {
        private static double Limit(LinkBudget b, FiberType fiber, Wavelength wavelength)
        {
            double limit;
            Check.True(b.TryLimitDb(fiber, wavelength, out limit), "a figure for " + FiberProfiles.Name(fiber));
            return limit;
        }

        [TestMethod]
        public void TermsAddUpForEachFiberAndWavelength()
        {
            LinkBudget b = new LinkBudget();
            Check.True(b.Set(2, 1, 90, false), "2 connectors, 1 splice, 90 m");
            Check.Near(1.5 + 0.3 + 0.315, Limit(b, FiberType.OM4, Wavelength.Nm850), 1e-9, "OM4 850 nm: 3.5 dB/km");
            Check.Near(1.5 + 0.3 + 0.135, Limit(b, FiberType.OM3, Wavelength.Nm1300), 1e-9, "OM3 1300 nm: 1.5 dB/km");
            Check.True(b.Set(2, 0, 2000, false), "2 km inside plant");
            Check.Near(1.5 + 2.0, Limit(b, FiberType.OS2, Wavelength.Nm1310), 1e-9, "OS2 inside plant, TIA: 1.0 dB/km");
            Check.True(b.Set(2, 0, 2000, true), "2 km outside plant");
            Check.Near(1.5 + 1.0, Limit(b, FiberType.OS2, Wavelength.Nm1550), 1e-9, "OS2 outside plant, TIA: 0.5 dB/km");
            double unused;
            Check.False(b.TryLimitDb(FiberType.OS2, Wavelength.Nm850, out unused), "no single-mode figure at 850 nm");
            Check.False(b.TryLimitDb(FiberType.OM4, Wavelength.Nm1550, out unused), "no multimode figure at 1550 nm");
        }

        [TestMethod]
        public void IsoFiguresUseOnePointFourTenthsForSingleModeWhereverItRuns()
        {
            LinkBudget b = new LinkBudget();
            Check.True(b.Set(2, 2, 5000, false, true), "ISO, inside");
            Check.Near(1.5 + 0.6 + 2.0, Limit(b, FiberType.OS2, Wavelength.Nm1310), 1e-9, "ISO/IEC 11801-1 OS2: 0.4 dB/km");
            Check.True(b.Set(2, 2, 5000, true, true), "ISO, outside");
            Check.Near(1.5 + 0.6 + 2.0, Limit(b, FiberType.OS2, Wavelength.Nm1550), 1e-9, "plant changes nothing under ISO");
            Check.Near(1.5 + 0.6 + 17.5, Limit(b, FiberType.OM4, Wavelength.Nm850), 1e-9, "multimode figures are the same in both sets");
            Check.Equal(LinkBudget.IsoName, b.StandardName, "named");
            Check.True(b.Set(2, 2, 5000, false), "the 4-term overload");
            Check.Equal(LinkBudget.TiaName, b.StandardName, "goes back to TIA");
        }

        [TestMethod]
        public void OutOfRangeTermsChangeNothing()
        {
            LinkBudget b = new LinkBudget();
            Check.True(b.Set(2, 1, 90, false, true), "valid");
            Check.False(b.Set(LinkBudget.MaxCount + 1, 0, 0, false, false), "too many connectors");
            Check.False(b.Set(2, -1, 0, false, false), "negative splices");
            Check.False(b.Set(2, 0, LinkBudget.MaxLengthM + 1, false, false), "too long");
            Check.False(b.Set(0, 0, 0, false, false), "a link of nothing");
            Check.Equal(2, b.Connectors, "connectors kept");
            Check.Equal(1, b.Splices, "splices kept");
            Check.Equal(90, b.LengthM, "length kept");
            Check.True(b.Iso, "standard kept");
        }

        [TestMethod]
        public void SetLinkStandardIsoIsLoggedSavedAndReadBack()
        {
            MemoryLogPort port = new MemoryLogPort();
            ProbeLog log = new ProbeLog(port);
            JobInfo job = new JobInfo();
            InspectionSettings settings = new InspectionSettings();
            MemoryStorage storage = new MemoryStorage();
            CommandProcessor p = new CommandProcessor(settings, log, "0.1.0");
            p.Budget = new LinkBudgetCommands(job, settings, log, storage);
            p.Execute("set fiber os2");
            p.Execute("set wavelength 1310");
            p.Execute("set link connectors 2 length_m 5000 standard iso");
            Check.Contains("= 3.50 dB (ISO/IEC 11801-1)", port.Last, "the answer names the figures' standard");
            Check.Near(3.5, settings.Limit.LimitDb, 1e-9, "the budget is the limit");
            JobInfo reloaded = new JobInfo();
            Check.True(reloaded.Load(storage), "job.txt read back");
            Check.True(reloaded.Budget.IsSet && reloaded.Budget.Iso, "ISO kept over a reboot");
            Check.Equal(5000, reloaded.Budget.LengthM, "length kept");
            p.Execute("set link connectors 2 length_m 5000 standard ansi");
            Check.Contains("ansi", port.Last, "an unknown standard is named in the refusal");
            Check.True(job.Budget.Iso, "and changes nothing");
            p.Execute("set link connectors 2 length_m 5000");
            Check.Contains("= 6.50 dB (TIA-568.3-E)", port.Last, "TIA by default: inside plant 1.0 dB/km");
        }

        [TestMethod]
        public void ThePassingResultNamesTheBudgetsTermsAsTheyFit()
        {
            Framebuffer fb = new Framebuffer();
            ScreenGallery.Render("result_link_budget_pass", fb);
            Check.True(fb.ShowsText("ALL 12 OK 2C 1S 90M"), "terms after ALL n OK");
            LinkBudget b = new LinkBudget();
            TextBuilder t = new TextBuilder(32);
            Check.True(b.Set(10, 2, 1500, false), "10C 2S 1500M");
            Check.True(ScreenText.BudgetTerms(t.Clear().Add("ALL 12 OK"), b, 21).Is("ALL 12 OK 10C2S1500M"), "compact when spaced does not fit: " + t.ToString());
            Check.True(b.Set(12, 10, 12000, false), "12C 10S 12000M");
            Check.True(ScreenText.BudgetTerms(t.Clear().Add("ALL 12 OK"), b, 21).Is("ALL 12 OK"), "nothing when neither fits: " + t.ToString());
            Check.True(ScreenText.BudgetTerms(t.Clear().Add("ALL 12 OK"), b, 40).Is("ALL 12 OK 12C 10S 12000M"), "spaced when there is room: " + t.ToString());
        }
    }
}
