using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Report;

namespace MpoProbe.Tests
{
    /// <summary>
    /// The certificate after a passed re-check whose mean moved (docs/uncertainty.md, "A passed
    /// re-check's mean on the certificate"): the report's string form of <c>RecheckMean.Certified</c>,
    /// the interval's two ends, and the link's verdict and reason.
    /// </summary>
    [TestClass]
    public class ReportRecheckMeanTests
    {
        /// <summary>A re-check record (one inspection in its interval; mean limit 0.19 dB).</summary>
        internal static string Recheck(bool passed, double mean) => FormattableString.Invariant(
            $"{{\"v\":2,\"type\":\"recheck\",\"t_ms\":900000,\"passed\":{(passed ? "true" : "false")},\"worst_pos\":2,\"worst_change_db\":0.050,\"limit_db\":0.350,\"mean_change_db\":{mean:F3},\"mean_limit_db\":0.190,\"inspections\":1,\"since_ms\":1000}}");

        internal static LinkResult Read(IEnumerable<string> lines) => LogReader.Read(lines.ToArray(), "r").Links[0];

        private static string Recheck(bool passed, double mean, double limit) => Recheck(passed, mean).Replace("\"mean_limit_db\":0.190", FormattableString.Invariant($"\"mean_limit_db\":{limit:F3}"), StringComparison.Ordinal);

        /// <summary>The band without the drift rectangle, as the report re-judges with it (k = 2 on the normal part of u, at least the guard).</summary>
        private static double NormalBand(InspectionRecord r, PositionResult p) =>
            Math.Max(r.GuardDb, 2 * Math.Sqrt((p.UncertaintyDb * p.UncertaintyDb) - (r.DriftBoundDb * r.DriftBoundDb / 3)));

        [TestMethod]
        public void APassedRecheckWhoseMeanMovedStarsThePassesItsMarginDoesNotCover()
        {
            var lines = File.ReadAllLines(ReportCliTests.Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-R", "J-1003")).ToList();
            LinkResult link = Read(lines);
            Assert.AreEqual("PASS", link.Verdict, "the clean link passes before any re-check");
            Assert.IsFalse(double.IsNaN(link.Last.DriftBoundDb), "the probe logs the drift its bands allowed");
            double room = link.Last.Positions.Where(p => p.Verdict == "PASS").Min(p => link.Last.LimitDb - NormalBand(link.Last, p) - p.LossDb);
            Assert.AreEqual("PASS", Read(lines.Append(Recheck(true, room - 0.01))).Verdict, "a brighter change the smallest margin, against the band without its drift rectangle, covers");
            Assert.AreEqual("PASS", Read(lines.Append(Recheck(true, -0.3))).Verdict, "a dimmer change cannot hide a loss");
            LinkResult moved = Read(lines.Append(Recheck(true, room + 0.01)));
            Assert.AreEqual("PASS*", moved.Verdict, "a brighter change past them");
            StringAssert.Contains(moved.Reason, "mean had moved +0.00 dB at the check before and +" + Certificate.Db(room + 0.01) + " dB then");
            Assert.IsTrue(FiberTable.Rows(moved).Any(r => r.Verdict == "PASS*" && r.Position.Verdict == "PASS"), "the row shows the logged PASS and the certified PASS*");
            Assert.AreEqual("PASS", Read(lines.Append(Recheck(true, room + 0.01)).Concat(lines.Where(l => l.Contains("\"type\":\"inspection\"")))).Verdict,
                "an inspection after the re-check is judged by the next one");
            Assert.AreEqual("RECHECK_FAILED", Read(lines.Append(Recheck(false, 0.5))).Verdict, "a failed re-check marks, it does not star");
            Assert.IsFalse(FiberTable.Rows(Read(lines.Append(Recheck(false, 0.5)))).Any(r => r.Verdict == "PASS*"), "no fiber starred by a failed re-check's mean");
            string noMean = Recheck(true, 0.5).Replace("\"mean_change_db\":0.500,", string.Empty, StringComparison.Ordinal);
            Assert.AreEqual("PASS", Read(lines.Append(noMean)).Verdict, "a log without the mean changes nothing");
        }

        [TestMethod]
        public void TheCertificateSaysWhyAFiberIsStarred()
        {
            var lines = File.ReadAllLines(ReportCliTests.Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-R", "J-1003")).ToList();
            string log = Path.Combine(Path.GetTempPath(), "mpo-recheck-" + Guid.NewGuid().ToString("N") + ".jsonl");
            File.WriteAllLines(log, lines.Append(Recheck(true, 0.8)));
            string html = Path.ChangeExtension(log, ".html");
            string pdf = Path.ChangeExtension(log, ".pdf");
            Assert.AreEqual(0, ReportCliTests.Run(new[] { log }, html, pdf).Code);
            StringAssert.Contains(File.ReadAllText(html), "starred where the job&#39;s re-check after the inspection passed", "the HTML's note under the fiber table");
            string text = ReportCliTests.PdfText(pdf);
            if (text != null)
            {
                StringAssert.Contains(text, FiberTable.StarNote, "the PDF's whole note under the fiber table");
                StringAssert.Contains(text, FiberTable.ShortNote, "the note above it, whole");
                StringAssert.Contains(text, "that change is starred", "the reason, wrapped, to its end");
            }
        }

        [TestMethod]
        public void TheCertificateSaysWhetherTheReferenceWasRecheckedAfterTheInspection()
        {
            var lines = File.ReadAllLines(ReportCliTests.Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-R", "J-1003")).ToList();
            static string Row(LinkResult link) => Certificate.Header(link, DateTime.UtcNow).Single(r => r.Key == "Job re-check").Value;
            List<string> WithDrift(string bound) => lines.Select(l => System.Text.RegularExpressions.Regex.Replace(l, "\"drift_bound_db\":[^,}]+", "\"drift_bound_db\":" + bound)).ToList();
            Assert.AreEqual("none after this inspection: the verdict rests on the source's stated stability (the band allowed ±0.05 dB of drift)",
                Row(Read(WithDrift("0.050"))), "a plain source without a re-check: only the statement");
            Assert.AreEqual("none after this inspection: the coded source's monitor corrected its drift", Row(Read(WithDrift("0"))), "a monitored source");
            Assert.AreEqual("none after this inspection", Row(Read(WithDrift("null"))), "no drift logged (no loss, or an older log)");
            Assert.AreEqual("passed after this inspection (the reference cord's mean moved -0.04 dB; a healthy re-check explains up to ±0.19 dB)",
                Row(Read(lines.Append(Recheck(true, -0.04)))), "a passed re-check with its mean and limit");
            string noMean = Recheck(true, 0.5).Replace("\"mean_change_db\":0.500,", string.Empty, StringComparison.Ordinal).Replace("\"mean_limit_db\":0.190,", string.Empty, StringComparison.Ordinal);
            Assert.AreEqual("passed after this inspection", Row(Read(lines.Append(noMean))), "a passed re-check of a log without the mean");
            StringAssert.StartsWith(Row(Read(lines.Append(Recheck(false, 0.5)))), "reference re-check after this inspection failed", "a failed one says why");
            Assert.AreEqual("none after this inspection", Row(Read(WithDrift("null").Append(Recheck(true, 0)).Concat(WithDrift("null").Where(l => l.Contains("\"type\":\"inspection\""))))),
                "an inspection after the re-check is not covered by it");
        }

        [TestMethod]
        public void AFailedRecheckMarksAFailedLossTooButNotAFailedPolarity()
        {
            var dirty = File.ReadAllLines(ReportCliTests.Log("01-mpo12-dirty-pair-dirty-adapter.json", "reference,inspect", "Trunk-D", "J-1003")).ToList();
            LinkResult before = Read(dirty);
            Assert.AreEqual("FAIL", before.Verdict, "the dirty link fails");
            double worst = before.Last.WorstLossDb;
            Assert.IsTrue(worst > 1.2, "its worst fiber is far above the 0.75 dB limit");
            LinkResult marked = Read(dirty.Append(Recheck(false, -0.5, 0)));
            Assert.AreEqual("RECHECK_FAILED", marked.Verdict, "failed on a position: nothing known of the others, the FAIL is not defended either");
            StringAssert.Contains(marked.Reason, "re-inspect after a new reference");
            Assert.AreEqual("FAIL", Read(dirty.Append(Recheck(false, 0.3))).Verdict, "failed on a brighter mean: losses can only have read low, the FAIL stands");
            Assert.AreEqual("FAIL", Read(dirty.Append(Recheck(false, -0.3))).Verdict, "a dimmer mean the worst fiber's margin covers: the FAIL stands");
            Assert.AreEqual("RECHECK_FAILED", Read(dirty.Append(Recheck(false, -(worst - 0.7)))).Verdict, "a dimmer mean that could have made the worst fiber fail: marked");
            var crossed = File.ReadAllLines(ReportCliTests.Log("06-mpo24-crossed-pair.json", "reference,inspect", "Trunk-X", "J-1003")).ToList();
            Assert.AreEqual("FAIL", Read(crossed).Verdict, "the crossed pair fails polarity");
            Assert.AreEqual("FAIL", Read(crossed.Append(Recheck(false, -0.5, 0))).Verdict, "a polarity failure does not depend on the reference's level");
        }

        [TestMethod]
        public void ARecheckRecordThatCannotBeReadLeavesItsIntervalUndefended()
        {
            var lines = File.ReadAllLines(ReportCliTests.Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-R", "J-1003")).ToList();
            string passed = Recheck(true, -0.01);
            Assert.AreEqual("PASS", Read(lines.Append(passed)).Verdict, "read, the passed re-check defends the PASS");
            ReportData cut = LogReader.Read(lines.Append(passed.Substring(0, passed.Length / 2)).ToArray(), "r");
            Assert.AreEqual("RECHECK_FAILED", cut.Links[0].Verdict, "a cut re-check line: its result is unknown");
            StringAssert.Contains(cut.Links[0].Reason, "could not be read");
            Assert.IsTrue(cut.Skipped.Any(), "and the line is listed as skipped");
            string noPassed = passed.Replace("\"passed\":true,", string.Empty, StringComparison.Ordinal);
            Assert.AreEqual("RECHECK_FAILED", Read(lines.Append(noPassed)).Verdict, "a re-check record without its result");
        }

        [TestMethod]
        public void ThePreviousPassedRechecksMeanBoundsTheNextInterval()
        {
            var lines = File.ReadAllLines(ReportCliTests.Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-R", "J-1003")).ToList();
            string[] inspection = lines.Where(l => l.Contains("\"type\":\"inspection\"")).ToArray();
            LinkResult first = Read(lines.Append(Recheck(true, 0.6)).Append(Recheck(true, 0)));
            Assert.AreEqual("PASS*", first.Verdict, "a later re-check does not reach an interval already closed");
            LinkResult next = Read(lines.Append(Recheck(true, 0.6)).Concat(inspection).Append(Recheck(true, 0)));
            Assert.AreEqual("PASS*", next.Verdict, "the source may still have been +0.6 dB at the next inspection");
            Assert.AreEqual(0.6, next.RecheckPreviousMeanDb, 1e-9);
            string reference = lines.First(l => l.Contains("\"type\":\"reference\""));
            Assert.AreEqual("PASS", Read(lines.Append(Recheck(true, 0.6)).Append(reference).Concat(inspection).Append(Recheck(true, 0))).Verdict,
                "a new reference starts again from 0");
        }

        [TestMethod]
        public void AStarredFailYieldsToEveryWorseVerdictAndAnUnknownOneStaysOnTheSafeSide()
        {
            // The probe's ranking, best to worst (VerdictText): a FAIL starred to FAIL* leaves the worse of FAIL* and the other fiber's verdict.
            string[] rank = { "UNUSED", "PASS", "PASS*", "FAIL*", "REF_WEAK", "NO_REFERENCE", "UNSTABLE", "OVER_RANGE", "UNEXPECTED_LIGHT", "NO_LIGHT" };
            for (int i = 0; i < rank.Length; i++)
            {
                var link = new LinkResult("L") { RecheckMeanDb = -0.2 };
                link.Last = new InspectionRecord
                {
                    LimitDb = 0.75, Overall = "FAIL", LossOverall = "FAIL", DriftBoundDb = 0.05,
                    Positions = new[] { new PositionResult { Pos = 1, LossDb = 0.95, UncertaintyDb = 0.05, BandDb = 0.1, Verdict = "FAIL" }, new PositionResult { Pos = 2, LossDb = double.NaN, Verdict = rank[i] } },
                };
                Assert.AreEqual(i <= 3 ? "FAIL*" : rank[i], link.Verdict, "beside " + rank[i]);
                StringAssert.Contains(link.Reason, "the band had allowed ±0.05 dB of drift", "the record's allowance");
            }

            var unknown = new LinkResult("L") { RecheckMeanDb = 0.3 };
            unknown.Last = new InspectionRecord
            {
                LimitDb = 0.75, Overall = "PASS", LossOverall = "PASS",
                Positions = new[] { new PositionResult { Pos = 1, LossDb = 0.5, UncertaintyDb = 0.05, BandDb = 0.1, Verdict = "PASS" }, new PositionResult { Pos = 2, LossDb = 0.5, UncertaintyDb = 0.05, BandDb = 0.1, Verdict = "MARGINAL" } },
            };
            Assert.AreEqual("PASS*", FiberTable.Rows(unknown)[0].Verdict, "the fiber is starred");
            Assert.AreEqual("PASS", unknown.Last.LossOverall, "the log said PASS");
            Assert.IsTrue(FiberTable.Rows(unknown).Any(r => r.Position.Pos == 1 && r.Verdict == "PASS*"), "a verdict the ranking does not know: the starred fiber is still starred");
            Assert.AreEqual("MARGINAL", unknown.Verdict, "and the link is no better than its fiber of a verdict the ranking does not know (v1 MARGINAL, never counted as passed; review 2026-12-04: the link's verdict is checked against its fibers)");
            unknown.Last = new InspectionRecord
            {
                LimitDb = 0.75, Overall = "FAIL", LossOverall = "FAIL",
                Positions = new[] { new PositionResult { Pos = 1, LossDb = 0.9, UncertaintyDb = 0.05, BandDb = 0.1, Verdict = "FAIL" }, new PositionResult { Pos = 2, LossDb = 0.5, UncertaintyDb = 0.05, BandDb = 0.1, Verdict = "PASS" }, new PositionResult { Pos = 3, LossDb = 0.5, UncertaintyDb = 0.05, BandDb = 0.1, Verdict = "MARGINAL" } },
            };
            Assert.AreEqual("FAIL", unknown.Verdict, "and a FAIL beside it stays FAIL");
        }

        [TestMethod]
        public void TheReportStarsAsTheProbesRuleDoes()
        {
            // The report re-implements RecheckMean.Certified for string verdicts: on a grid exact in binary (ties hit) both agree.
            string[] names = { "PASS", "PASS*", "FAIL*", "FAIL", "NO_LIGHT" };
            MpoProbe.Core.Verdict[] verdicts = { MpoProbe.Core.Verdict.Pass, MpoProbe.Core.Verdict.PassStar, MpoProbe.Core.Verdict.FailStar, MpoProbe.Core.Verdict.Fail, MpoProbe.Core.Verdict.NoLight };
            double[] previous = { 0, 0.125, -0.125 };
            double[] allowance = { 0, 0.075 };
            double[] uncertainty = { 0.0625, Math.Sqrt((0.0625 * 0.0625) + (0.075 * 0.075 / 3)) };
            double[] guard = { 0, 0.25 };
            int compared = 0;
            int starred = 0;
            for (int v = 0; v < names.Length; v++)
            {
                for (int i = 0; i < 32; i++)
                {
                    for (int j = 0; j < 25; j++)
                    {
                        foreach (double before in previous)
                        {
                            for (int k = 0; k < 8; k++)
                            {
                                double a = allowance[k % 2];
                                double u = uncertainty[(k / 2) % 2];
                                double g = guard[k / 4];
                                double loss = 0.25 + (0.03125 * i);
                                double mean = -0.375 + (0.03125 * j);
                                var link = new LinkResult("L") { RecheckMeanDb = mean, RecheckPreviousMeanDb = before };
                                link.Last = new InspectionRecord { LimitDb = 0.75, GuardDb = g, DriftBoundDb = a, Positions = new[] { new PositionResult { Pos = 1, LossDb = loss, UncertaintyDb = u, BandDb = 0.125, Verdict = names[v] } } };
                                string expected = MpoProbe.Core.VerdictText.Name(MpoProbe.Core.RecheckMean.Certified(verdicts[v], loss, u, g, 0.75, before, mean, a));
                                string actual = link.PositionVerdict(link.Last.Positions[0]);
                                Assert.AreEqual(expected, actual, FormattableString.Invariant($"{names[v]} at {loss} dB, u {u}, guard {g}, means {before} / {mean}, allowance {a}"));
                                compared++;
                                starred += actual != names[v] ? 1 : 0;
                            }
                        }
                    }
                }
            }

            Assert.AreEqual(5 * 32 * 25 * 3 * 8, compared, "the whole grid");
            Assert.IsTrue(starred > 2000, "the grid reaches the starring side: " + starred);
        }

        [TestMethod]
        public void TheIntervalStartsWhereTheLastRecheckFoundTheSource()
        {
            var lines = File.ReadAllLines(ReportCliTests.Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-R", "J-1003")).ToList();
            string[] inspection = lines.Where(l => l.Contains("\"type\":\"inspection\"")).ToArray();
            string noMean = Recheck(true, 0.5).Replace("\"mean_change_db\":0.500,", string.Empty, StringComparison.Ordinal);
            Assert.AreEqual("PASS*", Read(lines.Append(Recheck(true, 0.6)).Append(noMean).Concat(inspection).Append(Recheck(true, 0))).Verdict,
                "a re-check without a mean leaves the +0.6 dB where it was");
            Assert.AreEqual("PASS*", Read(lines.Append(Recheck(false, 0.6, 0.19)).Concat(inspection).Append(Recheck(true, 0))).Verdict,
                "a re-check that failed on its mean (+0.6 dB): a reference reloaded after a reboot still had the source there");
            Assert.AreEqual("PASS", Read(lines.Append(Recheck(false, 0, 0.19)).Concat(inspection).Append(Recheck(true, 0))).Verdict,
                "one that failed on a position measured no mean: the last known (0) stands");

            // A job over two log files: the second starts where the first's last re-check found the source, until a reference record.
            var reader = new LogReader();
            reader.ReadStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines.Append(Recheck(true, 0.6))))), "a");
            reader.ReadStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", inspection.Append(Recheck(true, 0))))), "b");
            Assert.AreEqual("PASS*", reader.Data.Links[0].Verdict, "carried into the next file");
            var fresh = new LogReader();
            fresh.ReadStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines.Append(Recheck(true, 0.6))))), "a");
            fresh.ReadStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines.Append(Recheck(true, 0))))), "b");
            Assert.AreEqual("PASS", fresh.Data.Links[0].Verdict, "a reference record in the next file starts again from 0");
        }

        [TestMethod]
        public void AStarredFailLeavesAWorseVerdictAndPolarityAlone()
        {
            var link = new LinkResult("L") { RecheckMeanDb = -0.15 };
            link.Last = new InspectionRecord
            {
                LimitDb = 0.75, Overall = "FAIL", LossOverall = "FAIL",
                Positions = new[] { new PositionResult { Pos = 1, LossDb = 0.95, UncertaintyDb = 0.05, BandDb = 0.1, Verdict = "FAIL" }, new PositionResult { Pos = 2, LossDb = 0.3, UncertaintyDb = 0.05, BandDb = 0.1, Verdict = "PASS" } },
            };
            Assert.AreEqual("FAIL*", link.Verdict, "0.95 − 0.15 is within the band of the limit");
            StringAssert.Contains(link.Reason, "mean had moved +0.00 dB at the check before and -0.15 dB then (the band had allowed ±0.00 dB of drift)", "a log without the allowance allowed none");
            link.RecheckMeanDb = double.NaN;
            Assert.AreEqual("FAIL", link.Verdict, "without a re-check's mean the logged FAIL stands");

            link.RecheckMeanDb = -0.15;
            link.Last = new InspectionRecord
            {
                LimitDb = 0.75, Overall = "FAIL", LossOverall = "FAIL",
                Positions = new[] { new PositionResult { Pos = 1, LossDb = 0.95, UncertaintyDb = 0.05, BandDb = 0.1, Verdict = "FAIL" }, new PositionResult { Pos = 2, Verdict = "NO_LIGHT", LossDb = double.NaN }, new PositionResult { Pos = 3, LossDb = 0.2, UncertaintyDb = 0.05, BandDb = 0.1, Verdict = "REF_WEAK" } },
            };
            Assert.AreEqual("NO_LIGHT", link.Verdict, "the FAIL starred, the dark fiber is still the worst");

            link.RecheckMeanDb = 0.3;
            link.Last = new InspectionRecord
            {
                LimitDb = 0.75, Overall = "FAIL", LossOverall = "PASS",
                Positions = new[] { new PositionResult { Pos = 1, LossDb = 0.5, UncertaintyDb = 0.05, BandDb = 0.1, Verdict = "PASS" } },
            };
            Assert.AreEqual("FAIL", link.Verdict, "a polarity FAIL stays FAIL when the loss is starred");
            Assert.AreEqual("PASS*", FiberTable.Rows(link)[0].Verdict, "the fiber's loss is starred");

            link.Last = new InspectionRecord
            {
                LimitDb = 0.75, Overall = "PASS", LossOverall = "PASS", GuardDb = double.NaN,
                Positions = new[] { new PositionResult { Pos = 1, LossDb = 0.5, UncertaintyDb = 0.05, BandDb = 0.1, Verdict = "PASS" } },
            };
            Assert.AreEqual("PASS*", link.Verdict, "a log without guard_db: no minimum band, the change still judged");
        }
    }
}
