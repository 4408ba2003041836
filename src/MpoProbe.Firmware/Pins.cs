namespace MpoProbe.Firmware
{
    /// <summary>
    /// Every ESP32 pin the probe uses, in one place. hardware/pin-map.md lists the same
    /// assignments (a host test checks they agree). ADC inputs are on ADC1 (GPIO 32–39): ADC2 is
    /// unusable while Wi-Fi runs. The front end's select lines and converter sit on I2C2
    /// (MCP23017 + ADS7138, hardware/acquisition.md); the ESP32's own ADC reads only the head ID and the battery.
    /// </summary>
    public static class Pins
    {
        /// <summary>Head-ID divider: GPIO 39, ADC1 channel 3.</summary>
        public const int AdcHeadIdChannel = 3;

        /// <summary>Battery through a 1:2 divider: GPIO 35, ADC1 channel 7.</summary>
        public const int AdcBatteryChannel = 7;

        /// <summary>
        /// I2C2 data: the MCP23017 expander (select lines, enables, TIA range bits, PGA) and the
        /// ADS7138 converter, Fast-mode Plus (hardware/acquisition.md; the pin issue 28 reserved).
        /// </summary>
        public const int I2c2Data = 19;

        /// <summary>I2C2 clock (GPIO 18, the PGA's bit-banged clock before the expander took it over).</summary>
        public const int I2c2Clock = 18;

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

        /// <summary>I2C2 address of the MCP23017 expander: A2–A0 to ground (DS20001952: 0100 A2 A1 A0).</summary>
        public const int ExpanderAddress = 0x20;

        /// <summary>I2C2 address of the ADS7138: ADDR pin resistors not fitted (SBAS976A address table; 0x10).</summary>
        public const int ConverterAddress = 0x10;

        /// <summary>Serial log speed, baud.</summary>
        public const int LogBaud = 115200;
    }
}
