namespace MpoProbe.Core
{
    /// <summary>
    /// Time costs on the ESP32 under nanoFramework, each from a measurement with its source in
    /// docs/core.md ("Timing model"): native calls from published ESP32 measurements (until
    /// measured on the probe's own board), bus and converter times from datasheets, and the
    /// interpreter's CPU measured on the posix nanoCLR and scaled to the ESP32 by a measured
    /// ratio. The benchmark prices the front end's operations with them (AcquisitionTime).
    /// </summary>
    public static class DeviceTiming
    {
        /// <summary>
        /// One <c>GpioPin.Write</c> from managed code on an ESP32 (µs): nanoframework/Home issue
        /// #1013, firmware 1.8.0.6, ESP32_REV3, scope on the pin: <c>Write(0); Write(1);</c> in a
        /// loop gives 1.7 kHz, one period = two writes, 1e6 / 1700 / 2 = 294 µs.
        /// </summary>
        public const int GpioWriteMicroseconds = 294;

        /// <summary>
        /// One <c>AdcChannel.ReadValue()</c> on an ESP32 (µs). No published figure exists; the call
        /// has the shape of <c>DacChannel.WriteValue</c> (a managed wrapper and one ESP-IDF driver
        /// call), measured at 2.5 kHz per pair = 200 µs per call (issue #1013), plus the ESP32
        /// one-shot conversion, ≈ 10 µs (simplefoc/simplefoc.github.io issue #29).
        /// </summary>
        public const int AdcReadMicroseconds = 210;

        /// <summary>
        /// Fixed cost of one <c>I2cDevice</c> transfer (µs): nanoframework/nf-interpreter pull
        /// request #685 measured 0.228 ms between <c>WriteReadPartial</c> transactions in a loop
        /// (STM32F429); the ESP32's DAC call above (200 µs) is of the same size. Bus time is extra.
        /// </summary>
        public const int I2cTransferMicroseconds = 230;

        /// <summary>
        /// I2C clock with <c>I2cBusSpeed.FastModePlus</c> on the ESP32 (Hz): nf-interpreter
        /// targets/ESP32 System.Device.I2c sets <c>clk_speed = 1000000</c> for it.
        /// </summary>
        public const int I2cFastModePlusHz = 1000000;

        /// <summary>Bits on the wire per I2C byte: 8 data bits and the acknowledge.</summary>
        public const int I2cBitsPerByte = 9;

        /// <summary>
        /// One ADS7138 conversion inside an averaged read (µs): 140 kSPS, the datasheet's highest
        /// throughput (TI SBAS976A, "Features"), so 1e6 / 140 000 = 7.14 µs, rounded up.
        /// </summary>
        public const double Ads7138ConversionMicroseconds = 7.2;

        /// <summary>
        /// Conversions the ADS7138 averages into one result (OSR_CFG, design from the noise budget,
        /// hardware/acquisition.md): 4, so a position's 4 results average 16 conversions.
        /// </summary>
        public const int Ads7138Oversampling = 4;

        /// <summary>Averaged results read in one I2C transfer (design: one burst of 4 samples per transfer).</summary>
        public const int Ads7138ResultsPerTransfer = 4;

        /// <summary>Bytes on the wire of one MCP23017 write of both output latches: address, register, OLATA, OLATB.</summary>
        public const int ExpanderSelectBytes = 4;

        /// <summary>
        /// Extra bytes in the same MCP23017 write when the MCP6S21 gain changes: the 16-bit SPI
        /// word streamed as port states (chip select low, 16 × clock low/high, chip select high =
        /// 34 states) of two bytes each (IOCON.SEQOP = 1 toggles between OLATA and OLATB).
        /// </summary>
        public const int ExpanderGainStreamBytes = 68;

        /// <summary>GPIO writes of one photodiode select by the ESP32-ADC chain's adapter (before issue 28): S0–S3, three enables, two TIA lines.</summary>
        public const int GpioWritesPerSelect = 9;

        /// <summary>GPIO writes of one check-ladder select by the ESP32-ADC chain's adapter (before issue 28): three enables off, S0–S3, check enable on.</summary>
        public const int GpioWritesPerCheckSelect = 8;

        /// <summary>GPIO writes of one bit-banged MCP6S21 gain change (the ESP32-ADC chain, before issue 28): chip select twice, 16 × (data, clock high, clock low).</summary>
        public const int GpioWritesPerGainChange = 50;

        /// <summary>
        /// The interpreter's CPU on x86 (posix nanoCLR, RelWithDebInfo, nf-interpreter a3e8139a),
        /// Core work of one inspection with readings replayed, independent of the layout (µs).
        /// Measured 2026-12-02 on main 183905a (docs/core.md): a fit to the minimum wall times, with the two terms below.
        /// </summary>
        public const double X86FixedMicroseconds = 52.0;

        /// <summary>Interpreter CPU on x86 per position measured, beyond its samples (µs; fit, see above).</summary>
        public const double X86PerPositionMicroseconds = 25.0;

        /// <summary>Interpreter CPU on x86 per ADC sample the Core handles (µs; fit, see above).</summary>
        public const double X86PerSampleMicroseconds = 0.50;

        /// <summary>Interpreter CPU on x86 per self-check burst (a select and its samples' bookkeeping), µs; measured like the above.</summary>
        public const double X86SelfCheckPerBurstMicroseconds = 2.0;

        /// <summary>
        /// ESP32 time per unit of posix nanoCLR time, the value the design is held to: issue #1013's
        /// <c>led.Toggle()</c> loop runs 81 kHz on ESP32_PSRAM_REV3 = 6.17 µs per iteration; the same
        /// loop shape (one native call per iteration) takes 0.143 µs on the posix nanoCLR, measured
        /// like the Core (minimum wall time): ratio 43.
        /// </summary>
        public const double Esp32CpuFactor = 43.0;

        /// <summary>
        /// The same ratio from issue #1013's ESP32_REV3 build (27 kHz = 18.5 µs per iteration): 130.
        /// Today both builds run at 240 MHz (nf-interpreter sdkconfig defaults), so the design
        /// takes <see cref="Esp32CpuFactor"/> and reports this one as the risk to measure on the board.
        /// </summary>
        public const double Esp32CpuFactorSlowBuild = 130.0;

        /// <summary>
        /// Pace of the simulated front end's clock per select (µs). Not a device estimate: it keeps
        /// the simulation's time (coded-source slots, job hours) as it was; the time a technician
        /// waits is priced from counted operations with the figures above.
        /// </summary>
        public const int SimulatedSelectMicroseconds = 100;

        /// <summary>Pace of the simulated front end's clock per conversion (µs); see <see cref="SimulatedSelectMicroseconds"/>.</summary>
        public const int SimulatedReadMicroseconds = 30;

        /// <summary>Bus time of <paramref name="bytes"/> bytes at FastModePlus, µs.</summary>
        public static double I2cBusMicroseconds(int bytes)
        {
            return bytes * I2cBitsPerByte * 1e6 / I2cFastModePlusHz;
        }

        /// <summary>
        /// Modelled interpreter CPU on the ESP32 (µs) for <paramref name="positions"/> positions and
        /// <paramref name="samples"/> ADC samples handled, at <paramref name="factor"/>.
        /// </summary>
        public static double InterpreterMicroseconds(int positions, long samples, double factor)
        {
            return factor * (X86FixedMicroseconds + (X86PerPositionMicroseconds * positions) + (X86PerSampleMicroseconds * samples));
        }
    }
}
