using System;
using System.IO;
using System.Linq;

namespace MpoProbe.Report
{
    /// <summary>The <c>report</c> command: reads every log once, streaming CSV rows, then writes HTML and PDF.</summary>
    public static class ReportRun
    {
        private const int SkipsPrinted = 50;

        /// <summary>Runs the report; 0 when a certificate was written, 1 when there is nothing to report or a file cannot be read or written.</summary>
        public static int Run(FileInfo[] logs, FileInfo html, FileInfo pdf, FileInfo csv, TextWriter output, TextWriter errors)
        {
            if (logs == null || logs.Length == 0 || Array.IndexOf(logs, null) >= 0)
            {
                errors.WriteLine("report: a LOG path is empty: name one or more log files");
                return 1;
            }

            html ??= pdf == null && csv == null ? new FileInfo("report.html") : null;
            foreach (FileInfo target in new[] { html, pdf, csv })
            {
                if (target != null && Directory.Exists(target.FullName))
                {
                    errors.WriteLine("report: the output " + target.FullName + " is a directory, not a file: name the certificate file (e.g. " + Path.Combine(target.FullName, "report.html") + ")");
                    return 1;
                }
            }

            string refused = OutputPaths.Refusal(logs, html, pdf, csv);
            if (refused != null)
            {
                errors.WriteLine("report: " + refused);
                return 1;
            }

            string[] names = SourceNames(logs);
            string title = string.Join(", ", names);
            string csvTemp = csv == null ? null : csv.FullName + ".part";
            string htmlTemp = html == null ? null : html.FullName + ".part";
            string pdfTemp = pdf == null ? null : pdf.FullName + ".part";
            try
            {
                ReportData data;
                using (TextWriter csvText = csvTemp == null ? null : new StreamWriter(csvTemp))
                {
                    CsvReport rows = csvText == null ? null : new CsvReport(csvText);
                    var reader = new LogReader(rows == null ? null : rows.Add);
                    for (int i = 0; i < logs.Length; i++)
                    {
                        FileInfo log = logs[i];
                        if (Directory.Exists(log.FullName))
                        {
                            errors.WriteLine("report: " + log + " is a directory, not a log file: name the log files in it (e.g. " + Path.Combine(log.ToString(), "*.log") + ")");
                            return 1;
                        }

                        using var stream = new FileStream(log.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
                        reader.ReadStream(stream, names[i]);
                    }

                    data = reader.Data;
                }

                PrintSkips(data, errors);
                if (data.InspectionCount == 0)
                {
                    errors.WriteLine("report: no inspection found in " + title + " (" + data.LinesRead + " lines read, " + data.SkippedCount + " skipped): nothing to certify");
                    return 1;
                }

                // Each certificate is written whole beside its name, then put in place: a write that
                // fails part-way leaves the file that was there before, never half a certificate.
                if (htmlTemp != null)
                {
                    using var writer = new StreamWriter(htmlTemp);
                    HtmlReport.Write(data, title, writer);
                }

                if (pdfTemp != null)
                {
                    using var stream = new FileStream(pdfTemp, FileMode.Create);
                    PdfReport.Write(data, title, stream);
                }

                Publish(csvTemp, csv);
                Publish(htmlTemp, html);
                Publish(pdfTemp, pdf);

                output.WriteLine(data.InspectionCount + " inspections, " + data.Links.Count + " links: " + data.PassedLinks + " passed, " + data.PassedWithinUncertaintyLinks + " passed within uncertainty, " + data.NotPassedLinks + " not passed, "
                    + data.EscalatedLinks + " escalated; " + data.SkippedCount + " lines skipped");
                return 0;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                errors.WriteLine("report: " + e.Message);
                return 1;
            }
            finally
            {
                Discard(csvTemp);
                Discard(htmlTemp);
                Discard(pdfTemp);
            }
        }

        /// <summary>
        /// The name each log is known by on the certificate (its records' "file:line", the label of its
        /// unlabelled inspections): the file name, or the full path where two different files share a
        /// name (two days' probe.log in two folders are two logs, never merged).
        /// </summary>
        public static string[] SourceNames(FileInfo[] logs)
        {
            var names = new string[logs.Length];
            for (int i = 0; i < logs.Length; i++)
            {
                FileInfo log = logs[i];
                bool shared = logs.Any(other => other.Name == log.Name && other.FullName != log.FullName);
                names[i] = shared ? log.FullName : log.Name;
            }

            return names;
        }

        private static void Discard(string temp)
        {
            if (temp != null && File.Exists(temp))
            {
                File.Delete(temp);
            }
        }

        private static void Publish(string temp, FileInfo target)
        {
            if (temp != null)
            {
                File.Move(temp, target.FullName, true);
            }
        }

        private static void PrintSkips(ReportData data, TextWriter errors)
        {
            foreach (SkippedLine s in data.Skipped.Take(SkipsPrinted))
            {
                errors.WriteLine("  skipped " + s);
            }

            if (data.SkippedCount > SkipsPrinted)
            {
                errors.WriteLine("  … " + (data.SkippedCount - SkipsPrinted) + " more lines skipped (the HTML lists up to 1000)");
            }
        }
    }
}
