using System;
using System.Globalization;

namespace MpoProbe.Tests.Spice
{
    /// <summary>
    /// Checks that ngspice found the circuit's true DC state in a range: the operating point
    /// converged (no fallback to a transient op), a window-top photocurrent reads pedestal + 2.2 V
    /// with the TIA out of saturation, and the step benches end where the operating point says.
    /// A false saturated state fails here instead of passing as a slow or fast range.
    /// </summary>
    public static class OperatingPoint
    {
        /// <summary>How far the lit signal may be from 2.2 V (1 %: resistor ratios, offsets), V.</summary>
        public const double SignalToleranceVolts = 0.022;

        /// <summary>How far a step bench's final level may be from the operating point (≈ 3 LSB), V.</summary>
        public const double FinalToleranceVolts = 0.002;

        /// <summary>Null when the operating points are right, else what is wrong.</summary>
        public static string Check(string output, double[][] step, SpiceRangeResult result, double backSeconds)
        {
            if (output.Contains("source stepping failed", StringComparison.OrdinalIgnoreCase) || output.Contains("Transient op started", StringComparison.OrdinalIgnoreCase))
            {
                return "ngspice found no DC operating point (gmin and source stepping failed, it fell back to a transient op)";
            }

            double lit = FrontEndSpice.Scalar(output, "v(lit)");
            double tia = FrontEndSpice.Scalar(output, "v(tl)");
            double pedestal = FrontEndSpice.Scalar(output, "v(refd)");
            double signal = lit - result.DarkNominalVolts;
            if (Math.Abs(signal - 2.2) > SignalToleranceVolts)
            {
                return "a window-top photocurrent reads " + F(signal) + " V above dark, not 2.2 V (ADC pin " + F(lit) + " V, TIA output " + F(tia) + " V)";
            }

            if (tia > 3.2 || tia < pedestal)
            {
                return "the lit TIA output is " + F(tia) + " V: saturated or below the pedestal " + F(pedestal) + " V";
            }

            // The channel bench reads the dark channel from the first switch to the second (backSeconds), then the lit one again.
            double litEnd = ValueBefore(step[0], step[1], double.MaxValue);
            double darkEnd = ValueBefore(step[0], step[1], backSeconds);
            double rangeEnd = ValueBefore(step[2], step[3], double.MaxValue);
            if (Math.Abs(litEnd - lit) > FinalToleranceVolts || Math.Abs(rangeEnd - lit) > FinalToleranceVolts)
            {
                return "the step benches end at " + F(litEnd) + " V (channel switch) and " + F(rangeEnd) + " V (range switch), the lit operating point is " + F(lit) + " V";
            }

            return Math.Abs(darkEnd - result.DarkNominalVolts) > FinalToleranceVolts
                ? "the dark channel settles at " + F(darkEnd) + " V, the dark operating point is " + F(result.DarkNominalVolts) + " V"
                : null;
        }

        private static double ValueBefore(double[] time, double[] volts, double end)
        {
            double value = volts[0];
            for (int i = 0; i < time.Length && time[i] < end; i++)
            {
                value = volts[i];
            }

            return value;
        }

        private static string F(double volts)
        {
            return volts.ToString("F4", CultureInfo.InvariantCulture);
        }
    }
}
