using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

namespace MpoProbe.Report
{
    /// <summary>
    /// Reads the probe's serial device (the USB device, or the simulator's pseudo-terminal) and
    /// appends every complete line to a log file, optionally sending commands first. The line
    /// itself is configured with the system's own tools (e.g. <c>stty -F /dev/ttyUSB1 115200 raw</c>).
    /// Reads wait with poll(2), so nothing is read after the capture ends and a second capture on
    /// the same device gets every line.
    /// </summary>
    public static class Capture
    {
        private const short PollIn = 1;

        /// <summary>The probe command that sets its clock to <paramref name="utc"/> (docs/serial-log.md, <c>time</c>).</summary>
        public static string TimeCommand(DateTime utc) =>
            "time " + utc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Captures for <paramref name="seconds"/>, or until <paramref name="stop"/>; returns the lines written.</summary>
        public static int Run(string device, string logFile, string[] commands, double seconds, CancellationToken stop = default)
        {
            if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            {
                throw new IOException("capture needs Linux or macOS (poll on the serial device)");
            }

            using var port = new FileStream(device, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1, useAsync: false);
            using var log = new StreamWriter(logFile, append: true);
            foreach (string command in commands)
            {
                byte[] bytes = Encoding.ASCII.GetBytes(command + "\r\n");
                port.Write(bytes, 0, bytes.Length);
                port.Flush();
            }

            int written = 0;
            var pending = new StringBuilder();
            var buffer = new byte[4096];
            var fds = new[] { new PollFd { Fd = (int)port.SafeFileHandle.DangerousGetHandle(), Events = PollIn } };
            var clock = Stopwatch.StartNew();
            while (!stop.IsCancellationRequested && clock.Elapsed.TotalSeconds < seconds)
            {
                fds[0].Revents = 0;
                int wait = (int)Math.Clamp((seconds - clock.Elapsed.TotalSeconds) * 1000, 1, 100);
                if (Poll(fds, 1, wait) <= 0 || (fds[0].Revents & PollIn) == 0)
                {
                    continue;
                }

                int n = port.Read(buffer, 0, buffer.Length);
                if (n <= 0)
                {
                    break;
                }

                pending.Append(Encoding.UTF8.GetString(buffer, 0, n));
                written += Flush(pending, log);
            }

            return written;
        }

        private static int Flush(StringBuilder pending, StreamWriter log)
        {
            string text = pending.ToString();
            int end = text.LastIndexOf('\n');
            if (end < 0)
            {
                return 0;
            }

            int written = 0;
            foreach (string line in text.Substring(0, end).Split('\n'))
            {
                if (line.Trim().Length > 0)
                {
                    log.WriteLine(line.Trim());
                    written++;
                }
            }

            log.Flush();
            pending.Remove(0, end + 1);
            return written;
        }

        [DllImport("libc", EntryPoint = "poll", SetLastError = true)]
        private static extern int Poll([In, Out] PollFd[] fds, uint count, int timeoutMs);

        [StructLayout(LayoutKind.Sequential)]
        private struct PollFd
        {
            public int Fd;
            public short Events;
            public short Revents;
        }
    }
}
