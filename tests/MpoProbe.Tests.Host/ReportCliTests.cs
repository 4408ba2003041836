using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Report;
using MpoProbe.Simulator;
using PdfSharp.Pdf.IO;

namespace MpoProbe.Tests
{
    /// <summary>The report command's exit codes and outputs, and the PDF read back (PDFsharp for the pages, poppler's pdftotext for the text).</summary>
    [TestClass]
    public class ReportCliTests
    {
        private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "mpo-cli-" + Guid.NewGuid().ToString("N") + "-" + name);

        internal static string Log(string scenario, string script, string link, string job, string command = null, string after = null)
        {
            var log = new StringWriter();
            var session = new SimulatorSession(Scenario.Load(Path.Combine(RepoPaths.Root, "scenarios", scenario)), log);
            session.Core.Settings.LinkLabel = link;
            session.Core.Log.Link = link;
            if (command != null)
            {
                session.Command(command);
            }

            foreach (string step in script.Split(','))
            {
                Assert.IsTrue(session.Do(step), step);
            }

            foreach (string line in (after ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                session.Command(line);
            }

            // Job data and a set clock as the probe writes them once its job and time commands ran.
            string text = log.ToString().Replace("\"t_ms\":", "\"utc\":\"2026-11-20T09:30:00Z\",\"job\":\"" + job + "\",\"operator\":\"R. Diaz\",\"t_ms\":");
            string path = Temp(link + ".log");
            File.WriteAllText(path, text);
            return path;
        }

        internal static (int Code, string Errors) Run(string[] logs, string html = null, string pdf = null, string csv = null)
        {
            var errors = new StringWriter();
            int code = ReportRun.Run(logs.Select(l => new FileInfo(l)).ToArray(), html == null ? null : new FileInfo(html), pdf == null ? null : new FileInfo(pdf), csv == null ? null : new FileInfo(csv), TextWriter.Null, errors);
            return (code, errors.ToString());
        }

        [TestMethod]
        public void HelpExitsZero()
        {
            Assert.AreEqual(0, MpoProbe.Report.Program.Main(new[] { "--help" }));
            Assert.AreEqual(0, MpoProbe.Report.Program.Main(new[] { "report", "--help" }));
            Assert.AreNotEqual(0, MpoProbe.Report.Program.Main(new[] { "report" }), "no log named");
            Assert.AreEqual(0, MpoProbe.Simulator.Program.Main(new[] { "--help" }), "the simulator's help");
            Assert.AreEqual(2, MpoProbe.Simulator.Program.Main(new[] { "--scenario", "x.json" }), "a scenario without a script is no mode");
        }

        [TestMethod]
        public void NothingToCertifyOrUnreadableInputExitsOneWithAMessage()
        {
            string empty = Temp("empty.log");
            File.WriteAllText(empty, string.Empty);
            string binary = Temp("binary.log");
            File.WriteAllBytes(binary, Enumerable.Range(0, 5000).Select(i => (byte)((i * 7919) % 256)).ToArray());
            string scenario = Path.Combine(RepoPaths.Root, "scenarios", "01-mpo12-dirty-pair-dirty-adapter.json");
            foreach (string input in new[] { empty, binary, scenario })
            {
                string html = Temp("out.html");
                var (code, errors) = Run(new[] { input }, html, null, Temp("out.csv"));
                Assert.AreEqual(1, code, input);
                StringAssert.Contains(errors, "no inspection found", input);
                Assert.IsFalse(File.Exists(html), "no certificate written for " + input);
            }

            var (missing, message) = Run(new[] { Temp("does-not-exist.log") });
            Assert.AreEqual(1, missing);
            StringAssert.Contains(message, "does-not-exist.log");
        }

        [TestMethod]
        public void SeveralLogsGiveOneCertificatePerLinkAsHtmlPdfAndCsv()
        {
            string a = Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-A", "J-1001");
            string b = Log("06-mpo24-crossed-pair.json", "reference,inspect", "Trunk-B", "J-1001");
            string html = Temp("r.html"), pdf = Temp("r.pdf"), csv = Temp("r.csv");
            var (code, errors) = Run(new[] { a, b }, html, pdf, csv);
            Assert.AreEqual(0, code, errors);
            Assert.AreEqual(1 + 12 + 24, File.ReadAllLines(csv).Length, "CSV rows of both logs");
            string page = File.ReadAllText(html);
            StringAssert.Contains(page, "2026-11-20 09:30:00 UTC");
            StringAssert.Contains(page, "J-1001");
            StringAssert.Contains(page, "R. Diaz");

            using (var document = PdfReader.Open(pdf, PdfDocumentOpenMode.Import))
            {
                Assert.IsTrue(document.PageCount >= 3, "summary page + at least one page per link: " + document.PageCount);
            }

            string text = PdfText(pdf);
            if (text == null)
            {
                return;
            }

            foreach (string expected in new[] { "summary", "Link Trunk-A: PASS", "Link Trunk-B: FAIL", "2026-11-20 09:30:00 UTC", "J-1001", "R. Diaz", "connector / patch-cord loss test", "IEC 61280-4-5", "positions 21↔22 crossed", "Probe serial", "not recorded" })
            {
                StringAssert.Contains(text, expected, "in the PDF text");
            }
        }

        [TestMethod]
        public void AnIsoBudgetIsNamedAsTheIsoTestAndAMixedJobNamesEachLinksStandard()
        {
            string iso = Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-A", "J-1001", "set link connectors 2 splices 1 length_m 90 standard iso");
            string tia = Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-C", "J-1001", "set link connectors 2 splices 1 length_m 90");
            string html = Temp("iso.html");
            var (code, errors) = Run(new[] { iso }, html);
            Assert.AreEqual(0, code, errors);
            string page = System.Net.WebUtility.HtmlDecode(File.ReadAllText(html));
            StringAssert.Contains(page, Certificate.IsoStandard, "the ISO/IEC test named");
            StringAssert.Contains(page, "figures from ISO/IEC 11801-1", "the limit's source");
            Assert.IsFalse(page.Contains("Tier 1"), "Tier 1 is the TIA's name; no TIA test was done");
            (code, errors) = Run(new[] { iso, tia }, html);
            Assert.AreEqual(0, code, errors);
            page = System.Net.WebUtility.HtmlDecode(File.ReadAllText(html));
            StringAssert.Contains(page, "per link (named on each link): 2 against a link budget (", "mixed standards in one job");
            StringAssert.Contains(page, Certificate.IsoStandard, "the ISO link's page");
            StringAssert.Contains(page, Certificate.Standard, "the TIA link's page");
        }

        [TestMethod]
        public void TheCertificateCarriesTheBudgetMarginInstrumentDatesUncertaintyAndFiberPolarity()
        {
            string a = Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-A", "J-1001", "set link connectors 2 splices 1 length_m 90");
            string b = Log("06-mpo24-crossed-pair.json", "reference,inspect", "Trunk-B", "J-1001", null, "last,last");
            string pdf = Temp("r.pdf"), html = Temp("r.html");
            var (code, errors) = Run(new[] { a, b }, html, pdf);
            Assert.AreEqual(0, code, errors);
            ReportData data = LogReader.Read(File.ReadAllLines(b), "b");
            Assert.AreEqual(1, data.InspectionCount, "the answers to last are not inspections");
            string text = PdfText(pdf);
            if (text == null)
            {
                return;
            }

            string today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            foreach (string expected in new[]
            {
                "Margin (worst fiber)", "Margin", "Instrument", "MpoProbe handheld MPO loss probe", "firmware 0.2.0", "Calibration due", "Report date", today,
                "U: expanded uncertainty (~95 %) the verdict used", "U 95%",
                "TIA-568.3-E Tier 1 (basic) link loss test against the link's loss budget", "2 mated connector pairs × 0.75", "2.12 dB (Link budget)",
                "connector / patch-cord loss test", "FAIL crossed", "Polarity",
            })
            {
                StringAssert.Contains(text, expected, "in the PDF text");
            }

            Assert.IsFalse(text.Contains("MARGINAL"), "one vocabulary");
            string page = File.ReadAllText(html);
            StringAssert.Contains(System.Net.WebUtility.HtmlDecode(page), "2 mated connector pairs × 0.75 dB + 1 splices × 0.30 dB + 0.09 km × 3.50 dB/km (OM4, 850 nm) = 2.12 dB", "the budget's terms");
            int crossedRows = System.Text.RegularExpressions.Regex.Matches(page, "<td>FAIL crossed</td><td><span class=\"v\" style=\"background:[^\"]*\">FAIL</span>").Count;
            Assert.AreEqual(2, crossedRows, "both crossed fibers FAIL in their own rows");
        }

        [TestMethod]
        public void ReferenceCheckRecordsAreReadNotSkipped()
        {
            string a = Log("02-mpo12-clean-elite.json", "reference,verify,inspect", "Trunk-V", "J-1002");
            ReportData data = LogReader.Read(File.ReadAllLines(a), "v");
            Assert.IsTrue(File.ReadAllText(a).Contains("\"type\":\"reference_check\""), "the log has a reference_check record");
            Assert.AreEqual(0, data.SkippedCount, "every documented record reads: " + string.Join("; ", data.Skipped));
            StringAssert.Contains(data.Links[0].ReferenceCheck, "passed");
        }

        [TestMethod]
        public void AFailedRecheckMarksTheLinksInspectedSinceTheLastGoodCheck()
        {
            string a = Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-R", "J-1003");
            var lines = new List<string>(File.ReadAllLines(a));
            ReportData before = LogReader.Read(lines.ToArray(), "r");
            Assert.AreEqual("PASS", before.Links[0].Verdict, "the clean link passes before any re-check");
            var passed = new List<string>(lines) { "{\"v\":2,\"type\":\"recheck\",\"t_ms\":900000,\"passed\":true,\"worst_pos\":2,\"worst_change_db\":0.050,\"limit_db\":0.350,\"inspections\":1,\"since_ms\":1000}" };
            ReportData good = LogReader.Read(passed.ToArray(), "r");
            Assert.AreEqual(0, good.SkippedCount, "the recheck record reads: " + string.Join("; ", good.Skipped));
            Assert.AreEqual("PASS", good.Links[0].Verdict, "a good re-check leaves the verdict");
            var failed = new List<string>(lines) { "{\"v\":2,\"type\":\"recheck\",\"t_ms\":900000,\"passed\":false,\"worst_pos\":3,\"worst_change_db\":1.002,\"limit_db\":0.350,\"inspections\":1,\"since_ms\":1000}" };
            ReportData bad = LogReader.Read(failed.ToArray(), "r");
            Assert.AreEqual("RECHECK_FAILED", bad.Links[0].Verdict, "never certified as a pass");
            StringAssert.Contains(bad.Links[0].Reason, "re-check after this inspection failed");
            var meanFailed = new List<string>(lines) { "{\"v\":2,\"type\":\"recheck\",\"t_ms\":900000,\"passed\":false,\"worst_pos\":3,\"worst_change_db\":0.250,\"limit_db\":0.350,\"mean_change_db\":0.210,\"mean_limit_db\":0.190,\"inspections\":1,\"since_ms\":1000}" };
            StringAssert.Contains(LogReader.Read(meanFailed.ToArray(), "r").Links[0].Reason, "mean moved +0.21 dB, limit 0.19", "a failed mean is named as the mean");
            var again = new List<string>(failed);
            again.AddRange(lines.Where(l => l.Contains("\"type\":\"inspection\"")));
            Assert.AreEqual("PASS", LogReader.Read(again.ToArray(), "r").Links[0].Verdict, "an inspection after the failed re-check is a new result");
        }

        [TestMethod]
        public void VersionUnknownOptionsAndDirectoriesAreAnsweredClearly()
        {
            Assert.AreEqual(0, MpoProbe.Report.Program.Main(new[] { "--version" }));
            StringAssert.Contains(MpoProbe.Report.Program.VersionText, "schema v1-v2");
            Assert.AreEqual(1, MpoProbe.Report.Program.Main(new[] { "report", "--bogus" }), "an unknown option is no file name");
            var (code, errors) = Run(new[] { Path.GetTempPath() });
            Assert.AreEqual(1, code);
            StringAssert.Contains(errors, "is a directory, not a log file");
        }

        /// <summary>The PDF's text by poppler's pdftotext, or null where it is not installed (CI installs it and sets MPOPROBE_REQUIRE_SOCAT).</summary>
        internal static string PdfText(string pdf)
        {
            if (!File.Exists("/usr/bin/pdftotext"))
            {
                Assert.AreNotEqual("1", Environment.GetEnvironmentVariable("MPOPROBE_REQUIRE_SOCAT"), "pdftotext is required here (apt-get install poppler-utils)");
                return null;
            }

            using Process p = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", "\"" + pdf + "\" -") { RedirectStandardOutput = true, UseShellExecute = false });
            string text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return text;
        }
    }
}
