using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>What the mating sweep measured, over every σ.</summary>
    public sealed class SweepOutcome
    {
        /// <summary>Lowest k = 2 coverage over the swept σ.</summary>
        public double CoverageMin { get; set; } = 1;

        /// <summary>Highest k = 2 coverage over the swept σ.</summary>
        public double CoverageMax { get; set; }

        /// <summary>Highest share of false bare PASS or false bare FAIL among all fibers (within limit ± 0.5 dB), over the swept σ.</summary>
        public double FalseMax { get; set; }

        /// <summary>At the nominal σ: share of PASS*/FAIL* among fibers more than 0.15 dB from the limit.</summary>
        public double StarredFar { get; set; }
    }

    /// <summary>
    /// The budget against a field it did not write (docs/uncertainty.md, "What the benchmark
    /// shows"): the real mating σ is swept over 0.02 / 0.05 / 0.08 / 0.12 dB from the simulation's
    /// own figures (<see cref="FieldTruth"/>), on seeds used by no other section and by no choice
    /// of the Core. Each probe sets its reference, checks it with one re-mate (<c>verify</c>), and
    /// re-mates every <see cref="InspectionSettings.RemateEvery"/>-th link as the workflow asks;
    /// the first inspection of each link is scored.
    /// </summary>
    public static class FieldSweep
    {
        private const int Block = 40;

        /// <summary>
        /// Seeds of the reported run (<c>--sweep</c>, also the full run): held out, run once after
        /// every choice of the coverage factor and the bare-verdict limit was made on the development
        /// seeds (issue 25, 2026-12-02). No other section uses 8 600 000–8 999 999.
        /// </summary>
        public const uint HeldOutSeedBase = 8600000u;

        /// <summary>
        /// The first held-out seeds (<c>--sweep-consumed</c>): looked at after issue 25's earlier
        /// changes, so no longer clean; kept to reproduce the figures of docs/uncertainty.md's history.
        /// </summary>
        public const uint ConsumedSeedBase = 9100000u;

        /// <summary>
        /// A second held-out range (<c>--sweep-large</c>, 2026-12-03): the same design as the
        /// reported run, ten times the probes, to tell a false bare share from 0.1 % (50 probes per σ
        /// cannot: see the probe-resampled intervals). No section and no choice used 5 200 000–5 599 999.
        /// </summary>
        public const uint LargeSeedBase = 5200000u;

        /// <summary>Seeds for trying designs out (<c>--sweep-dev</c>); never the reported ones.</summary>
        public const uint DevSeedBase = 7300000u;
        private static readonly double[] Sigmas = { 0.02, 0.05, 0.08, 0.12 };

        /// <summary>Runs the sweep on the held-out seeds with <paramref name="fibersPerSigma"/> fibers per σ and prints one line per σ.</summary>
        public static SweepOutcome Run(TextWriter output, int fibersPerSigma)
        {
            return Run(output, fibersPerSigma, HeldOutSeedBase);
        }

        /// <summary>As above on the seeds from <paramref name="seedBase"/> (<see cref="HeldOutSeedBase"/>, <see cref="ConsumedSeedBase"/> or <see cref="DevSeedBase"/>).</summary>
        public static SweepOutcome Run(TextWriter output, int fibersPerSigma, uint seedBase)
        {
            bool dev = seedBase == DevSeedBase;
            string label = dev ? " (development seeds 7 300 000+)" : (seedBase == ConsumedSeedBase ? " (consumed held-out seeds 9 100 000+)"
                : (seedBase == LargeSeedBase ? " (second held-out seeds 5 200 000+)" : " (held-out seeds 8 600 000+)"));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            output.WriteLine($"Mating sweep{label}: field truth from the simulation's own figures, real mating σ swept; {fibersPerSigma} MPO-12 fibers per σ, true loss uniform over limit ± 0.5 dB,");
            output.WriteLine($" reference + verify, a link re-mated after each of the first links until {MatingRepeatability.LearningRemates} re-mates, then every {new InspectionSettings().RemateEvery}, as asked, inspections over 7.9 h (targets: coverage 93–97 %, false bare PASS / FAIL ≤ 0.1 % each, starred far ≤ 10 % at 0.05 dB)");
            output.WriteLine("  σ real   coverage   false PASS   false FAIL   starred >0.15 dB from limit   mean u_c   mean mating σ used");
            var outcome = new SweepOutcome();
            var intervals = new string[Sigmas.Length];
            for (int s = 0; s < Sigmas.Length; s++)
            {
                SweepTally t = Classify(Sigmas[s], fibersPerSigma, seedBase + (uint)(s * 100000));
                outcome.CoverageMin = Math.Min(outcome.CoverageMin, t.Coverage);
                outcome.CoverageMax = Math.Max(outcome.CoverageMax, t.Coverage);
                outcome.FalseMax = Math.Max(outcome.FalseMax, Math.Max(t.FalsePassShare, t.FalseFailShare));
                if (Sigmas[s] == FieldTruth.NominalMatingSigmaDb)
                {
                    outcome.StarredFar = t.StarredFarShare;
                }

                output.WriteLine($"  {Sigmas[s]:F2}     {100 * t.Coverage,5:F1} %    {t.FalsePass,3} ({100 * t.FalsePassShare:F3} %)  {t.FalseFail,3} ({100 * t.FalseFailShare:F3} %)  {100 * t.StarredFarShare,5:F1} % of {t.Far}                  {t.MeanU:F4}     {t.MeanMating:F4}");
                intervals[s] = $"  {Sigmas[s]:F2}     false PASS {t.Interval(true)}   false FAIL {t.Interval(false)}";
            }

            // A probe's fibers share its reference's mating and its source's drift, so wrong verdicts
            // come in clusters: the interval resamples whole probes (percentile bootstrap, 2 000 draws).
            output.WriteLine(" 95 % intervals of the false bare shares, resampling whole probes:");
            foreach (string line in intervals)
            {
                output.WriteLine(line);
            }

            output.WriteLine($" ({watch.Elapsed.TotalSeconds:F1} s)");
            return outcome;
        }

        private static SweepTally Classify(double sigma, int fibers, uint seedBase)
        {
            var random = new SimRandom(seedBase);
            var tally = new SweepTally();
            var held = new double[MpoLayout.MaxPositions];
            var changes = new double[MpoLayout.MaxPositions];
            var verifyScan = new Scan();
            int inspections = (fibers + 11) / 12;
            SimulatedProbe probe = null;
            SimulatedField field = null;
            double source = -20;
            double hours = 0;
            int since = 0;
            for (int i = 0; i < inspections; i++)
            {
                if (i % Block == 0)
                {
                    tally.NewProbe();
                    uint seed = seedBase + (uint)i;
                    field = new SimulatedField(seed);
                    field.MatingSigmaDb = sigma;
                    probe = new SimulatedProbe(MpoLayout.Mpo12, seed, true, field);
                    source = random.Uniform(-30, -10);
                    probe.Sim.AdvanceMinutes(random.Uniform(0, 30));
                    field.Mate(probe.Sim, 12);
                    probe.LightUsed(source);
                    probe.TakeReferenceNow();
                    VerifyPlain(probe, field, verifyScan);
                    hours = 0;
                    since = 0;
                }

                double[] truth = FieldBench.NextLink(probe, random, i, Block, ref hours);
                field.Mate(probe.Sim, 12);
                probe.LightWithLoss(source, truth);
                double matingUsed = probe.Inspector.Budget.MatingSigmaDb;
                InspectionResult result = probe.InspectNow();
                for (int p = 1; p <= 12; p++)
                {
                    tally.Add(truth[p - 1] - probe.Settings.Limit.LimitDb, result.VerdictAt(p), Tally.LossError(result, p, truth[p - 1]), result.UncertaintyDb(p), result.BandDb(p), matingUsed);
                }

                since++;
                // As the workflow asks: after every link while the mating figure is learning, then every RemateEvery.
                int every = probe.Inspector.Budget.Mating.Learning ? 1 : probe.Settings.RemateEvery;
                if (since >= every)
                {
                    Remate(probe, field, result, held, changes);
                    since = 0;
                }
            }

            return tally;
        }

        /// <summary>
        /// The workflow's re-mate prompt on an MPO-12 link: unplug, re-plug, inspect again; the change
        /// per fiber is evidence for the mating figure. <paramref name="held"/> and
        /// <paramref name="changes"/> are work arrays.
        /// </summary>
        internal static void Remate(SimulatedProbe probe, SimulatedField field, InspectionResult result, double[] held, double[] changes)
        {
            Remate(probe, field, result, held, changes, probe.InspectNow);
        }

        /// <summary>As above, inspecting with <paramref name="inspect"/> (a coded inspection, say).</summary>
        internal static void Remate(SimulatedProbe probe, SimulatedField field, InspectionResult result, double[] held, double[] changes, Func<InspectionResult> inspect)
        {
            uint heldMask = 0;
            for (int p = 1; p <= 12; p++)
            {
                held[p - 1] = result.LossDb(p);
                heldMask |= result.HasLoss(p) ? PositionMask.Of(p) : 0;
            }

            field.Mate(probe.Sim, 12);
            double limit = RemateComparison.MovedLimitDb(probe.Inspector.Budget.MatingSigmaDb);
            int n = RemateComparison.Changes(held, heldMask, inspect(), changes, limit);
            probe.Inspector.Budget.Mating.Observe(changes, n);
        }

        /// <summary>
        /// Counts a scored link and re-mates it when the workflow asks (after each link while the
        /// mating figure is learning, then every <see cref="InspectionSettings.RemateEvery"/>; never
        /// after a RE-REFERENCE): the benches that follow the workflow share this.
        /// </summary>
        internal static void RemateIfAsked(SimulatedProbe probe, SimulatedField field, InspectionResult result, double[] held, double[] changes, ref int since, Func<InspectionResult> inspect)
        {
            since++;
            int every = probe.Inspector.Budget.Mating.Learning ? 1 : probe.Settings.RemateEvery;
            if (since >= every && !result.ReReference)
            {
                Remate(probe, field, result, held, changes, inspect);
                since = 0;
            }
        }

        /// <summary>The workflow's <c>verify</c> after a plain reference: the cord re-mated, measured as a reference, the change judged and learnt.</summary>
        internal static void VerifyPlain(SimulatedProbe probe, SimulatedField field, Scan verifyScan)
        {
            field.Mate(probe.Sim, 12);
            probe.Acquirer.AcquireReference(12, probe.Settings.Wavelength, verifyScan);
            probe.Core.Verification.Verify(probe.Reference, verifyScan, MpoLayout.Mpo12, probe.Inspector.Budget);
        }

        private sealed class SweepTally
        {
            private long _n;
            private long _covered;
            private double _sumU;
            private double _sumMating;

            public long Fibers { get; private set; }

            public long FalsePass { get; private set; }

            public long FalseFail { get; private set; }

            public long Far { get; private set; }

            public long FarStarred { get; private set; }

            public double Coverage => _n == 0 ? 0 : (double)_covered / _n;

            public double FalsePassShare => (double)FalsePass / Math.Max(1, Fibers);

            public double FalseFailShare => (double)FalseFail / Math.Max(1, Fibers);

            public double StarredFarShare => (double)FarStarred / Math.Max(1, Far);

            public double MeanU => _sumU / Math.Max(1, _n);

            public double MeanMating => _sumMating / Math.Max(1, _n);

            private readonly System.Collections.Generic.List<long[]> _probes = new System.Collections.Generic.List<long[]>();

            /// <summary>Starts a new probe's counts (fibers, false PASS, false FAIL).</summary>
            public void NewProbe()
            {
                _probes.Add(new long[3]);
            }

            /// <summary>The 95 % percentile-bootstrap interval of the false PASS (or FAIL) share, resampling whole probes.</summary>
            public string Interval(bool pass)
            {
                int n = _probes.Count;
                var shares = new double[2000];
                var random = new SimRandom(20261203u);
                for (int b = 0; b < shares.Length; b++)
                {
                    long fibers = 0, wrong = 0;
                    for (int k = 0; k < n; k++)
                    {
                        long[] c = _probes[(int)(random.NextDouble() * n)];
                        fibers += c[0];
                        wrong += c[pass ? 1 : 2];
                    }

                    shares[b] = (double)wrong / Math.Max(1, fibers);
                }

                Array.Sort(shares);
                return $"{100 * shares[49]:F3}–{100 * shares[1949]:F3} % ({n} probes)";
            }

            public void Add(double fromLimitDb, Verdict v, double errorDb, double uDb, double expandedDb, double matingDb)
            {
                int falsePass = fromLimitDb > 0 && v == Verdict.Pass ? 1 : 0;
                int falseFail = fromLimitDb < 0 && v == Verdict.Fail ? 1 : 0;
                long[] probe = _probes[_probes.Count - 1];
                probe[0]++;
                probe[1] += falsePass;
                probe[2] += falseFail;
                Fibers++;
                FalsePass += falsePass;
                FalseFail += falseFail;
                bool far = Math.Abs(fromLimitDb) > 0.15;
                Far += far ? 1 : 0;
                FarStarred += far && (v == Verdict.PassStar || v == Verdict.FailStar) ? 1 : 0;
                if (double.IsNaN(errorDb) || double.IsNaN(uDb))
                {
                    return;
                }

                _n++;
                // U as the probe reports it (the band; the sweep's guard is 0).
                _covered += Math.Abs(errorDb) <= expandedDb ? 1 : 0;
                _sumU += uDb;
                _sumMating += matingDb;
            }
        }
    }
}
