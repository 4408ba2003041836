namespace MpoProbe.Core
{
    /// <summary>
    /// Measures every element the last screen drew (<see cref="Framebuffer"/> remembers each text
    /// line and graphic with its box) against the 128×64 screen and against each other: a box
    /// reaching outside the screen is clipped, a text box touching another text or a graphic
    /// overlaps, text a wrapped block could not place was cut. A screen that passes shows every
    /// character it meant to. Run by the tests over every screen of the gallery and generated states.
    /// </summary>
    public static class LayoutCheck
    {
        /// <summary>Problems on the screen drawn last (0 when it fits).</summary>
        public static int Count(Framebuffer fb)
        {
            return CountProblems(fb);
        }

        /// <summary>The problems, one per line naming the text and its box; empty when the screen fits.</summary>
        public static string Describe(Framebuffer fb)
        {
            return Scan(fb);
        }

        private static int CountProblems(Framebuffer fb)
        {
            if (!fb.KeepsElements)
            {
                // Nothing recorded is nothing checked: a problem, not a pass.
                return 1;
            }

            int problems = fb.ElementsOverflowed ? 1 : 0;
            for (int i = 0; i < fb.ElementCount; i++)
            {
                problems += Problem(fb, i) == null ? 0 : 1;
            }

            return problems;
        }

        private static string Scan(Framebuffer fb)
        {
            if (!fb.KeepsElements)
            {
                return "the framebuffer keeps no elements: nothing checked\n";
            }

            string text = fb.ElementsOverflowed ? "more than " + Framebuffer.MaxElements.ToString() + " elements: not all checked\n" : string.Empty;
            for (int i = 0; i < fb.ElementCount; i++)
            {
                string problem = Problem(fb, i);
                if (problem != null)
                {
                    text += problem + "\n";
                }
            }

            return text;
        }

        /// <summary>What is wrong with element <paramref name="i"/>, or null.</summary>
        private static string Problem(Framebuffer fb, int i)
        {
            int x, y, w, h;
            fb.ElementBox(i, out x, out y, out w, out h);
            ElementKind kind = fb.ElementKindAt(i);
            if (kind == ElementKind.Dropped)
            {
                return "text cut: '" + fb.ElementTextAt(i) + "' did not fit its lines";
            }

            if (x < 0 || y < 0 || x + w > Framebuffer.Width || y + h > Framebuffer.Height)
            {
                return "clipped: " + Name(fb, i) + " at " + Box(x, y, w, h);
            }

            if (kind != ElementKind.Text)
            {
                return null;
            }

            for (int j = 0; j < fb.ElementCount; j++)
            {
                ElementKind other = fb.ElementKindAt(j);
                if (j == i || other == ElementKind.Backdrop || other == ElementKind.Dropped || (other == ElementKind.Text && j < i))
                {
                    continue;
                }

                int ox, oy, ow, oh;
                fb.ElementBox(j, out ox, out oy, out ow, out oh);
                if (x < ox + ow && ox < x + w && y < oy + oh && oy < y + h)
                {
                    return "overlap: " + Name(fb, i) + " at " + Box(x, y, w, h) + " and " + Name(fb, j) + " at " + Box(ox, oy, ow, oh);
                }

                if (other == ElementKind.Text && y < oy + oh && oy < y + h && HorizontalGap(x, w, ox, ow) < MinGapPx)
                {
                    return "too close: " + Name(fb, i) + " at " + Box(x, y, w, h) + " and " + Name(fb, j) + " at " + Box(ox, oy, ow, oh) + " on one line, less than "
                        + MinGapPx.ToString() + " px apart (they read as one word)";
                }
            }

            return null;
        }

        /// <summary>
        /// Least gap between two texts side by side on the same rows: one character cell of the
        /// small font (5 px glyph + 1 px spacing), so "PASS*" and "MPO-16" never read as "PASS*MPO-16".
        /// </summary>
        public const int MinGapPx = Font5x7.GlyphWidth + 1;

        private static int HorizontalGap(int x, int w, int ox, int ow)
        {
            return ox >= x + w ? ox - (x + w) : x - (ox + ow);
        }

        private static string Name(Framebuffer fb, int i)
        {
            string text = fb.ElementTextAt(i);
            return text == null ? "graphic" : "'" + text + "'";
        }

        private static string Box(int x, int y, int w, int h)
        {
            return "(" + x.ToString() + "," + y.ToString() + " " + w.ToString() + "x" + h.ToString() + ")";
        }
    }
}
