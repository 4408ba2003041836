using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Report;
using static MpoProbe.Tests.ReportReviewLogs;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Beside the review's context tests: a star is explained by what the record says, a
    /// reference's age without a clock is unknown rather than guessed, the calibration check needs
    /// the inspection's time, and a replayed settings change stays with the replayed results.
    /// </summary>
    [TestClass]
    public class ReportFixContextTests
    {
        private static int InspectionAt(List<string> lines) => lines.FindIndex(l => l.Contains("\"type\":\"inspection\"", StringComparison.Ordinal));

        [TestMethod]
        public void AStarBehindAStaleReferenceIsNotCalledWithinTheUncertaintyOfTheLimit()
        {
            List<string> lines = CleanPass("Trunk-A");
            int at = InspectionAt(lines);
            string r = Position(lines[at], 3, "0.077", "PASS*").Replace("\"reference_stale\":false", "\"reference_stale\":true", StringComparison.Ordinal);
            lines[at] = Field(Field(r, "overall", "PASS*"), "loss_overall", "PASS*");
            LinkResult link = Read(lines).Links.Single();
            Assert.AreEqual("PASS*", link.Verdict);
            StringAssert.Contains(link.Reason, "position 3 PASS*: the reference was older than allowed");
            Assert.IsFalse(link.Reason.Contains("within the instrument's uncertainty", StringComparison.Ordinal), "0.08 dB is nowhere near the 0.35 dB limit: " + link.Reason);
        }

        [TestMethod]
        public void AReferenceOfAnEarlierPowerUpWithoutAClockHasNoAge()
        {
            List<string> lines = CleanPass("Trunk-A").Select(l => l.Replace("\"utc\":\"2026-11-20T09:30:00Z\",", string.Empty, StringComparison.Ordinal)).ToList();
            int at = lines.FindIndex(l => l.Contains("\"type\":\"reference\"", StringComparison.Ordinal));
            lines[at] = Tms(lines[at], 7_200_000);
            lines.Insert(at + 1, First(lines, "boot"));
            LinkResult link = Read(lines).Links.Single();
            StringAssert.StartsWith(Header(link, "Reference"), "earlier power-up, age unknown");
            StringAssert.Contains(Header(link, "Calibration due"), "whether it was overdue at the inspection is unknown");
        }

        [TestMethod]
        public void AReplayedSettingsChangeIsNotTheLiveExpectedPolarity()
        {
            List<string> live = CleanPass("Today");
            string settings = Replayed(Field(First(live, "settings"), "expected_polarity", "Type A"));
            List<string> after = live.Concat(new[] { settings }).Concat(live.Where(l => l.Contains("\"type\":\"inspection\"", StringComparison.Ordinal)).Select(l => Tms(l, 900000))).ToList();
            ReportData data = Read(after);
            Assert.AreEqual("Type B", data.Find("Today").ExpectedPolarity, "the live settings stand for a live inspection after the dump");
        }
    }
}
