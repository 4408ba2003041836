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
            fb.Clear();
            bool decoded = result.Status == PolarityScanStatus.Decoded;
            string title = !decoded ? "POWER ONLY" : (result.IsKnown ? "TYPE " + PolarityText.TypeLetters(result.Best) : "UNKNOWN MAP");
            fb.Text(0, 0, title, 1);
            string verdict = result.Verdict == PolarityVerdict.Pass ? "PASS" : (result.Verdict == PolarityVerdict.Fail ? "FAIL" : "N/T");
            fb.Text(Framebuffer.Width - Framebuffer.TextWidth(verdict, 1), 0, verdict, 1);
            fb.Text(0, 9, decoded ? PolarityText.Short(result, expected) : PolarityText.NotTested, 1);
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

            fb.Text(0, ChartScreens.LineA, decoded ? WrongList(result, map, layout) : "NO CODED SOURCE", 1);
            fb.Text(0, ChartScreens.LineB, "PRESS: NEXT", 1);
        }

        /// <summary>"SRC>RX 22>21 21>22" for the wrong positions (two, then "+n"), or "ALL 24 IN PLACE".</summary>
        private static string WrongList(PolarityResult result, PolarityMap map, MpoLayout layout)
        {
            if (result.DifferMask == 0 && result.MissingFibers == 0)
            {
                return "ALL " + layout.UsedCount.ToString() + " IN PLACE";
            }

            if (result.DifferMask == 0)
            {
                return "MISSING " + Screens.PositionsFit(result.MissingFibers, 13);
            }

            string text = "SRC>RX";
            int shown = 0;
            int total = PositionMask.Count(result.DifferMask);
            for (int p = 1; p <= layout.PositionCount && shown < 2; p++)
            {
                if (PositionMask.Contains(result.DifferMask, p))
                {
                    int from = map.SourceAt(p);
                    text += " " + (from > 0 ? from.ToString() : "-") + ">" + p.ToString();
                    shown++;
                }
            }

            return total > shown ? text + " +" + (total - shown).ToString() : text;
        }
    }
}
