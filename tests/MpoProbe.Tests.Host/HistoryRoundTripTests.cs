using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Report;
using MpoProbe.Simulator;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Results kept on the probe, end to end: the capture tool sets the simulated probe's clock and
    /// job data over its pseudo-terminal and runs an inspection; a second capture sends
    /// <c>history</c>; the report made from that dump alone carries the original date and job.
    /// </summary>
    [TestClass]
    public class HistoryRoundTripTests
    {
        [TestMethod]
        public void HistoryDumpThroughThePtyAndCaptureGivesAReportWithTheRightDates()
        {
            Scenario scenario = Scenario.Load(Path.Combine(RepoPaths.Root, "scenarios", "02-mpo12-clean-elite.json"));
            using var stop = new CancellationTokenSource();
            var ready = new TaskCompletionSource<string>();
            Task server = Task.Run(() => PtyServer.Run(scenario, TextWriter.Null, 60, path => ready.SetResult(path), stop.Token));
            Assert.IsTrue(ready.Task.Wait(TimeSpan.FromSeconds(60)), "pty opened");
            string live = Path.Combine(Path.GetTempPath(), "mpo-live-" + Guid.NewGuid().ToString("N") + ".log");
            string dump = Path.Combine(Path.GetTempPath(), "mpo-history-" + Guid.NewGuid().ToString("N") + ".log");
            var when = new DateTime(2026, 11, 20, 9, 30, 0, DateTimeKind.Utc);
            // Every line of a read runs in order; the inspection is sent in its own capture, as a
            // host that waits for the job data's answers would.
            Capture.Run(ready.Task.Result, live, new[] { Capture.TimeCommand(when), "job J-77", "operator R. Diaz", "link Trunk-7" }, 1.5);
            Capture.Run(ready.Task.Result, live, new[] { "inspect" }, 4);
            Capture.Run(ready.Task.Result, dump, new[] { "history" }, 3);
            stop.Cancel();
            server.Wait(TimeSpan.FromSeconds(10));

            string[] lines = File.ReadAllLines(dump);
            Assert.IsTrue(lines.Any(l => l.Contains("records sent")), "history replies:\n" + string.Join("\n", lines));
            Assert.IsTrue(File.ReadAllLines(live).Any(l => l.Contains("\"type\":\"inspection\"")), "live:\n" + File.ReadAllText(live));
            ReportData data = LogReader.Read(lines, "history");
            LinkResult link = data.Find("Trunk-7");
            Assert.IsNotNull(link, "the link from the history dump:\n" + string.Join("\n", lines));
            Assert.AreEqual(0, data.SkippedCount, "every history line reads");
            // The report's time is the one the probe stamped on the inspection when it was made
            // (the simulated probe's clock runs on from the `time` command through the reference
            // and its verification), not the time of the dump.
            string liveInspection = File.ReadAllLines(live).Last(l => l.Contains("\"type\":\"inspection\""));
            System.Text.RegularExpressions.Match utc = System.Text.RegularExpressions.Regex.Match(liveInspection, "\"utc\":\"([^\"]+)\"");
            Assert.IsTrue(utc.Success, "the live inspection carries utc: " + liveInspection);
            DateTime stamped = DateTime.Parse(utc.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
            Assert.IsTrue(stamped >= when && stamped < when.AddMinutes(30), "stamped " + stamped.ToString("o"));
            Assert.AreEqual(stamped.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC", Certificate.Time(link.Last.Context), "the inspection's original time");
            Assert.AreEqual("J-77", link.Last.Context.Job);
            Assert.AreEqual("R. Diaz", link.Last.Context.Operator);
        }
    }
}
