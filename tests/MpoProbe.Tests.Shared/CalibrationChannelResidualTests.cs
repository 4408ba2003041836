using System;
using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>the residual check must catch one bad channel, not only a bad range over all channels.</summary>
    [TestClass]
    public class CalibrationChannelResidualTests
    {
        private const double SourceDbm = 1.5;
        private const int BadChannel = 4;

        /// <summary>
        /// 32 channels with exact nominal gains, swept 0..56 dB in 1 dB steps; channel 5's readings
        /// carry <paramref name="badSigmaDb"/> of scatter (0.04 dB: 4× the 0.01 dB residual limit, an intermittent contact).
        /// </summary>
        private static CalibrationObservations Sweep(double badSigmaDb)
        {
            CalibrationObservations data = new CalibrationObservations(MpoLayout.MaxPositions);
            double responsivity = FrontEndDesign.ResponsivityAmpsPerWatt(Wavelength.Nm850);
            uint state = 12345;
            for (int step = 0; step <= 56; step++)
            {
                data.Open(step);
                double amps = PowerUnits.DbmToWatts(SourceDbm - step) * responsivity;
                for (int c = 0; c < data.Channels; c++)
                {
                    int kept = 0;
                    for (int r = 0; r < FrontEndDesign.RangeCount && kept < CalibrationObservations.SlotsPerStep; r++)
                    {
                        double volts = amps * FrontEndDesign.NominalTransimpedanceOhms(r);
                        if (volts < CalibrationReader.LowVolts || volts > CalibrationReader.HighVolts)
                        {
                            continue;
                        }

                        if (c == BadChannel)
                        {
                            state = (state * 1664525) + 1013904223;
                            double u = ((state >> 8) / 16777216.0 * 2) - 1;
                            volts *= Math.Exp(u * Math.Sqrt(3) * badSigmaDb / PowerUnits.DbPerRelative);
                        }

                        data.Put(c, r, volts);
                        kept++;
                    }
                }

                data.Commit();
            }

            return data;
        }

        private static double ChannelResidualDb(CalibrationObservations data, int channel, out int worstRange)
        {
            double[] nominalLn = new double[CalibrationObservations.MaxSteps];
            double responsivity = FrontEndDesign.ResponsivityAmpsPerWatt(Wavelength.Nm850);
            for (int j = 0; j < data.Steps; j++)
            {
                nominalLn[j] = Math.Log(PowerUnits.DbmToWatts(SourceDbm - data.AttenuationDb(j)) * responsivity);
            }

            CalibrationFit fit = new CalibrationFit();
            fit.ResetResiduals();
            fit.Fit(data, channel, nominalLn);
            double worst = 0;
            worstRange = 0;
            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                double rms = fit.Count(r) == 0 ? 0 : PowerUnits.DbPerRelative * Math.Sqrt(fit.SumSquares(r) / fit.Count(r));
                if (rms > worst)
                {
                    worst = rms;
                    worstRange = r;
                }
            }

            return worst;
        }

        [TestMethod]
        public void OneChannelWhoseContactMovedIsNotWrittenAsAGoodCalibration()
        {
            CalibrationObservations data = Sweep(0.04);
            int worstRange;
            double channelResidual = ChannelResidualDb(data, BadChannel, out worstRange);
            Check.True(channelResidual > 2 * CalibrationSession.MaxResidualDb, "premise: position 5's own residual " + Format.Fixed(channelResidual, 4) + " dB is well above the limit");
            CalibrationInfo info = new CalibrationInfo();
            info.Wavelength = Wavelength.Nm850;
            CalibrationSolver solver = new CalibrationSolver(data, SourceDbm);
            Check.True(solver.Solve(new GainCalibration(), info) == CalibrationOutcome.Residual, "the pooled residual per range hid it until 2026-12-04: " + solver.Problem);
            Check.Contains("position 5 fit residual", solver.Problem, "names the position");
            Check.False(info.IsCalibrated, "nothing is marked calibrated");
        }

        [TestMethod]
        public void AChannelWithinTheLimitStillCalibrates()
        {
            // 0.005 dB per reading: the simulated fixture's own figure (docs/calibration.md), half the limit.
            CalibrationObservations data = Sweep(0.005);
            CalibrationInfo info = new CalibrationInfo();
            info.Wavelength = Wavelength.Nm850;
            CalibrationSolver solver = new CalibrationSolver(data, SourceDbm);
            Check.True(solver.Solve(new GainCalibration(), info) == CalibrationOutcome.Ok, "a channel at half the limit is not refused: " + solver.Problem);
        }
    }
}
