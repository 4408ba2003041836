namespace MpoProbe.Core
{
    /// <summary>The menu's lines (at most 20 characters each, so they fit beside the highlight).</summary>
    public static class MenuItems
    {
        /// <summary>Number of menu items.</summary>
        public const int Count = 6;

        /// <summary>Writes the items for <paramref name="s"/> into <paramref name="items"/> (length <see cref="Count"/>).</summary>
        public static void Build(InspectionSettings s, string[] items)
        {
            bool named = s.Limit == LimitProfile.Elite || s.Limit == LimitProfile.Standard;
            items[0] = "SET REFERENCE";
            items[1] = "LIMIT: " + (named ? s.Limit.Name.ToUpper() : Format.Db(s.Limit.LimitDb) + " DB");
            items[2] = "LAYOUT: " + s.Layout.Name;
            items[3] = "WAVELENGTH: " + ((int)s.Wavelength).ToString();
            items[4] = "POLARITY: " + PolarityText.TypeLetters(s.ExpectedPolarity);
            items[5] = "EXIT";
        }
    }
}
