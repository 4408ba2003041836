namespace MpoProbe.Core
{
    /// <summary>
    /// Time costs of front-end operations on the ESP32 under nanoFramework, used by the
    /// simulated front end to model how long an inspection takes on the device. These are
    /// estimates until measured on hardware (see docs/core.md, "Timing model").
    /// </summary>
    public static class DeviceTiming
    {
        /// <summary>
        /// One <c>AdcChannel.ReadValue()</c> call from managed code: the ESP32 one-shot
        /// conversion plus the interpreter's managed-to-native call (estimate, unconfirmed:
        /// to be replaced by a measurement on the device).
        /// </summary>
        public const int AdcReadMicroseconds = 30;

        /// <summary>
        /// Selecting a channel and range: up to 5 mux and 5 range GPIO writes from managed
        /// code (estimate, unconfirmed: ≈ 10 µs per <c>GpioPin.Write</c>).
        /// </summary>
        public const int SelectMicroseconds = 100;
    }
}
