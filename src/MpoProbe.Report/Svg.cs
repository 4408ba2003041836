using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

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
            "PASS*" => "#9e9d24",
            "FAIL*" => "#ef6c00",
            "MARGINAL" => "#ef6c00",
            "FAIL" => "#c62828",
            "NO_LIGHT" => "#616161",
            "UNUSED" => "#bdbdbd",
            _ => "#6a1b9a",
        };

        /// <summary>Loss per position with the limit line; dark positions drawn as a grey X.</summary>
        public static string LossBars(JsonElement inspection)
        {
            JsonElement[] positions = inspection.GetProperty("positions").EnumerateArray().ToArray();
            double limit = inspection.GetProperty("limit_db").GetDouble();
            double top = Math.Max(2 * limit, positions.Select(p => Loss(p)).Where(v => !double.IsNaN(v)).DefaultIfEmpty(0).Max() * 1.1);
            const int height = 220, baseY = 190, chart = 170;
            double slot = (Width - 40.0) / positions.Length;
            var svg = Open(height);
            double limitY = baseY - (limit / top * chart);
            svg.Append(Line(30, limitY, Width, limitY, "#c62828", "6 4")).Append(Label(2, limitY + 4, F(limit))).Append(Label(2, 14, "dB"));
            foreach (JsonElement p in positions)
            {
                int pos = p.GetProperty("pos").GetInt32();
                double x = 35 + ((pos - 1) * slot);
                string verdict = p.GetProperty("verdict").GetString();
                double loss = Loss(p);
                if (double.IsNaN(loss))
                {
                    svg.Append(Line(x + 2, baseY - 10, x + slot - 4, baseY, Colour(verdict), null)).Append(Line(x + 2, baseY, x + slot - 4, baseY - 10, Colour(verdict), null));
                }
                else
                {
                    double h = Math.Min(chart, loss / top * chart);
                    svg.Append(FormattableString.Invariant($"<rect x=\"{x + 1:F1}\" y=\"{baseY - h:F1}\" width=\"{slot - 3:F1}\" height=\"{h:F1}\" fill=\"{Colour(verdict)}\"><title>{pos}: {F(loss)} dB {verdict}</title></rect>"));
                }

                svg.Append(Label(x + (slot / 2) - 5, baseY + 16, pos.ToString(CultureInfo.InvariantCulture)));
            }

            return svg.Append("</svg>").ToString();
        }

        /// <summary>Before (outline) and after (filled) loss per position of a clean.</summary>
        public static string CleanBars(JsonElement clean, double limit)
        {
            JsonElement[] positions = clean.GetProperty("positions").EnumerateArray().ToArray();
            double top = Math.Max(2 * limit, positions.SelectMany(p => new[] { Get(p, "before_db"), Get(p, "after_db") }).Where(v => !double.IsNaN(v)).DefaultIfEmpty(0).Max() * 1.1);
            const int height = 160, baseY = 140, chart = 120;
            double slot = (Width - 40.0) / positions.Length;
            var svg = Open(height);
            double limitY = baseY - (limit / top * chart);
            svg.Append(Line(30, limitY, Width, limitY, "#c62828", "6 4"));
            foreach (JsonElement p in positions)
            {
                int pos = p.GetProperty("pos").GetInt32();
                double x = 35 + ((pos - 1) * slot);
                double w = (slot - 4) / 2;
                double before = Math.Min(chart, Math.Max(0, Get(p, "before_db")) / top * chart);
                double after = Math.Min(chart, Math.Max(0, Get(p, "after_db")) / top * chart);
                svg.Append(FormattableString.Invariant($"<rect x=\"{x + 1:F1}\" y=\"{baseY - before:F1}\" width=\"{w:F1}\" height=\"{before:F1}\" fill=\"none\" stroke=\"#455a64\"/>"));
                svg.Append(FormattableString.Invariant($"<rect x=\"{x + 1 + w:F1}\" y=\"{baseY - after:F1}\" width=\"{w:F1}\" height=\"{after:F1}\" fill=\"#1565c0\"><title>{pos}: {F(Get(p, "before_db"))} → {F(Get(p, "after_db"))} dB</title></rect>"));
                svg.Append(Label(x + (slot / 2) - 5, baseY + 15, pos.ToString(CultureInfo.InvariantCulture)));
            }

            return svg.Append("</svg>").ToString();
        }

        /// <summary>Source positions on top, receive positions below, a line per decoded fiber; wrong ones red, missing ones marked.</summary>
        public static string FiberMap(JsonElement polarity, string[] differing, string[] missing)
        {
            JsonElement[] map = polarity.GetProperty("map").EnumerateArray().ToArray();
            const int height = 170, top = 30, bottom = 140;
            double slot = (Width - 40.0) / map.Length;
            var svg = Open(height);
            svg.Append(Label(2, top - 12, "source")).Append(Label(2, bottom + 28, "probe"));
            for (int i = 0; i < map.Length; i++)
            {
                double x = 35 + (i * slot) + (slot / 2);
                string n = (i + 1).ToString(CultureInfo.InvariantCulture);
                svg.Append(Label(x - 5, top - 4, n)).Append(Label(x - 5, bottom + 14, n));
                bool lost = missing.Contains(n);
                svg.Append(FormattableString.Invariant($"<circle cx=\"{x:F1}\" cy=\"{top}\" r=\"4\" fill=\"{(lost ? "#c62828" : "#37474f")}\"/>"));
                svg.Append(FormattableString.Invariant($"<circle cx=\"{x:F1}\" cy=\"{bottom}\" r=\"4\" fill=\"#37474f\"/>"));
            }

            foreach (JsonElement m in map)
            {
                int pos = m.GetProperty("pos").GetInt32();
                int from = m.GetProperty("from").GetInt32();
                if (from <= 0)
                {
                    continue;
                }

                bool wrong = differing.Contains(pos.ToString(CultureInfo.InvariantCulture));
                svg.Append(Line(35 + ((from - 1) * slot) + (slot / 2), top + 4, 35 + ((pos - 1) * slot) + (slot / 2), bottom - 4, wrong ? "#c62828" : "#2e7d32", null));
            }

            return svg.Append("</svg>").ToString();
        }

        private static double Loss(JsonElement p) => Get(p, "loss_db");

        private static double Get(JsonElement p, string name) =>
            p.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;

        private static StringBuilder Open(int height) =>
            new StringBuilder(FormattableString.Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"11\">"));

        private static string Line(double x1, double y1, double x2, double y2, string colour, string dash) =>
            FormattableString.Invariant($"<line x1=\"{x1:F1}\" y1=\"{y1:F1}\" x2=\"{x2:F1}\" y2=\"{y2:F1}\" stroke=\"{colour}\" stroke-width=\"1.5\"{(dash == null ? string.Empty : " stroke-dasharray=\"" + dash + "\"")}/>");

        private static string Label(double x, double y, string text) =>
            FormattableString.Invariant($"<text x=\"{x:F1}\" y=\"{y:F1}\">{System.Net.WebUtility.HtmlEncode(text)}</text>");

        private static string F(double v) => double.IsNaN(v) ? "—" : v.ToString("F2", CultureInfo.InvariantCulture);
    }
}
