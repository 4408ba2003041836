using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MpoProbe.Report
{
    /// <summary>
    /// The certificate as a PDF (PDFsharp, MIT licence; docs/report.md says why not QuestPDF):
    /// a summary page, then one certificate per link with its header, loss chart and the table of
    /// every position, dB with two decimals.
    /// </summary>
    public static class PdfReport
    {
        private static readonly double[] SummaryColumns = { 0, 80, 212, 300, 355, 425 };
        private static readonly double[] PositionColumns = { 0, 24, 72, 122, 166, 210, 254, 304, 350, 440 };

        /// <summary>Writes the PDF to <paramref name="output"/>.</summary>
        public static void Write(ReportData data, string title, Stream output)
        {
            PdfFonts.Install();
            using var document = new PdfDocument();
            document.Info.Title = "MPO link test certificate — " + title;
            document.Info.Creator = "MpoProbe report";
            using (var page = new PdfCursor(document, "MPO link test certificate — " + title))
            {
                Summary(page, data, title);
                foreach (LinkResult link in data.Links)
                {
                    Link(page, link, data);
                }
            }

            document.Save(output, false);
        }

        private static void Summary(PdfCursor page, ReportData data, string title)
        {
            page.NewPage();
            page.Line("MPO link test certificate — summary", PdfCursor.Heading, 0, 24);
            int passed = data.PassedLinks;
            page.Field("Logs", title);
            page.Field("Report date", data.MadeUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC");
            page.Field("Standard", Certificate.StandardOf(data));
            page.Field("Method", Certificate.Method);
            page.Field("Links tested", N(data.Links.Count) + ": " + N(passed) + " passed, " + N(data.PassedWithinUncertaintyLinks) + " passed within uncertainty (PASS*), " + N(data.NotPassedLinks) + " not passed, " + N(data.EscalatedLinks) + " escalated");
            page.Field("Inspections", N(data.InspectionCount) + " (log lines read " + N(data.LinesRead) + ", skipped " + N(data.SkippedCount) + ")");
            page.Field("Probe faults and warnings", N(data.WarningCount) + (data.WarningCount > 0 ? " (those after a link's certified inspection are on its page)" : string.Empty));
            page.Y += 8;
            page.Columns(new[] { "Link", "Date and time", "Operator", "Worst dB", "Polarity", "Verdict" }, SummaryColumns, PdfCursor.Bold);
            foreach (LinkResult l in data.Links)
            {
                page.Columns(new[] { l.Label, Certificate.Time(l.Last.Context), Certificate.Or(l.Last.Context.Operator), Certificate.LossDb(l.Last.WorstLossDb, l.Last.LimitDb), l.Polarity?.Verdict ?? "not tested", l.Verdict }, SummaryColumns, PdfCursor.Body, Brush(l.Verdict));
            }

            page.Y += 8;
            page.Line(Certificate.Explain("PASS*"), PdfCursor.Body);
            page.Line(Certificate.Explain("FAIL*"), PdfCursor.Body);
        }

        private static void Link(PdfCursor page, LinkResult link, ReportData data)
        {
            DateTime madeUtc = data.MadeUtc;
            page.NewPage();
            page.Line("Link " + link.Label + ": " + link.Verdict, PdfCursor.Heading, 0, 20);
            if (link.Reason.Length > 0)
            {
                // Wrapped: a reason with a re-check's note runs past one line.
                page.Field("Why", link.Reason);
                page.Line(string.Empty, PdfCursor.Body, 0, 2);
            }

            foreach (KeyValuePair<string, string> row in Certificate.Header(link, madeUtc))
            {
                page.Field(row.Key, row.Value);
            }

            page.Y += 6;
            Chart(page, link.Last);
            page.Columns(new[] { "Pos", "Colour", "dBm", "Loss dB", "U 95%", "Limit", "Margin", "Loss", "Polarity", "Fiber" }, PositionColumns, PdfCursor.Bold);
            foreach (FiberRow row in FiberTable.Rows(link))
            {
                PositionResult p = row.Position;
                page.Columns(new[] { N(p.Pos), p.Color ?? "—", Certificate.Db(p.PowerDbm), Certificate.LossDb(p.LossDb, link.Last.LimitDb), Certificate.Db(row.ExpandedDb), Certificate.Db(link.Last.LimitDb), Certificate.MarginDb(row.MarginDb), p.Verdict, row.Polarity, row.Verdict }, PositionColumns, PdfCursor.Body, Brush(row.Verdict));
            }

            page.Line(FiberTable.ShortNote, PdfCursor.Body);
            if (link.StarredByRecheck)
            {
                page.Line(FiberTable.StarNote, PdfCursor.Body);
            }

            foreach (string advice in link.Diagnosis)
            {
                page.Field("Diagnosis", advice);
            }

            foreach (ProbeWarning warning in data.WarningsAfter(link))
            {
                page.Field("Fault / warning after", Certificate.WarningText(warning, link));
            }

            foreach (CleanRecord clean in link.Cleans)
            {
                page.Field("Clean cycle", Certificate.Time(clean.Context) + ": " + clean.Advice);
            }
        }

        private static void Chart(PdfCursor page, InspectionRecord r)
        {
            const double height = 90;
            page.Need(height + 20);
            XGraphics g = page.Graphics;
            double top = Math.Max(2 * r.LimitDb, 0.1);
            foreach (PositionResult p in r.Positions)
            {
                top = double.IsNaN(p.LossDb) ? top : Math.Max(top, p.LossDb * 1.1);
            }

            double baseY = page.Y + height;
            double slot = (PdfCursor.Width - 30) / Math.Max(1, r.Positions.Length);
            double limitY = baseY - (Math.Min(r.LimitDb, top) / top * height);
            g.DrawLine(new XPen(XColor.FromArgb(198, 40, 40), 1) { DashStyle = XDashStyle.Dash }, PdfCursor.Left + 25, limitY, PdfCursor.Left + PdfCursor.Width, limitY);
            g.DrawString(Certificate.Db(r.LimitDb), PdfCursor.Body, XBrushes.Black, new XPoint(PdfCursor.Left, limitY + 3));
            for (int i = 0; i < r.Positions.Length; i++)
            {
                PositionResult p = r.Positions[i];
                double x = PdfCursor.Left + 30 + (i * slot);
                double h = double.IsNaN(p.LossDb) ? 2 : Math.Clamp(p.LossDb / top * height, 0, height);
                g.DrawRectangle(Brush(p.Verdict), x, baseY - h, Math.Max(1, slot - 3), h);
                g.DrawString(N(p.Pos), PdfCursor.Body, XBrushes.Black, new XPoint(x, baseY + 10));
            }

            page.Y = baseY + 24;
        }

        private static XBrush Brush(string verdict)
        {
            XColor c = XColor.FromArgb(unchecked((int)(0xFF000000 | uint.Parse(Svg.Colour(verdict).Substring(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
            return new XSolidBrush(c);
        }

        private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
    }
}
