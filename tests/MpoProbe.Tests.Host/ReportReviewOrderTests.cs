using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Report;
using static MpoProbe.Tests.ReportReviewLogs;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Review of which inspection a certificate stands on (2026-12-04): the link's latest by the
    /// probe's own clock, whatever order the files are named in; a later inspection that cannot
    /// be read is not replaced by an earlier one in silence; and the records that follow an
    /// inspection (polarity) belong to that inspection only.
    /// </summary>
    [TestClass]
    public class ReportReviewOrderTests
    {
        /// <summary>The dirty-pair link (scenario 01): a bare FAIL.</summary>
        private static List<string> DirtyFail(string link) => Lines("01-mpo12-dirty-pair-dirty-adapter.json", "reference,inspect", link);

        [TestMethod]
        public void TheLinksLatestInspectionByTheProbesClockIsCertifiedWhateverTheFileOrder()
        {
            // Day 1 the link passed; day 2 it failed. `report capture-10.log capture-9.log` (a shell
            // glob) names the later capture first.
            List<string> dayOnePass = CleanPass("Trunk-A").Select(l => Utc(l, "2026-11-20T09:30:00Z")).ToList();
            List<string> dayTwoFail = DirtyFail("Trunk-A").Select(l => Utc(l, "2026-11-21T10:00:00Z")).ToList();
            Assert.AreEqual("FAIL", Read(dayOnePass, dayTwoFail).Links.Single().Verdict, "in time order the later FAIL is certified");

            LinkResult link = Read(dayTwoFail, dayOnePass).Links.Single();
            Assert.AreEqual("2026-11-21 10:00:00 UTC", Certificate.Time(link.Last.Context), "the inspection certified is the latest the probe stamped, not the last file named");
            Assert.AreEqual("FAIL", link.Verdict, "a PASS the link lost a day later is never certified");
        }

        [TestMethod]
        public void ARecheckCapturedAfterAnInspectionMarksItWhateverOrderTheFilesAreNamed()
        {
            // A job sent a capture per action (docs/report.md): the inspection in one file, the
            // failed re-check after it in the next. Named in the other order (capture-10 before
            // capture-9), the re-check comes first in reading order.
            List<string> inspection = CleanPass("Trunk-R");
            string recheck = ReportRecheckMeanTests.Recheck(false, 0.5).Replace("\"t_ms\":", "\"utc\":\"2026-11-20T09:45:00Z\",\"job\":\"J-1\",\"t_ms\":", StringComparison.Ordinal);
            Assert.AreEqual("RECHECK_FAILED", Read(inspection, new[] { recheck }).Links.Single().Verdict, "in time order the failed re-check marks the link");
            LinkResult link = Read(new[] { recheck }, inspection).Links.Single();
            Assert.AreNotEqual("PASS", link.Verdict, "the probe re-checked its reference after this inspection (t_ms 900000 > 122319, 09:45 > 09:30) and it failed: no bare PASS");
        }

        [TestMethod]
        public void ALaterInspectionOfTheLinkThatCannotBeReadLeavesNoBarePass()
        {
            // The link passed; it was inspected again and that record was cut (the laptop's USB
            // dropped, the power failed mid-line). What the second inspection found is unknown.
            List<string> lines = CleanPass("Trunk-A");
            string again = Tms(First(lines, "inspection"), 700000);
            lines.Add(again.Substring(0, again.Length / 2));
            ReportData data = Read(lines);
            Assert.AreEqual(1, data.SkippedCount, "the cut line is listed");
            LinkResult link = data.Links.Single();
            Assert.AreNotEqual("PASS", link.Verdict, "the link's latest inspection is unreadable: the earlier PASS is not its result (as an unreadable re-check marks its links)");
            StringAssert.Contains(link.Reason, "could not be read", "the certificate says a later inspection of this link could not be read");
        }

        [TestMethod]
        public void APolarityRecordBelongsOnlyToTheInspectionItFollows()
        {
            // Inspection 1 through a plain source: polarity not tested. Inspection 2 through a coded
            // source was cut; its polarity record (same t_ms as its inspection) reads.
            List<string> lines = Lines("09-mpo12-uncoded-source.json", "reference,inspect", "Trunk-A");
            LinkResult untested = Read(lines).Links.Single();
            Assert.AreEqual("not tested (no coded source)", Certificate.FoundPolarity(untested.Polarity), "the plain-source inspection");

            List<string> coded = CleanPass("Trunk-A");
            string inspection = Tms(First(coded, "inspection"), 700000);
            lines.Add(inspection.Substring(0, inspection.Length / 2));
            lines.Add(Tms(First(coded, "polarity"), 700000));
            LinkResult link = Read(lines).Links.Single();
            Assert.AreEqual(122512, link.Last.Context.UptimeMs, "the certified inspection is still the plain-source one");
            Assert.AreEqual("not tested (no coded source)", Certificate.FoundPolarity(link.Polarity),
                "a polarity scan made at t_ms 700000 is not the polarity of the inspection made at t_ms 122512: the certificate must not say its polarity was found PASS");
        }

        [TestMethod]
        public void UnlabelledInspectionsOfTwoLogsWithTheSameFileNameAreNotMerged()
        {
            // docs/report.md: "unlabelled inspections are grouped per log, never merged across logs".
            // Two days' captures, each saved as probe.log in its own folder; day 1 failed, day 2 passed
            // another, unlabelled connector.
            string day1 = Directory.CreateDirectory(Temp("day1")).FullName;
            string day2 = Directory.CreateDirectory(Temp("day2")).FullName;
            File.WriteAllLines(Path.Combine(day1, "probe.log"), Lines("01-mpo12-dirty-pair-dirty-adapter.json", "reference,inspect", null));
            File.WriteAllLines(Path.Combine(day2, "probe.log"), Lines("02-mpo12-clean-elite.json", "reference,inspect", null));
            var output = new StringWriter();
            var errors = new StringWriter();
            int code = ReportRun.Run(new[] { new FileInfo(Path.Combine(day1, "probe.log")), new FileInfo(Path.Combine(day2, "probe.log")) }, new FileInfo(Temp("r.html")), null, null, output, errors);
            Assert.AreEqual(0, code, errors.ToString());
            StringAssert.Contains(output.ToString(), "2 inspections, 2 links", "two logs' unlabelled inspections are two links, the day-1 FAIL not replaced by day 2's PASS: " + output);
        }
    }
}
