using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The 128×64 one-bit screen in SSD1306 page layout: byte <c>page × 128 + x</c>, bit
    /// <c>y mod 8</c>, page = y / 8. The firmware sends <see cref="Bytes"/> to the display as is;
    /// the simulator and the golden-frame tests read the same bytes.
    /// </summary>
    public sealed class Framebuffer
    {
        /// <summary>Width in pixels.</summary>
        public const int Width = 128;

        /// <summary>Height in pixels.</summary>
        public const int Height = 64;

        /// <summary>Size of the buffer in bytes.</summary>
        public const int Size = Width * Height / 8;

        /// <summary>The pixels, SSD1306 page layout.</summary>
        public byte[] Bytes { get; } = new byte[Size];

        /// <summary>All pixels off.</summary>
        public void Clear()
        {
            Array.Clear(Bytes, 0, Size);
        }

        /// <summary>Sets one pixel; outside the screen is ignored.</summary>
        public void Set(int x, int y, bool on)
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
            for (int yy = y; yy < y + h; yy++)
            {
                for (int xx = x; xx < x + w; xx++)
                {
                    Set(xx, yy, on);
                }
            }
        }

        /// <summary>Draws a one-pixel rectangle outline.</summary>
        public void Frame(int x, int y, int w, int h)
        {
            Fill(x, y, w, 1, true);
            Fill(x, y + h - 1, w, 1, true);
            Fill(x, y, 1, h, true);
            Fill(x + w - 1, y, 1, h, true);
        }

        /// <summary>Draws a horizontal dashed line (2 on, 2 off).</summary>
        public void Dashed(int x0, int x1, int y)
        {
            for (int x = x0; x <= x1; x++)
            {
                Set(x, y, (x & 2) == 0);
            }
        }

        /// <summary>Draws text with its top-left corner at (x, y), scaled 1× or more; returns the x after it.</summary>
        public int Text(int x, int y, string text, int scale)
        {
            for (int i = 0; i < text.Length; i++)
            {
                for (int col = 0; col < Font5x7.GlyphWidth; col++)
                {
                    byte bits = Font5x7.Column(text[i], col);
                    for (int row = 0; row < Font5x7.GlyphHeight; row++)
                    {
                        if ((bits & (1 << row)) != 0)
                        {
                            Fill(x + (col * scale), y + (row * scale), scale, scale, true);
                        }
                    }
                }

                x += (Font5x7.GlyphWidth + 1) * scale;
            }

            return x;
        }

        /// <summary>Width in pixels of <paramref name="text"/> at <paramref name="scale"/>.</summary>
        public static int TextWidth(string text, int scale)
        {
            return text.Length == 0 ? 0 : ((text.Length * (Font5x7.GlyphWidth + 1)) - 1) * scale;
        }

        /// <summary>Draws text centred horizontally on the screen.</summary>
        public void Centered(int y, string text, int scale)
        {
            Text((Width - TextWidth(text, scale)) / 2, y, text, scale);
        }

        /// <summary>Draws a straight line (Bresenham).</summary>
        public void Line(int x0, int y0, int x1, int y1)
        {
            int dx = x1 > x0 ? x1 - x0 : x0 - x1;
            int dy = y1 > y0 ? y0 - y1 : y1 - y0;
            int sx = x0 < x1 ? 1 : -1;
            int sy = y0 < y1 ? 1 : -1;
            int err = dx + dy;
            while (true)
            {
                Set(x0, y0, true);
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
            int start = 0;
            for (int line = 0; line < maxLines && start < text.Length; line++)
            {
                int end = start + maxChars >= text.Length ? text.Length : start + maxChars;
                if (end < text.Length)
                {
                    int space = text.LastIndexOf(' ', end, end - start);
                    end = space > start ? space : end;
                }

                Text(x, y, text.Substring(start, end - start), 1);
                y += 9;
                start = end;
                while (start < text.Length && text[start] == ' ')
                {
                    start++;
                }
            }

            return y;
        }

        /// <summary>Inverts a rectangle (highlight).</summary>
        public void Invert(int x, int y, int w, int h)
        {
            for (int yy = y; yy < y + h; yy++)
            {
                for (int xx = x; xx < x + w; xx++)
                {
                    Set(xx, yy, !Get(xx, yy));
                }
            }
        }
    }
}
