namespace MpoProbe.Core
{
    /// <summary>
    /// The short texts the screens compose from live values (reference age, position lists, a
    /// label cut to the line), written into a <see cref="TextBuilder"/> so drawing a screen builds
    /// no string. <see cref="Screens"/> keeps string forms of them for tests and menus.
    /// </summary>
    public static class ScreenText
    {
        /// <summary>Appends <paramref name="text"/> cut to <paramref name="max"/> characters, the last one a '~' when cut; upper case when <paramref name="upper"/>.</summary>
        public static TextBuilder Fit(TextBuilder t, string text, int max, bool upper)
        {
            int count = text.Length <= max ? text.Length : max - 1;
            for (int i = 0; i < count; i++)
            {
                char c = text[i];
                t.Add(upper && c >= 'a' && c <= 'z' ? (char)(c - ('a' - 'A')) : c);
            }

            return text.Length <= max ? t : t.Add('~');
        }

        /// <summary>Appends "REF 12 MIN", "REF NONE", "REF OTHER SETUP", "REF OLD BOOT" or "REF 3 H".</summary>
        public static TextBuilder ReferenceAge(TextBuilder t, InspectionSettings settings, Reference reference, long nowMs)
        {
            if (reference == null || !reference.IsValid)
            {
                return t.Add("REF NONE");
            }

            if (!reference.Matches(settings.Layout.Id, settings.Wavelength))
            {
                return t.Add("REF OTHER SETUP");
            }

            long minutes = reference.AgeMinutes(nowMs, 0);
            if (minutes < 0)
            {
                return t.Add("REF OLD BOOT");
            }

            return minutes < 120 ? t.Add("REF ").Add(minutes).Add(" MIN") : t.Add("REF ").Add(minutes / 60).Add(" H");
        }

        /// <summary>Appends at most 10 characters: "REF 12M", "REF 3H", "NO REF", "REF OTHER"; a forced reference is "REF* 12M".</summary>
        public static TextBuilder ReferenceAgeShort(TextBuilder t, InspectionSettings settings, Reference reference, long nowMs)
        {
            if (reference == null || !reference.IsValid)
            {
                return t.Add("NO REF");
            }

            if (!reference.Matches(settings.Layout.Id, settings.Wavelength))
            {
                return t.Add("REF OTHER");
            }

            t.Add(reference.WeakMask != 0 ? "REF* " : "REF ");
            long minutes = reference.AgeMinutes(nowMs, 0);
            if (minutes < 0)
            {
                return t.Add("OLD");
            }

            return minutes < 120 ? t.Add(minutes).Add(" MIN") : t.Add(minutes / 60 > 999 ? 999 : minutes / 60).Add(" H");
        }

        /// <summary>
        /// Appends "4BR 5SL +3": as many positions as fit in <paramref name="maxChars"/> characters
        /// with "+n" for the rest; "NONE" for none.
        /// </summary>
        public static TextBuilder PositionsFit(TextBuilder t, uint mask, int maxChars)
        {
            int total = PositionMask.Count(mask);
            if (total == 0)
            {
                return t.Add("NONE");
            }

            int start = t.Length;
            int shown = 0;
            int suffix = 2 + Digits(total);
            for (int p = 1; p <= MpoLayout.MaxPositions; p++)
            {
                if (!PositionMask.Contains(mask, p))
                {
                    continue;
                }

                int next = (t.Length - start) + (shown > 0 ? 1 : 0) + Digits(p) + FiberColors.ShortName(p).Length;
                if (next + (shown + 1 < total ? suffix : 0) > maxChars)
                {
                    break;
                }

                t.Add(shown > 0 ? " " : string.Empty).Add(p).Add(FiberColors.ShortName(p));
                shown++;
            }

            return shown == total ? t : t.Add(shown > 0 ? " +" : "+").Add(total - shown);
        }

        /// <summary>Appends "4BR 5SL" for up to <paramref name="max"/> positions, then " +n"; "NONE" for none.</summary>
        public static TextBuilder ShortPositions(TextBuilder t, uint mask, int max)
        {
            int shown = 0;
            int total = PositionMask.Count(mask);
            if (total == 0)
            {
                return t.Add("NONE");
            }

            for (int p = 1; p <= MpoLayout.MaxPositions && shown < max; p++)
            {
                if (PositionMask.Contains(mask, p))
                {
                    t.Add(shown > 0 ? " " : string.Empty).Add(p).Add(FiberColors.ShortName(p));
                    shown++;
                }
            }

            return total > shown ? t.Add(" +").Add(total - shown) : t;
        }

        private static int Digits(int value)
        {
            return value >= 10 ? 2 : 1;
        }

        /// <summary>
        /// Appends the link budget's terms, " 2C 1S 90M", or " 2C1S90M" when that is what fits in
        /// <paramref name="max"/> characters, or nothing when neither fits. Characters only, so a
        /// screen drawn per cycle makes no string.
        /// </summary>
        public static TextBuilder BudgetTerms(TextBuilder t, LinkBudget budget, int max)
        {
            int start = t.Length;
            t.Add(' ').Add(budget.Connectors).Add('C').Add(' ').Add(budget.Splices).Add('S').Add(' ').Add(budget.LengthM).Add('M');
            if (t.Length > max)
            {
                t.Cut(start).Add(' ').Add(budget.Connectors).Add('C').Add(budget.Splices).Add('S').Add(budget.LengthM).Add('M');
            }

            return t.Length > max ? t.Cut(start) : t;
        }
    }
}
