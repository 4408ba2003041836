using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Report;
using static MpoProbe.Tests.ReportReviewLogs;

namespace MpoProbe.Tests
{
    /// <summary>Beside the review's CLI and reading tests: empty option paths, the CSV's two uncertainty columns, and which copy of a replayed inspection is certified.</summary>
    [TestClass]
    public class ReportFixCliTests
    {
        [TestMethod]
        public void AnEmptyOutputPathIsNamedByItsOption()
        {
            TextWriter before = Console.Error;
            var errors = new StringWriter();
            Console.SetError(errors);
            try
            {
                string log = ReportCliTests.Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-A", "J-1");
                Assert.AreEqual(1, MpoProbe.Report.Program.Main(new[] { "report", log, "--csv", string.Empty }));
                StringAssert.Contains(errors.ToString(), "the --csv path is empty");
                Assert.IsFalse(errors.ToString().Contains("   at ", StringComparison.Ordinal), errors.ToString());
            }
            finally
            {
                Console.SetError(before);
            }
        }

        [TestMethod]
        public void TheCsvCarriesBothUAndTheExpandedUTheCertificatePrints()
        {
            List<string> lines = CleanPass("Trunk-A");
            string csv = CsvReport.Write(lines);
            string[] header = CsvReport.Header.Split(',');
            int u = Array.IndexOf(header, "uncertainty_db");
            int expanded = Array.IndexOf(header, "expanded_uncertainty_db");
            Assert.IsTrue(u >= 0 && expanded > u, CsvReport.Header);
            string inspection = First(lines, "inspection");
            string firstBand = Regex.Match(inspection, "\"band_db\":([0-9.]+)").Groups[1].Value;
            string firstU = Regex.Match(inspection, "\"u_db\":([0-9.]+)").Groups[1].Value;
            string[] row = csv.Split('\n')[1].Split(',');
            int fromEnd = header.Length - expanded;
            Assert.AreEqual(Certificate.Db(double.Parse(firstBand, System.Globalization.CultureInfo.InvariantCulture)), row[^fromEnd], "U: band_db, as the certificate prints it");
            Assert.AreEqual(Certificate.Db(double.Parse(firstU, System.Globalization.CultureInfo.InvariantCulture)), row[^(header.Length - u)], "u: u_db");
        }

        [TestMethod]
        public void AReplayedCopyReadFirstGivesWayToTheLiveRecord()
        {
            List<string> live = CleanPass("Trunk-A", "reference,verify,inspect");
            List<string> dump = live.Where(l => l.Contains("\"type\":\"inspection\"", StringComparison.Ordinal)).Select(l => Replayed(Regex.Replace(l, "\"cmd\":", "\"orig_cmd\":"))).ToList();
            ReportData data = Read(dump, live);
            LinkResult link = data.Links.Single();
            Assert.AreEqual(1, data.InspectionCount, "counted once");
            Assert.IsFalse(link.Last.Context.Replay, "the live copy is certified");
            Assert.IsNotNull(link.ReferenceCheck, "with the reference and verification in force for it");
            StringAssert.Contains(Certificate.FoundPolarity(link.Polarity), "— PASS", "and its polarity record");
        }
    }
}
