using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// The one place the simulated probes of the simulator, the benchmark's field model and the
    /// shared tests get their gain calibration from. Today it copies the simulation's true gains
    /// (<see cref="SimulatedHardware.Calibrate"/>); the factory-calibration work replaces this
    /// one call with the simulated factory procedure, and every figure follows.
    /// </summary>
    public static class GainSource
    {
        /// <summary>How the gains were obtained, for the benchmark's printout.</summary>
        public const string Description = "true gains copied from the simulation (SimulatedHardware.Calibrate), no calibration error";

        /// <summary>Fills <paramref name="gain"/> for the probe built on <paramref name="hardware"/>.</summary>
        public static void Apply(SimulatedHardware hardware, GainCalibration gain)
        {
            hardware.Calibrate(gain);
        }
    }
}
