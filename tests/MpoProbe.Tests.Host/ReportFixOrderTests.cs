using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Report;
using static MpoProbe.Tests.ReportReviewLogs;

namespace MpoProbe.Tests
{
    /// <summary>
    /// The other side of the review's ordering rules (docs/report.md, "Which inspection is
    /// certified"): a re-check the probe made before an inspection never marks it, whatever the
    /// file order; an older inspection that cannot be read leaves the later result alone; and two
    /// results that cannot be ordered and disagree certify neither.
    /// </summary>
    [TestClass]
    public class ReportFixOrderTests
    {
        private static string FailedRecheck(string utc) =>
            ReportRecheckMeanTests.Recheck(false, 0.5).Replace("\"t_ms\":", "\"utc\":\"" + utc + "\",\"job\":\"J-1\",\"t_ms\":", StringComparison.Ordinal);

        [TestMethod]
        public void ARecheckTheProbeMadeBeforeAnInspectionNeverMarksIt()
        {
            List<string> inspection = CleanPass("Trunk-R").Select(l => Utc(l, "2026-11-20T10:00:00Z")).ToList();
            string recheck = FailedRecheck("2026-11-20T09:45:00Z");
            Assert.AreEqual("PASS", Read(inspection, new[] { recheck }).Links.Single().Verdict, "the re-check at 09:45 judged the interval before the 10:00 inspection");
            Assert.AreEqual("PASS", Read(new[] { recheck }, inspection).Links.Single().Verdict, "read first, the same");
        }

        [TestMethod]
        public void AnUnreadableInspectionTheProbeMadeBeforeTheCertifiedOneLeavesItAlone()
        {
            List<string> lines = CleanPass("Trunk-A");
            string older = Tms(First(lines, "inspection"), 700000);
            List<string> later = lines.Select(l => Utc(l, "2026-11-21T09:30:00Z")).ToList();
            ReportData data = Read(later, new[] { Utc(older, "2026-11-20T10:00:00Z").Substring(0, older.Length / 2) });
            Assert.AreEqual(1, data.SkippedCount);
            Assert.AreEqual("PASS", data.Links.Single().Verdict, "the cut line was made a day before the certified inspection");
        }

        [TestMethod]
        public void TwoResultsThatCannotBeOrderedAndDisagreeCertifyNeither()
        {
            // Two captures without the probe's clock set (capture --no-time): their order is the file order, not the probe's.
            List<string> pass = CleanPass("Trunk-A").Select(l => l.Replace("\"utc\":\"2026-11-20T09:30:00Z\",", string.Empty, StringComparison.Ordinal)).ToList();
            List<string> fail = Lines("01-mpo12-dirty-pair-dirty-adapter.json", "reference,inspect", "Trunk-A").Select(l => l.Replace("\"utc\":\"2026-11-20T09:30:00Z\",", string.Empty, StringComparison.Ordinal)).ToList();
            LinkResult link = Read(fail, pass).Links.Single();
            Assert.AreEqual(LinkResult.OrderUnknown, link.Verdict, "no PASS where a FAIL of unknown time exists");
            StringAssert.Contains(link.Reason, "cannot be established by the probe's clock");
            LinkResult agree = Read(pass, pass).Links.Single();
            Assert.AreEqual("PASS", agree.Verdict, "two that agree: the verdict stands");
            StringAssert.Contains(agree.Reason, "they agree", "and the certificate still says the order is unknown");
        }
    }
}
