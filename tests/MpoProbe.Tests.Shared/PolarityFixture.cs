using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Tests
{
    /// <summary>Builds polarity scenarios: a calibrated probe with a reference, a coded source routed by a map.</summary>
    public static class PolarityFixture
    {
        /// <summary>Random permutations per layout: the full 1000 on the host, two on the device.</summary>
        public static readonly int PermutationsPerLayout = TestSize.Pick(1000, 2);

        /// <summary>The five layouts.</summary>
        public static MpoLayout[] Layouts()
        {
            return new MpoLayout[] { MpoLayout.Mpo8, MpoLayout.Mpo12, MpoLayout.Mpo16, MpoLayout.Mpo24, MpoLayout.Mpo32 };
        }

        /// <summary>Layouts whose every template is scanned: all five on the host; on the device MPO-12 and MPO-32 (one row, two rows).</summary>
        public static MpoLayout[] TemplateLayouts()
        {
            return TestSize.Device ? new MpoLayout[] { MpoLayout.Mpo12, MpoLayout.Mpo32 } : Layouts();
        }

        /// <summary>A probe for the layout with a −20 dBm reference, and a coded source at −20 dBm attached with no routes.</summary>
        public static SimulatedProbe Probe(MpoLayout layout, uint seed, out SimulatedCodedSource source)
        {
            SimulatedProbe probe = new SimulatedProbe(layout, seed);
            probe.TakeReference(-20.0);
            source = new SimulatedCodedSource(layout.PositionCount, -20.0, true);
            probe.Attach(source);
            return probe;
        }

        /// <summary>Checks that every used position received exactly the fiber the map sends there.</summary>
        public static void CheckMap(int[] map, PolarityMap decoded, MpoLayout layout, string what)
        {
            Check.True(decoded.Status == PolarityScanStatus.Decoded, what + ": coded frame found");
            for (int fiber = 1; fiber <= layout.PositionCount; fiber++)
            {
                if (map[fiber - 1] > 0)
                {
                    Check.Equal(fiber, decoded.SourceAt(map[fiber - 1]), what + ": source at position " + map[fiber - 1].ToString());
                }
            }
        }
    }
}
