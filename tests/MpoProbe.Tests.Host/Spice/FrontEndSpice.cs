using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using MpoProbe.Core;

namespace MpoProbe.Tests.Spice
{
    /// <summary>
    /// Runs hardware/spice/range.cir with ngspice for each gain range and turns its output into
    /// settling times, bandwidth, noise and dark-offset figures.
    /// </summary>
    public static class FrontEndSpice
    {
        /// <summary>Multiplexer switch instants in range.cir (A→B, then B→A), s.</summary>
        public const double ChannelSwitchSeconds = 10e-6;

        /// <summary>Second multiplexer switch (B→A) and the range switch instant, s.</summary>
        public const double ChannelBackSeconds = 320e-6;

        /// <summary>Half an LSB at the ADC pin, V: the settling criterion.</summary>
        public static double HalfLsbVolts => 0.5 * FrontEndDesign.AdcVoltsPerCode;

        /// <summary>hardware/spice in the checkout.</summary>
        public static string SpiceFolder => Path.Combine(RepoPaths.Root, "hardware", "spice");

        /// <summary>The range deck with its parameter line set for one range and corner; without the small-signal analyses when <paramref name="smallSignal"/> is false.</summary>
        public static string Deck(int range, SpiceCorner corner, bool smallSignal)
        {
            int tia = FrontEndDesign.TiaIndexOf(range);
            int previous = tia == 0 ? 1 : tia - 1;
            string text = File.ReadAllText(Path.Combine(SpiceFolder, "range.cir"));
            string parameters = string.Format(CultureInfo.InvariantCulture, ".param tia={0} gain={1} tiaprev={2} {3}", tia, FrontEndDesign.PgaGainOf(range), previous, corner.Parameters);
            text = Regex.Replace(text, @"(\* @range-params\r?\n)[^\n]*", m => m.Groups[1].Value + parameters);
            text = text.Replace(".include frontend.lib", ".include " + Path.Combine(SpiceFolder, "frontend.lib"), StringComparison.Ordinal);
            return smallSignal ? text : Regex.Replace(text, @"\* @small-signal\r?\n.*?\* @end-small-signal\r?\n", string.Empty, RegexOptions.Singleline);
        }

        /// <summary>Simulates one range at nominal part values with every analysis and returns its figures.</summary>
        public static SpiceRangeResult Simulate(string ngspice, int range)
        {
            return Simulate(ngspice, range, SpiceCorner.Nominal);
        }

        /// <summary>
        /// Simulates one range at <paramref name="corner"/>: the small-signal figures only at
        /// nominal values, the settling and the operating points always.
        /// </summary>
        public static SpiceRangeResult Simulate(string ngspice, int range, SpiceCorner corner)
        {
            bool nominal = corner.Name == SpiceCorner.Nominal.Name;
            string dir = NgSpice.Run(ngspice, Deck(range, corner, nominal));
            try
            {
                string output = File.ReadAllText(Path.Combine(dir, "out.txt"));
                double[][] step = ReadColumns(Path.Combine(dir, "step.dat"));
                var result = new SpiceRangeResult
                {
                    Range = range,
                    Corner = corner.Name,
                    BandwidthHz = nominal ? Scalar(output, "bw") : 0,
                    NoiseVoltsRms = nominal ? IntegratedRms(ReadColumns(Path.Combine(dir, "noise.dat"))) : 0,
                    ChannelSwitchSettleMicroseconds = Math.Max(
                        SettleMicroseconds(step[0], step[1], ChannelSwitchSeconds, ChannelBackSeconds),
                        SettleMicroseconds(step[0], step[1], ChannelBackSeconds, double.MaxValue)),
                    RangeSwitchSettleMicroseconds = SettleMicroseconds(step[2], step[3], ChannelSwitchSeconds, double.MaxValue),
                };
                SetDark(result, output);
                result.OperatingPointError = OperatingPoint.Check(output, step, result, ChannelBackSeconds);
                return result;
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        /// <summary>
        /// Time after <paramref name="start"/> until the signal stays within ½ LSB of its value at
        /// the end of the segment [start, end), µs.
        /// </summary>
        public static double SettleMicroseconds(double[] time, double[] volts, double start, double end)
        {
            int last = -1;
            for (int i = 0; i < time.Length && time[i] < end; i++)
            {
                last = i;
            }

            double final = volts[last];
            double settled = start;
            for (int i = 0; i <= last; i++)
            {
                if (time[i] > start && Math.Abs(volts[i] - final) > HalfLsbVolts)
                {
                    settled = i < last ? Crossing(time, volts, i, final) : time[i];
                }
            }

            return (settled - start) * 1e6;
        }

        /// <summary>Where the error falls to ½ LSB between points i and i+1 (linear interpolation).</summary>
        private static double Crossing(double[] time, double[] volts, int i, double final)
        {
            double a = Math.Abs(volts[i] - final);
            double b = Math.Abs(volts[i + 1] - final);
            double fraction = a > b ? (a - HalfLsbVolts) / (a - b) : 1.0;
            return time[i] + (Math.Min(1.0, Math.Max(0.0, fraction)) * (time[i + 1] - time[i]));
        }

        /// <summary>
        /// RMS of a noise spectral density (columns: frequency in Hz, V/√Hz): √∫S²df, trapezoids
        /// between ngspice's points (20 per decade, 1 Hz–100 MHz).
        /// </summary>
        public static double IntegratedRms(double[][] spectrum)
        {
            double sum = 0;
            for (int i = 1; i < spectrum[0].Length; i++)
            {
                double a = spectrum[1][i - 1];
                double b = spectrum[1][i];
                sum += 0.5 * ((a * a) + (b * b)) * (spectrum[0][i] - spectrum[0][i - 1]);
            }

            return Math.Sqrt(sum);
        }

        /// <summary>Columns of a <c>wrdata</c> file (time, value, time, value, …).</summary>
        public static double[][] ReadColumns(string path)
        {
            var rows = new List<double[]>();
            foreach (string line in File.ReadLines(path))
            {
                string[] parts = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0)
                {
                    continue;
                }

                var row = new double[parts.Length];
                for (int i = 0; i < parts.Length; i++)
                {
                    row[i] = double.Parse(parts[i], CultureInfo.InvariantCulture);
                }

                rows.Add(row);
            }

            int columns = rows[0].Length;
            var result = new double[columns][];
            for (int c = 0; c < columns; c++)
            {
                result[c] = new double[rows.Count];
                for (int r = 0; r < rows.Count; r++)
                {
                    result[c][r] = rows[r][c];
                }
            }

            return result;
        }

        /// <summary>A value printed by ngspice as <c>name = value</c>.</summary>
        public static double Scalar(string output, string name)
        {
            Match match = Regex.Match(output, @"^" + Regex.Escape(name) + @"\s*=\s*([-+0-9.eE]+)", RegexOptions.Multiline);
            if (!match.Success)
            {
                throw new InvalidOperationException("ngspice output has no '" + name + " = …' line:\n" + output);
            }

            return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        private static void SetDark(SpiceRangeResult result, string output)
        {
            double nominal = Scalar(output, "v(dk0)");
            double spread = 0;
            for (int i = 1; i <= 3; i++)
            {
                spread += Math.Abs(Scalar(output, "v(dk" + i + ")") - nominal);
            }

            result.DarkNominalVolts = nominal;
            result.DarkMinVolts = nominal - spread;
            result.DarkMaxVolts = nominal + spread + (Scalar(output, "v(dk4)") - nominal);
        }
    }
}
