using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// Bytes the Core's long-lived objects take, measured as host allocation when they are built
    /// (primitive arrays dominate, and those have the same payload on the device).
    /// </summary>
    public static class Memory
    {
        /// <summary>Prints the sizes and returns the total.</summary>
        public static long Run(TextWriter output)
        {
            var sim = new SimulatedFrontEnd(MpoLayout.MaxPositions, 1);
            output.WriteLine("Memory held by the Core after start-up (host-measured allocation of each part):");
            long total = 0;
            total += Part(output, "dark table (32 × 18)", () => new DarkOffsets());
            var dark = new DarkOffsets();
            total += Part(output, "gain calibration (32 × 18)", () => new GainCalibration());
            var gain = new GainCalibration();
            var settings = new InspectionSettings();
            total += Part(output, "acquirer", () => new Acquirer(sim, new AcquisitionSettings(), dark, gain));
            var acquirer = new Acquirer(sim, new AcquisitionSettings(), dark, gain);
            total += Part(output, "inspector (scan, result, diagnosis)", () => new Inspector(acquirer, settings, gain));
            total += Part(output, "reference", () => new Reference());
            total += Part(output, "polarity scanner", () => new PolarityScanner(sim, sim, acquirer, dark));
            total += Part(output, "polarity result", () => new PolarityResult());
            total += Part(output, "clean cycle", () => new CleanCycle());
            output.WriteLine($" {"total",-38} {total,7} bytes");
            return total;
        }

        private static long Part(TextWriter output, string name, Func<object> build)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            object built = build();
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            GC.KeepAlive(built);
            output.WriteLine($" {name,-38} {bytes,7} bytes");
            return bytes;
        }
    }
}
