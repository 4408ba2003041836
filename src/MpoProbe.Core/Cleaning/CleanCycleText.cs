namespace MpoProbe.Core
{
    /// <summary>The clean cycle's outcome in words, for the log.</summary>
    public sealed partial class CleanCycle
    {
        /// <summary>The outcome in one line for the log (allocates; the log writes it with <see cref="Describe(TextBuilder)"/>).</summary>
        public string Describe()
        {
            return Describe(new TextBuilder()).ToString();
        }

        /// <summary>Writes the outcome in one line into <paramref name="t"/> (cleared first); returns it.</summary>
        public TextBuilder Describe(TextBuilder t)
        {
            t.Clear();
            if (AllClean)
            {
                t.Add("cleaned: PASS");
                return ConfirmedMask != 0 ? t.Add(" (contamination confirmed at ").AddPositions(ConfirmedMask).Add(')') : t;
            }

            if (Moved)
            {
                return t.Add("contamination moved from ").AddPositions(BeforeBadMask).Add(" to ").AddPositions(AfterBadMask)
                    .Add(": clean connector AND adapter again, then re-inspect (not counted as a failed clean)");
            }

            t.Add(Escalate ? "not contamination: check damage, polarity, cable stress" : "clean connector AND adapter again, then re-inspect");
            if (ConfirmedMask != 0)
            {
                t.Add("; improved at ").AddPositions(ConfirmedMask);
            }

            if (PersistentMask != 0)
            {
                t.Add("; no change at ").AddPositions(PersistentMask);
            }

            if (WorseMask != 0)
            {
                t.Add("; worse at ").AddPositions(WorseMask);
            }

            return t.Add(" (failed cleans ").Add(FailedCleans).Add('/').Add(_maxFailedCleans).Add(')');
        }
    }
}
