using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Report;
using static MpoProbe.Tests.ReportReviewLogs;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Review of what a certificate says was in force for an inspection (2026-12-04): the
    /// reference and its verification belong to the probe and power-up that used them, a replayed
    /// result is not given today's reference, the reference's age is never negative, and an
    /// inspection made past the calibration due date says so.
    /// </summary>
    [TestClass]
    public class ReportReviewContextTests
    {
        [TestMethod]
        public void AnotherProbesReferenceIsNeverTheReferenceInForce()
        {
            // Two probes' logs concatenated (cat probe-a.log probe-b.log): probe B's part starts
            // after its reference was set, so it holds no reference record of its own.
            List<string> a = CleanPass("Trunk-A", "reference,verify,inspect");
            string serial = Regex.Match(First(a, "boot"), "\"probe_serial\":\"([^\"]+)\"").Groups[1].Value;
            List<string> b = CleanPass("Trunk-B")
                .Where(l => !l.Contains("\"type\":\"reference\"", StringComparison.Ordinal))
                .Select(l => l.Replace("\"probe_serial\":\"" + serial + "\"", "\"probe_serial\":\"OTHER-7\"", StringComparison.Ordinal)).ToList();
            ReportData data = Read(a.Concat(b));
            LinkResult other = data.Find("Trunk-B");
            Assert.AreEqual("OTHER-7", other.Probe.Serial, "probe B made this inspection");
            Assert.IsNotNull(data.Find("Trunk-A").ReferenceCheck, "probe A verified its own reference");
            Assert.AreEqual("none in this log", Header(other, "Reference"), "probe A's reference (its time, age and spread) is not the reference probe B measured against");
            Assert.IsNull(other.ReferenceCheck, "probe A's verification is not a check of probe B's reference");
        }

        [TestMethod]
        public void TheReferencesAgeIsNeverNegativeAcrossARestart()
        {
            // The reference set late in one power-up, the probe restarted (t_ms from 0; the
            // reference is reloaded from flash), the link inspected two minutes later.
            List<string> lines = CleanPass("Trunk-A");
            int at = lines.FindIndex(l => l.Contains("\"type\":\"reference\"", StringComparison.Ordinal));
            lines[at] = Utc(Tms(lines[at], 7_200_000), "2026-11-20T08:00:00Z");
            lines.Insert(at + 1, First(lines, "boot"));
            ReportData data = Read(lines);
            string row = Header(data.Links.Single(), "Reference");
            Assert.IsFalse(Regex.IsMatch(row, "-[0-9]+ min before"), "a reference cannot be taken after the inspection it served: " + row);
            StringAssert.Contains(row, "90 min before the inspection", "both records carry utc (08:00 and 09:30): the age is the clock's, not t_ms of two power-ups");
        }

        [TestMethod]
        public void AReplayedResultIsNotGivenTheLiveReferenceAndItsVerification()
        {
            // One capture file: today's live session (reference at 09:30, verified), then `history`
            // (`report capture -o day.log --send history` appends) replays yesterday's result, made
            // against another reference.
            List<string> live = CleanPass("Today", "reference,verify,inspect");
            string yesterday = Replayed(Utc(Field(Tms(First(CleanPass("Yesterday"), "inspection"), 5_000_000), "link", "Yesterday"), "2026-11-19T15:00:00Z"));
            ReportData data = Read(live.Append(yesterday));
            LinkResult replayed = data.Find("Yesterday");
            Assert.IsNotNull(data.Find("Today").ReferenceCheck, "today's reference was verified");
            Assert.AreEqual("none in this log", Header(replayed, "Reference"), "yesterday's result was not measured against the reference set today at 09:30");
            Assert.IsNull(replayed.ReferenceCheck, "today's verification says nothing of yesterday's reference");
        }

        [TestMethod]
        public void AnInspectionMadeAfterTheCalibrationDueDateSaysTheCalibrationHadExpired()
        {
            // Calibrated 2024-01-10, due 2025-01-10 (12 months, docs/report.md); inspected 2026-11-20.
            List<string> lines = CleanPass("Trunk-A").Select(l => l.Replace("\"cal_date\":\"2026-06-01\"", "\"cal_date\":\"2024-01-10\"", StringComparison.Ordinal)).ToList();
            LinkResult link = Read(lines).Links.Single();
            Assert.AreEqual("2024-01-10", link.Probe.CalDate);
            string due = Header(link, "Calibration due");
            StringAssert.StartsWith(due, "2025-01-10");
            StringAssert.Contains(due, "overdue", "the instrument was 22 months past its calibration due date when it measured: the certificate must say so, not only print the date");
        }

        [TestMethod]
        public void AFaultOnTheLinksLaterAttemptIsOnItsCertificate()
        {
            // The link passed; the next inspection of it was refused: every position lost light alike
            // (source_changed, docs/faults.md: the reference no longer applies).
            List<string> lines = CleanPass("Trunk-A");
            lines.Add("{\"v\":2,\"type\":\"fault\",\"utc\":\"2026-11-20T09:40:00Z\",\"t_ms\":700000,\"link\":\"Trunk-A\",\"code\":\"source_changed\",\"message\":\"source changed (pos 3 loss -0.41 db); warm the source, check the cord, set a new reference\",\"position\":3,\"action\":\"warm the source, check the cord, set a new reference\"}");
            ReportData data = Read(lines);
            Assert.AreEqual(0, data.SkippedCount, string.Join("; ", data.Skipped));
            Assert.AreEqual(1, data.WarningCount, "the report read the fault");
            string html = Html(data);
            Assert.IsTrue(html.Contains("source_changed", StringComparison.Ordinal), "the probe refused the link's later inspection because its reference no longer applied; the certificate of the earlier PASS must not leave that out");
        }

        [TestMethod]
        public void AFiberWhoseGainIsUnprovenIsNamedOnTheCertificate()
        {
            // The probe stars a fiber whose gain no test step proves (gain_unproven, 2026-12-04),
            // however far below the limit; the star is not "within the uncertainty of the limit".
            List<string> lines = CleanPass("Trunk-A");
            int at = lines.FindIndex(l => l.Contains("\"type\":\"inspection\"", StringComparison.Ordinal));
            string r = Position(lines[at], 3, "0.077", "PASS*");
            r = Field(Field(r, "overall", "PASS*"), "loss_overall", "PASS*").Replace(",\"source_correction\":", ",\"gain_unproven\":[3],\"source_correction\":", StringComparison.Ordinal);
            lines[at] = r;
            ReportData data = Read(lines);
            Assert.AreEqual(0, data.SkippedCount, string.Join("; ", data.Skipped));
            LinkResult link = data.Links.Single();
            Assert.AreEqual("PASS*", link.Verdict);
            string html = Html(data);
            Assert.IsTrue(Regex.IsMatch(link.Reason + html, "\\bgain\\b"), "the certificate says why position 3 is starred: its gain is unproven (attenuate and set a new reference), not that 0.08 dB is near the 0.35 dB limit");
        }

        [TestMethod]
        public void AnInspectionReadLiveAndReplayedIsCountedOnce()
        {
            // The live capture and a later `history` dump of the same probe hold the same inspection.
            List<string> live = CleanPass("Trunk-A");
            List<string> dump = live.Where(l => l.Contains("\"type\":\"inspection\"", StringComparison.Ordinal) || l.Contains("\"type\":\"polarity\"", StringComparison.Ordinal))
                .Select(l => Replayed(Regex.Replace(l, "\"cmd\":", "\"orig_cmd\":"))).ToList();
            ReportData data = Read(live, dump);
            Assert.AreEqual(1, data.Links.Single().InspectionCount, "one inspection, read twice: \"Inspections of this link\" must not say 2");
            Assert.AreEqual(1, data.InspectionCount, "the summary's inspections");
        }

        [TestMethod]
        public void ARemateRecordIsReadNotListedAsSkipped()
        {
            // A labelled link inspected again within 30 minutes is a re-mate (issue 25): the probe
            // writes a `remate` record (docs/serial-log.md), in every log of a job's first inspections.
            List<string> lines = CleanPass("Trunk-A", "reference,inspect,inspect");
            Assert.IsTrue(lines.Any(l => l.Contains("\"type\":\"remate\"", StringComparison.Ordinal)), "the probe wrote a remate record");
            ReportData data = Read(lines);
            Assert.AreEqual(0, data.SkippedCount, "every documented record type reads (docs/report.md): " + string.Join("; ", data.Skipped));
        }
    }
}
