using System;
using System.IO;
using System.Text;
using System.Threading;

namespace MpoProbe.Report
{
    /// <summary>
    /// Reads the probe's serial device (the USB device, or the simulator's pseudo-terminal) and
    /// appends every complete line to a log file, optionally sending commands first. The line
    /// itself is configured with the system's own tools (e.g. <c>stty -F /dev/ttyUSB1 115200 raw</c>).
    /// </summary>
    public static class Capture
    {
        /// <summary>The probe command that sets its clock to <paramref name="utc"/> (docs/serial-log.md, <c>time</c>).</summary>
        public static string TimeCommand(DateTime utc) =>
            "time " + utc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Captures for <paramref name="seconds"/>, or until <paramref name="stop"/>; returns the lines written.</summary>
        public static int Run(string device, string logFile, string[] commands, double seconds, CancellationToken stop = default)
        {
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
            var reading = System.Threading.Tasks.Task.Run(() =>
            {
                while (!stop.IsCancellationRequested)
                {
                    int n = port.Read(buffer, 0, buffer.Length);
                    if (n <= 0)
                    {
                        break;
                    }

                    lock (pending)
                    {
                        pending.Append(Encoding.UTF8.GetString(buffer, 0, n));
                        string text = pending.ToString();
                        int end = text.LastIndexOf('\n');
                        if (end < 0)
                        {
                            continue;
                        }

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
                    }
                }
            });
            reading.Wait(TimeSpan.FromSeconds(seconds));
            return written;
        }
    }
}
