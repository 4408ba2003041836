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
    /// <summary>Review 13: the expected polarity set over the serial port must be a template of the layout.</summary>
    [TestClass]
    public class Review13CommandPolarityTests
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
        public void Review13_SetLayout24OverSerialLeavesAnExpectedPolarityThatCanNeverPass()
        {
            InspectionSettings s = new InspectionSettings();
            MemoryLogPort port = new MemoryLogPort();
            CommandProcessor p = Processor(s, port);
            p.Execute("set layout 24");
            Check.True(s.Layout == MpoLayout.Mpo24, "MPO-24 set");

            // Consequence: a flawless type-B (full rotation) MPO-24 link is a polarity FAIL.
            Check.True(JudgePerfect(PolarityType.TypeBFullRotation, MpoLayout.Mpo24, s.ExpectedPolarity) == PolarityVerdict.Pass,
                "a perfect type-B MPO-24 link judged against the expectation left by 'set layout 24'");

            // The menu (ProbeWorkflowMenu) and the settings file both refuse a template the layout does not have.
            Check.True(PolarityTemplates.Applies(s.ExpectedPolarity, s.Layout),
                "expected polarity after 'set layout 24' is " + PolarityTemplates.Name(s.ExpectedPolarity) + ", not a template of MPO-24");
        }

        [TestMethod]
        public void Review13_ATieBetweenTwoTemplatesIsNotReportedAsOneType()
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
            Check.False(result.IsKnown && text.IndexOf("Type A") == 0 && text.IndexOf("Type B") < 0,
                "a map that fits A and B equally (6/12 each) is described as: " + text + " / screen: " + PolarityText.Short(result, PolarityType.TypeB));
        }

        [TestMethod]
        public void Review13_SetPolarityRefusesATemplateTheLayoutDoesNotHave()
        {
            InspectionSettings s = new InspectionSettings();
            MemoryLogPort port = new MemoryLogPort();
            CommandProcessor p = Processor(s, port);
            PolarityType before = s.ExpectedPolarity;
            CommandAction a = p.Execute("set polarity b-row");
            Check.True(a == CommandAction.None, "'set polarity b-row' on MPO-12 answered " + a.ToString() + ": " + port.Last);
            Check.True(s.ExpectedPolarity == before, "expected polarity kept after a refused value");
        }

        [TestMethod]
        public void Review13_SettingsAcceptedOverSerialLoadBackWithoutCorruption()
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
            Check.True(status == LoadStatus.Ok, "settings saved after 'set layout 24' reload as " + status.ToString() + ": " + store.Problem);
        }
    }
}
