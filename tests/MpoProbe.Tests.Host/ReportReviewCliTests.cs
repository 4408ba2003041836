using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Report;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Review of the report command's handling of its paths (2026-12-04): a certificate never
    /// replaces the log it is made from, an empty or folder path is answered in words, and a
    /// capture's duration is a number.
    /// </summary>
    [TestClass]
    public class ReportReviewCliTests
    {
        private static (int Code, string Errors) Tool(params string[] args)
        {
            TextWriter before = Console.Error;
            var errors = new StringWriter();
            Console.SetError(errors);
            try
            {
                return (MpoProbe.Report.Program.Main(args), errors.ToString());
            }
            finally
            {
                Console.SetError(before);
            }
        }

        [TestMethod]
        public void ACertificateIsNeverWrittenOverALogItReads()
        {
            foreach (string output in new[] { "html", "csv", "pdf" })
            {
                string log = ReportCliTests.Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-A", "J-1");
                string evidence = File.ReadAllText(log);
                var (code, errors) = ReportCliTests.Run(new[] { log }, output == "html" ? log : null, output == "pdf" ? log : null, output == "csv" ? log : null);
                Assert.AreEqual(evidence, File.ReadAllText(log), "the log named as the --" + output + " output is the only record of the measurements: it must not be replaced");
                Assert.AreEqual(1, code, "refused (" + output + " = the log): " + errors);
                StringAssert.Contains(errors, Path.GetFileName(log), "the message names the file");
            }
        }

        [TestMethod]
        public void AnEmptyLogPathIsAnsweredInWordsNotAStackTrace()
        {
            var (code, errors) = Tool("report", string.Empty);
            Assert.AreEqual(1, code);
            Assert.IsFalse(errors.Contains("Exception", StringComparison.Ordinal) || errors.Contains("   at ", StringComparison.Ordinal), "a clear message, not a stack trace:\n" + errors);
            StringAssert.Contains(errors, "empty", "the message says the path is empty");
        }

        [TestMethod]
        public void AFolderGivenAsTheOutputIsNamedAsAFolder()
        {
            string log = ReportCliTests.Log("02-mpo12-clean-elite.json", "reference,inspect", "Trunk-A", "J-1");
            string folder = Directory.CreateDirectory(ReportReviewLogs.Temp("out")).FullName + Path.DirectorySeparatorChar;
            var (code, errors) = ReportCliTests.Run(new[] { log }, folder);
            Assert.AreEqual(1, code, errors);
            StringAssert.Contains(errors, "is a directory", "the same words as for a log that is a folder: " + errors);
            Assert.AreEqual(0, Directory.GetFileSystemEntries(folder).Length, "nothing left in the folder");
        }

        [TestMethod]
        public void ACaptureDurationThatIsNotANumberIsRefused()
        {
            string log = ReportReviewLogs.Temp("capture.log");
            foreach (string seconds in new[] { "NaN", "Infinity" })
            {
                var (code, errors) = Tool("capture", "/dev/null", "-o", log, "--seconds", seconds);
                Assert.AreEqual(1, code, "--seconds " + seconds + " is no duration: " + errors);
            }
        }
    }
}
