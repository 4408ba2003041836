using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MpoProbe.Report
{
    /// <summary>One self-contained HTML page (inline CSS and SVG, no network) from the log's report data.</summary>
    public static class HtmlReport
    {
        private const string Style = "body{font-family:sans-serif;margin:24px;color:#212121}h1{margin-bottom:4px}section{border-top:2px solid #90a4ae;margin-top:28px;padding-top:8px}"
            + "table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #cfd8dc;padding:2px 6px;text-align:right}th{background:#eceff1}"
            + ".v{font-weight:bold;color:#fff;padding:1px 6px;border-radius:3px}.meta td{text-align:left;border:none;padding:1px 10px 1px 0}.skip{color:#b71c1c}";

        /// <summary>The report page.</summary>
        public static string Write(ReportData data, string title)
        {
            var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title><style>").Append(Style).Append("</style></head><body>");
            html.Append("<h1>MPO inspection report</h1><p>").Append(E(title)).Append("</p>");
            Summary(html, data);
            int index = 0;
            foreach (InspectionEntry e in data.Inspections)
            {
                Inspection(html, e, ++index);
            }

            Skipped(html, data);
            return html.Append("</body></html>").ToString();
        }

        /// <summary>Links tested, passed, failed and escalated (a link's state is that of its last inspection).</summary>
        public static (int Links, int Passed, int Failed, int Escalated) Count(ReportData data)
        {
            var byLink = data.Inspections.GroupBy(e => e.Link).ToList();
            int passed = byLink.Count(g => g.Last().Overall == "PASS");
            int escalated = byLink.Count(g => g.Any(e => e.Clean is JsonElement c && c.GetProperty("escalate").GetBoolean()));
            return (byLink.Count, passed, byLink.Count - passed, escalated);
        }

        private static void Summary(StringBuilder html, ReportData data)
        {
            var (links, passed, failed, escalated) = Count(data);
            html.Append("<section id=\"summary\"><h2>Summary</h2><table class=\"meta\">")
                .Append(Row("links tested", links.ToString(CultureInfo.InvariantCulture))).Append(Row("passed", passed.ToString(CultureInfo.InvariantCulture)))
                .Append(Row("failed", failed.ToString(CultureInfo.InvariantCulture))).Append(Row("escalated", escalated.ToString(CultureInfo.InvariantCulture)))
                .Append(Row("inspections", data.Inspections.Count.ToString(CultureInfo.InvariantCulture)))
                .Append(Row("log lines read / skipped", data.LinesRead + " / " + data.Skipped.Count)).Append("</table>");
            html.Append("<table><tr><th>link</th><th>inspections</th><th>last verdict</th><th>worst loss dB</th></tr>");
            foreach (var g in data.Inspections.GroupBy(e => e.Link))
            {
                InspectionEntry last = g.Last();
                html.Append("<tr><td>").Append(E(g.Key)).Append("</td><td>").Append(g.Count()).Append("</td><td>").Append(Badge(last.Overall))
                    .Append("</td><td>").Append(Num(last.Record, "worst_loss_db")).Append("</td></tr>");
            }

            html.Append("</table></section>");
        }

        private static void Inspection(StringBuilder html, InspectionEntry e, int index)
        {
            JsonElement r = e.Record;
            html.Append("<section class=\"inspection\"><h2>Inspection ").Append(index).Append(": ").Append(E(e.Link)).Append(' ').Append(Badge(e.Overall)).Append("</h2><table class=\"meta\">")
                .Append(Row("layout / fiber / wavelength", Str(r, "layout") + " / " + Str(r, "fiber") + " / " + Num(r, "wavelength_nm") + " nm"))
                .Append(Row("limit / guard band", Str(r, "limit") + ", " + Num(r, "limit_db") + " dB / " + Num(r, "guard_db") + " dB"))
                .Append(Row("time since boot", Num(r, "t_ms") + " ms" + (r.TryGetProperty("utc", out JsonElement utc) ? ", UTC " + utc.GetString() : string.Empty)));
            if (e.Reference is JsonElement reference)
            {
                long age = r.GetProperty("t_ms").GetInt64() - reference.GetProperty("t_ms").GetInt64();
                html.Append(Row("reference", "taken at " + Num(reference, "t_ms") + " ms (" + (age / 60000) + " min before), spread " + Num(reference, "spread_db") + " dB, checksum " + Str(reference, "checksum")
                    + (r.TryGetProperty("reference_stale", out JsonElement stale) && stale.GetBoolean() ? " — older than allowed" : string.Empty)));
            }
            else
            {
                html.Append(Row("reference", "none in this log"));
            }

            html.Append("</table>").Append(Svg.LossBars(r)).Append("<table><tr><th>pos</th><th>colour</th><th>power dBm</th><th>loss dB</th><th>± u dB</th><th>verdict</th></tr>");
            foreach (JsonElement p in r.GetProperty("positions").EnumerateArray())
            {
                html.Append("<tr><td>").Append(Num(p, "pos")).Append("</td><td>").Append(E(Str(p, "color"))).Append("</td><td>").Append(Num(p, "dbm")).Append("</td><td>")
                    .Append(Num(p, "loss_db")).Append("</td><td>").Append(Num(p, "u_db")).Append("</td><td>").Append(Badge(Str(p, "verdict"))).Append("</td></tr>");
            }

            html.Append("</table>");
            Diagnosis(html, e);
            Clean(html, e, r.GetProperty("limit_db").GetDouble());
            Polarity(html, e);
            html.Append("</section>");
        }

        private static void Diagnosis(StringBuilder html, InspectionEntry e)
        {
            if (e.Diagnosis is not JsonElement d || d.GetProperty("findings").GetArrayLength() == 0)
            {
                return;
            }

            html.Append("<h3>Connector diagnosis</h3><ul>");
            foreach (JsonElement f in d.GetProperty("findings").EnumerateArray())
            {
                html.Append("<li>").Append(E(Str(f, "advice"))).Append("</li>");
            }

            html.Append("</ul>");
        }

        private static void Clean(StringBuilder html, InspectionEntry e, double limit)
        {
            if (e.Clean is not JsonElement c)
            {
                return;
            }

            html.Append("<h3 class=\"clean\">Clean cycle: before (outline) and after (filled)</h3><p>").Append(E(Str(c, "advice"))).Append("</p>").Append(Svg.CleanBars(c, limit));
        }

        private static void Polarity(StringBuilder html, InspectionEntry e)
        {
            if (e.Polarity is not JsonElement p)
            {
                return;
            }

            string summary = Str(p, "summary");
            string[] crossed = Regex.Matches(summary, @"positions (\d+)↔(\d+)").SelectMany(m => new[] { m.Groups[1].Value, m.Groups[2].Value }).ToArray();
            string[] missing = Regex.Matches(summary, @"fibers? ([\d, ]+) missing").SelectMany(m => m.Groups[1].Value.Split(',', System.StringSplitOptions.TrimEntries)).ToArray();
            html.Append("<h3 class=\"polarity\">Polarity: ").Append(E(summary)).Append(' ').Append(Badge(Str(p, "verdict"))).Append("</h3>").Append(Svg.FiberMap(p, crossed, missing));
        }

        private static void Skipped(StringBuilder html, ReportData data)
        {
            html.Append("<section id=\"skipped\"><h2>Log lines skipped</h2>");
            if (data.Skipped.Count == 0)
            {
                html.Append("<p>none</p></section>");
                return;
            }

            html.Append("<ul class=\"skip\">");
            foreach (SkippedLine s in data.Skipped)
            {
                html.Append("<li>line ").Append(s.Line).Append(": ").Append(E(s.Reason)).Append("</li>");
            }

            html.Append("</ul></section>");
        }

        private static string Badge(string verdict) =>
            "<span class=\"v\" style=\"background:" + Svg.Colour(verdict) + "\">" + E(verdict) + "</span>";

        private static string Row(string name, string value) => "<tr><td>" + E(name) + "</td><td>" + E(value) + "</td></tr>";

        private static string Str(JsonElement e, string name) =>
            e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : "—";

        private static string Num(JsonElement e, string name) =>
            e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble().ToString(CultureInfo.InvariantCulture) : "—";

        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
