using System;
using System.Device.I2c;
using MpoProbe.Core;

namespace MpoProbe.Firmware
{
    /// <summary>
    /// The analog front end on the ESP32 (hardware/acquisition.md, chain C): three CD74HC4067
    /// multiplexers (positions 1–16, 17–32 and the self-check ladder; shared select S0–S3, one
    /// enable each), the TIA range lines and the MCP6S21 PGA, all on the MCP23017 expander (one I2C
    /// write per select, the PGA's word streamed in it when the gain changes), and the ADS7138
    /// converter (one I2C read of 4 averaged results per burst). The test current's switch is the
    /// expander's GPB5 (hardware/self-test.md), written in the same transfer as the select lines: a
    /// select turns it off, <see cref="SelectWithTestCurrent"/> on. It only moves switches and converts; Core does the rest.
    /// </summary>
    public sealed class FrontEndAdapter : IPhotodiodeFrontEnd, ICheckInputs
    {
        private readonly Mcp23017 _expander;
        private readonly Ads7138 _converter;
        private readonly IMicrosecondClock _clock;
        private int _gainCode = -1;
        private int _portA = Mcp23017.IdleA;
        private int _portB = Mcp23017.IdleB;

        /// <summary>Opens the expander and the converter on I2C2 (Fast-mode Plus); the expander comes up idle, the test current off.</summary>
        public FrontEndAdapter(IMicrosecondClock clock)
        {
            _clock = clock;
            _expander = new Mcp23017(I2cDevice.Create(new I2cConnectionSettings(2, Pins.ExpanderAddress, I2cBusSpeed.FastModePlus)));
            _converter = new Ads7138(I2cDevice.Create(new I2cConnectionSettings(2, Pins.ConverterAddress, I2cBusSpeed.FastModePlus)));
        }

        /// <inheritdoc />
        public int ChannelCount => MpoLayout.MaxPositions;

        /// <inheritdoc />
        public void Select(int channel, int range)
        {
            SelectPosition(channel, range, 0);
        }

        /// <inheritdoc />
        public void SelectWithTestCurrent(int channel, int range)
        {
            SelectPosition(channel, range, Mcp23017.TestCurrentBit);
        }

        /// <inheritdoc />
        public void SelectCheck(int tap)
        {
            // GPB5 low in the same write: the test current is off while a tap or the parking level is read.
            if (tap < 0)
            {
                Apply(Mcp23017.IdleA, Mcp23017.IdleB, -1);
                return;
            }

            // ×1: the ladder's tap voltage reaches the converter as designed.
            int portA = Mcp23017.PgaSelectBit | ((tap & 15) << Mcp23017.SelectShift);
            Apply(portA, Mcp23017.EnableLowBit | Mcp23017.EnableHighBit, 1);
        }

        /// <inheritdoc />
        public void InjectTestCurrent(bool on)
        {
            // The injection multiplexers follow S0–S3 and the position enables: the current reaches the selected channel only.
            int portB = on ? _portB | Mcp23017.TestCurrentBit : _portB & ~Mcp23017.TestCurrentBit;
            if (portB != _portB)
            {
                Apply(_portA, portB, -1);
            }
        }

        /// <inheritdoc />
        public void Settle(int microseconds)
        {
            long until = _clock.NowMicroseconds + microseconds;
            while (_clock.NowMicroseconds < until)
            {
            }

            _converter.Discard();
        }

        /// <inheritdoc />
        public int Read()
        {
            return _converter.Read();
        }

        /// <summary>A position and range, with <paramref name="testBit"/> (GPB5) set or not: one expander write.</summary>
        private void SelectPosition(int channel, int range, int testBit)
        {
            if (channel < 0 || channel >= ChannelCount)
            {
                throw new ArgumentOutOfRangeException("channel", "channel " + channel.ToString() + " is outside 0..31");
            }

            int portA = Mcp23017.PgaSelectBit | ((channel % 16) << Mcp23017.SelectShift);
            int portB = Mcp23017.EnableCheckBit | (channel < 16 ? Mcp23017.EnableHighBit : Mcp23017.EnableLowBit)
                | (FrontEndDesign.TiaIndexOf(range) << Mcp23017.TiaShift) | testBit;
            Apply(portA, portB, FrontEndDesign.PgaGainOf(range));
        }

        /// <summary>One expander transfer: the ports, with the PGA's word streamed first when <paramref name="gain"/> (≥ 1) changes it.</summary>
        private void Apply(int portA, int portB, double gain)
        {
            _portA = portA;
            _portB = portB;
            int code = gain >= 1 ? PgaWord.GainCode(gain) : _gainCode;
            if (code != _gainCode)
            {
                _expander.WriteWithPgaWord(portA, portB, PgaWord.For(gain));
                _gainCode = code;
            }
            else
            {
                _expander.Write(portA, portB);
            }

            _converter.Discard();
        }
    }
}
