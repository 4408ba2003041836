using System;
using MpoProbe.Core;
using MpoProbe.Simulator;

namespace MpoProbe.Tests.Spice
{
    /// <summary>
    /// A two-panel PNG of a simulated step at the ADC pin: the voltage (top, 0–2.6 V) and the
    /// distance from the final value on a log scale (bottom, 1 V–10 µV) with the ½ LSB line
    /// dashed and the Core's settle wait as a vertical line. Grid: 50 µs; 0.5 V; decades.
    /// </summary>
    public static class StepPlot
    {
        private const int Width = 720;
        private const int PanelHeight = 220;
        private const int Gap = 16;
        private const int Height = (2 * PanelHeight) + (3 * Gap);
        private const double SpanMicroseconds = 400;

        private const int Top = Gap;
        private const int Bottom = (2 * Gap) + PanelHeight;

        /// <summary>PNG bytes of the step <paramref name="volts"/>(<paramref name="time"/>) switched at <paramref name="start"/> s, titled <paramref name="title"/>.</summary>
        public static byte[] Draw(string title, double[] time, double[] volts, double start, double end, double halfLsbVolts, double settleMicroseconds)
        {
            var px = new byte[Width * Height];
            Array.Fill(px, (byte)255);
            Grid(px, halfLsbVolts, settleMicroseconds);
            Curves(px, time, volts, start, end);
            Label(px, 14, 4, title);
            Label(px, 14, Top + PanelHeight + 5, "V AT THE ADC PIN, 0..2.6 V (GRID 0.5 V); TIME 0..400 US AFTER THE SWITCH (GRID 50 US)");
            Label(px, 14, Bottom + PanelHeight + 5, "ABS(V - FINAL), 1 V..10 UV (DECADES); DASHED: 1/2 LSB; LINE: CORE WAIT " + settleMicroseconds.ToString("F0") + " US");
            return PngWriter.EncodeGray(px, Width, Height);
        }

        private static void Grid(byte[] px, double halfLsbVolts, double settleMicroseconds)
        {
            for (int us = 0; us <= SpanMicroseconds; us += 50)
            {
                VLine(px, X(us), Top, Top + PanelHeight, 200);
                VLine(px, X(us), Bottom, Bottom + PanelHeight, 200);
            }

            for (double v = 0; v <= 2.6; v += 0.5)
            {
                HLine(px, Top + YLin(v), 220, false);
            }

            for (int decade = 0; decade <= 5; decade++)
            {
                HLine(px, Bottom + YLog(Math.Pow(10, -decade)), 220, false);
            }

            HLine(px, Bottom + YLog(halfLsbVolts), 0, true);
            VLine(px, X(settleMicroseconds), Bottom, Bottom + PanelHeight, 90);
        }

        private static void Curves(byte[] px, double[] time, double[] volts, double start, double end)
        {
            int last = 0;
            while (last + 1 < time.Length && time[last + 1] < end)
            {
                last++;
            }

            double final = volts[last];
            int prevX = -1, prevLin = 0, prevLog = 0;
            for (int i = 0; i <= last; i++)
            {
                double us = (time[i] - start) * 1e6;
                if (us < 0 || us > SpanMicroseconds)
                {
                    continue;
                }

                int x = X(us);
                int lin = Top + YLin(volts[i]);
                int log = Bottom + YLog(Math.Abs(volts[i] - final));
                if (prevX >= 0)
                {
                    Line(px, prevX, prevLin, x, lin);
                    Line(px, prevX, prevLog, x, log);
                }

                prevX = x;
                prevLin = lin;
                prevLog = log;
            }
        }

        private static void Label(byte[] px, int x, int y, string text)
        {
            foreach (char c in text)
            {
                for (int col = 0; col < Font5x7.GlyphWidth; col++)
                {
                    byte bits = Font5x7.Column(c, col);
                    for (int row = 0; row < Font5x7.GlyphHeight; row++)
                    {
                        if ((bits & (1 << row)) != 0 && x + col < Width && y + row < Height)
                        {
                            px[((y + row) * Width) + x + col] = 0;
                        }
                    }
                }

                x += Font5x7.GlyphWidth + 1;
            }
        }

        private static int X(double us) => 10 + (int)((Width - 20) * us / SpanMicroseconds);

        private static int YLin(double volts) => Clamp((int)(PanelHeight * (1 - (volts / 2.6))));

        private static int YLog(double volts) => Clamp((int)(PanelHeight * -Math.Log10(Math.Max(volts, 1e-6)) / 5.0));

        private static int Clamp(int y) => Math.Max(0, Math.Min(PanelHeight, y));

        private static void HLine(byte[] px, int y, byte shade, bool dashed)
        {
            for (int x = 10; x < Width - 10; x++)
            {
                if (!dashed || (x / 6) % 2 == 0)
                {
                    px[(y * Width) + x] = shade;
                }
            }
        }

        private static void VLine(byte[] px, int x, int y0, int y1, byte shade)
        {
            for (int y = y0; y <= y1; y++)
            {
                px[(y * Width) + x] = shade;
            }
        }

        private static void Line(byte[] px, int x0, int y0, int x1, int y1)
        {
            int steps = Math.Max(Math.Abs(x1 - x0), Math.Abs(y1 - y0));
            for (int i = 0; i <= steps; i++)
            {
                int x = steps == 0 ? x0 : x0 + ((x1 - x0) * i / steps);
                int y = steps == 0 ? y0 : y0 + ((y1 - y0) * i / steps);
                px[(y * Width) + x] = 0;
                px[(Math.Min(y + 1, Height - 1) * Width) + x] = 0;
            }
        }
    }
}
