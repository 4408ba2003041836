using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// <c>--pty</c>: the simulated probe with its serial port on a pseudo-terminal. Prints the
    /// device path, sets a reference through the simulated reference cord, connects the link,
    /// then serves commands until stopped (Ctrl+C, or after <c>--seconds N</c>).
    /// </summary>
    public static class PtyServer
    {
        /// <summary>Runs the server; <paramref name="ready"/> gets the device path once it is open.</summary>
        public static int Run(Scenario scenario, TextWriter output, double seconds, Action<string> ready = null, CancellationToken stop = default)
        {
            using var port = new PtyPort();
            var session = new SimulatorSession(scenario, null, port);
            session.Do("reference");
            session.Do("verify");
            output.WriteLine("serial port: " + port.SlavePath);
            output.WriteLine("open it with e.g.: picocom -b 115200 " + port.SlavePath + "   (then type: help, status, inspect, last)");
            output.Flush();
            ready?.Invoke(port.SlavePath);
            var clock = Stopwatch.StartNew();
            while (!stop.IsCancellationRequested && (seconds <= 0 || clock.Elapsed.TotalSeconds < seconds))
            {
                session.Tick();
                Thread.Sleep(20);
            }

            return 0;
        }
    }
}
