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
    /// <summary>End to end: simulated coded source → link → front end → scanner → template match.</summary>
    [TestClass]
    public class PolarityScanTests
    {
        [TestMethod]
        public void EveryTemplateOnEveryLayoutIsIdentified()
        {
            MpoLayout[] layouts = PolarityFixture.TemplateLayouts();
            for (int l = 0; l < layouts.Length; l++)
            {
                PolarityType[] templates = PolarityTemplates.For(layouts[l]);
                for (int t = 0; t < templates.Length; t++)
                {
                    SimulatedCodedSource source;
                    SimulatedProbe probe = PolarityFixture.Probe(layouts[l], (uint)(100 + (10 * l) + t), out source);
                    source.RouteAll(SimulatedCodedSource.TemplateMap(templates[t], layouts[l]));
                    PolarityMap map = probe.InspectCoded();
                    PolarityResult result = new PolarityResult();
                    result.Match(map, layouts[l]);
                    string what = layouts[l].Name + " " + PolarityTemplates.Name(templates[t]);
                    Check.True(result.Best == templates[t], what + ": identified as " + PolarityTemplates.Name(result.Best));
                    Check.Equal(0u, result.DifferMask, what + ": no differing position");
                    Check.True(result.Judge(templates[t]) == PolarityVerdict.Pass, what + ": PASS against itself");
                    Check.Equal(PolarityTemplates.Name(templates[t]), result.Describe(), what + ": text");
                }
            }
        }

        [TestMethod]
        public void RandomPermutationsWithRandomPhaseAndDriftAreMappedExactly()
        {
            MpoLayout[] layouts = PolarityFixture.Layouts();
            SimRandom random = new SimRandom(2024);
            for (int l = 0; l < layouts.Length; l++)
            {
                SimulatedCodedSource source;
                SimulatedProbe probe = PolarityFixture.Probe(layouts[l], (uint)(200 + l), out source);
                for (int i = 0; i < PolarityFixture.PermutationsPerLayout; i++)
                {
                    source = new SimulatedCodedSource(layouts[l].PositionCount, -20.0, true);
                    source.StartOffsetMicroseconds = (long)(random.NextDouble() * source.Sequencer.FrameMicroseconds);
                    source.ClockRatio = random.Uniform(0.98, 1.02);
                    int[] map = SimulatedCodedSource.RandomMap(layouts[l], random);
                    source.RouteAll(map);
                    probe.Attach(source);
                    PolarityMap decoded = probe.Scanner.Scan(layouts[l], Wavelength.Nm850, probe.Inspector.Scan);
                    PolarityFixture.CheckMap(map, decoded, layouts[l], layouts[l].Name + " permutation " + i.ToString());
                }
            }
        }

        [TestMethod]
        public void ExtremeClockDriftStillDecodes()
        {
            double[] ratios = { 0.98, 1.02 };
            for (int r = 0; r < ratios.Length; r++)
            {
                SimulatedCodedSource source;
                SimulatedProbe probe = PolarityFixture.Probe(MpoLayout.Mpo32, 301, out source);
                source.ClockRatio = ratios[r];
                source.StartOffsetMicroseconds = 123457;
                int[] map = SimulatedCodedSource.TemplateMap(PolarityType.TypeBFullRotation, MpoLayout.Mpo32);
                source.RouteAll(map);
                PolarityFixture.CheckMap(map, probe.InspectCoded(), MpoLayout.Mpo32, "clock ratio " + ratios[r].ToString("F2"));
            }
        }

        [TestMethod]
        public void OneButtonGivesPolarityAndLossFromTheSameScan()
        {
            SimulatedCodedSource source;
            SimulatedProbe probe = PolarityFixture.Probe(MpoLayout.Mpo12, 302, out source);
            int[] map = SimulatedCodedSource.TemplateMap(PolarityType.TypeB, MpoLayout.Mpo12);
            for (int fiber = 1; fiber <= 12; fiber++)
            {
                double loss = fiber == 7 ? 1.2 : 0.3;
                source.Route(fiber, map[fiber - 1], PowerUnits.DbmToWatts(-loss) / PowerUnits.DbmToWatts(0));
            }

            PolarityMap decoded = probe.InspectCoded();
            Check.True(decoded.PowersValid, "powers measured inside the sync window");
            InspectionResult result = probe.Inspector.Result;
            Check.Near(0.3, result.LossDb(1), 0.06, "loss at position 1 from the coded scan");
            Check.Equal(Verdict.Fail, result.VerdictAt(map[6]), "fiber 7's 1.2 dB arrives at position " + map[6].ToString());
            PolarityResult polarity = new PolarityResult();
            polarity.Match(decoded, MpoLayout.Mpo12);
            Check.True(polarity.Best == PolarityType.TypeB, "type B from the same scan");
        }

        [TestMethod]
        public void CrossedPairIsNamedAndFailsTheExpectedType()
        {
            SimulatedCodedSource source;
            SimulatedProbe probe = PolarityFixture.Probe(MpoLayout.Mpo12, 303, out source);
            int[] map = SimulatedCodedSource.TemplateMap(PolarityType.TypeB, MpoLayout.Mpo12);
            map[8] = 3;
            map[9] = 4;
            source.RouteAll(map);
            PolarityResult result = new PolarityResult();
            result.Match(probe.InspectCoded(), MpoLayout.Mpo12);
            Check.True(result.Best == PolarityType.TypeB, "still mostly type B");
            Check.Equal(1, result.CrossedCount, "one crossed pair");
            Check.Equal("Type B, positions 3↔4 crossed", result.Describe(), "text");
            Check.True(result.Judge(PolarityType.TypeB) == PolarityVerdict.Fail, "a crossed pair fails type B");
            Check.True(result.Judge(PolarityType.TypeA) == PolarityVerdict.Fail, "and type A");
        }

        [TestMethod]
        public void MissingFiberIsNamed()
        {
            SimulatedCodedSource source;
            SimulatedProbe probe = PolarityFixture.Probe(MpoLayout.Mpo24, 304, out source);
            int[] map = SimulatedCodedSource.TemplateMap(PolarityType.TypeA, MpoLayout.Mpo24);
            map[17] = 0;
            source.RouteAll(map);
            PolarityResult result = new PolarityResult();
            result.Match(probe.InspectCoded(), MpoLayout.Mpo24);
            Check.True(result.Best == PolarityType.TypeA, "type A");
            Check.Equal(PositionMask.Of(18), result.MissingFibers, "fiber 18 missing");
            Check.Contains("fiber 18 missing", result.Describe(), "text");
            Check.True(result.Judge(PolarityType.TypeA) == PolarityVerdict.Fail, "a missing fiber fails");
        }

        [TestMethod]
        public void LightSplitOverTwoPositionsIsNamed()
        {
            SimulatedCodedSource source;
            SimulatedProbe probe = PolarityFixture.Probe(MpoLayout.Mpo12, 305, out source);
            int[] map = SimulatedCodedSource.TemplateMap(PolarityType.TypeA, MpoLayout.Mpo12);
            map[3] = 0;
            source.RouteAll(map);
            source.Route(3, 3, 0.5);
            source.Route(3, 4, 0.5);
            PolarityResult result = new PolarityResult();
            result.Match(probe.InspectCoded(), MpoLayout.Mpo12);
            Check.Equal(PositionMask.Of(3), result.SplitFibers, "fiber 3 arrives twice");
            Check.Equal(PositionMask.Of(4), result.MissingFibers, "fiber 4 arrives nowhere");
            Check.Contains("fiber 3 split over two positions", result.Describe(), "text");
        }

        [TestMethod]
        public void StrongCrosstalkIsMixedLightWeakCrosstalkIsIgnored()
        {
            SimulatedCodedSource source;
            SimulatedProbe probe = PolarityFixture.Probe(MpoLayout.Mpo12, 306, out source);
            int[] map = SimulatedCodedSource.TemplateMap(PolarityType.TypeA, MpoLayout.Mpo12);
            source.RouteAll(map);
            source.Route(5, 6, 0.02);
            PolarityResult result = new PolarityResult();
            result.Match(probe.InspectCoded(), MpoLayout.Mpo12);
            Check.True(result.Judge(PolarityType.TypeA) == PolarityVerdict.Pass, "2 % crosstalk changes nothing: " + result.Describe());

            source.Route(5, 6, 0.6);
            PolarityMap decoded = probe.InspectCoded();
            result.Match(decoded, MpoLayout.Mpo12);
            Check.Equal(PositionMask.Of(6), decoded.MixedMask, "position 6 gets fibers 5 and 6");
            Check.Equal(6, decoded.SourceAt(6), "the stronger fiber is decoded");
            Check.True(result.Judge(PolarityType.TypeA) == PolarityVerdict.Fail, "mixed light fails");
            Check.Contains("mixed light at 6 (white)", result.Describe(), "text");
        }

        [TestMethod]
        public void ScrambledMapIsUnknownWithTheFullMap()
        {
            SimulatedCodedSource source;
            SimulatedProbe probe = PolarityFixture.Probe(MpoLayout.Mpo12, 307, out source);
            int[] map = new int[12];
            for (int i = 0; i < 12; i++)
            {
                map[i] = ((i + 4) % 12) + 1;
            }

            source.RouteAll(map);
            PolarityResult result = new PolarityResult();
            result.Match(probe.InspectCoded(), MpoLayout.Mpo12);
            Check.False(result.IsKnown, "no template explains a shift by 4");
            Check.Contains("unknown mapping: ", result.Describe(), "text");
            Check.Contains("1→5", result.Describe(), "full map listed");
        }

        [TestMethod]
        public void UncodedSourceGivesPowerOnlyNeverAPolarity()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 308);
            SimulatedCodedSource source = new SimulatedCodedSource(12, -20.0, false);
            source.RouteAll(SimulatedCodedSource.TemplateMap(PolarityType.TypeB, MpoLayout.Mpo12));
            probe.Attach(source);
            PolarityMap map = probe.Scanner.Scan(MpoLayout.Mpo12, Wavelength.Nm850, probe.Inspector.Scan);
            PolarityResult result = new PolarityResult();
            result.Match(map, MpoLayout.Mpo12);
            Check.True(map.Status == PolarityScanStatus.NoCodedSource, "no coded source");
            Check.Equal("no coded source: power only", result.Describe(), "text");
            Check.True(result.Judge(PolarityType.TypeB) == PolarityVerdict.NotTested, "never PASS or FAIL");
        }

        [TestMethod]
        public void DarkPortIsNoLight()
        {
            SimulatedCodedSource source;
            SimulatedProbe probe = PolarityFixture.Probe(MpoLayout.Mpo12, 309, out source);
            PolarityMap map = probe.InspectCoded();
            Check.True(map.Status == PolarityScanStatus.NoLight, "nothing routed: no light");
        }
    }
}
