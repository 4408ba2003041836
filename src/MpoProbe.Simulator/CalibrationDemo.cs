using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// <c>--calibrate [seed]</c>: a simulated probe leaves the line without a calibration file,
    /// boots (UNCALIBRATED), goes through the factory procedure of docs/calibration.md on a
    /// simulated fixture, command by command through its serial port, and boots again with the
    /// file it wrote. Prints the whole serial log.
    /// </summary>
    public static class CalibrationDemo
    {
        /// <summary>Runs the procedure for the probe of <paramref name="seed"/>; 0 when it completed.</summary>
        public static int Run(uint seed, TextWriter output)
        {
            var hw = new SimulatedHardware(seed, null, false);
            Boot(hw);
            var core = new ProbeCore(hw);
            var fixture = new SimulatedFixture(hw.Sim.ChannelCount, SimulatedCalibration.SourceDbm, seed);
            string problem = SimulatedCalibration.Run(hw, core, fixture, SimulatedCalibration.SerialFor(seed), SimulatedCalibration.Date);
            Boot(hw);
            for (int i = 0; i < hw.Serial.Count; i++)
            {
                output.WriteLine(hw.Serial.LineAt(i));
            }

            return problem == null ? 0 : 1;
        }

        private static void Boot(SimulatedHardware hw)
        {
            var flow = new ProbeWorkflow(new ProbeCore(hw));
            flow.Actions.ListenForCodedSource = false;
            hw.Sim.SetAllDark();
            flow.Start();
        }
    }
}
