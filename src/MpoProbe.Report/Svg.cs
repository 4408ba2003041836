using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace MpoProbe.Report
{
    /// <summary>Inline SVG charts: loss bars with the limit line, clean before/after, polarity fiber map.</summary>
    public static class Svg
    {
        private const int Width = 720;

        /// <summary>Colour of a verdict.</summary>
        public static string Colour(string verdict) => verdict switch
        {
            "PASS" => "#2e7d32",
            "PASS*" => "#689f38",
            "MARGINAL" or "FAIL*" => "#ef6c00",
            "FAIL" => "#c62828",
            "NO_LIGHT" => "#616161",
            "UNUSED" => "#bdbdbd",
            _ => "#6a1b9a",
        };

        /// <summary>Loss per position with the limit line; dark positions drawn as a grey X.</summary>
        public static string LossBars(InspectionRecord r)
        {
            PositionResult[] positions = r.Positions;
            double top = Math.Max(2 * r.LimitDb, positions.Select(p => p.LossDb).Where(v => !double.IsNaN(v)).DefaultIfEmpty(0).Max() * 1.1);
            top = top > 0 ? top : 1;
            const int height = 220, baseY = 190, chart = 170;
            double slot = (Width - 40.0) / Math.Max(1, positions.Length);
            var svg = Open(height);
            double limitY = baseY - (Math.Min(r.LimitDb, top) / top * chart);
            svg.Append(Line(30, limitY, Width, limitY, "#c62828", "6 4")).Append(Label(2, limitY + 4, Certificate.Db(r.LimitDb))).Append(Label(2, 14, "dB"));
            for (int i = 0; i < positions.Length; i++)
            {
                PositionResult p = positions[i];
                double x = 35 + (i * slot);
                if (double.IsNaN(p.LossDb))
                {
                    svg.Append(Line(x + 2, baseY - 10, x + slot - 4, baseY, Colour(p.Verdict), null)).Append(Line(x + 2, baseY, x + slot - 4, baseY - 10, Colour(p.Verdict), null));
                }
                else
                {
                    double h = Math.Clamp(p.LossDb / top * chart, 0, chart);
                    svg.Append(FormattableString.Invariant($"<rect x=\"{x + 1:F1}\" y=\"{baseY - h:F1}\" width=\"{slot - 3:F1}\" height=\"{h:F1}\" fill=\"{Colour(p.Verdict)}\"><title>{p.Pos}: {Certificate.LossDb(p.LossDb, r.LimitDb)} dB {p.Verdict}</title></rect>"));
                }

                svg.Append(Label(x + (slot / 2) - 5, baseY + 16, p.Pos.ToString(CultureInfo.InvariantCulture)));
            }

            return svg.Append("</svg>").ToString();
        }

        /// <summary>Before (outline) and after (filled) loss per position of a clean.</summary>
        public static string CleanBars(CleanRecord clean, double limit)
        {
            CleanPosition[] positions = clean.Positions;
            double top = Math.Max(2 * limit, positions.SelectMany(p => new[] { p.BeforeDb, p.AfterDb }).Where(v => !double.IsNaN(v)).DefaultIfEmpty(0).Max() * 1.1);
            top = top > 0 ? top : 1;
            const int height = 160, baseY = 140, chart = 120;
            double slot = (Width - 40.0) / Math.Max(1, positions.Length);
            var svg = Open(height);
            double limitY = baseY - (Math.Min(limit, top) / top * chart);
            svg.Append(Line(30, limitY, Width, limitY, "#c62828", "6 4"));
            for (int i = 0; i < positions.Length; i++)
            {
                CleanPosition p = positions[i];
                double x = 35 + (i * slot);
                double w = (slot - 4) / 2;
                double before = Bar(p.BeforeDb, top, chart);
                double after = Bar(p.AfterDb, top, chart);
                svg.Append(FormattableString.Invariant($"<rect x=\"{x + 1:F1}\" y=\"{baseY - before:F1}\" width=\"{w:F1}\" height=\"{before:F1}\" fill=\"none\" stroke=\"#455a64\"/>"));
                svg.Append(FormattableString.Invariant($"<rect x=\"{x + 1 + w:F1}\" y=\"{baseY - after:F1}\" width=\"{w:F1}\" height=\"{after:F1}\" fill=\"#1565c0\"><title>{p.Pos}: {Certificate.Db(p.BeforeDb)} → {Certificate.Db(p.AfterDb)} dB</title></rect>"));
                svg.Append(Label(x + (slot / 2) - 5, baseY + 15, p.Pos.ToString(CultureInfo.InvariantCulture)));
            }

            return svg.Append("</svg>").ToString();
        }

        /// <summary>Source positions on top, receive positions below, a line per decoded fiber; wrong ones red, missing ones marked.</summary>
        public static string FiberMap(PolarityRecord polarity, string[] differing, string[] missing)
        {
            int n = polarity.From.Length;
            const int height = 170, top = 30, bottom = 140;
            double slot = (Width - 40.0) / Math.Max(1, n);
            var svg = Open(height);
            svg.Append(Label(2, top - 12, "source")).Append(Label(2, bottom + 28, "probe"));
            for (int i = 0; i < n; i++)
            {
                double x = 35 + (i * slot) + (slot / 2);
                string number = (i + 1).ToString(CultureInfo.InvariantCulture);
                svg.Append(Label(x - 5, top - 4, number)).Append(Label(x - 5, bottom + 14, number));
                bool lost = missing.Contains(number);
                svg.Append(FormattableString.Invariant($"<circle cx=\"{x:F1}\" cy=\"{top}\" r=\"4\" fill=\"{(lost ? "#c62828" : "#37474f")}\"/>"));
                svg.Append(FormattableString.Invariant($"<circle cx=\"{x:F1}\" cy=\"{bottom}\" r=\"4\" fill=\"#37474f\"/>"));
            }

            for (int i = 0; i < n; i++)
            {
                int from = polarity.From[i];
                if (from <= 0 || from > n)
                {
                    continue;
                }

                bool wrong = differing.Contains((i + 1).ToString(CultureInfo.InvariantCulture));
                svg.Append(Line(35 + ((from - 1) * slot) + (slot / 2), top + 4, 35 + (i * slot) + (slot / 2), bottom - 4, wrong ? "#c62828" : "#2e7d32", null));
            }

            return svg.Append("</svg>").ToString();
        }

        private static double Bar(double db, double top, double chart) => double.IsNaN(db) ? 0 : Math.Clamp(db / top * chart, 0, chart);

        private static StringBuilder Open(int height) =>
            new StringBuilder(FormattableString.Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"11\">"));

        private static string Line(double x1, double y1, double x2, double y2, string colour, string dash) =>
            FormattableString.Invariant($"<line x1=\"{x1:F1}\" y1=\"{y1:F1}\" x2=\"{x2:F1}\" y2=\"{y2:F1}\" stroke=\"{colour}\" stroke-width=\"1.5\"{(dash == null ? string.Empty : " stroke-dasharray=\"" + dash + "\"")}/>");

        private static string Label(double x, double y, string text) =>
            FormattableString.Invariant($"<text x=\"{x:F1}\" y=\"{y:F1}\">{System.Net.WebUtility.HtmlEncode(text)}</text>");
    }
}
