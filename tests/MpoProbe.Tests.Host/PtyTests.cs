using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Simulator;

namespace MpoProbe.Tests
{
    /// <summary>
    /// The simulator's serial port on a pseudo-terminal, driven by socat (a real serial tool from
    /// Debian, installed by .ci/run). Without socat on the machine the same exchange runs through a
    /// plain file handle on the device; CI sets MPOPROBE_REQUIRE_SOCAT=1 so that cannot hide.
    /// </summary>
    [TestClass]
    public class PtyTests
    {
        [TestMethod]
        public void TerminalProgramExchangesCommandsAndReplies()
        {
            Scenario scenario = Scenario.Load(Path.Combine(RepoPaths.Root, "scenarios", "02-mpo12-clean-elite.json"));
            using var stop = new CancellationTokenSource();
            var ready = new TaskCompletionSource<string>();
            Task server = Task.Run(() => PtyServer.Run(scenario, TextWriter.Null, 60, path => ready.SetResult(path), stop.Token));
            Assert.IsTrue(ready.Task.Wait(TimeSpan.FromSeconds(60)), "the pseudo-terminal opened");
            string device = ready.Task.Result;
            StringAssert.StartsWith(device, "/dev/pts/");

            string[] lines = File.Exists("/usr/bin/socat") ? WithSocat(device) : WithFile(device);
            stop.Cancel();
            server.Wait(TimeSpan.FromSeconds(10));

            Assert.IsTrue(lines.Length > 0, "lines received");
            foreach (string line in lines)
            {
                JsonDocument.Parse(line);
            }

            Assert.IsTrue(lines.Any(l => l.Contains("\"type\":\"reply\"") && l.Contains("MpoProbeFirmware")), "version reply:\n" + string.Join("\n", lines));
            Assert.IsTrue(lines.Any(l => l.Contains("\"code\":\"bad_value\"") && l.Contains("layout '13'")), "error for a bad layout");
            Assert.IsTrue(lines.Any(l => l.Contains("\"type\":\"inspection\"") && l.Contains("\"overall\":\"PASS\"")), "inspection by command");
        }

        [TestMethod]
        public void FloodWithoutNewlineIsDroppedAndReported()
        {
            Scenario scenario = Scenario.Load(Path.Combine(RepoPaths.Root, "scenarios", "02-mpo12-clean-elite.json"));
            using var stop = new CancellationTokenSource();
            var ready = new TaskCompletionSource<string>();
            Task server = Task.Run(() => PtyServer.Run(scenario, TextWriter.Null, 60, path => ready.SetResult(path), stop.Token));
            Assert.IsTrue(ready.Task.Wait(TimeSpan.FromSeconds(60)), "the pseudo-terminal opened");
            using var stream = new FileStream(ready.Task.Result, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1);
            var text = new System.Text.StringBuilder();
            Task reader = Task.Run(() =>
            {
                var buffer = new byte[4096];
                while (!stop.IsCancellationRequested)
                {
                    int n = stream.Read(buffer, 0, buffer.Length);
                    lock (text)
                    {
                        text.Append(System.Text.Encoding.UTF8.GetString(buffer, 0, n));
                    }
                }
            });
            var flood = new byte[256 * 1024];
            Array.Fill(flood, (byte)'x');
            stream.Write(flood);
            stream.Flush();
            Func<string, bool> seen = fragment => { lock (text) { return text.ToString().Contains(fragment); } };
            var clock = Stopwatch.StartNew();
            while (!seen("input_dropped") && clock.Elapsed < TimeSpan.FromSeconds(20))
            {
                Thread.Sleep(50);
            }

            // Input sent while the queue is still full is dropped too: like a host that waits for
            // its answer, send the next command again until it is answered.
            while (!seen("MpoProbeFirmware") && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                stream.Write(System.Text.Encoding.ASCII.GetBytes("\nversion\n"));
                stream.Flush();
                Thread.Sleep(1000);
            }

            stop.Cancel();
            server.Wait(TimeSpan.FromSeconds(10));
            string log;
            lock (text)
            {
                log = text.ToString();
            }

            StringAssert.Contains(log, "\"code\":\"input_dropped\"", "the dropped input is reported");
            StringAssert.Contains(log, "line_too_long", "the flood is one oversized line");
            StringAssert.Contains(log, "MpoProbeFirmware", "the next command still answers, within seconds");
        }

        private static bool Complete(ConcurrentQueue<string> lines) =>
            lines.Any(l => l.Contains("bad_value")) && lines.Any(l => l.Contains("\"type\":\"inspection\""));

        private static string[] WithSocat(string device)
        {
            var info = new ProcessStartInfo("/usr/bin/socat", "- " + device + ",raw,echo=0")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using Process socat = Process.Start(info);
            var lines = new ConcurrentQueue<string>();
            socat.OutputDataReceived += (_, e) =>
            {
                if (!string.IsNullOrWhiteSpace(e.Data))
                {
                    lines.Enqueue(e.Data.Trim());
                }
            };
            socat.BeginOutputReadLine();
            socat.StandardInput.Write("version\r\nset layout 13\r\ninspect\r\n");
            socat.StandardInput.Flush();
            var clock = Stopwatch.StartNew();
            while (!Complete(lines) && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                Thread.Sleep(100);
            }

            socat.Kill();
            return lines.ToArray();
        }

        private static string[] WithFile(string device)
        {
            Assert.AreNotEqual("1", Environment.GetEnvironmentVariable("MPOPROBE_REQUIRE_SOCAT"), "socat is required here (install it: apt-get install socat)");
            using var stream = new FileStream(device, FileMode.Open, FileAccess.ReadWrite);
            var command = System.Text.Encoding.ASCII.GetBytes("version\r\nset layout 13\r\ninspect\r\n");
            stream.Write(command);
            stream.Flush();
            var lines = new ConcurrentQueue<string>();
            var text = new System.Text.StringBuilder();
            var buffer = new byte[4096];
            var clock = Stopwatch.StartNew();
            while (!Complete(lines) && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                int n = stream.Read(buffer, 0, buffer.Length);
                text.Append(System.Text.Encoding.UTF8.GetString(buffer, 0, n));
                string all = text.ToString();
                int end = all.LastIndexOf('\n');
                if (end >= 0)
                {
                    foreach (string line in all.Substring(0, end).Split('\n').Where(l => l.Trim().Length > 0))
                    {
                        lines.Enqueue(line.Trim());
                    }

                    text.Remove(0, end + 1);
                }
            }

            return lines.ToArray();
        }
    }
}
