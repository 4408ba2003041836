using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Numbers written as ASCII digits straight into a byte buffer, without building a string:
    /// '-' as sign and '.' as separator whatever the culture, a fixed number of decimals, rounded
    /// half away from zero, no sign on a value that rounds to zero. The log, the screens and
    /// <see cref="Format"/> all use it, so a number reads the same everywhere.
    /// </summary>
    public static class NumberText
    {
        /// <summary>Largest magnitude written in digits (beyond it a value is written as not finite).</summary>
        public const double Largest = 1e15;

        /// <summary>
        /// Writes <paramref name="value"/> with <paramref name="decimals"/> (0–9) decimals at
        /// <paramref name="at"/>, or <paramref name="notFinite"/> for NaN, infinities and
        /// magnitudes beyond <see cref="Largest"/>. Returns the index after the text, or −1 when
        /// it does not fit before <paramref name="limit"/> (nothing useful is written then).
        /// </summary>
        public static int Fixed(byte[] buffer, int at, int limit, double value, int decimals, string notFinite)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || value > Largest || value < -Largest || decimals < 0 || decimals > 9)
            {
                return Text(buffer, at, limit, notFinite);
            }

            long scale = 1;
            for (int i = 0; i < decimals; i++)
            {
                scale *= 10;
            }

            bool negative = value < 0;
            long scaled = (long)Math.Floor((negative ? -value : value) * scale + 0.5);
            if (scaled == 0)
            {
                negative = false;
            }

            long whole = scaled / scale;
            long fraction = scaled % scale;
            int wholeDigits = Digits(whole);
            int length = (negative ? 1 : 0) + wholeDigits + (decimals > 0 ? decimals + 1 : 0);
            if (at + length > limit)
            {
                return -1;
            }

            int end = at + length;
            int write = end;
            for (int d = 0; d < decimals; d++)
            {
                buffer[--write] = (byte)('0' + (int)(fraction % 10));
                fraction /= 10;
            }

            if (decimals > 0)
            {
                buffer[--write] = (byte)'.';
            }

            for (int d = 0; d < wholeDigits; d++)
            {
                buffer[--write] = (byte)('0' + (int)(whole % 10));
                whole /= 10;
            }

            if (negative)
            {
                buffer[--write] = (byte)'-';
            }

            return end;
        }

        /// <summary>Writes a whole number; returns the index after it, or −1 when it does not fit.</summary>
        public static int Integer(byte[] buffer, int at, int limit, long value)
        {
            bool negative = value < 0;
            int digits = Digits(value);
            int length = digits + (negative ? 1 : 0);
            if (at + length > limit)
            {
                return -1;
            }

            int i = at + length;
            for (int d = 0; d < digits; d++)
            {
                // Digit by digit from the remainder's magnitude, so long.MinValue needs no negation.
                long digit = value % 10;
                buffer[--i] = (byte)('0' + (int)(digit < 0 ? -digit : digit));
                value /= 10;
            }

            if (negative)
            {
                buffer[--i] = (byte)'-';
            }

            return at + length;
        }

        /// <summary>Writes ASCII <paramref name="text"/>; returns the index after it, or −1 when it does not fit.</summary>
        public static int Text(byte[] buffer, int at, int limit, string text)
        {
            if (at + text.Length > limit)
            {
                return -1;
            }

            for (int i = 0; i < text.Length; i++)
            {
                buffer[at + i] = (byte)text[i];
            }

            return at + text.Length;
        }

        /// <summary>The text of <see cref="Fixed"/> as a string (allocates: messages, not the loop).</summary>
        public static string FixedString(double value, int decimals, string notFinite)
        {
            byte[] text = new byte[24];
            int end = Fixed(text, 0, text.Length, value, decimals, notFinite);
            return AsciiText.From(text, 0, end < 0 ? 0 : end);
        }

        /// <summary>The text of <see cref="Integer"/> as a string (allocates).</summary>
        public static string IntegerString(long value)
        {
            byte[] text = new byte[24];
            return AsciiText.From(text, 0, Integer(text, 0, text.Length, value));
        }

        /// <summary>Decimal digits of the magnitude of <paramref name="value"/> (1 for 0).</summary>
        private static int Digits(long value)
        {
            int digits = 1;
            while (value >= 10 || value <= -10)
            {
                value /= 10;
                digits++;
            }

            return digits;
        }
    }
}
