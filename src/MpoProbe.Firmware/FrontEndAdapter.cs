using System;
using System.Device.Adc;
using System.Device.Gpio;
using MpoProbe.Core;

namespace MpoProbe.Firmware
{
    /// <summary>
    /// The analog front end on the ESP32: two CD74HC4067 multiplexers (select S0–S3, one enable
    /// each), the TIA range lines, the LTC6910-2 gain bits and ADC1 channel 0. It only moves
    /// switches and converts; Core does the rest.
    /// </summary>
    public sealed class FrontEndAdapter : IPhotodiodeFrontEnd, ICheckInputs
    {
        private readonly AdcChannel _adc;
        private readonly GpioPin[] _select = new GpioPin[4];
        private readonly GpioPin _enableLow;
        private readonly GpioPin _enableHigh;
        private readonly GpioPin _enableCheck;
        private readonly GpioPin _testCurrent;
        private readonly GpioPin _tiaA;
        private readonly GpioPin _tiaB;
        private readonly GpioPin[] _pga = new GpioPin[3];
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
            _testCurrent = gpio.OpenPin(Pins.TestCurrentEnable, PinMode.Output);
            _testCurrent.Write(PinValue.Low);
            _tiaA = gpio.OpenPin(Pins.TiaRangeA, PinMode.Output);
            _tiaB = gpio.OpenPin(Pins.TiaRangeB, PinMode.Output);
            _pga[0] = gpio.OpenPin(Pins.PgaG0, PinMode.Output);
            _pga[1] = gpio.OpenPin(Pins.PgaG1, PinMode.Output);
            _pga[2] = gpio.OpenPin(Pins.PgaG2, PinMode.Output);
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

            // LTC6910-2 gain code: 1 → ×1, 2 → ×2, 3 → ×4, … 6 → ×32.
            int code = GainCode(FrontEndDesign.PgaGainOf(range));
            for (int bit = 0; bit < 3; bit++)
            {
                _pga[bit].Write(((code >> bit) & 1) == 1 ? PinValue.High : PinValue.Low);
            }
        }

        /// <inheritdoc />
        public void SelectCheck(int tap)
        {
            _testCurrent.Write(PinValue.Low);
            _enableLow.Write(PinValue.High);
            _enableHigh.Write(PinValue.High);
            _enableCheck.Write(PinValue.High);
            if (tap < 0)
            {
                return;
            }

            SelectLine(tap & 15);
            for (int bit = 0; bit < 3; bit++)
            {
                // Gain code 1 (×1): the ladder's tap voltage reaches the ADC as designed.
                _pga[bit].Write(bit == 0 ? PinValue.High : PinValue.Low);
            }

            _enableCheck.Write(PinValue.Low);
        }

        /// <inheritdoc />
        public void InjectTestCurrent(bool on)
        {
            // The injection multiplexers follow S0–S3 and the position enables: the current reaches the selected channel only.
            _testCurrent.Write(on ? PinValue.High : PinValue.Low);
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

        private static int GainCode(double gain)
        {
            int code = 1;
            double g = 1;
            while (g < gain && code < 7)
            {
                g *= 2;
                code++;
            }

            return code;
        }
    }
}
