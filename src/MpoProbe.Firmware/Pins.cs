namespace MpoProbe.Firmware
{
    /// <summary>
    /// Every ESP32 pin the probe uses, in one place. hardware/pin-map.md lists the same
    /// assignments (a host test checks they agree). ADC inputs are on ADC1 (GPIO 32–39): ADC2 is
    /// unusable while Wi-Fi runs.
    /// </summary>
    public static class Pins
    {
        /// <summary>Multiplexed TIA/PGA output to the ADC: GPIO 36, ADC1 channel 0.</summary>
        public const int AdcSignalChannel = 0;

        /// <summary>Head-ID divider: GPIO 39, ADC1 channel 3.</summary>
        public const int AdcHeadIdChannel = 3;

        /// <summary>Battery through a 1:2 divider: GPIO 35, ADC1 channel 7.</summary>
        public const int AdcBatteryChannel = 7;

        /// <summary>CD74HC4067 select S0 (both multiplexers).</summary>
        public const int MuxS0 = 25;

        /// <summary>CD74HC4067 select S1.</summary>
        public const int MuxS1 = 26;

        /// <summary>CD74HC4067 select S2.</summary>
        public const int MuxS2 = 27;

        /// <summary>CD74HC4067 select S3.</summary>
        public const int MuxS3 = 14;

        /// <summary>Enable (active low) of the multiplexer for positions 1–16.</summary>
        public const int MuxEnableLow = 13;

        /// <summary>Enable (active low) of the multiplexer for positions 17–32.</summary>
        public const int MuxEnableHigh = 4;

        /// <summary>Enable (active low) of the self-check multiplexer (ladder taps, docs/faults.md); 10 kΩ pull-up, which GPIO 5's strapping also wants high at reset.</summary>
        public const int MuxEnableCheck = 5;

        /// <summary>TIA range select bit 0 (all channels' feedback switches).</summary>
        public const int TiaRangeA = 32;

        /// <summary>TIA range select bit 1.</summary>
        public const int TiaRangeB = 33;

        /// <summary>
        /// MCP6S21 PGA serial clock (SCK), bit-banged. GPIO 18 is the VSPI bus's SCK, so a hardware
        /// SPI bus can take it over (an external ADC on the same bus keeps GPIO 19, VSPI MISO, free).
        /// </summary>
        public const int PgaClock = 18;

        /// <summary>MCP6S21 serial data in (SI); GPIO 23 is VSPI MOSI.</summary>
        public const int PgaData = 23;

        /// <summary>
        /// MCP6S21 chip select (active low). GPIO 2 is a strapping pin that must be low or floating at
        /// reset for download mode: no pull-up on it (the PGA's CS input is high impedance).
        /// </summary>
        public const int PgaChipSelect = 2;

        /// <summary>The one button, to ground, internal pull-up.</summary>
        public const int Button = 15;

        /// <summary>I2C1 data to the SSD1306.</summary>
        public const int I2cData = 21;

        /// <summary>I2C1 clock to the SSD1306.</summary>
        public const int I2cClock = 22;

        /// <summary>COM2 transmit: the serial log, to the CP2105's second UART.</summary>
        public const int LogTx = 17;

        /// <summary>COM2 receive: commands, from the CP2105's second UART.</summary>
        public const int LogRx = 16;

        /// <summary>SSD1306 I2C address.</summary>
        public const int DisplayAddress = 0x3C;

        /// <summary>I2C address of the head's ID EEPROM (Microchip 24AA02E48, EUI-48 at 0xFA..0xFF; hardware/self-test.md).</summary>
        public const int HeadIdAddress = 0x50;

        /// <summary>
        /// I2C address of the NXP PCA9536 expander whose IO0 switches the self-test current on
        /// (active high, 10 kΩ pull-down: off at reset; hardware/self-test.md). No GPIO was left:
        /// GPIO 2 is the PGA's chip select and GPIO 19 stays free for an SPI ADC.
        /// </summary>
        public const int TestCurrentExpanderAddress = 0x41;

        /// <summary>Serial log speed, baud.</summary>
        public const int LogBaud = 115200;
    }
}
