namespace MpoProbe.Core
{
    /// <summary>
    /// The polarity result in one screen line (at most 21 characters): what is wrong, naming the
    /// fibers — "21↔22 CROSSED", "FIBER 9 MISSING", "TYPE A, NOT B" — or "POLARITY NOT TESTED".
    /// The log's <c>summary</c> (<see cref="PolarityResult.Describe()"/>) has the full list.
    /// </summary>
    public static class PolarityText
    {
        /// <summary>Shown when no coded source was seen.</summary>
        public const string NotTested = "POLARITY NOT TESTED";

        /// <summary>One line for the result screen (allocates; screens and records use <see cref="Short(TextBuilder, PolarityResult, PolarityType)"/>).</summary>
        public static string Short(PolarityResult r, PolarityType expected)
        {
            return Short(new TextBuilder(32), r, expected).ToString();
        }

        /// <summary>Appends the one line for the result screen to <paramref name="t"/>; returns it.</summary>
        public static TextBuilder Short(TextBuilder t, PolarityResult r, PolarityType expected)
        {
            if (r.Verdict == PolarityVerdict.NotTested)
            {
                return t.Add(NotTested);
            }

            if (r.Verdict == PolarityVerdict.Pass)
            {
                return t.Add("POLARITY ").Add(TypeLetters(r.Best)).Add(" OK");
            }

            if (r.CrossedCount > 0)
            {
                t.Add(r.CrossedFirst(0)).Add('\u2194').Add(r.CrossedSecond(0)).Add(" CROSSED");
                return r.CrossedCount > 1 ? t.Add(" +").Add(r.CrossedCount - 1) : t;
            }

            if (r.MissingFibers != 0)
            {
                return Fibers(t, "FIBER", r.MissingFibers, "MISSING");
            }

            if (r.SplitFibers != 0)
            {
                return Fibers(t, "FIBER", r.SplitFibers, "SPLIT");
            }

            if (!r.IsKnown)
            {
                return t.Add("POLARITY UNKNOWN MAP");
            }

            if (r.Best != expected)
            {
                return t.Add("TYPE ").Add(TypeLetters(r.Best)).Add(", NOT ").Add(TypeLetters(expected));
            }

            return r.DifferMask != 0 ? Fibers(t, "POS", r.DifferMask, "MISPLACED") : t.Add("POLARITY FAIL");
        }

        /// <summary>"A", "B", "C", "B-ROW", "B-ROT", "SWAP".</summary>
        public static string TypeLetters(PolarityType t)
        {
            switch (t)
            {
                case PolarityType.TypeA: return "A";
                case PolarityType.TypeB: return "B";
                case PolarityType.TypeC: return "C";
                case PolarityType.TypeBRowMirror: return "B-ROW";
                case PolarityType.TypeBFullRotation: return "B-ROT";
                default: return "SWAP";
            }
        }

        private static TextBuilder Fibers(TextBuilder t, string what, uint mask, string verb)
        {
            int count = PositionMask.Count(mask);
            t.Add(what).Add(' ').Add(PositionMask.First(mask));
            return (count > 1 ? t.Add(" +").Add(count - 1) : t).Add(' ').Add(verb);
        }
    }
}
