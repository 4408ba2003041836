using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// A plain source that steps after the reference (issue 25, part 4; docs/uncertainty.md, "Plain
    /// source"): (a) a ±0.2 dB step at a random moment of the job inside uneven losses (every fiber
    /// uniform over limit ± 0.5 dB), mating σ 0.05 dB, reference + <c>verify</c> + the workflow's
    /// re-mates and the job's reference re-check as the workflow asks for it (every
    /// <see cref="InspectionSettings.RecheckEvery"/> inspections and at the job's end, the real
    /// <see cref="ProbeActions.Recheck"/>; a failed one marks the inspections since the last good check
    /// and a new reference is set; a passed one's mean change, judged against the band without its
    /// drift rectangle, stars as the certificate does the bare verdicts whose margin does not cover it,
    /// <see cref="RecheckMean.Certified"/>): among the
    /// inspections after the step, the share refused (RE-REFERENCE), marked by the re-check, covered
    /// by U among the rest, and the false bare verdicts that stand on the certificate, against the same links without a step; (b) a whole connector shifted ±0.9 dB on a
    /// near-perfect link (0–0.1 dB per fiber): the share read RE-REFERENCE (at once, or held for a clean that takes nothing off), and of the others the share
    /// the job's re-check marks. Seeds 8 200 000–8 299 999 (the whole-connector part from 8 250 000), used by no other section and no design choice.
    /// </summary>
    public static class SourceStepBench
    {
        private const uint SeedBase = 8200000u;
        private const int Block = 40;

        /// <summary>Runs both parts with <paramref name="probes"/> probes per case and prints one line per case.</summary>
        public static void Run(TextWriter output, int probes)
        {
            output.WriteLine($"Plain source step (field on, mating σ 0.05 dB, {probes} probes × {Block} MPO-12 links per case, scored after the step):");
            output.WriteLine("  step      inspections   refused (RE-REFERENCE)   marked by the re-check   covered by U (the rest)   false bare PASS standing   false bare FAIL standing");
            double[] steps = { 0.0, 0.2, -0.2 };
            for (int c = 0; c < steps.Length; c++)
            {
                int[] t = Uneven(steps[c], probes, SeedBase);
                output.WriteLine($"  {steps[c],5:+0.0;-0.0;0.0} dB   {t[0],6}        {100.0 * t[3] / Math.Max(1, t[0]),5:F1} %                  {100.0 * t[7] / Math.Max(1, t[0]),5:F1} %                  {100.0 * t[1] / Math.Max(1, t[2]),5:F1} %                  {t[4],4} ({100.0 * t[4] / Math.Max(1, t[5]):F3} %)          {t[6],4} ({100.0 * t[6] / Math.Max(1, t[5]):F3} %)   re-checks failed {t[9]} of {t[8]}, after the step against a reference from before it {t[11]} of {t[10]}; bare verdicts a passed re-check's mean starred {t[12]} of {t[13]} ({100.0 * t[12] / Math.Max(1, t[13]):F1} %); on the certificate starred among fibers > 0.15 dB from the limit {100.0 * t[15] / Math.Max(1, t[14]):F1} % of {t[14]}");
            }

            output.WriteLine($"Whole connector shifted after a plain reference (near-perfect link 0–0.1 dB per fiber, Standard limit, {probes} probes × 10 links):");
            double[] shifts = { 0.9, -0.9 };
            for (int c = 0; c < shifts.Length; c++)
            {
                int[] w = Whole(shifts[c], probes, SeedBase + 50000u);
                output.WriteLine($"  source {(shifts[c] > 0 ? "brighter" : "dimmer  ")} by {Math.Abs(shifts[c]):F1} dB: RE-REFERENCE {w[1]} of {w[0]} inspections ({100.0 * w[1] / Math.Max(1, w[0]):F1} %; {w[4]} held for a clean first, \"ALL HIGH: CLEAN FIRST\"), any PASS/PASS*/FAIL*/FAIL shown on {w[2]}, of which marked by the job's re-check {w[3]}: {w[2] - w[3]} stand with a verdict");
            }
        }

        /// <summary>
        /// Counts: inspections after the step, covered, scored losses, refused, false PASS standing,
        /// fibers, false FAIL standing, marked by the re-check, re-checks, re-checks failed, re-checks
        /// after the step against a reference taken before it, of those failed, bare verdicts a passed
        /// re-check's mean starred, bare verdicts in intervals whose re-check passed, and in those
        /// intervals the fibers more than 0.15 dB from the limit with a loss verdict, of those starred.
        /// </summary>
        private static int[] Uneven(double stepDb, int probes, uint seedBase)
        {
            var counts = new int[16];
            var interval = new int[8];
            var held = new System.Collections.Generic.List<Scored>();
            var random = new SimRandom(seedBase);
            var verifyScan = new Scan();
            var remated = new double[MpoLayout.MaxPositions];
            var changes = new double[MpoLayout.MaxPositions];
            for (int b = 0; b < probes; b++)
            {
                uint seed = seedBase + (uint)b;
                var field = new SimulatedField(seed);
                field.MatingSigmaDb = FieldTruth.NominalMatingSigmaDb;
                field.SourceStepDb = stepDb;
                field.SourceStepAtHours = random.Uniform(1.0, 7.0);
                var probe = new SimulatedProbe(MpoLayout.Mpo12, seed, true, field);
                double source = random.Uniform(-30, -10);
                field.Mate(probe.Sim, 12);
                probe.LightUsed(source);
                probe.TakeReferenceNow();
                FieldSweep.VerifyPlain(probe, field, verifyScan);
                double hours = 0;
                int since = 0;
                bool referenceBeforeStep = true;
                double previousMean = 0;
                var actions = new ProbeActions(probe.Core);
                for (int i = 0; i < Block; i++)
                {
                    double[] truth = FieldBench.NextLink(probe, random, i, Block, ref hours);
                    field.Mate(probe.Sim, 12);
                    probe.LightWithLoss(source, truth);
                    InspectionResult result = probe.InspectNow();
                    if (hours >= field.SourceStepAtHours)
                    {
                        Score(result, truth, interval);
                        if (!result.ReReference)
                        {
                            // A refused inspection logs no result: nothing of it reaches a certificate.
                            held.Add(new Scored(result, truth, probe.Inspector.Budget.SourceBoundDb));
                        }
                    }

                    // The link's re-mate first (it re-inspects the link), then the job's re-check with the cord.
                    FieldSweep.RemateIfAsked(probe, field, result, remated, changes, ref since, probe.InspectNow);
                    if ((i + 1) % probe.Settings.RecheckEvery == 0 || i == Block - 1)
                    {
                        bool passed = JobRecheck(probe, field, actions, source);
                        Merge(interval, counts, passed);
                        Certify(held, counts, passed, previousMean, actions.LastRecheckMeanDb);
                        previousMean = passed ? actions.LastRecheckMeanDb : 0;
                        counts[8]++;
                        counts[9] += passed ? 0 : 1;
                        bool afterStep = hours >= field.SourceStepAtHours && referenceBeforeStep;
                        counts[10] += afterStep ? 1 : 0;
                        counts[11] += afterStep && !passed ? 1 : 0;
                        referenceBeforeStep = passed ? referenceBeforeStep : hours < field.SourceStepAtHours;
                    }
                }
            }

            return counts;
        }

        /// <summary>
        /// The job's re-check: the reference cord re-mated and measured by the real <see cref="ProbeActions.Recheck"/>;
        /// when it fails (the results since the last good check are marked), a new reference is set.
        /// </summary>
        private static bool JobRecheck(SimulatedProbe probe, SimulatedField field, ProbeActions actions, double sourceDbm)
        {
            field.Mate(probe.Sim, 12);
            probe.LightUsed(sourceDbm);
            if (actions.Recheck())
            {
                return true;
            }

            probe.TakeReferenceNow();
            return false;
        }

        /// <summary>Adds an interval's counts to the totals: as they are when its re-check passed, as marked inspections when it failed.</summary>
        private static void Merge(int[] interval, int[] counts, bool passed)
        {
            counts[0] += interval[0];
            counts[3] += interval[3];
            counts[5] += interval[5];
            counts[7] += passed ? 0 : interval[0] - interval[3];
            if (passed)
            {
                counts[1] += interval[1];
                counts[2] += interval[2];
            }

            Array.Clear(interval, 0, interval.Length);
        }

        /// <summary>
        /// The certificate's verdicts of an interval's scored inspections (<see cref="RecheckMean.Certified"/>
        /// with the previous and this re-check's mean change, each result's u and drift allowance;
        /// a failed re-check marked them all): the false bare
        /// verdicts that stand, and the bare verdicts the re-check's mean starred among all bare ones.
        /// </summary>
        private static void Certify(System.Collections.Generic.List<Scored> held, int[] counts, bool passed, double previousMeanDb, double meanChangeDb)
        {
            foreach (Scored s in held)
            {
                for (int p = 0; p < 12 && passed; p++)
                {
                    Verdict logged = s.Verdicts[p];
                    Verdict v = RecheckMean.Certified(logged, s.Loss[p], s.Uncertainty[p], s.Guard, s.Limit, previousMeanDb, meanChangeDb, s.Allowance);
                    counts[4] += s.Truth[p] > s.Limit && v == Verdict.Pass ? 1 : 0;
                    counts[6] += s.Truth[p] < s.Limit && v == Verdict.Fail ? 1 : 0;
                    bool bare = logged == Verdict.Pass || logged == Verdict.Fail;
                    counts[12] += bare && v != logged ? 1 : 0;
                    counts[13] += bare ? 1 : 0;
                    bool far = Math.Abs(s.Truth[p] - s.Limit) > 0.15;
                    bool starred = v == Verdict.PassStar || v == Verdict.FailStar;
                    counts[14] += far && (starred || v == Verdict.Pass || v == Verdict.Fail) ? 1 : 0;
                    counts[15] += far && starred ? 1 : 0;
                }
            }

            held.Clear();
        }

        /// <summary>One scored inspection as its record carries it: per position the verdict, loss and u, the limit and guard, the drift the bands allowed, and the truth.</summary>
        private sealed class Scored
        {
            public Scored(InspectionResult result, double[] truth, double allowanceDb)
            {
                Limit = result.LimitDb;
                Guard = result.GuardBandDb;
                Allowance = allowanceDb;
                Truth = (double[])truth.Clone();
                for (int p = 1; p <= 12; p++)
                {
                    Verdicts[p - 1] = result.VerdictAt(p);
                    Loss[p - 1] = result.HasLoss(p) ? result.LossDb(p) : 0;
                    Uncertainty[p - 1] = result.UncertaintyDb(p);
                }
            }

            public double Limit { get; }

            public double Allowance { get; }

            public double Guard { get; }

            public double[] Truth { get; }

            public Verdict[] Verdicts { get; } = new Verdict[12];

            public double[] Loss { get; } = new double[12];

            public double[] Uncertainty { get; } = new double[12];
        }

        private static void Score(InspectionResult result, double[] truth, int[] counts)
        {
            counts[0]++;
            counts[3] += result.ReReference ? 1 : 0;
            for (int p = 1; p <= 12; p++)
            {
                counts[5]++;
                if (result.ReReference || !result.HasLoss(p))
                {
                    continue;
                }

                counts[2]++;
                counts[1] += Math.Abs(result.LossDb(p) - truth[p - 1]) <= result.BandDb(p) ? 1 : 0;
            }
        }

        /// <summary>Counts: inspections, read RE-REFERENCE, showing a loss verdict, of those marked by the job's re-check.</summary>
        private static int[] Whole(double brighterDb, int probes, uint seedBase)
        {
            var counts = new int[5];
            var random = new SimRandom(seedBase);
            var verifyScan = new Scan();
            var cycle = new CleanCycle();
            for (int b = 0; b < probes; b++)
            {
                uint seed = seedBase + (uint)b;
                var field = new SimulatedField(seed);
                field.MatingSigmaDb = FieldTruth.NominalMatingSigmaDb;
                var probe = new SimulatedProbe(MpoLayout.Mpo12, seed, true, field);
                probe.Settings.Limit = LimitProfile.Standard;
                double source = random.Uniform(-28, -12);
                field.Mate(probe.Sim, 12);
                probe.LightUsed(source);
                probe.TakeReferenceNow();
                FieldSweep.VerifyPlain(probe, field, verifyScan);
                int shownInJob = 0;
                for (int i = 0; i < 10; i++)
                {
                    probe.Sim.AdvanceMinutes(random.Uniform(5, 40));
                    var truth = new double[12];
                    for (int f = 0; f < 12; f++)
                    {
                        truth[f] = random.Uniform(0, 0.1);
                    }

                    field.Mate(probe.Sim, 12);
                    probe.LightWithLoss(source + brighterDb, truth);
                    InspectionResult r = probe.InspectNow();
                    if (r.CleanFirst)
                    {
                        // Held for a clean: the technician cleans and re-mates; no dirt comes off. The workflow refuses the re-inspection when nothing came off.
                        counts[4]++;
                        cycle.Reset();
                        cycle.SetBefore(r);
                        field.Mate(probe.Sim, 12);
                        probe.LightWithLoss(source + brighterDb, truth);
                        r = probe.InspectNow();
                        if (cycle.NothingCameOff(r, probe.Inspector.Budget))
                        {
                            r.LostAfterClean();
                        }
                    }

                    counts[0]++;
                    counts[1] += r.ReReference ? 1 : 0;
                    uint shown = r.MaskOf(Verdict.Pass) | r.MaskOf(Verdict.PassStar) | r.MaskOf(Verdict.FailStar) | r.MaskOf(Verdict.Fail);
                    counts[2] += shown != 0 ? 1 : 0;
                    shownInJob += shown != 0 ? 1 : 0;
                }

                // The job's end: the reference cord again, through the source as it is now.
                counts[3] += JobRecheck(probe, field, new ProbeActions(probe.Core), source + brighterDb) ? 0 : shownInJob;
            }

            return counts;
        }
    }
}
