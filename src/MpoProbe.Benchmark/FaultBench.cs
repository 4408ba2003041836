using System;
using System.Diagnostics;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// Every injected fault kind × every layout × injected before boot and after the reference ×
    /// four links, each through the real workflow (docs/faults.md): prints one row per kind and the totals.
    /// </summary>
    public static class FaultBench
    {
        private static readonly MpoLayout[] Layouts = { MpoLayout.Mpo8, MpoLayout.Mpo12, MpoLayout.Mpo16, MpoLayout.Mpo24, MpoLayout.Mpo32 };

        /// <summary>Runs the matrix and prints it, then <paramref name="healthyInspections"/> healthy inspections through the same self-checks.</summary>
        public static FaultOutcome Run(TextWriter output, int healthyInspections)
        {
            return Run(output, healthyInspections, -1);
        }

        /// <summary>Print every run that did not do what its kind asks (<c>--list-wrong</c>), not only the first per kind.</summary>
        public static bool ListWrong { get; set; }

        /// <summary>Value of onlyKind that skips the matrix: the healthy populations alone.</summary>
        public const int HealthyOnly = -2;

        /// <summary>The matrix for one kind (<paramref name="onlyKind"/> ≥ 0, for work on a check), all (−1) or none (<see cref="HealthyOnly"/>); healthy inspections skipped when 0.</summary>
        public static FaultOutcome Run(TextWriter output, int healthyInspections, int onlyKind)
        {
            var total = new FaultOutcome { Kinds = FaultCases.Count };
            var watch = Stopwatch.StartNew();
            output.WriteLine($"Fault injection: {FaultCases.Count} kinds x {Layouts.Length} layouts x (before boot, after reference) x {FaultMatrix.Links} links (all 0.1 dB; one 1.0 dB; one 2.0 dB; all 1.0 dB), Standard limit 0.75 dB");
            output.WriteLine($" {"kind",-24} {"expected fault",-29} {"runs",4} {"bad PASS",8} {"bad PASS*",9} {"ovr PASS",8} {"marked",6} {"named",5}  first wrong");
            for (int kind = 0; kind <= FaultCases.Count; kind++)
            {
                if (onlyKind == HealthyOnly || (onlyKind >= 0 && kind != onlyKind))
                {
                    continue;
                }

                int runs = 0, badPass = 0, badStar = 0, overall = 0, named = 0, marked = 0, uniform = 0, unseen = 0;
                string wrong = string.Empty;
                foreach (MpoLayout layout in Layouts)
                {
                    for (int phase = 0; phase < 2; phase++)
                    {
                        for (int link = 0; link < FaultMatrix.Links; link++)
                        {
                            uint seed = (uint)(5000 + (kind * 31) + (phase * 7) + (link * 1009) + (int)layout.Id);
                            FaultRunOutcome o = FaultMatrix.Run(kind, layout, phase == 0, seed, link);
                            runs++;
                            // A result the re-check marks never stands on a certificate (docs/report.md): counted apart.
                            badPass += o.RecheckFailed ? 0 : o.BadFiberPasses;
                            badStar += o.RecheckFailed ? 0 : o.BadFiberMarginals;
                            marked += o.RecheckFailed ? o.BadFiberPasses + o.BadFiberMarginals : 0;
                            overall += o.BadLink && !o.RecheckFailed ? o.Passes + o.Marginals : 0;
                            bool ok = Named(kind, layout, phase == 0, link, o);
                            uniform += ok && UniformRefusal(link, o) ? 1 : 0;
                            unseen += ok && FaultCases.ActsNowAndThen(kind) && !o.FaultActed && o.FaultCode != FaultCases.ExpectedCode(kind, phase == 0, layout) ? 1 : 0;
                            named += ok ? 1 : 0;
                            string what = ok ? string.Empty : $"{layout.Name} {(phase == 0 ? "boot" : "after ref")} link {link}: {o.FaultCode ?? "no fault"}{(o.FaultOnScreen ? "" : ", not on screen")}{(o.GoodFiberFails > 0 ? ", good fiber failed" : "")}";
                            wrong = wrong.Length == 0 ? what : wrong;
                            if (!ok && ListWrong)
                            {
                                output.WriteLine($"   wrong: {FaultCases.Name(kind)}: {what}");
                            }
                        }
                    }
                }

                output.WriteLine($" {FaultCases.Name(kind),-24} {FaultCases.ExpectedCode(kind),-29} {runs,4} {badPass,8} {badStar,9} {overall,8} {marked,6} {named,5}  {(uniform > 0 ? $"(uniform-link source_changed {uniform}) " : "")}{(unseen > 0 ? $"(did not act, as healthy {unseen}) " : "")}{wrong}");
                total.Unseen += unseen;
                total.UniformRefusals += uniform;
                if (kind == 0)
                {
                    total.HealthyBad = runs - named;
                    continue;
                }

                total.Runs += runs;
                total.Passes += badPass;
                total.Marginals += badStar;
                total.OverallOnBadLink += overall;
                total.Marked += marked;
                total.Unnamed += runs - named;
            }

            output.WriteLine($" faulty runs {total.Runs}: fibers above the limit PASS {total.Passes}, PASS* {total.Marginals}; overall PASS/PASS* on a link with such a fiber {total.OverallOnBadLink}; marked by the re-check {total.Marked}; fault not named on screen and log {total.Unnamed}; healthy runs wrong {total.HealthyBad}; named source_changed on the uniform link {total.UniformRefusals}; intermittent that did not act, as healthy {total.Unseen}  ({watch.Elapsed.TotalSeconds:F1} s)");
            if (healthyInspections <= 0)
            {
                return total;
            }

            total.HealthyInspections = 2L * healthyInspections;
            total.HealthyRefused = HealthyRefusals(output, healthyInspections);
            total.HealthyRefused += FieldRefusals(output, healthyInspections);
            return total;
        }

        /// <summary>
        /// True when the run did what the kind asks: the healthy probe measures every fiber right
        /// without a fault; a fault is logged with its code and shown; a stable gain error present
        /// from boot may instead measure every fiber right (it acts alike on reference and inspection),
        /// and so may a fault on a position or in a range no reading of the run uses, and an
        /// intermittent joint that dropped no conversion while it could change the run (from boot, or
        /// during an inspection after the reference; <see cref="FaultCases.ActsNowAndThen"/>; the simulated front end counts its drops,
        /// <see cref="FaultRunOutcome.FaultActed"/>; counted apart in its row): that probe is a
        /// healthy one, and may refuse the uniform link as one does. On the link
        /// whose fibers all lose 1.0 dB alike, a probe that behaves as a healthy one may refuse
        /// naming <c>source_changed</c> (<see cref="UniformRefusal"/>). A source (or ambient light)
        /// brighter by as much as the link loses reads ≈ 0 dB: the job's re-check names it and marks the result.
        /// </summary>
        private static bool Named(int kind, MpoLayout layout, bool atBoot, int link, FaultRunOutcome o)
        {
            bool right = o.FaultCode == null && o.Inspections == 1 && o.GoodFiberFails == 0 && o.BadFiberPasses == 0 && o.BadFiberMarginals == 0;
            bool uniform = UniformRefusal(link, o);
            if (kind == 0)
            {
                // A healthy probe's re-check passes too: a failed one would mark good results.
                return (right && !o.RecheckFailed) || uniform;
            }

            bool named = o.FaultCode == FaultCases.ExpectedCode(kind, atBoot, layout) && o.FaultOnScreen;
            bool asHealthy = (atBoot && FaultCases.StableFromBoot(kind)) || FaultCases.OnUnusedPosition(kind, layout) || FaultCases.LatentOffTheRangesUsed(kind)
                || (FaultCases.ActsNowAndThen(kind) && !o.FaultActed);
            bool recheck = FaultCases.AddsLight(kind) && o.RecheckFailed;
            return named || (asHealthy && (right || uniform)) || recheck;
        }

        /// <summary>
        /// True on the link whose every fiber loses 1.0 dB alike when the probe refused naming
        /// <c>source_changed</c> on screen and in the log: every position lost light alike, which a
        /// source 1 dB dimmer or a reference cord that moved also does (the reference no longer
        /// applies, docs/faults.md). A named refusal, never a PASS; the row counts them apart.
        /// </summary>
        private static bool UniformRefusal(int link, FaultRunOutcome o)
        {
            return link == UniformLink && o.FaultCode == "source_changed" && o.FaultOnScreen && o.Inspections == 0;
        }

        /// <summary>The matrix's link whose every fiber loses 1.0 dB (<see cref="FaultMatrix.LossOf"/>).</summary>
        private const int UniformLink = 3;

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
                    probe.SignReference();
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
            output.WriteLine($" healthy inspections refused by a self-check: {refused} / {inspections} = {100.0 * refused / inspections:F3} % (95 % upper bound {100.0 * UpperBound(refused, inspections):F4} %){kinds}");
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
                if (i % FieldJob.PerProbe == 0)
                {
                    field = new SimulatedField((uint)(60000 + i));
                    probe = new SimulatedProbe(MpoLayout.Mpo12, (uint)(60000 + i), false, field);
                    source = FieldJob.TakeReference(probe, field, random);
                    hours = 0;
                }

                hours = FieldJob.Advance(probe, random, i, hours);
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
            output.WriteLine($" field-model inspections refused by a self-check: {refused} / {inspections} = {100.0 * refused / inspections:F3} % (95 % upper bound {100.0 * UpperBound(refused, inspections):F4} %){kinds}");
            return refused;
        }

        /// <summary>1 when the self-checks refused the inspection just made (the fault counted by kind and cleared), else 0.</summary>
        private static int Refused(SimulatedProbe probe, bool passedBefore, InspectionResult result, long[] byKind)
        {
            SelfTest test = probe.Core.SelfTest;
            bool ok = passedBefore && test.AfterScan(probe.Inspector.Scan, MpoLayout.Mpo12) && test.MatchesReference(probe.Reference, MpoLayout.Mpo12, null)
                && test.AfterInspection(result);
            if (ok)
            {
                return 0;
            }

            byKind[(int)test.Faults.Kind]++;
            test.Faults.Clear();
            return 1;
        }

        /// <summary>One-sided 95 % upper bound of a rate (<see cref="RateBound.Upper95"/>).</summary>
        public static double UpperBound(long events, long trials)
        {
            return RateBound.Upper95(events, trials);
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
