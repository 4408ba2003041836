namespace MpoProbe.Core
{
    /// <summary>
    /// The polarity screen: type and verdict, what is wrong in words ("21↔22 CROSSED"), the fiber
    /// map (source positions on top, receive positions below) and the wrong fibers by number.
    /// Up to 16 positions every decoded fiber is drawn; on 24 and 32 positions (4–5 pixels a
    /// position) a full map is a solid blob, so only the wrong fibers are drawn, and their
    /// numbers are written under the map.
    /// </summary>
    public static class PolarityScreen
    {
        private const int SourceY = 19;
        private const int ReceiveY = 44;
        private const int FullMapMaxPositions = 16;

        /// <summary>Draws the polarity of <paramref name="map"/> judged against <paramref name="expected"/>.</summary>
        public static void Draw(Framebuffer fb, PolarityResult result, PolarityMap map, MpoLayout layout, PolarityType expected)
        {
            Draw(fb, result, map, layout, expected, new TextBuilder(64));
        }

        /// <summary>As above, composing its lines in <paramref name="t"/> (no string per frame).</summary>
        public static void Draw(Framebuffer fb, PolarityResult result, PolarityMap map, MpoLayout layout, PolarityType expected, TextBuilder t)
        {
            fb.Clear();
            bool decoded = result.Status == PolarityScanStatus.Decoded;
            t.Clear();
            fb.Text(0, 0, !decoded ? t.Add("POWER ONLY") : (result.IsKnown ? t.Add("TYPE ").Add(PolarityText.TypeLetters(result.Best)) : t.Add("UNKNOWN MAP")), 1);
            string verdict = result.Verdict == PolarityVerdict.Pass ? "PASS" : (result.Verdict == PolarityVerdict.Fail ? "FAIL" : "N/T");
            fb.Text(Framebuffer.Width - Framebuffer.TextWidth(verdict, 1), 0, verdict, 1);
            t.Clear();
            fb.Text(0, 9, decoded ? PolarityText.Short(t, result, expected) : t.Add(PolarityText.NotTested), 1);
            int n = layout.PositionCount;
            int slot = Framebuffer.Width / n;
            int left = ((Framebuffer.Width - (slot * n)) / 2) + (slot / 2);
            bool full = n <= FullMapMaxPositions;
            for (int p = 1; p <= n; p++)
            {
                int x = left + ((p - 1) * slot);
                if (layout.IsUsed(p))
                {
                    fb.Fill(x, SourceY, 1, 3, true);
                    fb.Fill(x, ReceiveY, 1, 3, true);
                }

                int from = decoded ? map.SourceAt(p) : 0;
                if (from > 0 && (full || PositionMask.Contains(result.DifferMask, p)))
                {
                    fb.Line(left + ((from - 1) * slot), SourceY + 3, x, ReceiveY - 1);
                }
            }

            t.Clear();
            fb.Text(0, ChartScreens.LineA, decoded ? WrongList(t, result, map, layout) : t.Add("NO CODED SOURCE"), 1);
            fb.Text(0, ChartScreens.LineB, "PRESS: NEXT", 1);
        }

        /// <summary>"SRC>RX 22>21 21>22" for the wrong positions (two, then "+n"), or "ALL 24 IN PLACE".</summary>
        private static TextBuilder WrongList(TextBuilder t, PolarityResult result, PolarityMap map, MpoLayout layout)
        {
            if (result.DifferMask == 0 && result.MissingFibers == 0)
            {
                return t.Add("ALL ").Add(layout.UsedCount).Add(" IN PLACE");
            }

            if (result.DifferMask == 0)
            {
                return ScreenText.PositionsFit(t.Add("MISSING "), result.MissingFibers, 13);
            }

            t.Add("SRC>RX");
            int shown = 0;
            int total = PositionMask.Count(result.DifferMask);
            for (int p = 1; p <= layout.PositionCount && shown < 2; p++)
            {
                if (PositionMask.Contains(result.DifferMask, p))
                {
                    int from = map.SourceAt(p);
                    t.Add(' ');
                    (from > 0 ? t.Add(from) : t.Add('-')).Add('>').Add(p);
                    shown++;
                }
            }

            return total > shown ? t.Add(" +").Add(total - shown) : t;
        }
    }
}
