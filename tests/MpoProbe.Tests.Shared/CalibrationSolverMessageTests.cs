using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// What the lab reads when <see cref="CalibrationSolver"/> refuses (Stryker survivors): each
    /// message names the position (counted from 1) or the range, the figure and the limit, says
    /// what to do, and that nothing was written. Synthetic sweeps of ideal channels lit at 1.5 dBm.
    /// </summary>
    [TestClass]
    public class CalibrationSolverMessageTests
    {
        private const double SourceDbm = 1.5;

        /// <summary>
        /// Three channels swept 0..53 dB in 1 dB steps with nominal gains; channel <paramref name="odd"/>
        /// reads <paramref name="scale"/> times the light (0: no readings at all); every channel's
        /// range <paramref name="noisyRange"/> reads 1 ± <paramref name="scatter"/> on alternate steps.
        /// </summary>
        private static CalibrationObservations Sweep(int odd, double scale, int noisyRange, double scatter)
        {
            CalibrationObservations data = new CalibrationObservations(3);
            double responsivity = FrontEndDesign.ResponsivityAmpsPerWatt(Wavelength.Nm850);
            for (int j = 0; j <= 53; j++)
            {
                data.Open(j);
                double amps = PowerUnits.DbmToWatts(SourceDbm - j) * responsivity;
                for (int c = 0; c < 3; c++)
                {
                    double channelScale = c == odd ? scale : 1;
                    for (int r = 0; r < FrontEndDesign.RangeCount && channelScale > 0; r++)
                    {
                        double wobble = r != noisyRange ? 1 : (1 + ((j % 2) == 0 ? scatter : -scatter));
                        double volts = amps * FrontEndDesign.NominalTransimpedanceOhms(r) * channelScale * wobble;
                        if (volts >= CalibrationReader.LowVolts && volts <= CalibrationReader.HighVolts)
                        {
                            data.Put(c, r, volts);
                        }
                    }
                }

                data.Commit();
            }

            return data;
        }

        private static CalibrationOutcome Solve(CalibrationObservations data, out string problem, out CalibrationInfo info)
        {
            info = new CalibrationInfo();
            info.Wavelength = Wavelength.Nm850;
            CalibrationSolver solver = new CalibrationSolver(data, SourceDbm);
            CalibrationOutcome outcome = solver.Solve(new GainCalibration(), info);
            problem = solver.Problem;
            return outcome;
        }

        [TestMethod]
        public void ConsistentSweepsCalibrate()
        {
            string problem;
            CalibrationInfo info;
            Check.True(Solve(Sweep(-1, 1, -1, 0), out problem, out info) == CalibrationOutcome.Ok, "premise: three ideal channels fit: " + problem);
            Check.Equal(string.Empty, problem, "no problem");
            Check.True(info.IsCalibrated, "calibrated");
        }

        [TestMethod]
        public void AChannelWithoutReadingsIsNamed()
        {
            string problem;
            CalibrationInfo info;
            CalibrationOutcome outcome = Solve(Sweep(1, 0, -1, 0), out problem, out info);
            Check.True(outcome == CalibrationOutcome.Incomplete, "position 2 read nothing: " + problem);
            Check.Equal("position 2: the readings do not determine every range; nothing written", problem, "message");
            Check.False(info.IsCalibrated, "not calibrated");
        }

        [TestMethod]
        public void AGainOutsideTheRangeNamesPositionRangeAndFactor()
        {
            string problem;
            CalibrationInfo info;
            CalibrationOutcome outcome = Solve(Sweep(2, 2.5, -1, 0), out problem, out info);
            Check.True(outcome == CalibrationOutcome.GainOutOfRange, "position 3 reads 2.5 times the light: " + problem);
            Check.Equal("position 3 range 0 gain factor 2.5000 is outside 0.5..2.0: check the source power given to cal begin and the fixture; nothing written",
                problem, "message");
            Check.False(info.IsCalibrated, "not calibrated");
        }

        [TestMethod]
        public void AChannelWhoseResidualIsTooHighIsNamed()
        {
            string problem;
            CalibrationInfo info;
            CalibrationOutcome outcome = Solve(Sweep(-1, 1, 5, 0.02), out problem, out info);
            Check.True(outcome == CalibrationOutcome.Residual, "range 5 jumping \u00B12 % on every channel: " + problem);
            Check.True(problem.IndexOf("position 1 fit residual 0.") == 0, "names position 1 and its residual first: " + problem);
            Check.Contains(" dB is above 0.01 dB: its light or contact moved during the sweep; clean and re-seat its fiber, repeat the procedure; nothing written",
                problem, "the limit and what to do");
        }

        [TestMethod]
        public void ARangeWhoseResidualIsTooHighIsNamed()
        {
            // A small jump on one range: each channel's residual over all its ranges stays under the
            // limit, the range's own over all channels does not.
            string problem;
            CalibrationInfo info;
            CalibrationOutcome outcome = Solve(Sweep(-1, 1, 5, 0.005), out problem, out info);
            Check.True(outcome == CalibrationOutcome.Residual, "range 5 jumping \u00B10.5 %: " + problem);
            Check.True(problem.IndexOf("range 5 fit residual 0.") == 0, "names range 5 and its residual: " + problem);
            Check.Contains(" dB is above 0.01 dB: the source or a connection moved; repeat the procedure; nothing written", problem, "the limit and what to do");
            Check.False(info.IsCalibrated, "not calibrated");
        }
    }
}
