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

        /// <summary>CSV rows without the source and time columns (which differ between a capture and a scripted run).</summary>
        private static string Rows(string csv) =>
            string.Join("\n", Lines(csv).Skip(1).Select(r => string.Join(",", r.Split(',').Skip(4))));

        private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        [TestMethod]
        public void ReportShowsNumbersVerdictsDiagnosisCleansAndPolarity()
        {
            string text = ScriptedLog("01-mpo12-dirty-pair-dirty-adapter.json", "reference,inspect,press,press,clean,inspect,press,clean_adapter,clean,inspect", "trunk A");
            ReportData data = LogReader.Read(Lines(text));
            Assert.AreEqual(3, data.InspectionCount, "three inspections");
            Assert.AreEqual(1, data.Links.Count, "one link");
            LinkResult link = data.Links[0];
            Assert.AreEqual("PASS", link.Verdict, "the last inspection (after the cleans) is certified");
            string html = HtmlReport.Write(data, "trunk A");
            double loss4 = link.Last.Positions[3].LossDb;
            StringAssert.Contains(html, "<td>" + loss4.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + "</td>", "position 4's loss in the table, two decimals");
            Assert.AreEqual(2, html.Split("class=\"clean\"").Length - 1, "two clean cycles drawn");
            StringAssert.Contains(html, "cleaned: PASS", "clean advice");
            StringAssert.Contains(html, "connector / patch-cord loss test", "standard named: no link budget, so no Tier 1 claim");
            StringAssert.Contains(html, "IEC 61280-4-5", "method named");
            StringAssert.Contains(html, "TIA-568 maximum for one mated MPO connector pair (0.75 dB)", "where the limit comes from");
            StringAssert.Contains(html, "<svg", "inline charts");
            Assert.IsFalse(html.Contains("<script") || html.Contains("<link") || html.Contains("url(") || html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty).Contains("http"), "self-contained: nothing loaded from outside");
        }

        [TestMethod]
        public void EveryDecibelFigureHasTwoDecimals()
        {
            ReportData data = LogReader.Read(Lines(ScriptedLog("01-mpo12-dirty-pair-dirty-adapter.json", "reference,inspect", "T")));
            string html = HtmlReport.Write(data, "t");
            var cells = System.Text.RegularExpressions.Regex.Matches(html, @"<td>(-?\d+\.\d+)</td>").Select(m => m.Groups[1].Value).ToArray();
            Assert.IsTrue(cells.Length >= 12 * 4, "numeric cells found: " + cells.Length);
            Assert.IsTrue(cells.All(c => c.Length - c.IndexOf('.') - 1 == 2), "not two decimals: " + string.Join(" ", cells.Where(c => c.Length - c.IndexOf('.') - 1 != 2)));
            string csv = CsvReport.Write(Lines(ScriptedLog("01-mpo12-dirty-pair-dirty-adapter.json", "reference,inspect", "T")));
            string[] row = Lines(csv)[1].Split(',');
            StringAssert.Matches(row[17], new System.Text.RegularExpressions.Regex(@"^\d+\.\d\d$"), "loss_db cell");
        }

        [TestMethod]
        public void CrossedPairFailsTheLinkAndIsHighlightedInTheFiberMap()
        {
            ReportData data = LogReader.Read(Lines(ScriptedLog("06-mpo24-crossed-pair.json", "reference,inspect", "L")));
            LinkResult link = data.Links.Single();
            Assert.AreEqual("PASS", link.Last.LossOverall, "every fiber's loss passes");
            Assert.AreEqual("FAIL", link.Last.Overall, "the probe's overall verdict includes polarity");
            Assert.AreEqual("FAIL", link.Verdict, "a crossed pair fails the link");
            StringAssert.Contains(link.Reason, "polarity FAIL");
            string html = HtmlReport.Write(data, "crossed");
            StringAssert.Contains(html, "positions 21↔22 crossed");
            Assert.AreEqual(2, html.Split("stroke=\"#c62828\" stroke-width=\"1.5\"/>").Length - 1, "the two crossed fibers drawn red");
            Assert.AreEqual(0, data.PassedLinks, "not counted as passed");
        }

        [TestMethod]
        public void ARecordWhosePartsDisagreeIsNeverCertifiedAsAPass()
        {
            string log = ScriptedLog("02-mpo12-clean-elite.json", "reference,inspect", "A");
            string inspection = Lines(log).Last(l => l.Contains("\"type\":\"inspection\""));
            string pass = WithVerdicts(inspection, "PASS", "PASS", false);
            Assert.AreEqual("PASS", LogReader.Read(new[] { pass }).Links.Single().Verdict, "a consistent PASS record");
            Assert.AreEqual("NO_REFERENCE", LogReader.Read(new[] { WithVerdicts(inspection, "PASS", "NO_REFERENCE", false) }).Links.Single().Verdict);
            Assert.AreEqual("NO_REFERENCE", LogReader.Read(new[] { WithVerdicts(inspection, "PASS", "PASS", true) }).Links.Single().Verdict, "a probe that asked for a new reference certifies no pass");
            ReportData star = LogReader.Read(new[] { WithVerdicts(inspection, "PASS", "PASS*", false) });
            Assert.AreEqual("PASS*", star.Links.Single().Verdict);
            Assert.AreEqual((0, 1, 0), (star.PassedLinks, star.PassedWithinUncertaintyLinks, star.NotPassedLinks), "PASS* counted apart from PASS");
        }

        private static string WithVerdicts(string inspection, string overall, string lossOverall, bool reReference)
        {
            string r = System.Text.RegularExpressions.Regex.Replace(inspection, "\"overall\":\"[^\"]*\"", "\"overall\":\"" + overall + "\"");
            r = System.Text.RegularExpressions.Regex.Replace(r, "\"loss_overall\":\"[^\"]*\"", "\"loss_overall\":\"" + lossOverall + "\"");
            r = r.Replace("\"re_reference\":false", "\"re_reference\":" + (reReference ? "true" : "false"));
            Assert.IsTrue(r.Contains("\"loss_overall\":\"" + lossOverall + "\"") && r.Contains("\"re_reference\":" + (reReference ? "true" : "false")), "record rewritten: " + r);
            return r;
        }

        [TestMethod]
        public void AnOlderPolarityResultDoesNotDecideALaterInspection()
        {
            string crossed = ScriptedLog("06-mpo24-crossed-pair.json", "reference,inspect", "L");
            string[] lines = Lines(crossed);
            string inspection = lines.Last(l => l.Contains("\"type\":\"inspection\""));
            string fixedLater = inspection.Replace("\"overall\":\"FAIL\"", "\"overall\":\"PASS\"");
            Assert.AreNotEqual(inspection, fixedLater);
            ReportData data = LogReader.Read(lines.Concat(new[] { fixedLater }).ToArray());
            LinkResult link = data.Links.Single();
            Assert.IsNull(link.Polarity, "the polarity record belonged to the earlier inspection");
            Assert.AreEqual("PASS", link.Verdict, "the later inspection's own overall verdict decides");
        }

        [TestMethod]
        public void SummaryCountsLinksPassedFailedAndEscalated()
        {
            string text = ScriptedLog("02-mpo12-clean-elite.json", "reference,verify,inspect", "A")
                + ScriptedLog("12-mpo24-damaged-fiber.json", "reference,inspect,press,press,clean,inspect,press,clean,inspect", "B");
            ReportData data = LogReader.Read(Lines(text));
            Assert.AreEqual((2, 1, 1), (data.Links.Count, data.PassedLinks, data.EscalatedLinks));
            string csv = CsvReport.Write(Lines(text));
            Assert.AreEqual(1 + (12 * 1) + (24 * 3), Lines(csv).Length, "one row per position per inspection");
            StringAssert.Contains(csv, ",B,", "link label in the rows");
            StringAssert.Contains(csv, ",20,black striped,", "position 20 row (TIA-598: 20 = black, striped)");
        }

        [TestMethod]
        public void DamagedLogKeepsWhatIsValidAndListsEverySkippedLine()
        {
            string[] good = Lines(ScriptedLog("02-mpo12-clean-elite.json", "reference,inspect"));
            string[] bad =
            {
                "{\"v\":1,\"type\":\"inspec", "garbage", "{\"v\":7,\"type\":\"inspection\"}", "{\"v\":1,\"type\":\"weather\"}", "{\"type\":\"boot\"}",
                "{\"v\":1.5,\"type\":\"boot\",\"t_ms\":1}", "{\"v\":1,\"type\":\"reference\",\"t_ms\":1}", "{\"v\":1,\"type\":\"error\",\"t_ms\":1,\"code\":5}",
                "{\"v\":1,\"type\":\"boot\",\"t_ms\":1,\"link\":7}",
            };
            string[] lines = good.Take(3).Concat(bad).Concat(good.Skip(3)).ToArray();
            ReportData data = LogReader.Read(lines);
            Assert.AreEqual(1, data.InspectionCount, "the valid inspection is kept");
            CollectionAssert.AreEqual(Enumerable.Range(4, bad.Length).Select(i => (long)i).ToArray(), data.Skipped.Select(s => s.Line).ToArray(), "skipped line numbers");
            StringAssert.Contains(data.Skipped[2].Reason, "schema v7 is newer");
            StringAssert.Contains(data.Skipped[3].Reason, "unknown record type 'weather'");
            StringAssert.Contains(data.Skipped[5].Reason, "field 'v' is 1.5");
            StringAssert.Contains(data.Skipped[6].Reason, "field 'decision' is missing");
            StringAssert.Contains(data.Skipped[7].Reason, "field 'code' is 5");
            StringAssert.Contains(data.Skipped[8].Reason, "field 'link' is 7");
            StringAssert.Contains(HtmlReport.Write(data, "damaged"), "line 4: not valid JSON");
        }

        [TestMethod]
        public void OverlongLinesAndAFileWithoutNewlinesAreSkippedWithoutHoldingThem()
        {
            string[] good = Lines(ScriptedLog("02-mpo12-clean-elite.json", "reference,inspect", "L"));
            var text = new System.Text.StringBuilder();
            text.Append(good[0]).Append('\n').Append('{').Append('x', 200_000).Append('\n');
            foreach (string line in good.Skip(1))
            {
                text.Append(line).Append("\r\n");
            }

            var reader = new LogReader();
            reader.ReadStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString())), "big.log");
            Assert.AreEqual(1, reader.Data.InspectionCount, "the valid inspection after the long line (CRLF endings too)");
            StringAssert.Contains(reader.Data.Skipped.Single().Reason, "longer than 65536");
            Assert.AreEqual(2, reader.Data.Skipped.Single().Line);

            var junk = new LogReader();
            junk.ReadStream(new MemoryStream(new byte[3_000_000]), "zeros.bin");
            Assert.AreEqual(0, junk.Data.InspectionCount);
            Assert.AreEqual(1, junk.Data.SkippedCount, "one 3 MB line without a newline, skipped once");
        }

        [TestMethod]
        public void InspectionWithFractionalPositionIsSkippedNotCertified()
        {
            string[] good = Lines(ScriptedLog("02-mpo12-clean-elite.json", "reference,inspect"));
            string inspection = good.Single(l => l.Contains("\"type\":\"inspection\""));
            string damaged = inspection.Replace("{\"pos\":3,", "{\"pos\":1.5,");
            ReportData data = LogReader.Read(good.Select(l => l == inspection ? damaged : l));
            Assert.AreEqual(0, data.InspectionCount);
            StringAssert.Contains(data.Skipped.First().Reason, "position entry 3: field 'pos' is 1.5");
        }

        [TestMethod]
        public void TheCertificatesUIsTheBandTheVerdictUsedAndTwiceUOnlyForAnOlderLog()
        {
            string[] good = Lines(ScriptedLog("02-mpo12-clean-elite.json", "reference,inspect"));
            string inspection = good.Single(l => l.Contains("\"type\":\"inspection\""));
            ReportData data = LogReader.Read(good);
            FiberRow row = FiberTable.Rows(data.Links[0]).First(r => r.Position.Pos == 1);
            Assert.IsFalse(double.IsNaN(row.Position.BandDb), "the probe logs band_db");
            Assert.AreEqual(row.Position.BandDb, row.ExpandedDb, "U printed is the logged band, not 2 u");

            // The same record with its band changed: the certificate follows the log's band.
            string first = inspection.Substring(inspection.IndexOf("{\"pos\":1,", StringComparison.Ordinal));
            int at = first.IndexOf("\"band_db\":", StringComparison.Ordinal) + 10;
            string band = first.Substring(at, first.IndexOf(',', at) - at);
            string changed = inspection.Replace(first.Substring(0, at) + band, first.Substring(0, at) + "0.321");
            ReportData edited = LogReader.Read(good.Select(l => l == inspection ? changed : l));
            Assert.AreEqual(0.321, FiberTable.Rows(edited.Links[0]).First(r => r.Position.Pos == 1).ExpandedDb, 1e-9, "the logged band is printed");

            // A log written before band_db: U = 2 u.
            string older = System.Text.RegularExpressions.Regex.Replace(inspection, "\"band_db\":[0-9.]+,", string.Empty);
            ReportData old = LogReader.Read(good.Select(l => l == inspection ? older : l));
            FiberRow oldRow = FiberTable.Rows(old.Links[0]).First(r => r.Position.Pos == 1);
            Assert.IsTrue(double.IsNaN(oldRow.Position.BandDb), "no band in the older record");
            Assert.AreEqual(2 * oldRow.Position.UncertaintyDb, oldRow.ExpandedDb, 1e-12, "2 u for it");
        }

        [TestMethod]
        public void LiveCaptureFromThePseudoTerminalGivesTheSameReport()
        {
            Scenario scenario = Scenario.Load(Path.Combine(Scenarios, "02-mpo12-clean-elite.json"));
            string scripted = Rows(CsvReport.Write(Lines(ScriptedLog("02-mpo12-clean-elite.json", "reference,verify,inspect"))));
            using var stop = new CancellationTokenSource();
            var ready = new TaskCompletionSource<string>();
            Task server = Task.Run(() => PtyServer.Run(scenario, TextWriter.Null, 60, path => ready.SetResult(path), stop.Token));
            Assert.IsTrue(ready.Task.Wait(TimeSpan.FromSeconds(60)), "pty opened");
            string file = Path.Combine(Path.GetTempPath(), "mpo-capture-" + Guid.NewGuid().ToString("N") + ".log");
            int lines = Capture.Run(ready.Task.Result, file, new[] { "inspect" }, 8);
            stop.Cancel();
            server.Wait(TimeSpan.FromSeconds(10));
            Assert.IsTrue(lines >= 7, "captured " + lines + " lines");
            string captured = Rows(CsvReport.Write(File.ReadAllLines(file)));
            Assert.AreEqual(scripted, captured, "live capture and scripted run give the same report rows");
        }

        [TestMethod]
        public void ForcedReferenceIsNamedInTheReport()
        {
            var hw = new MpoProbe.Simulation.SimulatedHardware(1604);
            MpoProbe.Core.ProbeWorkflow flow = WorkflowFixture.Boot(hw, out MpoProbe.Core.ProbeCore core);
            double[] cord = MpoProbe.Simulation.SimulatedProbe.Losses(12, 0);
            cord[4] = 0.8;
            hw.Light(-20, cord);
            flow.Command(MpoProbe.Core.CommandAction.Reference);
            flow.Handle(MpoProbe.Core.ButtonEvent.LongPress);
            double[] link = MpoProbe.Simulation.SimulatedProbe.Losses(12, 0.2);
            link[4] = 1.0;
            hw.Light(-20, link);
            flow.Command(MpoProbe.Core.CommandAction.Inspect);
            string[] lines = Enumerable.Range(0, hw.Serial.Count).Select(hw.Serial.LineAt).ToArray();
            Assert.IsTrue(lines.Any(l => l.Contains("\"decision\":\"forced\"")), "forced reference logged");
            ReportData data = LogReader.Read(lines);
            Assert.AreEqual("5", data.Links.Single().Last.ReferenceWeak, "weak position read from the inspection record");
            StringAssert.Contains(HtmlReport.Write(data, "forced"), "forced by the operator over an uneven cord: positions 5 read too low");
        }
    }
}
