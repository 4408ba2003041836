using System;
using System.Device.Adc;
using System.Device.Gpio;
using System.Device.I2c;
using MpoProbe.Core;

namespace MpoProbe.Firmware
{
    /// <summary>
    /// The analog front end on the ESP32: three CD74HC4067 multiplexers (positions 1–16, 17–32 and
    /// the self-check ladder; shared select S0–S3, one enable each), the TIA range lines, the
    /// MCP6S21 PGA (<see cref="PgaSerial"/>) and ADC1 channel 0. It only moves switches and
    /// converts; Core does the rest.
    /// </summary>
    public sealed class FrontEndAdapter : IPhotodiodeFrontEnd, ICheckInputs
    {
        private readonly AdcChannel _adc;
        private readonly GpioPin[] _select = new GpioPin[4];
        private readonly GpioPin _enableLow;
        private readonly GpioPin _enableHigh;
        private readonly GpioPin _enableCheck;
        private readonly I2cDevice _testCurrent;
        private readonly byte[] _expanderWrite = new byte[2];
        private bool _currentOn;
        private readonly GpioPin _tiaA;
        private readonly GpioPin _tiaB;
        private const byte ExpanderOutput = 0x01;
        private const byte ExpanderConfiguration = 0x03;
        private readonly PgaSerial _pga;
        private readonly IMicrosecondClock _clock;

        /// <summary>Opens the pins and the ADC channel.</summary>
        public FrontEndAdapter(GpioController gpio, AdcController adc, IMicrosecondClock clock)
        {
            _clock = clock;
            _adc = adc.OpenChannel(Pins.AdcSignalChannel);
            _select[0] = gpio.OpenPin(Pins.MuxS0, PinMode.Output);
            _select[1] = gpio.OpenPin(Pins.MuxS1, PinMode.Output);
            _select[2] = gpio.OpenPin(Pins.MuxS2, PinMode.Output);
            _select[3] = gpio.OpenPin(Pins.MuxS3, PinMode.Output);
            _enableLow = gpio.OpenPin(Pins.MuxEnableLow, PinMode.Output);
            _enableHigh = gpio.OpenPin(Pins.MuxEnableHigh, PinMode.Output);
            _enableCheck = gpio.OpenPin(Pins.MuxEnableCheck, PinMode.Output);
            _testCurrent = I2cDevice.Create(new I2cConnectionSettings(1, Pins.TestCurrentExpanderAddress));
            WriteExpander(ExpanderOutput, 0x00);
            WriteExpander(ExpanderConfiguration, 0xFE);
            _tiaA = gpio.OpenPin(Pins.TiaRangeA, PinMode.Output);
            _tiaB = gpio.OpenPin(Pins.TiaRangeB, PinMode.Output);
            _pga = new PgaSerial(gpio);
            _enableLow.Write(PinValue.High);
            _enableHigh.Write(PinValue.High);
            _enableCheck.Write(PinValue.High);
        }

        /// <inheritdoc />
        public int ChannelCount => MpoLayout.MaxPositions;

        /// <inheritdoc />
        public void Select(int channel, int range)
        {
            if (channel < 0 || channel >= ChannelCount)
            {
                throw new ArgumentOutOfRangeException("channel", "channel " + channel.ToString() + " is outside 0..31");
            }

            SelectLine(channel % 16);
            _enableCheck.Write(PinValue.High);
            _enableLow.Write(channel < 16 ? PinValue.Low : PinValue.High);
            _enableHigh.Write(channel < 16 ? PinValue.High : PinValue.Low);

            int tia = FrontEndDesign.TiaIndexOf(range);
            _tiaA.Write((tia & 1) == 1 ? PinValue.High : PinValue.Low);
            _tiaB.Write((tia & 2) == 2 ? PinValue.High : PinValue.Low);

            _pga.SetGain(FrontEndDesign.PgaGainOf(range));
        }

        /// <inheritdoc />
        public void SelectCheck(int tap)
        {
            if (_currentOn)
            {
                InjectTestCurrent(false);
            }

            _enableLow.Write(PinValue.High);
            _enableHigh.Write(PinValue.High);
            _enableCheck.Write(PinValue.High);
            if (tap < 0)
            {
                return;
            }

            SelectLine(tap & 15);

            // ×1: the ladder's tap voltage reaches the ADC as designed.
            _pga.SetGain(1);

            _enableCheck.Write(PinValue.Low);
        }

        /// <inheritdoc />
        public void InjectTestCurrent(bool on)
        {
            // The injection multiplexers follow S0–S3 and the position enables: the current reaches the selected channel only.
            // The switch hangs on the PCA9536's IO0 (no GPIO was left, hardware/self-test.md).
            WriteExpander(ExpanderOutput, on ? (byte)0x01 : (byte)0x00);
            _currentOn = on;
        }

        /// <summary>One PCA9536 register write (register pointer, value); output register 1, configuration register 3.</summary>
        private void WriteExpander(byte register, byte value)
        {
            _expanderWrite[0] = register;
            _expanderWrite[1] = value;
            _testCurrent.Write(_expanderWrite);
        }

        /// <inheritdoc />
        public void Settle(int microseconds)
        {
            long until = _clock.NowMicroseconds + microseconds;
            while (_clock.NowMicroseconds < until)
            {
            }
        }

        /// <inheritdoc />
        public int Read()
        {
            return _adc.ReadValue();
        }

        private void SelectLine(int line)
        {
            for (int bit = 0; bit < 4; bit++)
            {
                _select[bit].Write(((line >> bit) & 1) == 1 ? PinValue.High : PinValue.Low);
            }
        }
    }
}
