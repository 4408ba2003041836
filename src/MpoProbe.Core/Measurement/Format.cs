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
        /// '-' as sign whatever the platform's culture (<see cref="NumberText"/>, the same digits
        /// the log and the screens write); "n/a" for NaN or infinity.
        /// </summary>
        public static string Fixed(double value, int decimals)
        {
            return NumberText.FixedString(value, decimals, "n/a");
        }

        /// <summary>A whole number with '-' as sign whatever the culture.</summary>
        public static string Integer(long value)
        {
            return NumberText.IntegerString(value);
        }

        /// <summary>"position 3 (green)".</summary>
        public static string Position(int position)
        {
            return "position " + position.ToString() + " (" + FiberColors.Name(position) + ")";
        }

        /// <summary>"3 (green), 4 (brown)" for every position in the mask.</summary>
        public static string Positions(uint mask)
        {
            return new TextBuilder().AddPositions(mask).ToString();
        }
    }
}
