using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// The one place the simulated probes of the simulator, the benchmark's field model and the
    /// shared tests get their gain calibration from: the calibration file the simulated factory
    /// procedure (<see cref="SimulatedCalibration"/>, docs/calibration.md) produced for the probe's
    /// seed. <see cref="SimulatedHardware"/> puts that file on the probe's flash, so a
    /// <see cref="ProbeCore"/> loads it at boot like the firmware does; <see cref="Apply"/> is for a
    /// gain table built outside a ProbeCore. No simulated path copies the true gains.
    /// </summary>
    public static class GainSource
    {
        /// <summary>How the gains were obtained, for the benchmark's printout.</summary>
        public const string Description = "each probe's own calibration file from the simulated factory procedure (step attenuator ±0.1 dB, source noise; docs/calibration.md)";

        /// <summary>Loads the calibration file of the probe built on <paramref name="hardware"/> into <paramref name="gain"/> (installing it first when its flash has none).</summary>
        public static void Apply(SimulatedHardware hardware, GainCalibration gain)
        {
            if (hardware.Files.Read(CalibrationStore.FileName) == null)
            {
                hardware.Files.Poke(CalibrationStore.FileName, SimulatedCalibration.FileFor(hardware.Seed));
            }

            new CalibrationStore(hardware.Storage).Load(gain, new CalibrationInfo());
        }
    }
}
