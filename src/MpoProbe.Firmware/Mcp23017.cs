using System.Device.I2c;

namespace MpoProbe.Firmware
{
    /// <summary>
    /// The MCP23017 I/O expander that drives every select line, enable, TIA range bit and the
    /// MCP6S21's SPI lines (hardware/acquisition.md). Port A: A0 PGA SCK, A1 PGA SI, A2 PGA chip
    /// select (active low), A3–A6 S0–S3. Port B: B0–B2 the three multiplexer enables (active low),
    /// B3–B4 TIA range bits A and B, B5 the test current's switch (active high, 10 kΩ pull-down:
    /// off from reset; hardware/self-test.md). With IOCON.BANK = 0 and IOCON.SEQOP = 1 the register pointer
    /// toggles between OLATA and OLATB (Microchip DS20001952, "Byte mode and Sequential mode"), so
    /// one write sets both ports, and a longer one streams port states: the PGA's 16-bit word goes
    /// out in the same transfer as the select lines. One <c>I2cDevice.Write</c> per select.
    /// </summary>
    public sealed class Mcp23017
    {
        /// <summary>Port A bits.</summary>
        public const int PgaClockBit = 0x01, PgaDataBit = 0x02, PgaSelectBit = 0x04, SelectShift = 3;

        /// <summary>Port B bits.</summary>
        public const int EnableLowBit = 0x01, EnableHighBit = 0x02, EnableCheckBit = 0x04, TiaShift = 3;

        /// <summary>Port B bit GPB5: the test current's TS5A3166 switch (active high), written with the select lines.</summary>
        public const int TestCurrentBit = 0x20;

        /// <summary>Every enable high (every multiplexer off), PGA deselected: the state at power-up through the pull-ups.</summary>
        public const int IdleA = PgaSelectBit, IdleB = EnableLowBit | EnableHighBit | EnableCheckBit;

        private const byte IoDirA = 0x00;
        private const byte IoCon = 0x0A;
        private const byte OlatA = 0x14;
        private const byte SeqOpDisabled = 0x20;
        private const int WordBits = 16;

        private readonly I2cDevice _device;
        private readonly byte[] _buffer = new byte[2 + (2 * ((2 * WordBits) + 2))];

        /// <summary>Opens the expander on I2C2 and makes both ports outputs, every multiplexer off.</summary>
        public Mcp23017(I2cDevice device)
        {
            _device = device;
            // Latches first, then the direction: the outputs come up in the idle state (pointer still increments here).
            Send(OlatA, IdleA, IdleB);
            Send(IoDirA, 0x00, 0x00);
            _buffer[0] = IoCon;
            _buffer[1] = SeqOpDisabled;
            _device.Write(new System.SpanByte(_buffer, 0, 2));
        }

        /// <summary>Writes both output latches in one transfer.</summary>
        public void Write(int portA, int portB)
        {
            Send(OlatA, portA, portB);
        }

        /// <summary>
        /// Streams the MCP6S21's 16-bit <paramref name="word"/> (SPI mode 0,0, MSB first, latched on
        /// the rising chip select, DS21117B) as 34 port states, then leaves the ports at
        /// <paramref name="portA"/> / <paramref name="portB"/>: one transfer.
        /// </summary>
        public void WriteWithPgaWord(int portA, int portB, int word)
        {
            int lines = portA & ~(PgaClockBit | PgaDataBit | PgaSelectBit);
            int at = 0;
            _buffer[at++] = OlatA;
            at = State(at, lines, portB);
            for (int bit = WordBits - 1; bit >= 0; bit--)
            {
                int data = ((word >> bit) & 1) == 1 ? PgaDataBit : 0;
                at = State(at, lines | data, portB);
                at = State(at, lines | data | PgaClockBit, portB);
            }

            at = State(at, portA, portB);
            _device.Write(new System.SpanByte(_buffer, 0, at));
        }

        private int State(int at, int portA, int portB)
        {
            _buffer[at] = (byte)portA;
            _buffer[at + 1] = (byte)portB;
            return at + 2;
        }

        private void Send(byte register, int portA, int portB)
        {
            _buffer[0] = register;
            _buffer[1] = (byte)portA;
            _buffer[2] = (byte)portB;
            _device.Write(new System.SpanByte(_buffer, 0, 3));
        }
    }
}
