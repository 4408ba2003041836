using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>Every way the calibration procedure refuses a command, each with its own error record.</summary>
    [TestClass]
    public class CalibrationRefusalTests
    {
        [TestMethod]
        public void CommandsOutOfOrderAreRefused()
        {
            SimulatedHardware hw = Bench(161, out ProbeCore core, out SimulatedFixture fixture);
            Check.Contains("cal_out_of_order", Send(hw, core, "cal step 0"), "step before begin");
            Check.Contains("cal_out_of_order", Send(hw, core, "cal end"), "end before begin");
            Check.Contains("cal_out_of_order", Send(hw, core, "cal abort"), "abort before begin");
            Check.True(Send(hw, core, "cal begin P-161 1.5 2026-05-04") == null, "begin");
            Check.Contains("cal_out_of_order", Send(hw, core, "cal begin P-161 1.5 2026-05-04"), "second begin");
            Check.True(Send(hw, core, "cal step 0") == null, "first step");
            Check.Contains("cal_bad_step", Send(hw, core, "cal step 0"), "same setting again");
            string jump = Send(hw, core, "cal step 3.5");
            Check.Contains("cal_bad_step", jump, "jump over 2 dB");
            Check.Contains("3.50", jump, "names the setting");
            Check.True(Send(hw, core, "cal abort") == null, "abort");
            Check.True(hw.Files.Read(CalibrationStore.FileName) == null, "abort writes nothing");
        }

        [TestMethod]
        public void BadValuesAreRefused()
        {
            SimulatedHardware hw = Bench(162, out ProbeCore core, out SimulatedFixture fixture);
            Check.Contains("cal_bad_value", Send(hw, core, "cal begin P/1 1.5 2026-05-04"), "serial with '/'");
            Check.Contains("cal_bad_value", Send(hw, core, "cal begin P-1 abc 2026-05-04"), "source not a number");
            Check.Contains("cal_bad_value", Send(hw, core, "cal begin P-1 1.5 2026-02-30"), "no such date");
            Check.Contains("cal_bad_value", Send(hw, core, "cal begin P-1 1.5"), "no date and no clock");
            Check.Contains("cal_usage", Send(hw, core, "cal begin P-1"), "missing source");
            Check.Contains("cal_usage", Send(hw, core, "cal frobnicate"), "unknown word");
            Check.True(Send(hw, core, "cal help") == null, "help is a reply");
            Check.Contains("cal step <dB>", hw.Serial.Last, "help lists the steps");
            Check.True(Send(hw, core, "cal begin P-1 1.5 2026-05-04") == null, "valid begin");
            Check.Contains("cal_bad_value", Send(hw, core, "cal step -1"), "negative attenuation");
            Check.Contains("cal_bad_value", Send(hw, core, "cal step 1e3"), "exponent");
        }

        [TestMethod]
        public void SaturatedNoLightAndUnstableStepsAreRefused()
        {
            SimulatedHardware hw = Bench(163, out ProbeCore core, out SimulatedFixture fixture);
            Check.True(Send(hw, core, "cal begin P-163 8 2026-05-04") == null, "begin");
            SimulatedFixture strong = new SimulatedFixture(hw.Sim.ChannelCount, 8.0, 163);
            hw.Sim.LightSource = strong;
            string saturated = Send(hw, core, "cal step 0");
            Check.Contains("cal_saturated", saturated, "8 dBm saturates range 0");
            Check.Contains("position 1", saturated, "names the position");
            hw.Sim.LightSource = fixture;
            fixture.SetAttenuationDb(70);
            Check.Contains("cal_no_light", Send(hw, core, "cal step 70"), "70 dB leaves too little light");
            fixture.SetAttenuationDb(10);
            fixture.Flicker = 0.05;
            string noisy = Send(hw, core, "cal step 10");
            Check.Contains("cal_unstable", noisy, "flickering light");
            Check.Contains("\\u03C3", noisy, "names the spread (σ, escaped: log records are ASCII)");
            fixture.Flicker = 0;
            fixture.WarmUpDbPerSecond = 1.0;
            string drifting = Send(hw, core, "cal step 10");
            Check.Contains("cal_unstable", drifting, "source warming up");
            Check.Contains("moved", drifting, "says the light moved");
            fixture.WarmUpDbPerSecond = 0;
            Check.True(Send(hw, core, "cal step 10") == null, "the same step once stable");
            Check.Equal(1, CountSteps(hw), "only the stable step kept");
        }

        [TestMethod]
        public void IncompleteSweepWritesNothing()
        {
            SimulatedHardware hw = Bench(164, out ProbeCore core, out SimulatedFixture fixture);
            Check.True(Send(hw, core, "cal begin P-164 1.5 2026-05-04") == null, "begin");
            fixture.SetAttenuationDb(1);
            Check.True(Send(hw, core, "cal step 1") == null, "one step");
            string incomplete = Send(hw, core, "cal end");
            Check.Contains("cal_incomplete", incomplete, "two ranges are not eighteen");
            Check.Contains("range", incomplete, "names the range");
            Check.True(hw.Files.Read(CalibrationStore.FileName) == null, "nothing written");
            Check.False(core.Gain.IsCalibrated, "still uncalibrated");
        }

        [TestMethod]
        public void SolverRefusesLargeResidualsAndImplausibleGains()
        {
            Check.True(Solve(1.5, 0) == CalibrationOutcome.Ok, "consistent readings");
            Check.True(Solve(1.5, 0.02) == CalibrationOutcome.Residual, "range 5 jumping ±2 % from step to step");
            Check.True(Solve(-12, 0) == CalibrationOutcome.GainOutOfRange, "source power given 13.5 dB wrong");
            Check.Equal("cal_residual", CalibrationCommands.Code(CalibrationOutcome.Residual), "residual code");
            Check.Equal("cal_gain_out_of_range", CalibrationCommands.Code(CalibrationOutcome.GainOutOfRange), "gain code");
        }

        /// <summary>Synthetic readings of one ideal channel lit at 1.5 dBm; range 5 scaled by 1 ± <paramref name="scatter"/> on alternate steps.</summary>
        private static CalibrationOutcome Solve(double givenSourceDbm, double scatter)
        {
            CalibrationObservations data = new CalibrationObservations(1);
            for (int j = 0; j <= 53; j++)
            {
                data.Open(j);
                double amps = PowerUnits.DbmToWatts(1.5 - j) * FrontEndDesign.ResponsivityAmpsPerWatt(Wavelength.Nm850);
                for (int r = 0; r < FrontEndDesign.RangeCount; r++)
                {
                    double volts = amps * FrontEndDesign.NominalTransimpedanceOhms(r) * (r != 5 ? 1 : (1 + ((j % 2) == 0 ? scatter : -scatter)));
                    if (volts >= CalibrationReader.LowVolts && volts <= CalibrationReader.HighVolts)
                    {
                        data.Put(0, r, volts);
                    }
                }

                data.Commit();
            }

            CalibrationInfo info = new CalibrationInfo();
            return new CalibrationSolver(data, givenSourceDbm).Solve(new GainCalibration(), info);
        }

        private static SimulatedHardware Bench(uint seed, out ProbeCore core, out SimulatedFixture fixture)
        {
            SimulatedHardware hw = new SimulatedHardware(seed, null, false);
            core = new ProbeCore(hw);
            hw.Sim.SetAllDark();
            core.Acquirer.CaptureDark(hw.Sim.ChannelCount);
            fixture = new SimulatedFixture(hw.Sim.ChannelCount, SimulatedCalibration.SourceDbm, seed);
            hw.Sim.LightSource = fixture;
            return hw;
        }

        private static string Send(SimulatedHardware hw, ProbeCore core, string line)
        {
            return SimulatedCalibration.Send(hw, core, line);
        }

        private static int CountSteps(SimulatedHardware hw)
        {
            int steps = 0;
            for (int i = 0; i < hw.Serial.Count; i++)
            {
                steps += hw.Serial.LineAt(i).IndexOf("accepted") >= 0 ? 1 : 0;
            }

            return steps;
        }
    }
}
