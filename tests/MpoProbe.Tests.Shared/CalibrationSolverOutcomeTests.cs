using System;
using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// What <see cref="CalibrationSolver"/> states when it succeeds, and the cases that were
    /// Stryker survivors hidden as time-outs (s15, 2026-12-04): the ADC curve estimated from every
    /// channel, the per-range residuals and the ratio uncertainty written to the calibration, a
    /// procedure that filled every step, and a bad first channel. Three synthetic channels lit at
    /// 1.5 dBm, nominal gains.
    /// </summary>
    [TestClass]
    public class CalibrationSolverOutcomeTests
    {
        private const double SourceDbm = 1.5;

        /// <summary>
        /// <paramref name="steps"/> steps <paramref name="stepDb"/> apart. Every channel reads through
        /// the ADC curve ln V = ln V₀ + a1·(V − 1.3) + a2·(V − 1.3)² and its range
        /// <paramref name="scatterRange"/> reads 1 ± <paramref name="scatter"/> on alternate steps;
        /// channel 1 alone carries <paramref name="noiseDb"/> (σ, uniform) of contact noise.
        /// </summary>
        private static CalibrationObservations Sweep(int steps, double stepDb, double a1, double a2, int scatterRange, double scatter, double noiseDb)
        {
            CalibrationObservations data = new CalibrationObservations(3);
            double responsivity = FrontEndDesign.ResponsivityAmpsPerWatt(Wavelength.Nm850);
            uint state = 4711;
            for (int j = 0; j < steps; j++)
            {
                data.Open(j * stepDb);
                double amps = PowerUnits.DbmToWatts(SourceDbm - (j * stepDb)) * responsivity;
                for (int c = 0; c < 3; c++)
                {
                    for (int r = 0; r < FrontEndDesign.RangeCount; r++)
                    {
                        double volts = amps * FrontEndDesign.NominalTransimpedanceOhms(r) * (r != scatterRange ? 1 : (1 + ((j % 2) == 0 ? scatter : -scatter)));
                        if (c == 0 && noiseDb > 0)
                        {
                            state = (state * 1664525) + 1013904223;
                            double u = ((state >> 8) / 16777216.0 * 2) - 1;
                            volts *= Math.Exp(u * Math.Sqrt(3) * noiseDb / PowerUnits.DbPerRelative);
                        }

                        if (volts < CalibrationReader.LowVolts / 2 || volts > CalibrationReader.HighVolts * 2)
                        {
                            // Far outside the window: the curve below would overflow (and ∞ compares differently on the interpreter).
                            continue;
                        }

                        double read = volts;
                        for (int k = 0; k < 8; k++)
                        {
                            double d = read - CalibrationFit.CentreVolts;
                            read = volts * Math.Exp((a1 * d) + (a2 * d * d));
                        }

                        if (read >= CalibrationReader.LowVolts && read <= CalibrationReader.HighVolts)
                        {
                            data.Put(c, r, read);
                        }
                    }
                }

                data.Commit();
            }

            return data;
        }

        private static CalibrationOutcome Solve(CalibrationObservations data, GainCalibration gain, CalibrationInfo info, out string problem)
        {
            info.Wavelength = Wavelength.Nm850;
            CalibrationSolver solver = new CalibrationSolver(data, SourceDbm);
            Check.Equal(string.Empty, solver.Problem, "no problem before a solve");
            CalibrationOutcome outcome = solver.Solve(gain, info);
            problem = solver.Problem;
            return outcome;
        }

        [TestMethod]
        public void AnAdcCurveSharedByEveryChannelIsFittedOut()
        {
            GainCalibration gain = new GainCalibration();
            CalibrationInfo info = new CalibrationInfo();
            string problem;
            CalibrationOutcome outcome = Solve(Sweep(54, 1, 0.02, 0.01, -1, 0, 0), gain, info, out problem);
            Check.True(outcome == CalibrationOutcome.Ok, "an ADC curve of up to 0.07 dB is the model's own: " + problem);
            Check.Equal(string.Empty, problem, "no problem after");
            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                Check.True(info.ResidualDb(r) < 0.0005, "range " + r.ToString() + " residual " + Format.Fixed(info.ResidualDb(r), 5) + " dB: the curve is fitted out");
                for (int c = 0; c < 3; c++)
                {
                    Check.Near(1, gain.Get(c, r), 0.0005, "gain factor " + c.ToString() + "/" + r.ToString());
                }
            }
        }

        [TestMethod]
        public void TheResidualsAndTheRatioUncertaintyAreStated()
        {
            GainCalibration gain = new GainCalibration();
            CalibrationInfo info = new CalibrationInfo();
            string problem;
            CalibrationOutcome outcome = Solve(Sweep(54, 1, 0, 0, 5, 0.002, 0), gain, info, out problem);
            Check.True(outcome == CalibrationOutcome.Ok, "range 5 jumping \u00B10.2 % is within the limit: " + problem);
            double worst = info.ResidualDb(5);
            Check.True(worst > 0.001 && worst < CalibrationSession.MaxResidualDb, "range 5's residual is stated: " + Format.Fixed(worst, 5));
            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                Check.True(info.ResidualDb(r) <= worst, "range " + r.ToString() + " residual " + Format.Fixed(info.ResidualDb(r), 5) + " is no worse");
            }

            Check.Near(CalibrationSolver.RatioUncertaintyDb(worst), info.RatioUncertaintyDb, 1e-12, "ratio uncertainty from the worst range");
            Check.True(info.IsCalibrated, "calibrated");
            Check.True(gain.IsCalibrated, "the gain table is marked calibrated");
            Check.Near(info.RatioUncertaintyDb, gain.RatioUncertaintyDb, 1e-12, "with the same ratio uncertainty");
        }

        [TestMethod]
        public void TheRatioUncertaintyIsTheDocumentedFormula()
        {
            // docs/calibration.md: ratio_u_db = 2 × √(0.011² + (1.8 × worst residual)²).
            Check.Near(0.022, CalibrationSolver.RatioUncertaintyDb(0), 1e-12, "no residual: the hidden term over four links");
            Check.Near(2 * Math.Sqrt((0.011 * 0.011) + (0.009 * 0.009)), CalibrationSolver.RatioUncertaintyDb(0.005), 1e-12, "0.005 dB residual");
        }

        [TestMethod]
        public void AProcedureThatFilledEveryStepSolves()
        {
            GainCalibration gain = new GainCalibration();
            CalibrationInfo info = new CalibrationInfo();
            string problem;
            CalibrationOutcome outcome = Solve(Sweep(CalibrationObservations.MaxSteps, 0.7, 0, 0, -1, 0, 0), gain, info, out problem);
            Check.True(outcome == CalibrationOutcome.Ok, "80 steps of 0.7 dB: " + problem);
        }

        [TestMethod]
        public void ABadFirstChannelIsNamedLikeAnyOther()
        {
            GainCalibration gain = new GainCalibration();
            CalibrationInfo info = new CalibrationInfo();
            string problem;
            CalibrationOutcome outcome = Solve(Sweep(54, 1, 0, 0, -1, 0, 0.02), gain, info, out problem);
            Check.True(outcome == CalibrationOutcome.Residual, "position 1 scattering 0.02 dB (residual 0.012 dB): " + problem);
            Check.True(problem.IndexOf("position 1 fit residual") == 0, "named by its own residual, not pooled with the others: " + problem);
            Check.False(info.IsCalibrated, "not calibrated");
        }
    }
}
