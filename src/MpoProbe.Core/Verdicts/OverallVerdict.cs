namespace MpoProbe.Core
{
    /// <summary>
    /// The one verdict the technician sees first, in the log and in the report: the loss verdict
    /// of the worst position, made FAIL when polarity was tested and failed (wrong type, crossed,
    /// missing or split fibers: the link does not work whatever its loss). A plain source leaves
    /// polarity NOT_TESTED: the loss verdict stands and the screen and the log say polarity was
    /// not tested. This is the only place the two are combined.
    /// </summary>
    public static class OverallVerdict
    {
        // Made once (docs/core.md, "Memory on the device").
        private static readonly string PassName = "PASS";
        private static readonly string FailName = "FAIL";
        private static readonly string NotTestedName = "NOT_TESTED";

        /// <summary>The overall verdict of a loss verdict and a polarity verdict.</summary>
        public static Verdict Of(Verdict loss, PolarityVerdict polarity)
        {
            return polarity == PolarityVerdict.Fail ? Verdict.Fail : loss;
        }

        /// <summary>Log text of a polarity verdict: "PASS", "FAIL" or "NOT_TESTED".</summary>
        public static string PolarityName(PolarityVerdict v)
        {
            return v == PolarityVerdict.Pass ? PassName : (v == PolarityVerdict.Fail ? FailName : NotTestedName);
        }
    }
}
