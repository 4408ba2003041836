using System;
using System.Diagnostics;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>Totals of the fault-injection matrix.</summary>
    public sealed class FaultOutcome
    {
        /// <summary>Fault kinds injected.</summary>
        public int Kinds { get; set; }

        /// <summary>Faulty runs (kinds × layouts × boot/after reference).</summary>
        public int Runs { get; set; }

        /// <summary>Faulty runs that logged an overall PASS.</summary>
        public int Passes { get; set; }

        /// <summary>Faulty runs that logged an overall MARGINAL (PASS* after issue 12).</summary>
        public int Marginals { get; set; }

        /// <summary>Faulty runs whose named fault was not both logged and on screen.</summary>
        public int Unnamed { get; set; }

        /// <summary>Healthy classification inspections a self-check refused.</summary>
        public long HealthyRefused { get; set; }

        /// <summary>Healthy runs that did not PASS or raised a fault.</summary>
        public int HealthyBad { get; set; }
    }

    /// <summary>
    /// Every injected fault kind × every layout × injected before boot and after the reference,
    /// each through the real workflow (docs/faults.md): prints one row per kind and the totals.
    /// </summary>
    public static class FaultBench
    {
        private static readonly MpoLayout[] Layouts = { MpoLayout.Mpo8, MpoLayout.Mpo12, MpoLayout.Mpo16, MpoLayout.Mpo24, MpoLayout.Mpo32 };

        /// <summary>Runs the matrix and prints it, then <paramref name="healthyInspections"/> healthy inspections through the same self-checks.</summary>
        public static FaultOutcome Run(TextWriter output, int healthyInspections)
        {
            var total = new FaultOutcome { Kinds = FaultCases.Count };
            var watch = Stopwatch.StartNew();
            output.WriteLine($"Fault injection: {FaultCases.Count} kinds x {Layouts.Length} layouts x (before boot, after reference), 0.3 dB link that PASSes when healthy");
            output.WriteLine($" {"kind",-24} {"expected fault",-18} {"runs",4} {"PASS",4} {"MARG",4} {"named",5}  first wrong");
            for (int kind = 0; kind <= FaultCases.Count; kind++)
            {
                int runs = 0, passes = 0, marginals = 0, named = 0;
                string wrong = string.Empty;
                foreach (MpoLayout layout in Layouts)
                {
                    for (int phase = 0; phase < 2; phase++)
                    {
                        FaultRunOutcome o = FaultMatrix.Run(kind, layout, phase == 0, (uint)(5000 + (kind * 31) + (phase * 7) + (int)layout.Id));
                        runs++;
                        passes += o.Passes;
                        marginals += o.Marginals;
                        bool ok = kind == 0 ? o.FaultCode == null && o.Passes == 1 : o.FaultCode == FaultCases.ExpectedCode(kind) && o.FaultOnScreen;
                        named += ok ? 1 : 0;
                        if (!ok && wrong.Length == 0)
                        {
                            wrong = $"{layout.Name} {(phase == 0 ? "boot" : "after ref")}: {o.FaultCode ?? "no fault"}{(o.FaultOnScreen ? "" : ", not on screen")}";
                        }
                    }
                }

                output.WriteLine($" {FaultCases.Name(kind),-24} {FaultCases.ExpectedCode(kind),-18} {runs,4} {passes,4} {marginals,4} {named,5}  {wrong}");
                if (kind == 0)
                {
                    total.HealthyBad = runs - named;
                    continue;
                }

                total.Runs += runs;
                total.Passes += passes;
                total.Marginals += marginals;
                total.Unnamed += runs - named;
            }

            output.WriteLine($" faulty runs {total.Runs}: PASS {total.Passes}, PASS* {total.Marginals}, fault not named on screen and log {total.Unnamed}; healthy runs not PASS or faulted {total.HealthyBad}  ({watch.Elapsed.TotalSeconds:F1} s)");
            total.HealthyRefused = HealthyRefusals(output, healthyInspections);
            total.HealthyRefused += FieldRefusals(output, healthyInspections);
            return total;
        }

        /// <summary>
        /// The classification benchmark's healthy population (MPO-12, losses within ±0.25 dB of
        /// Elite/Standard, a new probe and source of −30..−10 dBm every 50 inspections) plus clean
        /// 0 dB links, through every self-check: how many healthy inspections a check refuses.
        /// </summary>
        private static long HealthyRefusals(TextWriter output, int inspections)
        {
            var random = new SimRandom(4343);
            var byKind = new long[FaultCatalogue.Count];
            long refused = 0;
            SimulatedProbe probe = null;
            double source = -20;
            for (int i = 0; i < inspections; i++)
            {
                if (i % 50 == 0)
                {
                    probe = new SimulatedProbe(MpoLayout.Mpo12, (uint)(9000 + i));
                    probe.Core.SelfTest.AcceptHead(MpoLayout.Mpo12);
                    source = random.Uniform(-30, -10);
                    probe.TakeReference(source);
                }

                LimitProfile profile = (i % 2) == 0 ? LimitProfile.Elite : LimitProfile.Standard;
                probe.Settings.Limit = profile;
                var truth = new double[12];
                for (int f = 0; f < 12; f++)
                {
                    truth[f] = (i % 4) == 3 ? 0.0 : Math.Max(0.0, profile.LimitDb + random.Uniform(-0.25, 0.25));
                }

                probe.LightWithLoss(source, truth);
                bool before = probe.Core.SelfTest.BeforeMeasuring(MpoLayout.Mpo12);
                refused += Refused(probe, before, probe.Inspect(), byKind);
            }

            string kinds = Kinds(byKind);
            output.WriteLine($" healthy inspections refused by a self-check: {refused} / {inspections} = {100.0 * refused / inspections:F3} %{kinds}");
            return refused;
        }

        /// <summary>
        /// Issue 12's field model (mating scatter, source drift over 8 h, ambient, per-chip ADC,
        /// crosstalk and stray) with true losses over limit ± 0.5 dB (every fourth inspection a
        /// clean 0 dB link), a new probe every 50 inspections, through every self-check.
        /// </summary>
        private static long FieldRefusals(TextWriter output, int inspections)
        {
            var random = new SimRandom(4444);
            var byKind = new long[FaultCatalogue.Count];
            long refused = 0;
            SimulatedProbe probe = null;
            SimulatedField field = null;
            double source = -20;
            double hours = 0;
            for (int i = 0; i < inspections; i++)
            {
                if (i % 50 == 0)
                {
                    field = new SimulatedField((uint)(60000 + i));
                    probe = new SimulatedProbe(MpoLayout.Mpo12, (uint)(60000 + i), false, field);
                    probe.Core.SelfTest.AcceptHead(MpoLayout.Mpo12);
                    source = random.Uniform(-30, -10);
                    probe.Sim.AdvanceMinutes(random.Uniform(0, 30));
                    field.Mate(probe.Sim, 12);
                    probe.LightUsed(source);
                    probe.TakeReferenceNow();
                    hours = 0;
                }

                double next = 7.9 * ((i % 50) + random.Uniform(0, 1)) / 50;
                probe.Sim.AdvanceMinutes((next - hours) * 60);
                hours = next;
                LimitProfile profile = (i % 2) == 0 ? LimitProfile.Elite : LimitProfile.Standard;
                probe.Settings.Limit = profile;
                var truth = new double[12];
                for (int f = 0; f < 12; f++)
                {
                    truth[f] = (i % 4) == 3 ? 0.0 : Math.Max(0.0, profile.LimitDb + random.Uniform(-0.5, 0.5));
                }

                field.Mate(probe.Sim, 12);
                probe.LightWithLoss(source, truth);
                bool before = probe.Core.SelfTest.BeforeMeasuring(MpoLayout.Mpo12);
                refused += Refused(probe, before, probe.InspectNow(), byKind);
            }

            string kinds = Kinds(byKind);
            output.WriteLine($" field-model inspections refused by a self-check: {refused} / {inspections} = {100.0 * refused / inspections:F3} %{kinds}");
            return refused;
        }

        /// <summary>1 when the self-checks refused the inspection just made (the fault counted by kind and cleared), else 0.</summary>
        private static int Refused(SimulatedProbe probe, bool passedBefore, InspectionResult result, long[] byKind)
        {
            SelfTest test = probe.Core.SelfTest;
            bool ok = passedBefore && test.AfterScan(probe.Inspector.Scan, MpoLayout.Mpo12) && test.AfterInspection(result);
            if (ok)
            {
                return 0;
            }

            byKind[(int)test.Faults.Kind]++;
            test.Faults.Clear();
            return 1;
        }

        private static string Kinds(long[] byKind)
        {
            string kinds = string.Empty;
            for (int k = 1; k < byKind.Length; k++)
            {
                kinds += byKind[k] > 0 ? $" {FaultCatalogue.Code((FaultKind)k)}={byKind[k]}" : string.Empty;
            }

            return kinds;
        }
    }
}
