namespace MpoProbe.Core
{
    /// <summary>
    /// Time costs on the ESP32 under nanoFramework: front-end operations (used by the simulated
    /// front end) and the interpreter's own CPU time, together the time a technician waits for
    /// an inspection. Estimates until measured on hardware (see docs/core.md, "Timing model").
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

        // The interpreter's own CPU time (kept apart from the front-end constants above, which
        // issue 18 may replace from circuit simulation). Source, issue 14: the Core's work for
        // one inspection with readings replayed (no simulation) on the posix nanoCLR (the
        // ESP32's CLR code) on an x86 host cost MPO-12 0.50–0.71 ms, MPO-24 0.94–1.32 ms of CPU
        // at 64 samples per channel; an ESP32 interprets ≈ 20–30× slower. Upper figures at 30×:
        // MPO-12 21.3 ms, MPO-24 39.6 ms, i.e. a straight line of 3.0 ms + 1.53 ms per position.

        /// <summary>Interpreter CPU per inspection independent of the layout (µs, ESP32; issue 14 figures, see above).</summary>
        public const int InterpreterFixedMicroseconds = 3000;

        /// <summary>Interpreter CPU per position measured with one burst of the default 64 samples (µs, ESP32).</summary>
        public const int InterpreterMicrosecondsPerPosition = 1530;

        /// <summary>
        /// Interpreter CPU per extra ADC sample beyond one default burst per position (ranging
        /// bursts): the per-position cost spread over its 64 samples, an upper bound (µs, ESP32).
        /// </summary>
        public const int InterpreterMicrosecondsPerExtraSample = InterpreterMicrosecondsPerPosition / FrontEndDesign.DefaultSamplesPerChannel;

        /// <summary>
        /// Modelled interpreter CPU time of one inspection (µs): <paramref name="positions"/>
        /// measured with <paramref name="samplesRead"/> ADC samples in all (ranging included).
        /// </summary>
        public static long InterpreterMicroseconds(int positions, long samplesRead)
        {
            long extra = samplesRead - ((long)positions * FrontEndDesign.DefaultSamplesPerChannel);
            return InterpreterFixedMicroseconds + ((long)InterpreterMicrosecondsPerPosition * positions) + (extra > 0 ? extra * InterpreterMicrosecondsPerExtraSample : 0);
        }
    }
}
