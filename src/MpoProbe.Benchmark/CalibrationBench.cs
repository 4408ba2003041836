using System.IO;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// What the factory calibration is worth: the classification benchmark again, on the same
    /// seeded probes and links but booted without their calibration file (nominal gains, wider
    /// ratio uncertainty), as a probe that lost its file would measure. The calibrated figures are
    /// the main classification table: every simulated probe there boots with the file its
    /// simulated factory procedure (SimulatedCalibration) produced.
    /// </summary>
    public static class CalibrationBench
    {
        /// <summary>Prints the uncalibrated table; returns its rates.</summary>
        public static ClassificationOutcome Run(TextWriter output, int inspections)
        {
            return Classification.Run(output, inspections, false);
        }
    }
}
