using System;
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

        private static string Log(string scenario, string script, string link, string job)
        {
            var log = new StringWriter();
            var session = new SimulatorSession(Scenario.Load(Path.Combine(RepoPaths.Root, "scenarios", scenario)), log);
            session.Core.Settings.LinkLabel = link;
            session.Core.Log.Link = link;
            foreach (string step in script.Split(','))
            {
                Assert.IsTrue(session.Do(step), step);
            }

            // Job data and a set clock as the probe writes them once its job and time commands ran.
            string text = log.ToString().Replace("\"t_ms\":", "\"utc\":\"2026-11-20T09:30:00Z\",\"job\":\"" + job + "\",\"operator\":\"R. Diaz\",\"t_ms\":");
            string path = Temp(link + ".log");
            File.WriteAllText(path, text);
            return path;
        }

        private static (int Code, string Errors) Run(string[] logs, string html = null, string pdf = null, string csv = null)
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
                Assert.AreEqual(3, document.PageCount, "summary page + one page per link");
            }

            string text = PdfText(pdf);
            if (text == null)
            {
                return;
            }

            foreach (string expected in new[] { "summary", "Link Trunk-A: PASS", "Link Trunk-B: FAIL", "2026-11-20 09:30:00 UTC", "J-1001", "R. Diaz", "TIA-568.3-E Tier 1", "IEC 61280-4-5", "positions 21↔22 crossed", "Probe serial", "not recorded" })
            {
                StringAssert.Contains(text, expected, "in the PDF text");
            }
        }

        /// <summary>The PDF's text by poppler's pdftotext, or null where it is not installed (CI installs it and sets MPOPROBE_REQUIRE_SOCAT).</summary>
        private static string PdfText(string pdf)
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
