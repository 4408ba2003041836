using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>Polarity: identification accuracy over random maps, phases and clock drift, and scan time per layout.</summary>
    public sealed class PolarityOutcome
    {
        /// <summary>Share of scans whose decoded map matched the truth exactly.</summary>
        public double Accuracy { get; set; } = 1.0;

        /// <summary>Worst scan time for MPO-24, ms.</summary>
        public double Scan24WorstMs { get; set; }
    }

    /// <summary>Runs the coded-source scans on the simulated probe.</summary>
    public static class PolarityBench
    {
        /// <summary>Prints the table; <paramref name="scans"/> random maps per layout.</summary>
        public static PolarityOutcome Run(TextWriter output, int scans)
        {
            output.WriteLine($"Polarity: {scans} random maps per layout, random start phase, source clock ±2 % (targets: 100 % exact, scan ≤ 1 s)");
            output.WriteLine(" layout  frame ms  exact maps  accuracy  scan ms mean  scan ms worst");
            var outcome = new PolarityOutcome();
            var random = new SimRandom(77);
            int exact = 0;
            int total = 0;
            foreach (MpoLayout layout in new[] { MpoLayout.Mpo8, MpoLayout.Mpo12, MpoLayout.Mpo16, MpoLayout.Mpo24, MpoLayout.Mpo32 })
            {
                var probe = new SimulatedProbe(layout, 500 + (uint)layout.PositionCount);
                probe.TakeReference(-20);
                int layoutExact = 0;
                double sumMs = 0;
                double worstMs = 0;
                long frameUs = 0;
                for (int i = 0; i < scans; i++)
                {
                    var source = new SimulatedCodedSource(layout.PositionCount, -20, true);
                    frameUs = source.Sequencer.FrameMicroseconds;
                    source.StartOffsetMicroseconds = (long)(random.NextDouble() * frameUs);
                    source.ClockRatio = random.Uniform(0.98, 1.02);
                    int[] map = SimulatedCodedSource.RandomMap(layout, random);
                    source.RouteAll(map);
                    probe.Attach(source);
                    PolarityMap decoded = probe.InspectCoded();
                    layoutExact += Matches(map, decoded, layout) ? 1 : 0;
                    double ms = decoded.ScanMicroseconds / 1000.0;
                    sumMs += ms;
                    worstMs = Math.Max(worstMs, ms);
                }

                exact += layoutExact;
                total += scans;
                output.WriteLine($" {layout.Name,-7} {frameUs / 1000.0,8:F0}  {layoutExact,5}/{scans,-5}  {100.0 * layoutExact / scans,7:F2} %  {sumMs / scans,12:F0}  {worstMs,13:F0}");
                if (layout.Id == LayoutId.Mpo24)
                {
                    outcome.Scan24WorstMs = worstMs;
                }
            }

            outcome.Accuracy = (double)exact / total;
            return outcome;
        }

        private static bool Matches(int[] map, PolarityMap decoded, MpoLayout layout)
        {
            if (decoded.Status != PolarityScanStatus.Decoded)
            {
                return false;
            }

            for (int fiber = 1; fiber <= layout.PositionCount; fiber++)
            {
                if (map[fiber - 1] > 0 && decoded.SourceAt(map[fiber - 1]) != fiber)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
