using System.Device.Gpio;

namespace MpoProbe.Firmware
{
    /// <summary>
    /// The MCP6S21 programmable gain amplifier over three GPIO lines (SPI mode 0,0, bit-banged:
    /// the firmware's API set has no SPI driver). One 16-bit write per gain change: the
    /// instruction 0x40 (write the gain register) and the gain code, MSB first, latched on the
    /// rising chip select (Microchip DS21117B, "Serial Peripheral Interface"). Gains +1, 2, 4, 8,
    /// 16, 32 are codes 0, 1, 2, 4, 6, 7 (codes 3 and 5 are +5 and +10, not used).
    /// </summary>
    public sealed class PgaSerial
    {
        private const int WriteGainRegister = 0x40;
        private readonly GpioPin _clock;
        private readonly GpioPin _data;
        private readonly GpioPin _select;
        private int _code = -1;

        /// <summary>Opens the three lines idle (clock low, chip select high).</summary>
        public PgaSerial(GpioController gpio)
        {
            _clock = gpio.OpenPin(Pins.PgaClock, PinMode.Output);
            _data = gpio.OpenPin(Pins.PgaData, PinMode.Output);
            _select = gpio.OpenPin(Pins.PgaChipSelect, PinMode.Output);
            _clock.Write(PinValue.Low);
            _select.Write(PinValue.High);
        }

        /// <summary>Sets the gain (1, 2, 4, 8, 16 or 32); writes only when it changes.</summary>
        public void SetGain(double gain)
        {
            int code = GainCode(gain);
            if (code == _code)
            {
                return;
            }

            int word = (WriteGainRegister << 8) | code;
            _select.Write(PinValue.Low);
            for (int bit = 15; bit >= 0; bit--)
            {
                _data.Write(((word >> bit) & 1) == 1 ? PinValue.High : PinValue.Low);
                _clock.Write(PinValue.High);
                _clock.Write(PinValue.Low);
            }

            _select.Write(PinValue.High);
            _code = code;
        }

        /// <summary>The MCP6S21 gain-register code of a gain of the design's ladder.</summary>
        public static int GainCode(double gain)
        {
            if (gain < 1.5)
            {
                return 0;
            }

            if (gain < 3)
            {
                return 1;
            }

            if (gain < 6)
            {
                return 2;
            }

            if (gain < 12)
            {
                return 4;
            }

            return gain < 24 ? 6 : 7;
        }
    }
}
