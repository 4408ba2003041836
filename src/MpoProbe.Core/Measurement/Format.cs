namespace MpoProbe.Core
{
    /// <summary>Text forms shared by messages, the log and the screens (no culture, fixed decimals).</summary>
    public static class Format
    {
        /// <summary>A dB or dBm value with two decimals; "n/a" for NaN or infinity.</summary>
        public static string Db(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                return "n/a";
            }

            return Fixed(value, 2);
        }

        /// <summary>
        /// <paramref name="value"/> with <paramref name="decimals"/> decimals, '.' as separator and
        /// '-' as sign whatever the platform's culture (a host under de_DE writes "0,750" and
        /// sv_SE a U+2212 minus otherwise); "n/a" for NaN or infinity.
        /// </summary>
        public static string Fixed(double value, int decimals)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                return "n/a";
            }

            return Invariant(value.ToString("F" + decimals.ToString()));
        }

        /// <summary>A whole number with '-' as sign whatever the culture.</summary>
        public static string Integer(long value)
        {
            return Invariant(value.ToString());
        }

        /// <summary>
        /// Rewrites a number the runtime formatted: digits kept, whatever comes before the first
        /// digit becomes '-', whatever separates the integer and fractional digits becomes '.'.
        /// </summary>
        private static string Invariant(string formatted)
        {
            string text = string.Empty;
            bool digitSeen = false;
            bool separated = false;
            for (int i = 0; i < formatted.Length; i++)
            {
                char c = formatted[i];
                if (c >= '0' && c <= '9')
                {
                    text += c.ToString();
                    digitSeen = true;
                }
                else if (!digitSeen && text.Length == 0)
                {
                    text = "-";
                }
                else if (digitSeen && !separated)
                {
                    text += ".";
                    separated = true;
                }
            }

            return text;
        }

        /// <summary>"position 3 (green)".</summary>
        public static string Position(int position)
        {
            return "position " + position.ToString() + " (" + FiberColors.Name(position) + ")";
        }

        /// <summary>"3 (green), 4 (brown)" for every position in the mask.</summary>
        public static string Positions(uint mask)
        {
            string text = string.Empty;
            for (int p = 1; p <= MpoLayout.MaxPositions; p++)
            {
                if (PositionMask.Contains(mask, p))
                {
                    text += (text.Length == 0 ? string.Empty : ", ") + p.ToString() + " (" + FiberColors.Name(p) + ")";
                }
            }

            return text;
        }
    }
}
