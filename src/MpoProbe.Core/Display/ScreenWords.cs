namespace MpoProbe.Core
{
    /// <summary>
    /// Texts the ready and result screens draw on every button cycle, each a string made once at
    /// start-up: a literal executes as a new string object on the interpreter (docs/core.md,
    /// "Memory on the device").
    /// </summary>
    internal static class ScreenWords
    {
        /// <summary>Short verdicts for the big text, indexed by <see cref="Verdict"/>'s value (5 characters at most).</summary>
        internal static readonly string[] ShortVerdicts = { "----", "PASS", "PASS*", "FAIL*", "WEAK", "NOREF", "UNST", "OVER", "LIGHT", "DARK", "FAIL" };

        internal static readonly string All = "ALL ";
        internal static readonly string CleanFirst = "CLEAN";
        internal static readonly string AllHigh = "ALL HIGH";
        internal static readonly string Bat = "BAT ";
        internal static readonly string BeforeOutline = "BEFORE: OUTLINE";
        internal static readonly string Budget = "BUDGET ";
        internal static readonly string C = "C ";
        internal static readonly string CleanAgain = ": CLEAN AGAIN";
        internal static readonly string Cleaned = "CLEANED: ";
        internal static readonly string Dashes = "--";
        internal static readonly string Db = "DB";
        internal static readonly string DirtMovedClean = ": MOVED, CLEAN";
        internal static readonly string FailedCleans = "FAILED CLEANS ";
        internal static readonly string HoldMenu = "HOLD: MENU";
        internal static readonly string Lim = "LIM ";
        internal static readonly string Max = "MAX ";
        internal static readonly string MovedNotCounted = "MOVED: NOT COUNTED";
        internal static readonly string ImprovedNotCounted = "IMPROVED: NOT COUNTED";
        internal static readonly string Mpo = "MPO";
        internal static readonly string Nm = "NM";
        internal static readonly string NoChange = ": NO CHANGE";
        internal static readonly string NoLinkLabel = "NO LINK LABEL";
        internal static readonly string NoVerdict = "----";
        internal static readonly string Of = " OF ";
        internal static readonly string Ok = " OK";
        internal static readonly string Plus = "+";
        internal static readonly string PressInspHoldMenu = "PRESS:INSP HOLD:MENU";
        internal static readonly string PressInspect = "PRESS: INSPECT";
        internal static readonly string PressNext = "PRESS: NEXT";
        internal static readonly string Ready = "READY";
        internal static readonly string S = "S ";
        internal static readonly string Src = " SRC";
    }
}
