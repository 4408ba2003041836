using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// The time a technician waits for one acquisition on the device: the front end's modelled
    /// time (ADC reads, selects, settling) plus the interpreter's CPU time (both in Core's
    /// <see cref="DeviceTiming"/>), in steady state and for the first acquisition after the
    /// light changed, when channels must find their range again.
    /// </summary>
    public static class AcquisitionTime
    {
        /// <summary>Light changes tried (dBm before → after; −∞ = port dark); the worst one counts.</summary>
        private static readonly double[][] Changes =
        {
            new[] { double.NegativeInfinity, -20.0 },
            new[] { double.NegativeInfinity, -5.0 },
            new[] { double.NegativeInfinity, -45.0 },
            new[] { -20.0, -5.0 },
            new[] { -20.0, -45.0 },
            new[] { -5.0, -45.0 },
            new[] { -45.0, -5.0 },
            new[] { -20.0, double.NegativeInfinity },
        };

        /// <summary>Prints the table; returns the worst first-after-change MPO-24 time, ms.</summary>
        public static double Run(TextWriter output)
        {
            output.WriteLine($"Acquisition time a technician waits (front end + interpreter CPU {DeviceTiming.InterpreterFixedMicroseconds / 1000.0:F1} ms + {DeviceTiming.InterpreterMicrosecondsPerPosition / 1000.0:F2} ms/position; target MPO-24 ≤ 100 ms)");
            output.WriteLine(" layout  steady front-end  steady CPU  steady total  first-after-change worst (front-end + CPU)  change");
            double worst24 = 0;
            foreach (MpoLayout layout in new[] { MpoLayout.Mpo12, MpoLayout.Mpo16, MpoLayout.Mpo24, MpoLayout.Mpo32 })
            {
                Timing steady = Steady(layout);
                Timing worst = new Timing();
                string worstChange = "";
                for (int c = 0; c < Changes.Length; c++)
                {
                    Timing t = FirstAfter(layout, Changes[c][0], Changes[c][1], (uint)(40 + c));
                    if (t.TotalMs > worst.TotalMs)
                    {
                        worst = t;
                        worstChange = Dbm(Changes[c][0]) + " → " + Dbm(Changes[c][1]);
                    }
                }

                output.WriteLine($" {layout.Name,-7} {steady.FrontEndMs,13:F1} ms  {steady.CpuMs,7:F1} ms  {steady.TotalMs,9:F1} ms  {worst.TotalMs,10:F1} ms ({worst.FrontEndMs:F1} + {worst.CpuMs:F1})  {worstChange}");
                if (layout.Id == LayoutId.Mpo24)
                {
                    worst24 = worst.TotalMs;
                }
            }

            output.WriteLine($"MPO-24 first acquisition after a light change, worst case: {worst24:F1} ms (≤ 100 ms: {(worst24 <= 100 ? "yes" : "NO")})");
            return worst24;
        }

        /// <summary>Steady state: the same light as the previous acquisition.</summary>
        public static Timing Steady(MpoLayout layout)
        {
            SimulatedProbe probe = new SimulatedProbe(layout, 7);
            probe.LightUsed(-20.0);
            Measure(probe, layout);
            Measure(probe, layout);
            return Measure(probe, layout);
        }

        /// <summary>The first acquisition after the light went from <paramref name="beforeDbm"/> to <paramref name="afterDbm"/>.</summary>
        public static Timing FirstAfter(MpoLayout layout, double beforeDbm, double afterDbm, uint seed)
        {
            SimulatedProbe probe = new SimulatedProbe(layout, seed);
            SetLight(probe, beforeDbm);
            Measure(probe, layout);
            Measure(probe, layout);
            SetLight(probe, afterDbm);
            return Measure(probe, layout);
        }

        private static void SetLight(SimulatedProbe probe, double dbm)
        {
            if (double.IsNegativeInfinity(dbm))
            {
                probe.Sim.SetAllDark();
            }
            else
            {
                probe.LightUsed(dbm);
            }
        }

        private static Timing Measure(SimulatedProbe probe, MpoLayout layout)
        {
            long micros = probe.Sim.ElapsedMicroseconds;
            long conversions = probe.Sim.Conversions;
            probe.Acquirer.Acquire(layout.PositionCount, Wavelength.Nm850, probe.Inspector.Scan);
            long samples = probe.Sim.Conversions - conversions;
            return new Timing
            {
                FrontEndMs = (probe.Sim.ElapsedMicroseconds - micros) / 1000.0,
                CpuMs = DeviceTiming.InterpreterMicroseconds(layout.PositionCount, samples) / 1000.0,
            };
        }

        private static string Dbm(double dbm) => double.IsNegativeInfinity(dbm) ? "dark" : dbm.ToString("F0") + " dBm";

        /// <summary>Modelled device time of one acquisition.</summary>
        public sealed class Timing
        {
            /// <summary>ADC reads, selects and settling, ms.</summary>
            public double FrontEndMs { get; set; }

            /// <summary>Interpreter CPU, ms.</summary>
            public double CpuMs { get; set; }

            /// <summary>What the technician waits, ms.</summary>
            public double TotalMs => FrontEndMs + CpuMs;
        }
    }
}
