using System.Threading;

namespace MpoProbe.Firmware
{
    /// <summary>
    /// Firmware entry point. At this stage the project only proves that the shared Core
    /// compiles for the device: the ESP32 adapters (ADC front end, button, display, serial log,
    /// storage) and the composition root that wires them to Core are still to be written
    /// (see docs/firmware.md). Until then the app starts and idles.
    /// </summary>
    public static class Program
    {
        /// <summary>Starts the firmware.</summary>
        public static void Main()
        {
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
