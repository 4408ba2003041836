using System;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MpoProbe.Report
{
    /// <summary>Writes lines down A4 pages, starting a new page (with the running footer) when one is full.</summary>
    public sealed class PdfCursor : IDisposable
    {
        /// <summary>Left margin, points.</summary>
        public const double Left = 48;

        /// <summary>Usable width, points.</summary>
        public const double Width = 595 - (2 * Left);

        private const double Top = 50;
        private const double Bottom = 842 - 56;
        private readonly PdfDocument _document;
        private readonly string _footer;

        /// <summary>A cursor on <paramref name="document"/>; <paramref name="footer"/> is printed on every page.</summary>
        public PdfCursor(PdfDocument document, string footer)
        {
            _document = document;
            _footer = footer;
        }

        /// <summary>The page being drawn.</summary>
        public XGraphics Graphics { get; private set; }

        /// <summary>Current baseline, points from the top.</summary>
        public double Y { get; set; }

        /// <summary>Regular font.</summary>
        public static XFont Body { get; } = new XFont(PdfFonts.Family, 9, XFontStyleEx.Regular);

        /// <summary>Bold font.</summary>
        public static XFont Bold { get; } = new XFont(PdfFonts.Family, 9, XFontStyleEx.Bold);

        /// <summary>Heading font.</summary>
        public static XFont Heading { get; } = new XFont(PdfFonts.Family, 15, XFontStyleEx.Bold);

        /// <summary>Starts a new page.</summary>
        public void NewPage()
        {
            Graphics?.Dispose();
            PdfPage page = _document.AddPage();
            page.Width = XUnit.FromPoint(595);
            page.Height = XUnit.FromPoint(842);
            Graphics = XGraphics.FromPdfPage(page);
            Graphics.DrawString(_footer + " — page " + _document.PageCount, Body, XBrushes.Gray, new XPoint(Left, 842 - 30));
            Y = Top;
        }

        /// <summary>Makes room for <paramref name="height"/> points, on a new page if needed.</summary>
        public void Need(double height)
        {
            if (Graphics == null || Y + height > Bottom)
            {
                NewPage();
            }
        }

        /// <summary>One line of text at <paramref name="x"/> (from the left margin), then moves down.</summary>
        public void Line(string text, XFont font, double x = 0, double height = 12)
        {
            Need(height);
            Graphics.DrawString(Fit(text, font, Width - x), font, XBrushes.Black, new XPoint(Left + x, Y));
            Y += height;
        }

        /// <summary>Text in columns on one line (column starts relative to the left margin).</summary>
        public void Columns(string[] cells, double[] starts, XFont font, XBrush brush = null)
        {
            Need(12);
            for (int i = 0; i < cells.Length; i++)
            {
                double width = (i + 1 < starts.Length ? starts[i + 1] : Width) - starts[i] - 4;
                Graphics.DrawString(Fit(cells[i] ?? string.Empty, font, width), font, brush ?? XBrushes.Black, new XPoint(Left + starts[i], Y));
            }

            Y += 12;
        }

        /// <summary>Name/value pairs as a two-column block, values wrapped to the width.</summary>
        public void Field(string name, string value)
        {
            Need(12);
            Graphics.DrawString(name, Bold, XBrushes.Black, new XPoint(Left, Y));
            foreach (string part in Wrap(value, Body, Width - 170))
            {
                Need(12);
                Graphics.DrawString(part, Body, XBrushes.Black, new XPoint(Left + 170, Y));
                Y += 12;
            }
        }

        /// <inheritdoc/>
        public void Dispose() => Graphics?.Dispose();

        private string Fit(string text, XFont font, double width)
        {
            if (Graphics.MeasureString(text, font).Width <= width)
            {
                return text;
            }

            while (text.Length > 1 && Graphics.MeasureString(text + "…", font).Width > width)
            {
                text = text.Substring(0, text.Length - 1);
            }

            return text + "…";
        }

        /// <summary>
        /// The lines of <paramref name="text"/> within <paramref name="width"/>, every word kept (a word
        /// wider than a line is broken across lines); <see cref="Field"/> starts a new page where they run
        /// past the page. Until 2026-12-04 a field stopped after six lines without a mark.
        /// </summary>
        private string[] Wrap(string text, XFont font, double width)
        {
            var lines = new System.Collections.Generic.List<string>();
            string current = string.Empty;
            foreach (string whole in (text ?? string.Empty).Split(' '))
            {
                string word = whole;
                while (word.Length > 1 && Graphics.MeasureString(word, font).Width > width)
                {
                    int fits = word.Length - 1;
                    while (fits > 1 && Graphics.MeasureString(word.Substring(0, fits), font).Width > width)
                    {
                        fits--;
                    }

                    if (current.Length > 0)
                    {
                        lines.Add(current);
                        current = string.Empty;
                    }

                    lines.Add(word.Substring(0, fits));
                    word = word.Substring(fits);
                }

                string trial = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && Graphics.MeasureString(trial, font).Width > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = trial;
                }
            }

            lines.Add(current);
            return lines.ToArray();
        }
    }
}
