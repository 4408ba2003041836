using System.IO.Ports;
using MpoProbe.Core;

namespace MpoProbe.Firmware
{
    /// <summary>
    /// The serial log and commands on COM2 (GPIO 17/16) with System.IO.Ports: COM1 carries the
    /// nanoFramework debugger (Console goes there, not to a terminal). COM2 reaches USB through the
    /// CP2105's second UART (hardware/README.md).
    /// </summary>
    public sealed class SerialLogPort : ILogPort
    {
        private readonly SerialPort _port;

        /// <summary>Opens COM2 at 115200 8N1.</summary>
        public SerialLogPort()
        {
            _port = new SerialPort("COM2", Pins.LogBaud, Parity.None, 8, StopBits.One);
            _port.Open();
        }

        private static readonly byte[] LineEnd = new byte[] { (byte)'\r', (byte)'\n' };

        /// <inheritdoc />
        public void WriteLine(string line)
        {
            _port.Write(line);
            _port.Write(LineEnd, 0, LineEnd.Length);
        }

        /// <inheritdoc />
        public void WriteLine(byte[] line, int offset, int count)
        {
            _port.Write(line, offset, count);
            _port.Write(LineEnd, 0, LineEnd.Length);
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int count)
        {
            int available = _port.BytesToRead;
            if (available <= 0)
            {
                return 0;
            }

            return _port.Read(buffer, offset, available < count ? available : count);
        }
    }
}
