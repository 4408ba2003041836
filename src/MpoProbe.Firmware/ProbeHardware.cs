using System;
using System.Device.Adc;
using System.Device.I2c;
using MpoProbe.Core;

namespace MpoProbe.Firmware
{
    /// <summary>The probe's peripherals on the ESP32 (IProbeHardware), built once by Program.</summary>
    public sealed class ProbeHardware : IProbeHardware
    {
        private readonly AdcChannel _headId;
        private readonly AdcChannel _battery;
        private readonly I2cDevice _headChip;
        private readonly byte[] _idAddress = new byte[] { 0xFA };
        private readonly byte[] _id = new byte[6];

        /// <summary>Builds every adapter; a display that cannot be opened becomes one that reports it.</summary>
        public ProbeHardware(AdcController adc, Clock clock)
        {
            Clock = clock;
            FrontEndAdapter frontEnd = new FrontEndAdapter(clock);
            FrontEnd = frontEnd;
            CheckInputs = frontEnd;
            Port = new SerialLogPort();
            Storage = new FileStorage();
            _headId = adc.OpenChannel(Pins.AdcHeadIdChannel);
            _battery = adc.OpenChannel(Pins.AdcBatteryChannel);
            _headChip = I2cDevice.Create(new I2cConnectionSettings(1, Pins.HeadIdAddress));
            try
            {
                Display = new DisplayAdapter();
            }
            catch (Exception e)
            {
                Display = new MissingDisplay(e.Message);
            }
        }

        /// <inheritdoc />
        public IPhotodiodeFrontEnd FrontEnd { get; }

        /// <inheritdoc />
        public IMicrosecondClock Clock { get; }

        /// <inheritdoc />
        public IDisplay Display { get; }

        /// <inheritdoc />
        public ILogPort Port { get; }

        /// <inheritdoc />
        public IStorage Storage { get; }

        /// <inheritdoc />
        public bool HeadPresent => HeadPositions != 0;

        /// <inheritdoc />
        public int HeadPositions => HeadIdentification.Identify(Volts(_headId.ReadValue()));

        /// <inheritdoc />
        public string HeadSerial => ReadHeadSerial();

        /// <inheritdoc />
        public ICheckInputs CheckInputs { get; }

        /// <inheritdoc />
        public int BatteryPercent => BatteryGauge.Percent(2.0 * Volts(_battery.ReadValue()));

        /// <summary>The head's 24AA02E48 EUI-48 (6 bytes from its address 0xFA) as 12 hex digits; empty when no chip answers.</summary>
        private string ReadHeadSerial()
        {
            try
            {
                I2cTransferResult result = _headChip.WriteRead(_idAddress, _id);
                if (result.Status != I2cTransferStatus.FullTransfer)
                {
                    return string.Empty;
                }
            }
            catch (Exception)
            {
                return string.Empty;
            }

            string text = string.Empty;
            for (int i = 0; i < _id.Length; i++)
            {
                text += ((uint)_id[i]).ToString("X2");
            }

            return text;
        }

        /// <summary>ESP32 ADC1 at 11 dB: ≈ 0.13 V at code 0, ≈ 3.1 V at 4095 (shared/domain.md, Espressif's ADC notes).</summary>
        private const double Esp32ZeroVolts = 0.13;

        /// <summary>ESP32 ADC1 volts per code between the two ends above.</summary>
        private const double Esp32VoltsPerCode = (3.10 - Esp32ZeroVolts) / 4095;

        /// <summary>An ESP32 ADC1 code in volts (head ID and battery: the front end has its own converter).</summary>
        private static double Volts(int code)
        {
            return Esp32ZeroVolts + (code * Esp32VoltsPerCode);
        }

        /// <summary>Stands in for a display that did not answer at boot: every frame reports why.</summary>
        private sealed class MissingDisplay : IDisplay
        {
            private readonly string _why;

            public MissingDisplay(string why)
            {
                _why = why;
            }

            public void Show(Framebuffer frame)
            {
                throw new InvalidOperationException("display not found at boot: " + _why);
            }
        }
    }
}
