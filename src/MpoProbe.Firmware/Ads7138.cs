using System;
using System.Device.I2c;
using System.Threading;

namespace MpoProbe.Firmware
{
    /// <summary>
    /// The ADS7138 converter on I2C2 (TI SBAS976A): AIN0 takes the PGA output, AVDD (the REF3325,
    /// 2.5 V) is its reference. Manual mode on AIN0 with the averaging filter at OSR 4: a read frame
    /// returns 16-bit averaged results, the device stretching SCL while it converts, and each
    /// acknowledged result starts the next (manual mode: the 9th SCL falling edge triggers a
    /// conversion). One <c>I2cDevice.Read</c> of 8 bytes returns the 4 results of a burst. Results
    /// are handed to the Core on its 12-bit scale, rounded. Register map and opcodes as in SBAS976A
    /// (also in the Linux driver ti-ads7138.c and Espressif's espp ads7138 component).
    /// </summary>
    public sealed class Ads7138
    {
        /// <summary>Averaged results per I2C read (design, hardware/acquisition.md).</summary>
        public const int ResultsPerRead = 4;

        private const byte OpWrite = 0x08;
        private const byte OpSetBit = 0x18;
        private const byte OpRead = 0x10;
        private const byte GeneralCfg = 0x01;
        private const byte OsrCfg = 0x03;
        private const byte OpModeCfg = 0x04;
        private const byte PinCfg = 0x05;
        private const byte SequenceCfg = 0x10;
        private const byte ChannelSel = 0x11;
        private const byte Reset = 0x01;
        private const byte Calibrate = 0x02;
        private const byte Osr4 = 0x02;

        private readonly I2cDevice _device;
        private readonly byte[] _command = new byte[3];
        private readonly byte[] _register = new byte[1];
        private readonly byte[] _results = new byte[2 * ResultsPerRead];
        private int _next = ResultsPerRead;

        /// <summary>Resets and calibrates the converter, then sets manual mode on AIN0 with OSR 4.</summary>
        public Ads7138(I2cDevice device)
        {
            _device = device;
            Command(OpSetBit, GeneralCfg, Reset);
            Thread.Sleep(2);
            Command(OpWrite, PinCfg, 0x00);
            Command(OpWrite, SequenceCfg, 0x00);
            Command(OpWrite, OpModeCfg, 0x00);
            Command(OpWrite, ChannelSel, 0x00);
            Command(OpWrite, OsrCfg, Osr4);
            Command(OpSetBit, GeneralCfg, Calibrate);
            for (int i = 0; i < 50 && (ReadRegister(GeneralCfg) & Calibrate) != 0; i++)
            {
                Thread.Sleep(1);
            }
        }

        /// <summary>Drops results read before the input changed: the next <see cref="Read"/> starts a new transfer.</summary>
        public void Discard()
        {
            _next = ResultsPerRead;
        }

        /// <summary>One averaged result on the 12-bit scale (0..4095); a new transfer every <see cref="ResultsPerRead"/> results.</summary>
        public int Read()
        {
            if (_next >= ResultsPerRead)
            {
                I2cTransferResult result = _device.Read(_results);
                if (result.Status != I2cTransferStatus.FullTransfer)
                {
                    throw new InvalidOperationException("ADS7138 read failed: transfer status " + ((int)result.Status).ToString());
                }

                _next = 0;
            }

            int raw = (_results[2 * _next] << 8) | _results[(2 * _next) + 1];
            _next++;
            int code = (raw + 8) >> 4;
            return code > 4095 ? 4095 : code;
        }

        private void Command(byte opcode, byte register, byte value)
        {
            _command[0] = opcode;
            _command[1] = register;
            _command[2] = value;
            _device.Write(_command);
        }

        private int ReadRegister(byte register)
        {
            _command[0] = OpRead;
            _command[1] = register;
            _device.Write(new SpanByte(_command, 0, 2));
            _device.Read(_register);
            return _register[0];
        }
    }
}
