using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using MpoProbe.Report;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Logs for the report review's tests (ReportReview*Tests): simulator logs with a set clock and
    /// job data (<see cref="ReportCliTests.Log"/>), edited one record at a time the way a damaged,
    /// merged or replayed log would read.
    /// </summary>
    internal static class ReportReviewLogs
    {
        /// <summary>The lines of a scripted simulator run with link <paramref name="link"/>, every record stamped 2026-11-20T09:30:00Z.</summary>
        public static List<string> Lines(string scenario, string script, string link, string job = "J-1", string command = null, string after = null) =>
            File.ReadAllLines(ReportCliTests.Log(scenario, script, link, job, command, after)).ToList();

        /// <summary>The clean Elite link (scenario 02): every fiber a bare PASS.</summary>
        public static List<string> CleanPass(string link, string script = "reference,inspect") => Lines("02-mpo12-clean-elite.json", script, link);

        /// <summary>The first record of <paramref name="type"/>.</summary>
        public static string First(IEnumerable<string> lines, string type) => lines.First(l => l.Contains("\"type\":\"" + type + "\"", StringComparison.Ordinal));

        /// <summary>The record with its <c>utc</c> replaced.</summary>
        public static string Utc(string line, string utc) => Regex.Replace(line, "\"utc\":\"[^\"]*\"", "\"utc\":\"" + utc + "\"");

        /// <summary>The record with its <c>t_ms</c> replaced.</summary>
        public static string Tms(string line, long ms) => Regex.Replace(line, "\"t_ms\":[0-9]+", "\"t_ms\":" + ms.ToString(CultureInfo.InvariantCulture));

        /// <summary>A text field of a record replaced (it must be there).</summary>
        public static string Field(string line, string name, string value)
        {
            string edited = Regex.Replace(line, "\"" + name + "\":\"[^\"]*\"", "\"" + name + "\":\"" + value + "\"");
            if (edited == line && !line.Contains("\"" + name + "\":\"" + value + "\"", StringComparison.Ordinal))
            {
                throw new ArgumentException("no text field '" + name + "' in " + line);
            }

            return edited;
        }

        /// <summary>An inspection with position <paramref name="pos"/>'s loss and verdict replaced.</summary>
        public static string Position(string inspection, int pos, string lossDb, string verdict)
        {
            var entry = new Regex("\\{\"pos\":" + pos.ToString(CultureInfo.InvariantCulture) + ",[^}]*\\}");
            Match m = entry.Match(inspection);
            if (!m.Success)
            {
                throw new ArgumentException("no position " + pos + " in " + inspection);
            }

            string e = Regex.Replace(m.Value, "\"loss_db\":[^,]+", "\"loss_db\":" + lossDb);
            e = Regex.Replace(e, "\"verdict\":\"[^\"]*\"", "\"verdict\":\"" + verdict + "\"");
            return inspection.Substring(0, m.Index) + e + inspection.Substring(m.Index + m.Length);
        }

        /// <summary>The record marked as replayed by <c>history</c>.</summary>
        public static string Replayed(string line) => "{\"replay\":true," + line.Substring(1);

        /// <summary>Reads the logs as files named a.log, b.log, … in the order given.</summary>
        public static ReportData Read(params IEnumerable<string>[] logs)
        {
            var reader = new LogReader();
            for (int i = 0; i < logs.Length; i++)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(string.Join("\n", logs[i]) + "\n");
                reader.ReadStream(new MemoryStream(bytes), (char)('a' + i) + ".log");
            }

            return reader.Data;
        }

        /// <summary>A header row of a link's certificate.</summary>
        public static string Header(LinkResult link, string row) => Certificate.Header(link, new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)).Single(r => r.Key == row).Value;

        /// <summary>The HTML certificate, entities decoded.</summary>
        public static string Html(ReportData data) => System.Net.WebUtility.HtmlDecode(HtmlReport.Write(data, "review"));

        /// <summary>The cells of position <paramref name="pos"/>'s row in the HTML fiber table (pos, colour, dBm, loss, U, limit, margin, loss verdict, polarity, fiber verdict).</summary>
        public static string[] FiberCells(string html, int pos)
        {
            Match row = Regex.Match(html, "<tr><td>" + pos.ToString(CultureInfo.InvariantCulture) + "</td>(.*?)</tr>");
            if (!row.Success)
            {
                throw new ArgumentException("no fiber row " + pos);
            }

            var cells = new List<string> { pos.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(Regex.Matches(row.Groups[1].Value, "<td>(.*?)</td>").Select(c => Regex.Replace(c.Groups[1].Value, "<[^>]+>", string.Empty)));
            return cells.ToArray();
        }

        /// <summary>A temporary file path ending in <paramref name="name"/>.</summary>
        public static string Temp(string name) => Path.Combine(Path.GetTempPath(), "mpo-review-" + Guid.NewGuid().ToString("N") + "-" + name);
    }
}
