using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>What one inspection costs on the device (timing model) and on the heap.</summary>
    public sealed class CostResult
    {
        /// <summary>Modelled acquisition time for 24 positions, ms: front end plus interpreter CPU (what a technician waits).</summary>
        public double Acquisition24Ms { get; set; }

        /// <summary>Bytes allocated by one inspection in steady state.</summary>
        public long AllocatedBytesPerInspection { get; set; }
    }

    /// <summary>
    /// ADC conversions, switches and modelled device time per steady-state inspection for each
    /// layout (constants in Core's DeviceTiming), and host-measured allocation per inspection.
    /// </summary>
    public static class DeviceCost
    {
        private const int Cycles = 20;

        /// <summary>Prints the table and returns the MPO-24 time and the worst allocation.</summary>
        public static CostResult Run(TextWriter output)
        {
            ChainDesign today = ChainDesign.Built;
            output.WriteLine($"Cost per inspection in steady state, the built chain priced with DeviceTiming (I2C transfer {DeviceTiming.I2cTransferMicroseconds} µs + bus time, settle {FrontEndDesign.DefaultSettleMicroseconds} µs; CPU × {DeviceTiming.Esp32CpuFactor:F0}; self-checks not included: see the next section)");
            output.WriteLine(" layout  positions  conversions  switches  front-end ms  CPU ms  device ms  alloc bytes");
            var result = new CostResult();
            foreach (MpoLayout layout in new[] { MpoLayout.Mpo12, MpoLayout.Mpo16, MpoLayout.Mpo24, MpoLayout.Mpo32 })
            {
                var probe = new SimulatedProbe(layout, 7, calibrated: true);
                probe.TakeReference(-20);
                double[] losses = SimulatedProbe.Losses(layout.PositionCount, 0.3);
                losses[3] = 1.0;
                losses[4] = 0.9;
                probe.LightWithLoss(-20, losses);
                for (int i = 0; i < 3; i++)
                {
                    probe.Inspect();
                }

                long conversions = probe.Sim.Conversions;
                long switches = probe.Sim.Switches;
                FrontEndCounts counts = ChainDesign.CountsOf(probe);
                counts.Reset();
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < Cycles; i++)
                {
                    probe.Inspect();
                }

                long allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / Cycles;
                double frontEndMs = today.FrontEndUs(counts) / 1000.0 / Cycles;
                long samples = (probe.Sim.Conversions - conversions) / Cycles;
                double cpuMs = ChainDesign.AcquisitionCpuUs(layout.PositionCount, samples, DeviceTiming.Esp32CpuFactor) / 1000.0;
                double ms = frontEndMs + cpuMs;
                output.WriteLine($" {layout.Name,-7} {layout.PositionCount,9}  {samples,11}  {(probe.Sim.Switches - switches) / Cycles,8}  {frontEndMs,12:F1}  {cpuMs,6:F1}  {ms,9:F1}  {allocated,11}");
                result.AllocatedBytesPerInspection = Math.Max(result.AllocatedBytesPerInspection, allocated);
                if (layout.Id == LayoutId.Mpo24)
                {
                    result.Acquisition24Ms = ms;
                }
            }

            return result;
        }
    }
}
