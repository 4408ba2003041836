using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// Electronics σ of a loss when every loss gets a fresh reference (reference, inspect,
    /// reference, inspect, …) on one probe in the ideal bench (no field terms): the reference's
    /// own noise enters each loss. Target ≤ 0.01 dB.
    /// </summary>
    public static class FreshReference
    {
        private const double TargetDb = 0.01;
        private static readonly double[] PowersDbm = { -10, -20, -30 };

        /// <summary>Prints σ per power and returns the worst fiber's σ.</summary>
        public static double Run(TextWriter output, int repeats)
        {
            double worst = 0;
            output.WriteLine($"Fresh reference each time: σ of loss per fiber, MPO-12, {repeats} reference+inspection pairs per power, no field terms (target ≤ {TargetDb:F2} dB)");
            foreach (double dbm in PowersDbm)
            {
                var probe = new SimulatedProbe(MpoLayout.Mpo12, (uint)(3000 - (int)dbm));
                var sum = new double[12];
                var sumSquares = new double[12];
                for (int i = 0; i < repeats; i++)
                {
                    probe.TakeReference(dbm);
                    probe.LightUsed(dbm - 0.3);
                    InspectionResult result = probe.Inspect();
                    for (int p = 1; p <= 12; p++)
                    {
                        sum[p - 1] += result.LossDb(p);
                        sumSquares[p - 1] += result.LossDb(p) * result.LossDb(p);
                    }
                }

                double max = 0;
                for (int p = 0; p < 12; p++)
                {
                    double mean = sum[p] / repeats;
                    max = Math.Max(max, Math.Sqrt(Math.Max(0, (sumSquares[p] - (repeats * mean * mean)) / (repeats - 1))));
                }

                worst = Math.Max(worst, max);
                output.WriteLine($" {dbm,4:F0} dBm  σ max {max:F4} dB  {(max <= TargetDb ? "met" : "MISSED")}");
            }

            return worst;
        }
    }
}
