using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;

namespace MpoProbe.Report
{
    /// <summary>
    /// The certificate as one self-contained HTML page (inline CSS and SVG, no network): a summary
    /// page, then one certificate per link (its last inspection) with charts, diagnosis, cleans and
    /// the polarity fiber map. Written straight to a <see cref="TextWriter"/>.
    /// </summary>
    public static class HtmlReport
    {
        private const string Style = "body{font-family:sans-serif;margin:24px;color:#212121}h1{margin-bottom:4px}section{border-top:2px solid #90a4ae;margin-top:28px;padding-top:8px}"
            + "table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #cfd8dc;padding:2px 6px;text-align:right}th{background:#eceff1}"
            + ".v{font-weight:bold;color:#fff;padding:1px 6px;border-radius:3px}.meta td{text-align:left;border:none;padding:1px 10px 1px 0}.skip{color:#b71c1c}"
            + "@media print{section.link{page-break-before:always}}";

        /// <summary>The report page as text (tests, small reports).</summary>
        public static string Write(ReportData data, string title)
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            Write(data, title, text);
            return text.ToString();
        }

        /// <summary>Writes the report page to <paramref name="html"/>.</summary>
        public static void Write(ReportData data, string title, TextWriter html)
        {
            html.Write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + E(title) + "</title><style>" + Style + "</style></head><body>");
            html.Write("<h1>MPO link test certificate</h1><p>" + E(title) + "</p>");
            Summary(html, data);
            foreach (LinkResult link in data.Links)
            {
                Link(html, link, data);
            }

            Warnings(html, data);
            Skipped(html, data);
            html.Write("</body></html>");
        }

        private static void Summary(TextWriter html, ReportData data)
        {
            int links = data.Links.Count;
            int passed = data.PassedLinks;
            html.Write("<section id=\"summary\"><h2>Summary</h2><table class=\"meta\">" + Row("report date", data.MadeUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC") + Row("standard", Certificate.StandardOf(data)) + Row("method", Certificate.Method)
                + Row("links tested", N(links)) + Row("passed (PASS)", N(passed)) + Row("passed within uncertainty (PASS*)", N(data.PassedWithinUncertaintyLinks)) + Row("not passed", N(data.NotPassedLinks)) + Row("escalated", N(data.EscalatedLinks))
                + Row("inspections", N(data.InspectionCount)) + Row("probe faults and warnings", N(data.WarningCount)) + Row("logs", string.Join(", ", data.Sources)) + Row("log lines read / skipped", N(data.LinesRead) + " / " + N(data.SkippedCount)) + "</table>");
            html.Write("<table><tr><th>link</th><th>date and time</th><th>operator</th><th>inspections</th><th>worst loss dB</th><th>limit dB</th><th>margin dB</th><th>polarity</th><th>verdict</th></tr>");
            foreach (LinkResult l in data.Links)
            {
                html.Write("<tr><td>" + E(l.Label) + "</td><td>" + E(Certificate.Time(l.Last.Context)) + "</td><td>" + E(Certificate.Or(l.Last.Context.Operator)) + "</td><td>" + N(l.InspectionCount)
                    + "</td><td>" + Certificate.LossDb(l.Last.WorstLossDb, l.Last.LimitDb) + "</td><td>" + Certificate.Db(l.Last.LimitDb) + "</td><td>" + Certificate.MarginDb(FiberTable.WorstMarginDb(l)) + "</td><td>" + E(l.Polarity?.Verdict ?? "not tested") + "</td><td>" + Badge(l.Verdict) + "</td></tr>");
            }

            html.Write("</table>" + Marks(data) + "</section>");
        }

        private static string Marks(ReportData data) =>
            data.Links.Any(l => l.Verdict.EndsWith('*'))
                ? "<p>" + E(Certificate.Explain("PASS*")) + ". " + E(Certificate.Explain("FAIL*")) + ".</p>"
                : string.Empty;

        private static void Link(TextWriter html, LinkResult link, ReportData data)
        {
            System.DateTime madeUtc = data.MadeUtc;
            InspectionRecord r = link.Last;
            html.Write("<section class=\"link\"><h2>Link " + E(link.Label) + ": " + Badge(link.Verdict) + "</h2>");
            if (link.Reason.Length > 0)
            {
                html.Write("<p>" + E(link.Reason) + "</p>");
            }

            html.Write("<table class=\"meta\">");
            foreach (KeyValuePair<string, string> row in Certificate.Header(link, madeUtc))
            {
                html.Write(Row(row.Key, row.Value));
            }

            html.Write("</table>" + Svg.LossBars(r) + "<table><tr><th>pos</th><th>colour</th><th>power dBm</th><th>loss dB</th><th>± U (≈95 %) dB</th><th>limit dB</th><th>margin dB</th><th>loss</th><th>polarity</th><th>fiber verdict</th></tr>");
            foreach (FiberRow row in FiberTable.Rows(link))
            {
                PositionResult p = row.Position;
                html.Write("<tr><td>" + N(p.Pos) + "</td><td>" + E(p.Color ?? "—") + "</td><td>" + Certificate.Db(p.PowerDbm) + "</td><td>" + Certificate.LossDb(p.LossDb, r.LimitDb) + "</td><td>"
                    + Certificate.Db(row.ExpandedDb) + "</td><td>" + Certificate.Db(r.LimitDb) + "</td><td>" + Certificate.MarginDb(row.MarginDb) + "</td><td>" + E(p.Verdict) + "</td><td>" + E(row.Polarity) + "</td><td>" + Badge(row.Verdict) + "</td></tr>");
            }

            html.Write("</table><p>" + E(FiberTable.UncertaintyNote) + "</p>");
            if (link.Diagnosis.Length > 0)
            {
                html.Write("<h3>Connector diagnosis</h3><ul>" + string.Concat(link.Diagnosis.Select(a => "<li>" + E(a) + "</li>")) + "</ul>");
            }

            List<ProbeWarning> after = data.WarningsAfter(link);
            if (after.Count > 0)
            {
                html.Write("<h3 class=\"warnings\">Probe faults and warnings after this inspection</h3><ul>" + string.Concat(after.Select(w => "<li>" + E(Certificate.WarningText(w, link)) + "</li>")) + "</ul>");
            }

            foreach (CleanRecord c in link.Cleans)
            {
                html.Write("<h3 class=\"clean\">Clean cycle: before (outline) and after (filled)</h3><p>" + E(c.Advice) + "</p>" + Svg.CleanBars(c, r.LimitDb));
            }

            Polarity(html, link);
            html.Write("</section>");
        }

        private static void Polarity(TextWriter html, LinkResult link)
        {
            PolarityRecord p = link.Polarity;
            if (p == null)
            {
                return;
            }

            string[] crossed = Regex.Matches(p.Summary, @"positions (\d+)↔(\d+)").SelectMany(m => new[] { m.Groups[1].Value, m.Groups[2].Value }).ToArray();
            string[] missing = Regex.Matches(p.Summary, @"fibers? ([\d, ]+) missing").SelectMany(m => m.Groups[1].Value.Split(',', System.StringSplitOptions.TrimEntries)).ToArray();
            html.Write("<h3 class=\"polarity\">Polarity: " + E(p.Summary) + " " + Badge(p.Verdict) + "</h3>" + Svg.FiberMap(p, crossed, missing));
        }

        private static void Warnings(TextWriter html, ReportData data)
        {
            html.Write("<section id=\"warnings\"><h2>Probe faults and warnings</h2>");
            if (data.WarningCount == 0)
            {
                html.Write("<p>none</p></section>");
                return;
            }

            html.Write("<ul>" + string.Concat(data.Warnings.Select(w => "<li>" + E(w.Where) + ": " + E(w.Code) + ": " + E(w.Message) + "</li>")) + "</ul>"
                + (data.WarningCount > data.Warnings.Count ? "<p>… and " + N(data.WarningCount - data.Warnings.Count) + " more</p>" : string.Empty) + "</section>");
        }

        private static void Skipped(TextWriter html, ReportData data)
        {
            html.Write("<section id=\"skipped\"><h2>Log lines skipped</h2>");
            if (data.SkippedCount == 0)
            {
                html.Write("<p>none</p></section>");
                return;
            }

            html.Write("<ul class=\"skip\">");
            foreach (SkippedLine s in data.Skipped.Take(1000))
            {
                html.Write("<li>" + E(s.Source) + " line " + N(s.Line) + ": " + E(s.Reason) + "</li>");
            }

            html.Write("</ul>" + (data.SkippedCount > 1000 ? "<p>… and " + N(data.SkippedCount - 1000) + " more (the command's output lists up to " + N(ReportData.MaxListedSkips) + ")</p>" : string.Empty) + "</section>");
        }

        private static string Badge(string verdict) =>
            "<span class=\"v\" style=\"background:" + Svg.Colour(verdict) + "\">" + E(verdict) + "</span>";

        private static string Row(string name, string value) => "<tr><td>" + E(name) + "</td><td>" + E(value) + "</td></tr>";

        private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

        private static string E(string text) => WebUtility.HtmlEncode(text ?? string.Empty);
    }
}
