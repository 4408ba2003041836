using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// σ of the measured loss per fiber over repeated inspections of one link against one
    /// reference, per power level and wavelength. Target ≤ 0.01 dB.
    /// </summary>
    public static class Repeatability
    {
        private const double TargetDb = 0.01;
        private const double LinkLossDb = 0.30;
        private static readonly double[] PowersDbm = { -5, -15, -20, -25, -35 };
        private static readonly Wavelength[] Wavelengths = { Wavelength.Nm850, Wavelength.Nm1310, Wavelength.Nm1550 };

        /// <summary>Prints the table; returns the largest σ seen.</summary>
        public static double Run(TextWriter output, int repeats)
        {
            output.WriteLine("Repeatability: σ of loss per fiber, MPO-24, " + FrontEndDesign.DefaultSamplesPerChannel + " averaged results/channel, link loss 0.30 dB (target ≤ 0.01 dB)");
            output.WriteLine(" wavelength  power dBm  σ max dB  σ mean dB  mean bias dB  target");
            double worst = 0;
            foreach (Wavelength wavelength in Wavelengths)
            {
                foreach (double dbm in PowersDbm)
                {
                    (double max, double mean, double bias) = Measure(wavelength, dbm, repeats);
                    worst = Math.Max(worst, max);
                    output.WriteLine($" {(int)wavelength,7} nm  {dbm,9:F0}  {max,8:F4}  {mean,9:F4}  {bias,12:F4}  {(max <= TargetDb ? "met" : "MISSED")}");
                }
            }

            return worst;
        }

        private static (double Max, double Mean, double Bias) Measure(Wavelength wavelength, double dbm, int repeats)
        {
            var probe = new SimulatedProbe(MpoLayout.Mpo24, (uint)(1000 + (int)wavelength - (int)dbm), calibrated: true);
            probe.Sim.Wavelength = wavelength;
            probe.Settings.Wavelength = wavelength;
            probe.TakeReference(dbm);
            probe.LightUsed(dbm - LinkLossDb);
            int n = probe.Settings.Layout.PositionCount;
            var sum = new double[n];
            var sumSquares = new double[n];
            for (int i = 0; i < repeats; i++)
            {
                InspectionResult result = probe.Inspect();
                for (int p = 1; p <= n; p++)
                {
                    double loss = result.LossDb(p);
                    sum[p - 1] += loss;
                    sumSquares[p - 1] += loss * loss;
                }
            }

            double max = 0;
            double meanSigma = 0;
            double bias = 0;
            for (int p = 0; p < n; p++)
            {
                double mean = sum[p] / repeats;
                double sigma = Math.Sqrt(Math.Max(0, (sumSquares[p] - (repeats * mean * mean)) / (repeats - 1)));
                max = Math.Max(max, sigma);
                meanSigma += sigma / n;
                bias = Math.Max(bias, Math.Abs(mean - LinkLossDb));
            }

            return (max, meanSigma, bias);
        }
    }
}
