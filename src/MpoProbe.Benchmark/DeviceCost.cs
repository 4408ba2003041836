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
            output.WriteLine($"Cost per inspection in steady state (timing model: ReadValue {DeviceTiming.AdcReadMicroseconds} µs, select {DeviceTiming.SelectMicroseconds} µs, settle {FrontEndDesign.DefaultSettleMicroseconds} µs from the ngspice SettlingTable; interpreter CPU per DeviceTiming; target 24 positions ≤ 100 ms)");
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
                long micros = probe.Sim.ElapsedMicroseconds;
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < Cycles; i++)
                {
                    probe.Inspect();
                }

                long allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / Cycles;
                double frontEndMs = (probe.Sim.ElapsedMicroseconds - micros) / 1000.0 / Cycles;
                long samples = (probe.Sim.Conversions - conversions) / Cycles;
                double cpuMs = DeviceTiming.InterpreterMicroseconds(layout.PositionCount, samples) / 1000.0;
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
