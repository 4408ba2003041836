namespace MpoProbe.Core
{
    /// <summary>
    /// The polarity result in one screen line (at most 21 characters): what is wrong, naming the
    /// fibers — "21↔22 CROSSED", "FIBER 9 MISSING", "TYPE A, NOT B" — or "POLARITY NOT TESTED".
    /// The log's <c>summary</c> (<see cref="PolarityResult.Describe"/>) has the full list.
    /// </summary>
    public static class PolarityText
    {
        /// <summary>Shown when no coded source was seen.</summary>
        public const string NotTested = "POLARITY NOT TESTED";

        /// <summary>One line for the result screen.</summary>
        public static string Short(PolarityResult r, PolarityType expected)
        {
            if (r.Verdict == PolarityVerdict.NotTested)
            {
                return NotTested;
            }

            if (r.Verdict == PolarityVerdict.Pass)
            {
                return "POLARITY " + TypeLetters(r.Best) + " OK";
            }

            if (r.CrossedCount > 0)
            {
                string more = r.CrossedCount > 1 ? " +" + (r.CrossedCount - 1).ToString() : string.Empty;
                return r.CrossedFirst(0).ToString() + "\u2194" + r.CrossedSecond(0).ToString() + " CROSSED" + more;
            }

            if (r.MissingFibers != 0)
            {
                return Fibers("FIBER", r.MissingFibers, "MISSING");
            }

            if (r.SplitFibers != 0)
            {
                return Fibers("FIBER", r.SplitFibers, "SPLIT");
            }

            if (!r.IsKnown)
            {
                return "POLARITY UNKNOWN MAP";
            }

            if (r.Best != expected)
            {
                return "TYPE " + TypeLetters(r.Best) + ", NOT " + TypeLetters(expected);
            }

            return r.DifferMask != 0 ? Fibers("POS", r.DifferMask, "MISPLACED") : "POLARITY FAIL";
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

        private static string Fibers(string what, uint mask, string verb)
        {
            int count = PositionMask.Count(mask);
            int first = 0;
            for (int p = 1; p <= MpoLayout.MaxPositions && first == 0; p++)
            {
                first = PositionMask.Contains(mask, p) ? p : 0;
            }

            return what + " " + first.ToString() + (count > 1 ? " +" + (count - 1).ToString() : string.Empty) + " " + verb;
        }
    }
}
