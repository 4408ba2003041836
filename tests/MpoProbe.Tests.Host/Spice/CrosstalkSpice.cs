using System;
using System.IO;

namespace MpoProbe.Tests.Spice
{
    /// <summary>
    /// Runs hardware/spice/crosstalk.cir: 23 neighbours at 0 dBm beside a quiet channel, through
    /// the shared pedestal, rail and ground, in the designed circuit and in the first design.
    /// </summary>
    public sealed class CrosstalkSpice
    {
        /// <summary>Photocurrent of the 23 lit neighbours together in the bench (23 × 1 mA), A.</summary>
        public const double NeighbourAmps = 23e-3;

        /// <summary>Error of the quiet −20 dBm channel (range 6, neighbours saturated), dB.</summary>
        public double QuietErrorDb { get; private set; }

        /// <summary>Error of a −10 dBm channel in range 3 (neighbours linear, 23 mA from the rail), dB.</summary>
        public double LinearErrorDb { get; private set; }

        /// <summary>The −20 dBm channel's error with the first design's unbuffered pedestal, dB.</summary>
        public double OldDesignErrorDb { get; private set; }

        /// <summary>Shift of the quiet channel's ADC-pin level when the neighbours light, V (case A).</summary>
        public double QuietShiftVolts { get; private set; }

        /// <summary>Same for the −10 dBm channel (case B), V.</summary>
        public double LinearShiftVolts { get; private set; }

        /// <summary>Extra rail current with the neighbours lit, mA.</summary>
        public double RailMilliamps { get; private set; }

        /// <summary>
        /// The residual as the simulated front end models it: ADC-pin shift per ampere of the
        /// other channels' photocurrent, the larger of the two cases (signed), V/A.
        /// </summary>
        public double VoltsPerAmp => (Math.Abs(LinearShiftVolts) > Math.Abs(QuietShiftVolts) ? LinearShiftVolts : QuietShiftVolts) / NeighbourAmps;

        /// <summary>Runs the bench.</summary>
        public static CrosstalkSpice Run(string ngspice)
        {
            string deck = File.ReadAllText(Path.Combine(FrontEndSpice.SpiceFolder, "crosstalk.cir"))
                .Replace(".include frontend.lib", ".include " + Path.Combine(FrontEndSpice.SpiceFolder, "frontend.lib"), StringComparison.Ordinal);
            string dir = NgSpice.Run(ngspice, deck);
            try
            {
                string output = File.ReadAllText(Path.Combine(dir, "out.txt"));
                if (output.Contains("source stepping failed", StringComparison.OrdinalIgnoreCase) || output.Contains("Transient op started", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException("crosstalk.cir: ngspice found no DC operating point:\n" + output);
                }

                return new CrosstalkSpice
                {
                    QuietErrorDb = FrontEndSpice.Scalar(output, "errdba"),
                    LinearErrorDb = FrontEndSpice.Scalar(output, "errdbb"),
                    OldDesignErrorDb = FrontEndSpice.Scalar(output, "errdbo"),
                    QuietShiftVolts = FrontEndSpice.Scalar(output, "shifta"),
                    LinearShiftVolts = FrontEndSpice.Scalar(output, "shiftb"),
                    RailMilliamps = FrontEndSpice.Scalar(output, "railma"),
                };
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        /// <summary>The one-line verdict .ci/run prints.</summary>
        public string Line()
        {
            return string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                "spice crosstalk: 23 neighbours at 0 dBm move a -20 dBm channel by {0:F5} dB (limit 0.01 dB; {1:F2} uV at the ADC pin), a -10 dBm channel in range 3 by {2:F5} dB ({3:F2} uV, {4:F1} mA from the rail); first design (anodes on the unbuffered pedestal): {5:+0.00;-0.00} dB",
                QuietErrorDb,
                QuietShiftVolts * 1e6,
                LinearErrorDb,
                LinearShiftVolts * 1e6,
                RailMilliamps,
                OldDesignErrorDb);
        }
    }
}
