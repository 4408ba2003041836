using System;
using MpoProbe.Core;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests
{
    /// <summary>
    /// DeviceTiming's constants are derived from the published raw figures named in docs/core.md
    /// ("Timing model"); a constant edited without its source, or a source figure changed without
    /// its constant, fails here.
    /// </summary>
    [TestClass]
    public class DeviceTimingTests
    {
        /// <summary>nanoframework/Home issue #1013: output frequencies of the loops on the pin, Hz.</summary>
        private const double WritePairHz = 1700;
        private const double DacPairHz = 2500;
        private const double TogglePsramHz = 81000;
        private const double ToggleRev3Hz = 27000;

        /// <summary>Posix nanoCLR: minimum wall time of one loop iteration with one InternalCall, µs (docs/core.md).</summary>
        private const double PosixCallMicroseconds = 0.143;

        [TestMethod]
        public void PerCallCostsFollowFromTheMeasuredLoopFrequencies()
        {
            // One period of the square wave holds two calls.
            Assert.AreEqual(Math.Round(1e6 / WritePairHz / 2), (double)DeviceTiming.GpioWriteMicroseconds, "GpioPin.Write");
            Assert.AreEqual(1e6 / DacPairHz / 2 + 10, DeviceTiming.AdcReadMicroseconds, 0.5, "ReadValue = DAC call + 10 µs conversion");
        }

        [TestMethod]
        public void CpuFactorsAreTheToggleLoopOverThePosixLoop()
        {
            Assert.AreEqual(Math.Round(1e6 / TogglePsramHz / 2 / PosixCallMicroseconds), DeviceTiming.Esp32CpuFactor, "PSRAM build");
            Assert.AreEqual(Math.Round(1e6 / ToggleRev3Hz / 2 / PosixCallMicroseconds), DeviceTiming.Esp32CpuFactorSlowBuild, "REV3 build");
        }

        [TestMethod]
        public void CpuModelStaysWithinTheMeasuredInterpreterRuns()
        {
            // Lowest minimum wall times measured on the posix nanoCLR (docs/core.md), µs: the fit stays within 5 %.
            Near(1427, DeviceTiming.InterpreterMicroseconds(24, 24 * 64, 1.0), "MPO-24, 64 samples");
            Near(704, DeviceTiming.InterpreterMicroseconds(24, 24 * 4, 1.0), "MPO-24, 4 samples");
            Near(749, DeviceTiming.InterpreterMicroseconds(12, 12 * 64, 1.0), "MPO-12, 64 samples");
            Near(378, DeviceTiming.InterpreterMicroseconds(12, 12 * 4, 1.0), "MPO-12, 4 samples");
        }

        private static void Near(double measured, double model, string what)
        {
            Assert.IsTrue(Math.Abs(model - measured) <= 0.05 * measured, what + ": model " + model + " µs, measured " + measured + " µs");
        }

        [TestMethod]
        public void I2cBusTimeIsNineBitsPerByteAtFastModePlus()
        {
            Assert.AreEqual(36.0, DeviceTiming.I2cBusMicroseconds(DeviceTiming.ExpanderSelectBytes), 1e-9, "4 bytes at 1 MHz");
            Assert.AreEqual(34 * 2, DeviceTiming.ExpanderGainStreamBytes, "34 port states of two bytes");
        }
    }
}
