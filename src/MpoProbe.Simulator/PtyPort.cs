using System;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using MpoProbe.Core;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// The probe's serial port on a Linux pseudo-terminal: a terminal program opens
    /// <see cref="SlavePath"/> (picocom, screen, socat) exactly like the USB device. Log lines
    /// are written to the master side; bytes typed on the slave side arrive through a reader
    /// thread. Uses libc's posix_openpt/grantpt/unlockpt/ptsname.
    /// </summary>
    public sealed class PtyPort : ILogPort, IDisposable
    {
        /// <summary>
        /// Bytes held for the probe before input is dropped: like a UART's receive buffer, a host
        /// that sends faster than the probe reads cannot grow the simulator's memory.
        /// </summary>
        public const int QueueBytes = 4096;

        private const int ReadWrite = 2;
        private const int NoControllingTerminal = 0x100;
        private readonly int _master;
        private readonly int _slave;
        private readonly ConcurrentQueue<byte> _received = new ConcurrentQueue<byte>();
        private readonly Thread _reader;
        private volatile bool _closed;
        private long _dropped;

        /// <summary>Opens a new pseudo-terminal.</summary>
        public PtyPort()
        {
            _master = posix_openpt(ReadWrite | NoControllingTerminal);
            if (_master < 0 || grantpt(_master) != 0 || unlockpt(_master) != 0)
            {
                throw new InvalidOperationException("cannot open a pseudo-terminal (errno " + Marshal.GetLastWin32Error() + ")");
            }

            SlavePath = Marshal.PtrToStringAnsi(ptsname(_master));

            // Raw mode, held open by the simulator: without it the line discipline echoes every
            // log line back to the master, and the probe would read its own log as commands.
            _slave = open(SlavePath, ReadWrite | NoControllingTerminal);
            var termios = new byte[256];
            if (_slave < 0 || tcgetattr(_slave, termios) != 0)
            {
                throw new InvalidOperationException("cannot configure " + SlavePath + " (errno " + Marshal.GetLastWin32Error() + ")");
            }

            cfmakeraw(termios);
            tcsetattr(_slave, 0, termios);
            _reader = new Thread(ReadLoop) { IsBackground = true, Name = "pty reader" };
            _reader.Start();
        }

        /// <summary>The device a terminal program opens, e.g. /dev/pts/3.</summary>
        public string SlavePath { get; }

        /// <inheritdoc />
        public void WriteLine(string line)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(line + "\r\n");
            write(_master, bytes, (IntPtr)bytes.Length);
        }

        /// <inheritdoc />
        public void WriteLine(byte[] line, int offset, int count)
        {
            WriteLine(AsciiText.From(line, offset, count));
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int count)
        {
            int n = 0;
            while (n < count && _received.TryDequeue(out byte b))
            {
                buffer[offset + n++] = b;
            }

            return n;
        }

        /// <summary>Bytes dropped since the last call because the queue was full (0 when none).</summary>
        public long TakeDropped()
        {
            return Interlocked.Exchange(ref _dropped, 0);
        }

        /// <summary>Closes the pseudo-terminal.</summary>
        public void Dispose()
        {
            _closed = true;
            close(_slave);
            close(_master);
        }

        private void ReadLoop()
        {
            var buffer = new byte[256];
            while (!_closed)
            {
                int n = read(_master, buffer, (IntPtr)buffer.Length);
                if (n <= 0)
                {
                    Thread.Sleep(20);
                    continue;
                }

                for (int i = 0; i < n; i++)
                {
                    if (_received.Count >= QueueBytes)
                    {
                        Interlocked.Add(ref _dropped, n - i);
                        break;
                    }

                    _received.Enqueue(buffer[i]);
                }
            }
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int posix_openpt(int flags);

        [DllImport("libc", SetLastError = true)]
        private static extern int grantpt(int fd);

        [DllImport("libc", SetLastError = true)]
        private static extern int unlockpt(int fd);

        [DllImport("libc", SetLastError = true)]
        private static extern IntPtr ptsname(int fd);

        [DllImport("libc", SetLastError = true)]
        private static extern int read(int fd, byte[] buffer, IntPtr count);

        [DllImport("libc", SetLastError = true)]
        private static extern int write(int fd, byte[] buffer, IntPtr count);

        [DllImport("libc", SetLastError = true)]
        private static extern int close(int fd);

        [DllImport("libc", SetLastError = true)]
        private static extern int open(string path, int flags);

        [DllImport("libc", SetLastError = true)]
        private static extern int tcgetattr(int fd, byte[] termios);

        [DllImport("libc", SetLastError = true)]
        private static extern int tcsetattr(int fd, int when, byte[] termios);

        [DllImport("libc")]
        private static extern void cfmakeraw(byte[] termios);
    }
}
