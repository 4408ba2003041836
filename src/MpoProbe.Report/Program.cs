using System;
using System.IO;
using System.Linq;

namespace MpoProbe.Report
{
    /// <summary>
    /// <c>report LOG -o report.html [--csv report.csv]</c>: the test report from a saved log.
    /// <c>capture DEVICE -o LOG [--send "cmd"]… [--seconds N]</c>: append a live serial log.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs a command; non-zero when it cannot.</summary>
        public static int Main(string[] args)
        {
            try
            {
                if (args.Length >= 3 && args[0] == "report")
                {
                    string html = Option(args, "-o") ?? throw new ArgumentException("report needs -o FILE.html");
                    ReportData data = LogReader.Read(File.ReadLines(args[1]));
                    File.WriteAllText(html, HtmlReport.Write(data, Path.GetFileName(args[1])));
                    string csv = Option(args, "--csv");
                    if (csv != null)
                    {
                        File.WriteAllText(csv, CsvReport.Write(data));
                    }

                    var (links, passed, failed, escalated) = HtmlReport.Count(data);
                    Console.WriteLine($"{data.Inspections.Count} inspections, {links} links: {passed} passed, {failed} failed, {escalated} escalated; {data.Skipped.Count} lines skipped");
                    foreach (SkippedLine s in data.Skipped)
                    {
                        Console.WriteLine($"  skipped line {s.Line}: {s.Reason}");
                    }

                    return 0;
                }

                if (args.Length >= 3 && args[0] == "capture")
                {
                    string log = Option(args, "-o") ?? throw new ArgumentException("capture needs -o FILE.log");
                    string[] commands = args.Select((a, i) => (a, i)).Where(t => t.a == "--send" && t.i + 1 < args.Length).Select(t => args[t.i + 1]).ToArray();
                    string seconds = Option(args, "--seconds");
                    int lines = Capture.Run(args[1], log, commands, seconds == null ? 10 : double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
                    Console.WriteLine($"{lines} lines appended to {log}");
                    return 0;
                }

                Console.Error.WriteLine("usage: report LOG -o report.html [--csv report.csv] | capture DEVICE -o LOG [--send CMD]... [--seconds N]");
                return 2;
            }
            catch (Exception e) when (e is IOException || e is ArgumentException || e is UnauthorizedAccessException)
            {
                Console.Error.WriteLine("report: " + e.Message);
                return 1;
            }
        }

        private static string Option(string[] args, string name)
        {
            int i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
    }
}
