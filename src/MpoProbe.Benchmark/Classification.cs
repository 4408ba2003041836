using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>Verdict error rates over many seeded inspections with true losses spread around each limit.</summary>
    public sealed class ClassificationOutcome
    {
        /// <summary>PASS given to a fiber whose true loss is ≥ limit + 0.05 dB, as a share of those fibers.</summary>
        public double FalsePass { get; set; }

        /// <summary>FAIL given to a fiber whose true loss is ≤ limit − 0.05 dB, as a share of those fibers.</summary>
        public double FalseFail { get; set; }
    }

    /// <summary>
    /// Inspections of MPO-12 links whose true per-fiber losses are drawn uniformly within
    /// ±0.25 dB of the Elite or Standard limit. A new probe (new seed, new reference, source
    /// power between −10 and −30 dBm) every 50 inspections samples reference and calibration errors.
    /// </summary>
    public static class Classification
    {
        private const double Band = 0.05;

        /// <summary>Prints the table and returns the two rates.</summary>
        public static ClassificationOutcome Run(TextWriter output, int inspections)
        {
            return Run(output, inspections, true);
        }

        /// <summary>
        /// Prints the table and returns the two rates; each probe boots with the calibration file its
        /// simulated factory procedure produced, or (<paramref name="calibrated"/> false) with none.
        /// </summary>
        public static ClassificationOutcome Run(TextWriter output, int inspections, bool calibrated)
        {
            var random = new SimRandom(4242);
            long aboveCount = 0, abovePass = 0, belowCount = 0, belowFail = 0, nearCount = 0, nearMarginal = 0, belowMarginal = 0;
            SimulatedProbe probe = null;
            double source = -20;
            for (int i = 0; i < inspections; i++)
            {
                if (i % 50 == 0)
                {
                    probe = new SimulatedProbe(MpoLayout.Mpo12, (uint)(9000 + i), calibrated);
                    source = random.Uniform(-30, -10);
                    probe.TakeReference(source);
                }

                LimitProfile profile = (i % 2) == 0 ? LimitProfile.Elite : LimitProfile.Standard;
                probe.Settings.Limit = profile;
                var truth = new double[12];
                for (int f = 0; f < 12; f++)
                {
                    truth[f] = Math.Max(0.0, profile.LimitDb + random.Uniform(-0.25, 0.25));
                }

                probe.LightWithLoss(source, truth);
                InspectionResult result = probe.Inspect();
                for (int p = 1; p <= 12; p++)
                {
                    double t = truth[p - 1];
                    Verdict v = result.VerdictAt(p);
                    if (t >= profile.LimitDb + Band)
                    {
                        aboveCount++;
                        abovePass += v == Verdict.Pass ? 1 : 0;
                    }
                    else if (t <= profile.LimitDb - Band)
                    {
                        belowCount++;
                        belowFail += v == Verdict.Fail ? 1 : 0;
                        belowMarginal += v == Verdict.PassStar ? 1 : 0;
                    }
                    else
                    {
                        nearCount++;
                        nearMarginal += v == Verdict.PassStar ? 1 : 0;
                    }
                }
            }

            var outcome = new ClassificationOutcome
            {
                FalsePass = (double)abovePass / aboveCount,
                FalseFail = (double)belowFail / belowCount,
            };
            output.WriteLine($"Classification{(calibrated ? string.Empty : " (uncalibrated: no calibration file)")}: {inspections} MPO-12 inspections ({inspections * 12} fibers), true loss within ±0.25 dB of Elite 0.35 / Standard 0.75, guard band 0.10 dB");
            output.WriteLine($" false PASS (true ≥ limit + 0.05 dB)  {abovePass,6} / {aboveCount,-7} = {100 * outcome.FalsePass:F3} %   target 0");
            output.WriteLine($" false FAIL (true ≤ limit − 0.05 dB)  {belowFail,6} / {belowCount,-7} = {100 * outcome.FalseFail:F3} %   target ≤ 0.1 %");
            output.WriteLine($" PASS* within limit ± 0.05 dB         {nearMarginal,6} / {nearCount,-7} = {100.0 * nearMarginal / nearCount:F1} %");
            output.WriteLine($" PASS* below limit − 0.05 dB          {belowMarginal,6} / {belowCount,-7} = {100.0 * belowMarginal / belowCount:F1} % (uncertainty band at work)");
            return outcome;
        }
    }
}
