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
    /// <summary>the expected polarity set over the serial port must be a template of the layout.</summary>
    [TestClass]
    public class PolarityExpectationTests
    {
        private static CommandProcessor Processor(InspectionSettings settings, MemoryLogPort port)
        {
            return new CommandProcessor(settings, new ProbeLog(port), "0.1.0");
        }

        /// <summary>A perfect map of <paramref name="type"/> on <paramref name="layout"/>, judged against <paramref name="expected"/>.</summary>
        private static PolarityVerdict JudgePerfect(PolarityType type, MpoLayout layout, PolarityType expected)
        {
            PolarityMap map = new PolarityMap();
            map.Begin(layout.PositionCount);
            for (int fiber = 1; fiber <= layout.PositionCount; fiber++)
            {
                if (layout.IsUsed(fiber))
                {
                    map.Set(PolarityTemplates.Destination(type, layout, fiber), fiber, false);
                }
            }

            map.Finish(PolarityScanStatus.Decoded, true, 1, 1000);
            PolarityResult result = new PolarityResult();
            result.Match(map, layout);
            return result.Judge(expected);
        }

        [TestMethod]
        public void SetLayout24OverSerialKeepsAnExpectationTheLayoutHas()
        {
            InspectionSettings s = new InspectionSettings();
            MemoryLogPort port = new MemoryLogPort();
            CommandProcessor p = Processor(s, port);
            p.Execute("set layout 24");
            Check.True(s.Layout == MpoLayout.Mpo24, "MPO-24 set");
            Check.Contains("is not defined for it, now Type A", port.Last, "the reply says the expectation changed and why");

            Check.True(JudgePerfect(PolarityType.TypeA, MpoLayout.Mpo24, s.ExpectedPolarity) == PolarityVerdict.Pass, "a perfect link of the expectation now passes");
            p.Execute("set polarity b-rot");
            Check.True(JudgePerfect(PolarityType.TypeBFullRotation, MpoLayout.Mpo24, s.ExpectedPolarity) == PolarityVerdict.Pass, "and two-row B is chosen by name");

            // The menu (ProbeWorkflowMenu) and the settings file both refuse a template the layout does not have.
            Check.True(PolarityTemplates.Applies(s.ExpectedPolarity, s.Layout),
                "expected polarity after 'set layout 24' is " + PolarityTemplates.Name(s.ExpectedPolarity) + ", not a template of MPO-24");
        }

        [TestMethod]
        public void ATieBetweenTwoTemplatesIsNotReportedAsOneType()
        {
            // MPO-12: positions 1-3 and 10-12 straight (type A), 4-9 reversed (type B): 6 of 12 fit each.
            MpoLayout layout = MpoLayout.Mpo12;
            PolarityMap map = new PolarityMap();
            map.Begin(12);
            for (int j = 1; j <= 12; j++)
            {
                map.Set(j, j <= 3 || j >= 10 ? j : 13 - j, false);
            }

            map.Finish(PolarityScanStatus.Decoded, true, 1, 1000);
            PolarityResult result = new PolarityResult();
            result.Match(map, layout);
            result.Judge(PolarityType.TypeB);
            string text = result.Describe();
            Check.False(result.IsKnown, "a map that fits A and B equally (6/12 each) is no one type: " + text);
            Check.Contains("unknown mapping", text, "said as unknown, not as Type A with three crossed pairs");
            Check.True(result.Verdict == PolarityVerdict.Fail, "and it fails");
        }

        [TestMethod]
        public void SetPolarityRefusesATemplateTheLayoutDoesNotHave()
        {
            InspectionSettings s = new InspectionSettings();
            MemoryLogPort port = new MemoryLogPort();
            CommandProcessor p = Processor(s, port);
            PolarityType before = s.ExpectedPolarity;
            CommandAction a = p.Execute("set polarity b-row");
            Check.True(a == CommandAction.None, "'set polarity b-row' on MPO-12 is refused: " + port.Last);
            Check.Contains("a, b or c for MPO-12", port.Last, "naming what the layout takes");
            Check.True(s.ExpectedPolarity == before, "expected polarity kept after a refused value");
        }

        [TestMethod]
        public void SettingsAcceptedOverSerialLoadBackWithoutCorruption()
        {
            InspectionSettings s = new InspectionSettings();
            MemoryLogPort port = new MemoryLogPort();
            CommandProcessor p = Processor(s, port);
            p.Execute("set layout 24");
            MemoryStorage storage = new MemoryStorage();
            SettingsStore store = new SettingsStore(storage);
            store.Save(s);
            InspectionSettings loaded = new InspectionSettings();
            LoadStatus status = store.Load(loaded);
            Check.True(status == LoadStatus.Ok, "settings saved after 'set layout 24' reload: " + store.Problem);
        }
    }
}
