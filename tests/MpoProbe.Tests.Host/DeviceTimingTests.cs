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

        /// <summary>Posix nanoCLR: process CPU of one loop iteration with one InternalCall, µs (docs/core.md).</summary>
        private const double PosixCallMicroseconds = 0.195;

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
            // Minimum wall times measured on the posix nanoCLR, MPO-24 (docs/core.md): at 64 samples per
            // position 1.43–1.54 ms, at 4 samples 0.70–1.08 ms. The fit must stay inside 0.9–1.1 × that span.
            double at64 = DeviceTiming.InterpreterMicroseconds(24, 24 * 64, 1.0);
            double at4 = DeviceTiming.InterpreterMicroseconds(24, 24 * 4, 1.0);
            Assert.IsTrue(at64 >= 0.9 * 1430 && at64 <= 1.1 * 1540, "64 samples: " + at64);
            Assert.IsTrue(at4 >= 0.9 * 700 && at4 <= 1.1 * 1080, "4 samples: " + at4);
        }

        [TestMethod]
        public void I2cBusTimeIsNineBitsPerByteAtFastModePlus()
        {
            Assert.AreEqual(36.0, DeviceTiming.I2cBusMicroseconds(DeviceTiming.ExpanderSelectBytes), 1e-9, "4 bytes at 1 MHz");
            Assert.AreEqual(34 * 2, DeviceTiming.ExpanderGainStreamBytes, "34 port states of two bytes");
        }
    }
}
