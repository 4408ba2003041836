using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>Precision and recall of the two field calls that matter.</summary>
    public sealed class DiagnosisOutcome
    {
        /// <summary>"Suspect contamination" precision.</summary>
        public double ContaminationPrecision { get; set; }

        /// <summary>"Suspect contamination" recall.</summary>
        public double ContaminationRecall { get; set; }

        /// <summary>"Escalate" precision.</summary>
        public double EscalatePrecision { get; set; }

        /// <summary>"Escalate" recall.</summary>
        public double EscalateRecall { get; set; }
    }

    /// <summary>
    /// Seeded links on MPO-12 and MPO-24: clean; contamination on 2–3 neighbouring fibers that one
    /// clean removes; stubborn contamination that takes two cleans; damage on 1–2 fibers (possibly
    /// neighbours) that no clean changes. "Suspect contamination" is read from the first
    /// inspection's diagnosis; "escalate" from the clean cycle run until the link passes or
    /// escalates (at most 3 cleans).
    /// </summary>
    public static class DiagnosisBench
    {
        private enum Pattern
        {
            Clean,
            Contamination,
            StubbornContamination,
            Damage,
        }

        /// <summary>Prints the table and returns the rates.</summary>
        public static DiagnosisOutcome Run(TextWriter output, int links)
        {
            var random = new SimRandom(777);
            int cTp = 0, cFp = 0, cFn = 0, eTp = 0, eFp = 0, eFn = 0;
            for (int i = 0; i < links; i++)
            {
                MpoLayout layout = (i % 3) == 0 ? MpoLayout.Mpo24 : MpoLayout.Mpo12;
                var pattern = (Pattern)(i % 4);
                var probe = new SimulatedProbe(layout, (uint)(20000 + i));
                probe.TakeReference(-20);
                int n = layout.PositionCount;
                var baseLoss = new double[n];
                var dirt = new double[n];
                var damage = new double[n];
                for (int p = 0; p < n; p++)
                {
                    baseLoss[p] = random.Uniform(0.1, 0.35);
                }

                Seed(pattern, layout, random, dirt, damage);
                var cycle = new CleanCycle();
                probe.LightWithLoss(-20, Sum(baseLoss, dirt, damage));
                InspectionResult first = probe.Inspect();
                bool suspect = HasContamination(probe.Inspector.Diagnosis);
                bool contaminated = pattern == Pattern.Contamination || pattern == Pattern.StubbornContamination;
                Tally(suspect, contaminated, ref cTp, ref cFp, ref cFn);

                cycle.SetBefore(first);
                bool passed = first.Overall == Verdict.Pass;
                for (int clean = 1; clean <= 3 && !passed && !cycle.Escalate; clean++)
                {
                    double keep = pattern == Pattern.StubbornContamination && clean == 1 ? 0.5 : 0.0;
                    for (int p = 0; p < n; p++)
                    {
                        dirt[p] *= keep;
                    }

                    probe.LightWithLoss(-20, Sum(baseLoss, dirt, damage));
                    cycle.Compare(probe.Inspect());
                    passed = cycle.AllClean;
                }

                Tally(cycle.Escalate, pattern == Pattern.Damage, ref eTp, ref eFp, ref eFn);
            }

            var outcome = new DiagnosisOutcome
            {
                ContaminationPrecision = Ratio(cTp, cTp + cFp),
                ContaminationRecall = Ratio(cTp, cTp + cFn),
                EscalatePrecision = Ratio(eTp, eTp + eFp),
                EscalateRecall = Ratio(eTp, eTp + eFn),
            };
            output.WriteLine($"Diagnosis: {links} seeded links (clean / contamination / two-clean contamination / damage), MPO-12 and MPO-24");
            output.WriteLine($" suspect contamination (first inspection)  precision {100 * outcome.ContaminationPrecision:F1} %  recall {100 * outcome.ContaminationRecall:F1} %");
            output.WriteLine($" escalate (after failed cleans)           precision {100 * outcome.EscalatePrecision:F1} %  recall {100 * outcome.EscalateRecall:F1} %");
            return outcome;
        }

        private static void Seed(Pattern pattern, MpoLayout layout, SimRandom random, double[] dirt, double[] damage)
        {
            int perRow = layout.PositionsPerRow;
            int row = random.NextInt(layout.Rows);
            if (pattern == Pattern.Contamination || pattern == Pattern.StubbornContamination)
            {
                int width = 2 + random.NextInt(2);
                int start = (row * perRow) + random.NextInt(perRow - width + 1);
                for (int k = 0; k < width; k++)
                {
                    dirt[start + k] = random.Uniform(0.6, 1.5);
                }
            }
            else if (pattern == Pattern.Damage)
            {
                int count = 1 + random.NextInt(2);
                int start = (row * perRow) + random.NextInt(perRow - count + 1);
                for (int k = 0; k < count; k++)
                {
                    damage[start + k] = random.Uniform(0.8, 2.0);
                }
            }
        }

        private static double[] Sum(double[] a, double[] b, double[] c)
        {
            var total = new double[a.Length];
            for (int i = 0; i < a.Length; i++)
            {
                total[i] = a[i] + b[i] + c[i];
            }

            return total;
        }

        private static bool HasContamination(Diagnosis diagnosis)
        {
            for (int i = 0; i < diagnosis.Count; i++)
            {
                if (diagnosis.KindAt(i) == FindingKind.SuspectContamination)
                {
                    return true;
                }
            }

            return false;
        }

        private static void Tally(bool predicted, bool actual, ref int tp, ref int fp, ref int fn)
        {
            tp += predicted && actual ? 1 : 0;
            fp += predicted && !actual ? 1 : 0;
            fn += !predicted && actual ? 1 : 0;
        }

        private static double Ratio(int a, int b)
        {
            return b == 0 ? 1.0 : (double)a / b;
        }
    }
}
