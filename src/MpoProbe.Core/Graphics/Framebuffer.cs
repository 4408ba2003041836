using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The 128×64 one-bit screen in SSD1306 page layout: byte <c>page × 128 + x</c>, bit
    /// <c>y mod 8</c>, page = y / 8. The firmware sends <see cref="Bytes"/> to the display as is;
    /// the simulator and the golden-frame tests read the same bytes.
    /// </summary>
    public sealed partial class Framebuffer
    {
        /// <summary>Width in pixels.</summary>
        public const int Width = 128;

        /// <summary>Height in pixels.</summary>
        public const int Height = 64;

        /// <summary>Size of the buffer in bytes.</summary>
        public const int Size = Width * Height / 8;

        /// <summary>Most drawn elements remembered per screen for the layout check.</summary>
        public const int MaxElements = 192;

        /// <summary>Characters of element text remembered per screen (beyond it a text is kept cut).</summary>
        public const int MaxElementChars = 1024;

        /// <summary>An empty screen.</summary>
        public Framebuffer()
        {
        }

        /// <summary>The pixels, SSD1306 page layout.</summary>
        public byte[] Bytes { get; } = new byte[Size];

        /// <summary>Elements drawn since the last <see cref="Clear"/> (text lines and graphics, with their boxes).</summary>
        public int ElementCount { get; private set; }

        /// <summary>True when more than <see cref="MaxElements"/> were drawn (the layout check then fails).</summary>
        public bool ElementsOverflowed { get; private set; }

        /// <summary>All pixels off; forgets the drawn elements.</summary>
        public void Clear()
        {
            Array.Clear(Bytes, 0, Size);
            ElementCount = 0;
            ElementsOverflowed = false;
            _poolUsed = 0;
        }

        /// <summary>Sets one pixel; outside the screen is ignored.</summary>
        public void Set(int x, int y, bool on)
        {
            Record(ElementKind.Graphic, x, y, 1, 1, null);
            Pixel(x, y, on);
        }

        private void Pixel(int x, int y, bool on)
        {
            if (x < 0 || x >= Width || y < 0 || y >= Height)
            {
                return;
            }

            int i = ((y >> 3) * Width) + x;
            byte bit = (byte)(1 << (y & 7));
            Bytes[i] = on ? (byte)(Bytes[i] | bit) : (byte)(Bytes[i] & ~bit);
        }

        /// <summary>True when the pixel is lit.</summary>
        public bool Get(int x, int y)
        {
            if (x < 0 || x >= Width || y < 0 || y >= Height)
            {
                return false;
            }

            return (Bytes[((y >> 3) * Width) + x] & (1 << (y & 7))) != 0;
        }

        /// <summary>Fills (or clears) a rectangle.</summary>
        public void Fill(int x, int y, int w, int h, bool on)
        {
            Record(ElementKind.Graphic, x, y, w, h, null);
            FillPixels(x, y, w, h, on);
        }

        private void FillPixels(int x, int y, int w, int h, bool on)
        {
            for (int yy = y; yy < y + h; yy++)
            {
                for (int xx = x; xx < x + w; xx++)
                {
                    Pixel(xx, yy, on);
                }
            }
        }

        /// <summary>Draws a one-pixel rectangle outline.</summary>
        public void Frame(int x, int y, int w, int h)
        {
            Record(ElementKind.Graphic, x, y, w, h, null);
            FillPixels(x, y, w, 1, true);
            FillPixels(x, y + h - 1, w, 1, true);
            FillPixels(x, y, 1, h, true);
            FillPixels(x + w - 1, y, 1, h, true);
        }

        /// <summary>Draws a horizontal dashed line (2 on, 2 off).</summary>
        public void Dashed(int x0, int x1, int y)
        {
            Record(ElementKind.Graphic, x0, y, x1 - x0 + 1, 1, null);
            for (int x = x0; x <= x1; x++)
            {
                Pixel(x, y, (x & 2) == 0);
            }
        }

        /// <summary>Draws text with its top-left corner at (x, y), scaled 1× or more; returns the x after it.</summary>
        public int Text(int x, int y, string text, int scale)
        {
            return Chars(x, y, text, null, 0, text.Length, scale);
        }

        /// <summary>Draws the builder's text (see <see cref="Text(int, int, string, int)"/>) without making a string of it.</summary>
        public int Text(int x, int y, TextBuilder text, int scale)
        {
            return Chars(x, y, null, text, 0, text.Length, scale);
        }

        private int Chars(int x, int y, string text, TextBuilder built, int start, int count, int scale)
        {
            Record(ElementKind.Text, x, y, GlyphsWidth(count, scale), Font5x7.GlyphHeight * scale, text, built, start, count);
            for (int i = start; i < start + count; i++)
            {
                char c = text != null ? text[i] : built[i];
                for (int col = 0; col < Font5x7.GlyphWidth; col++)
                {
                    byte bits = Font5x7.Column(c, col);
                    for (int row = 0; row < Font5x7.GlyphHeight; row++)
                    {
                        if ((bits & (1 << row)) != 0)
                        {
                            FillPixels(x + (col * scale), y + (row * scale), scale, scale, true);
                        }
                    }
                }

                x += (Font5x7.GlyphWidth + 1) * scale;
            }

            return x;
        }

        private static int GlyphsWidth(int chars, int scale)
        {
            return chars == 0 ? 0 : ((chars * (Font5x7.GlyphWidth + 1)) - 1) * scale;
        }

        /// <summary>Width in pixels of <paramref name="text"/> at <paramref name="scale"/>.</summary>
        public static int TextWidth(string text, int scale)
        {
            return GlyphsWidth(text.Length, scale);
        }

        /// <summary>Draws text centred horizontally on the screen.</summary>
        public void Centered(int y, string text, int scale)
        {
            Text((Width - TextWidth(text, scale)) / 2, y, text, scale);
        }

        /// <summary>Draws the builder's text centred horizontally on the screen.</summary>
        public void Centered(int y, TextBuilder text, int scale)
        {
            Text((Width - GlyphsWidth(text.Length, scale)) / 2, y, text, scale);
        }

        /// <summary>Draws a straight line (Bresenham).</summary>
        public void Line(int x0, int y0, int x1, int y1)
        {
            Record(ElementKind.Graphic, x0 < x1 ? x0 : x1, y0 < y1 ? y0 : y1, (x1 > x0 ? x1 - x0 : x0 - x1) + 1, (y1 > y0 ? y1 - y0 : y0 - y1) + 1, null);
            int dx = x1 > x0 ? x1 - x0 : x0 - x1;
            int dy = y1 > y0 ? y0 - y1 : y1 - y0;
            int sx = x0 < x1 ? 1 : -1;
            int sy = y0 < y1 ? 1 : -1;
            int err = dx + dy;
            while (true)
            {
                Pixel(x0, y0, true);
                if (x0 == x1 && y0 == y1)
                {
                    return;
                }

                int e2 = 2 * err;
                if (e2 >= dy)
                {
                    err += dy;
                    x0 += sx;
                }

                if (e2 <= dx)
                {
                    err += dx;
                    y0 += sy;
                }
            }
        }

        /// <summary>Draws text wrapped at word boundaries to <paramref name="maxChars"/> per line, from line y on; returns the y after it.</summary>
        public int Wrapped(int x, int y, string text, int maxChars, int maxLines)
        {
            return Wrapped(x, y, text, null, text.Length, maxChars, maxLines);
        }

        /// <summary>As <see cref="Wrapped(int, int, string, int, int)"/> for the builder's text.</summary>
        public int Wrapped(int x, int y, TextBuilder text, int maxChars, int maxLines)
        {
            return Wrapped(x, y, null, text, text.Length, maxChars, maxLines);
        }

        private int Wrapped(int x, int y, string text, TextBuilder built, int length, int maxChars, int maxLines)
        {
            int start = 0;
            for (int line = 0; line < maxLines && start < length; line++)
            {
                int end = start + maxChars >= length ? length : start + maxChars;
                if (end < length)
                {
                    int space = end;
                    while (space > start && (text != null ? text[space] : built[space]) != ' ')
                    {
                        space--;
                    }

                    end = space > start ? space : end;
                }

                Chars(x, y, text, built, start, end - start, 1);
                y += 9;
                start = end;
                while (start < length && (text != null ? text[start] : built[start]) == ' ')
                {
                    start++;
                }
            }

            if (start < length)
            {
                Record(ElementKind.Dropped, x, y, GlyphsWidth(length - start, 1), Font5x7.GlyphHeight, text, built, start, length - start);
            }

            return y;
        }

        /// <summary>Inverts a rectangle (highlight).</summary>
        public void Invert(int x, int y, int w, int h)
        {
            Record(ElementKind.Backdrop, x, y, w, h, null);
            for (int yy = y; yy < y + h; yy++)
            {
                for (int xx = x; xx < x + w; xx++)
                {
                    Pixel(xx, yy, !Get(xx, yy));
                }
            }
        }
    }
}
