using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Report;
using MpoProbe.Simulator;

namespace MpoProbe.Tests
{
    /// <summary>Reports rendered from logs the simulator's shipped scenarios produce, checked for content.</summary>
    [TestClass]
    public class ReportTests
    {
        private static string Scenarios => Path.Combine(RepoPaths.Root, "scenarios");

        private static string ScriptedLog(string scenario, string script, string link = null)
        {
            var log = new StringWriter();
            var session = new SimulatorSession(Scenario.Load(Path.Combine(Scenarios, scenario)), log);
            session.Core.Settings.LinkLabel = link;
            session.Core.Log.Link = link;
            foreach (string step in script.Split(','))
            {
                Assert.IsTrue(session.Do(step), step);
            }

            return log.ToString();
        }

        private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        [TestMethod]
        public void ReportShowsNumbersVerdictsDiagnosisCleansAndPolarity()
        {
            string text = ScriptedLog("01-mpo12-dirty-pair-dirty-adapter.json", "reference,inspect,press,press,clean,inspect,press,clean_adapter,clean,inspect", "trunk A");
            ReportData data = LogReader.Read(Lines(text));
            Assert.AreEqual(3, data.Inspections.Count, "three inspections");
            Assert.AreEqual("FAIL", data.Inspections[0].Overall);
            Assert.AreEqual("PASS", data.Inspections[2].Overall);
            string html = HtmlReport.Write(data, "trunk A");
            double loss4 = data.Inspections[0].Record.GetProperty("positions")[3].GetProperty("loss_db").GetDouble();
            StringAssert.Contains(html, loss4.ToString(System.Globalization.CultureInfo.InvariantCulture), "position 4's loss in the table");
            StringAssert.Contains(html, "suspect contamination at 4 (brown), 5 (slate)", "diagnosis");
            Assert.AreEqual(2, html.Split("class=\"clean\"").Length - 1, "two clean cycles drawn");
            StringAssert.Contains(html, "cleaned: PASS", "clean advice");
            StringAssert.Contains(html, "Polarity: Type B", "polarity");
            StringAssert.Contains(html, "<svg", "inline charts");
            Assert.IsFalse(html.Contains("<script") || html.Contains("<link") || html.Contains("url(") || html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty).Contains("http"), "self-contained: nothing loaded from outside");
        }

        [TestMethod]
        public void CrossedPairIsHighlightedInTheFiberMap()
        {
            ReportData data = LogReader.Read(Lines(ScriptedLog("06-mpo24-crossed-pair.json", "reference,inspect")));
            string html = HtmlReport.Write(data, "crossed");
            StringAssert.Contains(html, "positions 21↔22 crossed");
            Assert.AreEqual(2, html.Split("stroke=\"#c62828\" stroke-width=\"1.5\"/>").Length - 1, "the two crossed fibers drawn red");
        }

        [TestMethod]
        public void SummaryCountsLinksPassedFailedAndEscalated()
        {
            string text = ScriptedLog("02-mpo12-clean-elite.json", "reference,verify,inspect", "A")
                + ScriptedLog("12-mpo24-damaged-fiber.json", "reference,inspect,press,press,clean,inspect,press,clean,inspect", "B");
            ReportData data = LogReader.Read(Lines(text));
            var (links, passed, failed, escalated) = HtmlReport.Count(data);
            Assert.AreEqual((2, 1, 1, 1), (links, passed, failed, escalated));
            string csv = CsvReport.Write(data);
            Assert.AreEqual(1 + (12 * 1) + (24 * 3), Lines(csv).Length, "one row per position per inspection");
            StringAssert.Contains(csv, ",B,", "link label in the rows");
            StringAssert.Contains(csv, ",20,black striped,", "position 20 row (TIA-598: 20 = black, striped)");
        }

        [TestMethod]
        public void DamagedLogKeepsWhatIsValidAndListsEverySkippedLine()
        {
            string[] good = Lines(ScriptedLog("02-mpo12-clean-elite.json", "reference,inspect"));
            string[] lines = good.Take(3).Concat(new[] { "{\"v\":1,\"type\":\"inspec", "garbage", "{\"v\":7,\"type\":\"inspection\"}", "{\"v\":1,\"type\":\"weather\"}", "{\"type\":\"boot\"}" }).Concat(good.Skip(3)).ToArray();
            ReportData data = LogReader.Read(lines);
            Assert.AreEqual(1, data.Inspections.Count, "the valid inspection is kept");
            CollectionAssert.AreEqual(new[] { 4, 5, 6, 7, 8 }, data.Skipped.Select(s => s.Line).ToArray(), "skipped line numbers");
            StringAssert.Contains(data.Skipped[2].Reason, "schema v7 is newer");
            StringAssert.Contains(data.Skipped[3].Reason, "unknown record type 'weather'");
            StringAssert.Contains(HtmlReport.Write(data, "damaged"), "line 4: not valid JSON");
        }

        [TestMethod]
        public void LiveCaptureFromThePseudoTerminalGivesTheSameReport()
        {
            Scenario scenario = Scenario.Load(Path.Combine(Scenarios, "02-mpo12-clean-elite.json"));
            string scripted = CsvReport.Write(LogReader.Read(Lines(ScriptedLog("02-mpo12-clean-elite.json", "reference,verify,inspect"))));
            using var stop = new CancellationTokenSource();
            var ready = new TaskCompletionSource<string>();
            Task server = Task.Run(() => PtyServer.Run(scenario, TextWriter.Null, 60, path => ready.SetResult(path), stop.Token));
            Assert.IsTrue(ready.Task.Wait(TimeSpan.FromSeconds(60)), "pty opened");
            string file = Path.Combine(Path.GetTempPath(), "mpo-capture-" + Guid.NewGuid().ToString("N") + ".log");
            int lines = Capture.Run(ready.Task.Result, file, new[] { "inspect" }, 8);
            stop.Cancel();
            server.Wait(TimeSpan.FromSeconds(10));
            Assert.IsTrue(lines >= 7, "captured " + lines + " lines");
            string captured = CsvReport.Write(LogReader.Read(File.ReadAllLines(file)));
            Assert.AreEqual(scripted, captured, "live capture and scripted run give the same report rows");
        }
    }
}
