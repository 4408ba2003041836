using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// For work on the test-step tolerance (docs/faults.md, "The test step's noise model"): how far a
    /// healthy channel's step moves between reference and inspection under the field model, per
    /// test range, against <see cref="TestStepTolerance"/>. Runs on development seeds (910 000+)
    /// that no reported figure uses, so the healthy-refusal count stays a held-out measurement.
    /// </summary>
    public static class GainCheckDev
    {
        /// <summary>Prints, per test range, the spread of now/then − 1 and its largest share of the tolerance; <paramref name="termOff"/> 1–5 switches one field term off (as the field bench), 7 the conversion noise, 9 the whole field.</summary>
        public static void Run(TextWriter output, int inspections, int termOff)
        {
            var random = new SimRandom(123457);
            SimulatedProbe probe = null;
            SimulatedField field = null;
            double source = -20;
            double hours = 0;
            var n = new int[FrontEndDesign.RangeCount];
            var sum = new double[FrontEndDesign.RangeCount];
            var sq = new double[FrontEndDesign.RangeCount];
            var max = new double[FrontEndDesign.RangeCount];
            var zmax = new double[FrontEndDesign.RangeCount];
            for (int i = 0; i < inspections; i++)
            {
                if (i % FieldJob.PerProbe == 0)
                {
                    field = new SimulatedField((uint)(910000 + i));
                    field.Mating = termOff != 1;
                    field.SourceDrift = termOff != 2;
                    field.Temperature = termOff != 3;
                    field.ChipVariation = termOff != 4;
                    field.Crosstalk = termOff != 5;
                    probe = new SimulatedProbe(MpoLayout.Mpo12, (uint)(910000 + i), false, termOff == 9 ? null : field);
                    if (termOff == 7)
                    {
                        probe.Sim.NoiseSigmaCodes = 0;
                    }

                    source = FieldJob.TakeReference(probe, field, random);
                    hours = 0;
                }

                hours = FieldJob.Advance(probe, random, i, hours);
                var truth = new double[12];
                for (int f = 0; f < 12; f++)
                {
                    truth[f] = (i % 4) == 3 ? 0.0 : Math.Max(0.0, 0.75 + random.Uniform(-0.5, 0.5));
                }

                field.Mate(probe.Sim, 12);
                probe.LightWithLoss(source, truth);
                probe.Core.SelfTest.BeforeMeasuring(MpoLayout.Mpo12);
                probe.InspectNow();
                probe.Core.SelfTest.AfterScan(probe.Inspector.Scan, MpoLayout.Mpo12);
                probe.Core.SelfTest.MatchesReference(probe.Reference, MpoLayout.Mpo12, null);
                GainSignature then = probe.Reference.Signature;
                GainSignature now = probe.Core.SelfTest.Current;
                for (int c = 0; c < 12; c++)
                {
                    if (!then.HasTest(c) || !now.HasTest(c))
                    {
                        continue;
                    }

                    int r = then.TestRange(c);
                    double d = (now.TestCodes(c) / then.TestCodes(c)) - 1.0;
                    double v;
                    double scale = LadderMatch.Scale(then, now, out v);
                    double z = Math.Abs(now.TestCodes(c) - (scale * then.TestCodes(c))) / TestStepTolerance.Codes(then.TestCodes(c), then.TestNoiseCodes(c), then.TestResultsPerHalf, now.TestNoiseCodes(c), now.TestResultsPerHalf, v);
                    n[r]++;
                    sum[r] += d;
                    sq[r] += d * d;
                    max[r] = Math.Max(max[r], Math.Abs(d));
                    zmax[r] = Math.Max(zmax[r], z);
                }

                probe.Core.SelfTest.Faults.Clear();
            }

            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                if (n[r] > 0)
                {
                    double mean = sum[r] / n[r];
                    output.WriteLine($" range {r}: n {n[r]} step {TestCurrent.StepCodes(r):F0} mean {100 * mean:F3} % sd {100 * Math.Sqrt((sq[r] / n[r]) - (mean * mean)):F3} % max|d| {100 * max[r]:F3} % max |d|/tol {zmax[r]:F3} tol {100 * TestStepTolerance.Codes(TestCurrent.StepCodes(r), TestCurrent.DesignNoiseCodes(r), GainCheck.ResultsPerHalf, TestCurrent.DesignNoiseCodes(r), GainCheck.FoldedResults, 3.5e-6) / TestCurrent.StepCodes(r):F2} %");
                }
            }
        }
    }
}
