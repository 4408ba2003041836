using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>What the acquisition-time section found (MPO-24, ms), on the chain that is built.</summary>
    public sealed class AcquisitionOutcome
    {
        /// <summary>Steady state, acquisition alone (front end + CPU).</summary>
        public double Steady24Ms { get; set; }

        /// <summary>First acquisition after a light change, worst, acquisition alone.</summary>
        public double First24Ms { get; set; }

        /// <summary>First after a light change plus the chain and range checks around it, counted by running them: what a technician waits.</summary>
        public double Worst24Ms { get; set; }

        /// <summary>The self-checks alone in that worst case (front end + CPU).</summary>
        public double SelfChecks24Ms { get; set; }

        /// <summary>The test-current check of an inspection against its reference (issue 24's GainCheck), counted by running it: not in <see cref="Worst24Ms"/>.</summary>
        public double TestCurrent24Ms { get; set; }

        /// <summary>What a technician waits at an inspection in the worst case: <see cref="Worst24Ms"/> plus the test-current check.</summary>
        public double Wait24Ms => Worst24Ms + TestCurrent24Ms;

        /// <summary>The worst case at the slow-build CPU factor (the risk to measure on the board).</summary>
        public double Worst24SlowCpuMs { get; set; }
    }

    /// <summary>
    /// The time a technician waits for one MPO-24 measurement on the device: the Core's acquisition
    /// and self-checks run on the simulated front end, every operation counted
    /// (<see cref="FrontEndCounts"/>) and priced for the built chain (<see cref="ChainDesign"/>, grounded
    /// figures in <see cref="DeviceTiming"/>), plus the interpreter CPU measured on the posix nanoCLR
    /// and scaled to the ESP32. Steady state and the first acquisition after the light changed.
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

        /// <summary>Prints the tables; returns the MPO-24 figures.</summary>
        public static AcquisitionOutcome Run(TextWriter output)
        {
            var outcome = new AcquisitionOutcome();
            double factor = DeviceTiming.Esp32CpuFactor;
            ChainDesign design = ChainDesign.Built;
            output.WriteLine($"Acquisition time a technician waits, MPO-24, the chain that is built (front end priced per operation from DeviceTiming; CPU = posix nanoCLR × {factor:F0}; self-checks = the Core's chain and range checks, run and counted; target ≤ 100 ms)");
            output.WriteLine(" chain                                     calls/pos  steady (fe + cpu)       first after change, worst      self-checks (fe + cpu)   worst total");
            Timing steady = Steady(MpoLayout.Mpo24, design, factor);
            Timing worst = Worst(MpoLayout.Mpo24, design, factor, out string change);
            double total = worst.TotalMs + worst.SelfCheckMs;
            output.WriteLine($" {design.Name,-41} {design.CallsPerPosition,9:F0}  {steady.TotalMs,6:F1} ({steady.FrontEndMs:F1} + {steady.CpuMs:F1})  {worst.TotalMs,8:F1} ({worst.FrontEndMs:F1} + {worst.CpuMs:F1}) {change,-14} {worst.SelfCheckMs,6:F1} ({worst.SelfCheckFrontEndMs:F1} + {worst.SelfCheckMs - worst.SelfCheckFrontEndMs:F1})  {total,8:F1} ms");
            outcome.Steady24Ms = steady.TotalMs;
            outcome.First24Ms = worst.TotalMs;
            outcome.SelfChecks24Ms = worst.SelfCheckMs;
            outcome.Worst24Ms = total;
            Timing slow = Worst(MpoLayout.Mpo24, design, DeviceTiming.Esp32CpuFactorSlowBuild, out _);
            outcome.Worst24SlowCpuMs = slow.TotalMs + slow.SelfCheckMs;
            outcome.TestCurrent24Ms = TestCurrentMs(MpoLayout.Mpo24, design, factor);
            Timing per = steady;
            output.WriteLine($"Per position, steady: {per.TotalMs / 24:F2} ms = select {ChainDesign.ExpanderWriteUs / 1000:F3} + settle {FrontEndDesign.DefaultSettleMicroseconds / 1000.0:F3} + one ADS7138 read of 4 results {ChainDesign.Ads7138TransferUs / 1000:F3} + CPU {per.CpuMs / 24:F3} ms");
            output.WriteLine($"MPO-24 worst (first after a light change + chain and range checks): {outcome.Worst24Ms:F1} ms (≤ 100 ms: {(outcome.Worst24Ms <= 100 ? "yes" : "NO")}); at the slow-build CPU factor {DeviceTiming.Esp32CpuFactorSlowBuild:F0}: {outcome.Worst24SlowCpuMs:F1} ms; the test-current check of an inspection (GainCheck, steady light) adds {outcome.TestCurrent24Ms:F1} ms: an inspection waits {outcome.Wait24Ms:F1} ms (≤ 100 ms: {(outcome.Wait24Ms <= 100 ? "yes" : "NO")})");
            return outcome;
        }

        /// <summary>The test-current check of one inspection against a signed reference (GainCheck.Measure + Compare), priced, ms.</summary>
        public static double TestCurrentMs(MpoLayout layout, ChainDesign design, double factor)
        {
            SimulatedProbe probe = Probe(layout, design, 11);
            probe.TakeReference(-20.0);
            if (!probe.SignReference())
            {
                throw new InvalidOperationException("a healthy simulated probe could not sign its reference: " + probe.Core.SelfTest.Faults.Kind);
            }

            probe.Inspect();
            FrontEndCounts counts = ChainDesign.CountsOf(probe);
            counts.Reset();
            probe.Core.SelfTest.MatchesReference(probe.Reference, layout, true);
            return (design.FrontEndUs(counts) + ChainDesign.SelfCheckCpuUs(counts, factor)) / 1000.0;
        }

        /// <summary>Steady state: the same light as the previous acquisition.</summary>
        public static Timing Steady(MpoLayout layout, ChainDesign design, double factor)
        {
            SimulatedProbe probe = Probe(layout, design, 7);
            probe.LightUsed(-20.0);
            Measure(probe, layout, design, factor);
            Measure(probe, layout, design, factor);
            return Measure(probe, layout, design, factor);
        }

        /// <summary>The worst first acquisition after a light change, with the self-checks around it.</summary>
        public static Timing Worst(MpoLayout layout, ChainDesign design, double factor, out string change)
        {
            Timing worst = new Timing();
            change = "";
            for (int c = 0; c < Changes.Length; c++)
            {
                SimulatedProbe probe = Probe(layout, design, (uint)(40 + c));
                SetLight(probe, Changes[c][0]);
                Measure(probe, layout, design, factor);
                Measure(probe, layout, design, factor);
                SetLight(probe, Changes[c][1]);
                Timing t = Measure(probe, layout, design, factor);
                if (t.TotalMs + t.SelfCheckMs > worst.TotalMs + worst.SelfCheckMs)
                {
                    worst = t;
                    change = Dbm(Changes[c][0]) + " → " + Dbm(Changes[c][1]);
                }
            }

            return worst;
        }

        private static SimulatedProbe Probe(MpoLayout layout, ChainDesign design, uint seed)
        {
            SimulatedProbe probe = new SimulatedProbe(layout, seed);
            probe.Hardware.HeadPositions = layout.PositionCount;
            probe.Core.SelfTest.AcceptHead(layout);
            probe.Acquisition.SamplesPerChannel = design.SamplesPerPosition;
            return probe;
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

        /// <summary>Self-checks before, the acquisition, self-checks after (as the workflow runs them), each priced.</summary>
        private static Timing Measure(SimulatedProbe probe, MpoLayout layout, ChainDesign design, double factor)
        {
            FrontEndCounts counts = ChainDesign.CountsOf(probe);
            counts.Reset();
            bool healthy = probe.Core.SelfTest.BeforeMeasuring(layout);
            double checkFe = design.FrontEndUs(counts) + ChainDesign.HeadAndBatteryUs;
            double checkCpu = ChainDesign.SelfCheckCpuUs(counts, factor);
            counts.Reset();
            probe.Acquirer.Acquire(layout.PositionCount, Wavelength.Nm850, probe.Inspector.Scan);
            double fe = design.FrontEndUs(counts);
            double cpu = ChainDesign.AcquisitionCpuUs(layout.PositionCount, counts.Samples, factor);
            counts.Reset();
            healthy &= probe.Core.SelfTest.AfterScan(probe.Inspector.Scan, layout);
            checkFe += design.FrontEndUs(counts);
            checkCpu += ChainDesign.SelfCheckCpuUs(counts, factor);
            if (!healthy)
            {
                throw new InvalidOperationException("a self-check refused a healthy simulated probe: " + probe.Core.SelfTest.Faults.Kind);
            }

            return new Timing
            {
                FrontEndMs = fe / 1000.0,
                CpuMs = cpu / 1000.0,
                SelfCheckFrontEndMs = checkFe / 1000.0,
                SelfCheckMs = (checkFe + checkCpu) / 1000.0,
            };
        }

        private static string Dbm(double dbm) => double.IsNegativeInfinity(dbm) ? "dark" : dbm.ToString("F0") + " dBm";

        /// <summary>Modelled device time of one acquisition and the self-checks around it.</summary>
        public sealed class Timing
        {
            /// <summary>Selects, samples and settling of the acquisition, ms.</summary>
            public double FrontEndMs { get; set; }

            /// <summary>Interpreter CPU of the acquisition, ms.</summary>
            public double CpuMs { get; set; }

            /// <summary>Front-end part of the self-checks (chain check before, range check after), ms.</summary>
            public double SelfCheckFrontEndMs { get; set; }

            /// <summary>Self-checks in all (front end + CPU), ms.</summary>
            public double SelfCheckMs { get; set; }

            /// <summary>The acquisition alone, ms.</summary>
            public double TotalMs => FrontEndMs + CpuMs;
        }
    }
}
