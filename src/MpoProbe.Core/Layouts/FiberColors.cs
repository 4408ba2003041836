namespace MpoProbe.Core
{
    /// <summary>
    /// TIA-598 fiber colour code, by which technicians name fibers. Positions 1–12 take the
    /// twelve base colours; 13–24 repeat them with a stripe; 25–32 repeat them with a double
    /// stripe (the project's naming for MPO-32 row 2 beyond 24; see docs/core.md).
    /// </summary>
    public static class FiberColors
    {
        private static readonly string[] BaseNames =
        {
            "blue", "orange", "green", "brown", "slate", "white",
            "red", "black", "yellow", "violet", "rose", "aqua"
        };

        private static readonly string[] BaseShort =
        {
            "BL", "OR", "GN", "BR", "SL", "WH", "RD", "BK", "YL", "VI", "RS", "AQ"
        };

        private static readonly string[] Names = Build(BaseNames, "", " striped", " double-striped");
        private static readonly string[] ShortNames = Build(BaseShort, "", "s", "d");

        /// <summary>Full colour name of a position (1..32), e.g. "green" or "blue striped".</summary>
        public static string Name(int position)
        {
            return Names[Index(position)];
        }

        /// <summary>Two-to-three letter code for small screens, e.g. "GN", "BLs".</summary>
        public static string ShortName(int position)
        {
            return ShortNames[Index(position)];
        }

        private static int Index(int position)
        {
            if (position < 1 || position > MpoLayout.MaxPositions)
            {
                throw new System.ArgumentOutOfRangeException(
                    "position", "position " + position.ToString() + " has no fiber colour (1..32)");
            }

            return position - 1;
        }

        private static string[] Build(string[] baseNames, string plain, string stripe, string doubleStripe)
        {
            string[] all = new string[MpoLayout.MaxPositions];
            for (int i = 0; i < all.Length; i++)
            {
                int group = i / 12;
                string suffix = group == 0 ? plain : (group == 1 ? stripe : doubleStripe);
                all[i] = baseNames[i % 12] + suffix;
            }

            return all;
        }
    }
}
