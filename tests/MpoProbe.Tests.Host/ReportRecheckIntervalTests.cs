using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Report;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Which links a job's re-check reaches in the report: the interval since the reference or the
    /// last good re-check, across captures, probes, jobs and replayed records; and records the
    /// report must read without closing an interval it should not, or stopping.
    /// </summary>
    [TestClass]
    public class ReportRecheckIntervalTests
    {
        private static string Recheck(bool passed, double mean) => ReportRecheckMeanTests.Recheck(passed, mean);

        private static LinkResult Read(IEnumerable<string> lines) => ReportRecheckMeanTests.Read(lines);

        private static List<string> Clean() => File.ReadAllLines(ReportCliTests.Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-R", "J-1003")).ToList();

        [TestMethod]
        public void ARecheckInTheNextCaptureReachesTheLinksOfTheOpenInterval()
        {
            var lines = Clean();
            static LinkResult Two(IEnumerable<string> a, IEnumerable<string> b)
            {
                var reader = new LogReader();
                reader.ReadStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", a))), "a");
                reader.ReadStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", b))), "b");
                return reader.Data.Links.Single();
            }

            Assert.AreEqual("RECHECK_FAILED", Two(lines, new[] { Recheck(false, 0.5) }).Verdict, "a failed re-check sent in its own capture marks the link inspected in the one before");
            Assert.AreEqual("PASS*", Two(lines, new[] { Recheck(true, 0.8) }).Verdict, "a passed one's mean reaches it too");
            string boot = lines.First(l => l.Contains("\"type\":\"boot\""));
            Assert.AreEqual("RECHECK_FAILED", Two(lines, new[] { boot, Recheck(false, 0.5) }).Verdict, "the same probe restarted: its reference and interval go on");
            string other = boot.Replace("\"probe_serial\":\"SIM-11\"", "\"probe_serial\":\"OTHER-2\"", StringComparison.Ordinal);
            Assert.AreNotEqual(boot, other, "the log names its probe");
            Assert.AreEqual("PASS", Two(lines, new[] { other, Recheck(false, 0.5) }).Verdict, "another probe's re-check judges its own reference, not this link");
            string reference = lines.First(l => l.Contains("\"type\":\"reference\""));
            Assert.AreEqual("PASS", Two(lines, new[] { reference, Recheck(false, 0.5) }).Verdict, "a new reference closes the interval");
            string otherJob = Recheck(false, 0.5).Replace("\"type\":\"recheck\",", "\"type\":\"recheck\",\"job\":\"J-1004\",", StringComparison.Ordinal);
            var replayed = lines.Select(l => l.Contains("\"type\":\"inspection\"", StringComparison.Ordinal) ? "{\"replay\":true," + l.Substring(1) : l).ToList();
            Assert.AreEqual("PASS", Two(replayed, new[] { otherJob }).Verdict, "another job's re-check (a history dump holds no reference) does not judge this job's replayed link");
            Assert.AreEqual("PASS", Two(lines, new[] { "{\"replay\":true," + otherJob.Substring(1) }).Verdict, "nor does another job's replayed re-check judge a live link");
            Assert.AreEqual("RECHECK_FAILED", Two(lines, new[] { otherJob }).Verdict,
                "live, the job renamed since the inspection: the probe's re-check covers every inspection since the last good check");
            string sameJob = Recheck(false, 0.5).Replace("\"type\":\"recheck\",", "\"type\":\"recheck\",\"job\":\"J-1003\",", StringComparison.Ordinal);
            Assert.AreEqual("RECHECK_FAILED", Two(lines, new[] { sameJob }).Verdict, "the same job's does");
            var unnamed = lines.Select(l => l.Replace("\"probe_serial\":\"SIM-11\"", "\"probe_serial\":\"unknown\"", StringComparison.Ordinal)).ToList();
            Assert.AreEqual("RECHECK_FAILED", Read(unnamed.Append(Recheck(false, 0.5))).Verdict, "an uncalibrated probe's own log: marked within the file");
            Assert.AreEqual("PASS", Two(unnamed, new[] { Recheck(false, 0.5) }).Verdict, "but a probe that cannot name itself is not known again in the next file");
        }

        [TestMethod]
        public void AJobRenamedMidIntervalIsStillJudgedByTheRecheck()
        {
            List<string> lines = Clean();
            string inspection = lines.Last(l => l.Contains("\"type\":\"inspection\"", StringComparison.Ordinal));
            string second = inspection.Replace("\"job\":\"J-1003\"", "\"job\":\"J-1004\"", StringComparison.Ordinal)
                .Replace("\"link\":\"Trunk-R\"", "\"link\":\"Trunk-S\"", StringComparison.Ordinal);
            Assert.AreNotEqual(inspection, second, "the log names job and link");
            string failed = Recheck(false, 0.5).Replace("\"type\":\"recheck\",", "\"type\":\"recheck\",\"job\":\"J-1004\",", StringComparison.Ordinal);
            ReportData data = LogReader.Read(lines.Append(second).Append(failed).ToArray(), "live");
            Assert.AreEqual("RECHECK_FAILED", data.Find("Trunk-S").Verdict, "the link inspected under the new job name");
            Assert.AreEqual("RECHECK_FAILED", data.Find("Trunk-R").Verdict, "and the one inspected under the old name: the same reference, the same interval");
            string passed = Recheck(true, 0.8).Replace("\"type\":\"recheck\",", "\"type\":\"recheck\",\"job\":\"J-1004\",", StringComparison.Ordinal);
            ReportData moved = LogReader.Read(lines.Append(second).Append(passed).ToArray(), "live");
            Assert.AreEqual("PASS*", moved.Find("Trunk-S").Verdict, "a passed re-check's mean stars the new job's link");
            Assert.AreEqual("PASS*", moved.Find("Trunk-R").Verdict, "and the old job's");
        }

        [TestMethod]
        public void AReferenceDecisionTheProbeDoesNotWriteIsSkippedAndClosesNothing()
        {
            List<string> lines = Clean();
            string reference = lines.First(l => l.Contains("\"type\":\"reference\"", StringComparison.Ordinal));
            string odd = Regex.Replace(reference, "\"decision\":\"[a-z_]+\"", "\"decision\":\"retried\"");
            Assert.AreNotEqual(reference, odd, "the record has a decision");
            ReportData data = LogReader.Read(lines.Append(odd).Append(Recheck(false, 0.5)).ToArray(), "live");
            Assert.AreEqual("RECHECK_FAILED", data.Links[0].Verdict, "a decision that may have stored nothing does not close the interval");
            Assert.IsTrue(data.Skipped.Any(k => k.ToString().Contains("field 'decision' is \"retried\"", StringComparison.Ordinal)), "the line is skipped, naming the field and the value");
            foreach (string stored in new[] { "accepted", "forced" })
            {
                string again = Regex.Replace(reference, "\"decision\":\"[a-z_]+\"", "\"decision\":\"" + stored + "\"");
                Assert.AreEqual("PASS", Read(lines.Append(again).Append(Recheck(false, 0.5))).Verdict, stored + ": a new reference closes the interval");
            }
        }

        [TestMethod]
        public void APolaritySummaryWithANumberNoPositionHasNamesNoPairAndTheCertificateIsWritten()
        {
            List<string> lines = File.ReadAllLines(ReportCliTests.Log("06-mpo24-crossed-pair.json", "reference,inspect", "L", "J-1")).ToList();
            int at = lines.FindIndex(l => l.Contains("\"type\":\"polarity\"", StringComparison.Ordinal));
            Assert.IsTrue(at >= 0, "a polarity record");
            string named = Regex.Match(lines[at], "\"summary\":\"[^\"]*\"").Value;
            int crossedBefore = FiberTable.Rows(LogReader.Read(lines.ToArray(), "p").Links.Single()).Count(r => r.Polarity == "FAIL crossed");
            Assert.IsTrue(crossedBefore >= 2, "the crossed pair is named: " + named);
            lines[at] = lines[at].Replace(named, "\"summary\":\"99999999999\\u21941 crossed, 123\\u21949\"", StringComparison.Ordinal);
            ReportData data = LogReader.Read(lines.ToArray(), "p");
            Assert.AreEqual(0, data.SkippedCount, "the record is read");
            Assert.AreEqual(0, FiberTable.Rows(data.Links.Single()).Count(r => r.Polarity == "FAIL crossed"), "no position 99999999999 or 123: no pair named, and no exception");
            string log = Path.Combine(Path.GetTempPath(), "mpo-polarity-" + Guid.NewGuid().ToString("N") + ".jsonl");
            File.WriteAllLines(log, lines);
            string html = Path.ChangeExtension(log, ".html");
            string pdf = Path.ChangeExtension(log, ".pdf");
            Assert.AreEqual(0, ReportCliTests.Run(new[] { log }, html, pdf).Code, "the certificate is written");
            Assert.IsTrue(new FileInfo(html).Length > 0 && new FileInfo(pdf).Length > 0, "both files, whole");
            Assert.IsFalse(File.Exists(html + ".part") || File.Exists(pdf + ".part"), "nothing left beside them");
        }
    }
}
