using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Report;
using static MpoProbe.Tests.ReportReviewLogs;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Review of what the certificate prints (2026-12-04): two-decimal figures rounded as the
    /// probe rounds and never equal to the limit they exceed, the PDF's wrapped text whole, a
    /// link verdict no better than its fibers', and a log saved with a byte-order mark read whole.
    /// </summary>
    [TestClass]
    public class ReportReviewPrintTests
    {
        /// <summary>The clean Elite link (limit 0.35 dB) with position 11, its worst, at <paramref name="lossDb"/> and <paramref name="verdict"/>, the record's verdicts following it.</summary>
        private static List<string> WorstAt(string lossDb, string verdict)
        {
            List<string> lines = CleanPass("Trunk-A");
            int at = lines.FindIndex(l => l.Contains("\"type\":\"inspection\"", StringComparison.Ordinal));
            string r = Position(lines[at], 11, lossDb, verdict);
            r = Regex.Replace(Field(Field(r, "overall", verdict), "loss_overall", verdict), "\"worst_loss_db\":[^,]+", "\"worst_loss_db\":" + lossDb);
            lines[at] = r;
            return lines;
        }

        [TestMethod]
        public void ATwoDecimalFigureIsRoundedAsTheProbeRoundsIt()
        {
            // The log's 0.355 dB (FAIL* against 0.35): the probe's own two decimals (Format.Db,
            // half away from zero, docs/serial-log.md) say 0.36.
            ReportData data = Read(WorstAt("0.355", "FAIL*"));
            Assert.AreEqual(0, data.SkippedCount, string.Join("; ", data.Skipped));
            string[] row = FiberCells(Html(data), 11);
            Assert.AreEqual("0.35", row[5], "the limit cell");
            Assert.AreEqual(MpoProbe.Core.Format.Db(0.355), row[3], "the loss as the probe's screen showed it (0.36), not 0.35 — which reads as a loss at the limit beside FAIL*");
        }

        [TestMethod]
        public void ALossOverTheLimitNeverPrintsEqualToTheLimitNorItsMarginAsMinusZero()
        {
            // 0.351 dB against 0.350 dB: FAIL* (over the limit, inside the band).
            ReportData data = Read(WorstAt("0.351", "FAIL*"));
            LinkResult link = data.Links.Single();
            Assert.AreEqual("FAIL*", link.Verdict);
            string[] row = FiberCells(Html(data), 11);
            Assert.AreNotEqual("-0.00", row[6], "a margin of -0.001 dB printed -0.00 (the log itself never writes -0.000)");
            Assert.AreNotEqual(row[5], row[3], "loss " + row[3] + " dB beside limit " + row[5] + " dB and FAIL*: the printed figures say the loss is at the limit, which passes");
        }

        [TestMethod]
        public void ALinkIsNeverCertifiedBetterThanItsWorstFiber()
        {
            // A record whose parts disagree (docs: "never certified as a pass"): position 5 FAIL
            // at 0.90 dB, the record's overall and loss verdict PASS.
            List<string> lines = CleanPass("Trunk-A");
            int at = lines.FindIndex(l => l.Contains("\"type\":\"inspection\"", StringComparison.Ordinal));
            lines[at] = Position(lines[at], 5, "0.900", "FAIL");
            ReportData data = Read(lines);
            LinkResult link = data.Links.Single();
            Assert.AreEqual("FAIL", FiberTable.Rows(link).Single(r => r.Position.Pos == 5).Verdict, "the fiber's row says FAIL");
            Assert.AreNotEqual("PASS", link.Verdict, "a link with a FAIL fiber is not certified PASS above that row");
        }

        [TestMethod]
        public void ALogSavedWithAByteOrderMarkReadsItsFirstLine()
        {
            // Saved by a Windows editor (UTF-8 with BOM): the first line is the boot record with the
            // probe's serial and calibration.
            List<string> lines = CleanPass("Trunk-A");
            byte[] text = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
            byte[] withBom = Encoding.UTF8.GetPreamble().Concat(text).ToArray();
            var reader = new LogReader();
            reader.ReadStream(new MemoryStream(withBom), "saved.log");
            Assert.AreEqual(0, reader.Data.SkippedCount, "skipped: " + string.Join("; ", reader.Data.Skipped));
            Assert.AreEqual("2026-06-01", reader.Data.Links.Single().Probe?.CalDate, "the calibration date from the boot record");
        }

        [TestMethod]
        public void ThePdfPrintsEveryWordOfAWrappedField()
        {
            // A link held for a clean, its re-inspection refused, and the job's re-check after it
            // failed: three reasons in the PDF's "Why"; and the "Uncertainty" row on every link.
            List<string> lines = CleanPass("Trunk-H");
            int at = lines.FindIndex(l => l.Contains("\"type\":\"inspection\"", StringComparison.Ordinal));
            string held = Regex.Replace(lines[at], "\"verdict\":\"PASS\"", "\"verdict\":\"NO_REFERENCE\"");
            held = Field(Field(held, "overall", "NO_REFERENCE"), "loss_overall", "NO_REFERENCE").Replace(",\"source_correction\":", ",\"held_for_clean\":true,\"source_correction\":", StringComparison.Ordinal);
            lines[at] = held;
            lines.Add("{\"v\":2,\"type\":\"error\",\"utc\":\"2026-11-20T09:40:00Z\",\"t_ms\":700000,\"link\":\"Trunk-H\",\"code\":\"clean_took_nothing_off\",\"message\":\"nothing came off: set a new reference\"}");
            lines.Add(ReportRecheckMeanTests.Recheck(false, 0.5));
            string log = Temp("held.log");
            File.WriteAllLines(log, lines);
            string pdf = Temp("held.pdf");
            var (code, errors) = ReportCliTests.Run(new[] { log }, null, pdf);
            Assert.AreEqual(0, code, errors);
            ReportData data = LogReader.Read(lines, "held.log");
            StringAssert.EndsWith(data.Links.Single().Reason, "re-inspect after a new reference", "the reason's last words");
            string text = ReportCliTests.PdfText(pdf);
            if (text == null)
            {
                return;
            }

            string words = Regex.Replace(text, "\\s+", " ");
            Assert.IsTrue(words.Contains("the change being measured)", StringComparison.Ordinal), "the Uncertainty row to its end (FiberTable.UncertaintyNote), not cut after six lines without a mark");
            Assert.IsTrue(words.Contains("re-inspect after a new reference", StringComparison.Ordinal), "the Why to its end: the failed re-check is the last reason, cut after six lines without a mark");
        }
    }
}
