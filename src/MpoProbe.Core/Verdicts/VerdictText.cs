namespace MpoProbe.Core
{
    /// <summary>Text names of <see cref="Verdict"/> for the log and screens.</summary>
    public static class VerdictText
    {
        // One string each, made once at start-up: a literal returned per call would allocate a
        // string per position on the interpreter (docs/core.md, "Memory on the device").
        private static readonly string[] Names =
        {
            "UNUSED", "PASS", "PASS*", "FAIL*", "REF_WEAK", "NO_REFERENCE", "UNSTABLE", "OVER_RANGE", "UNEXPECTED_LIGHT", "NO_LIGHT", "FAIL",
        };

        private static readonly string Unknown = "UNKNOWN";

        /// <summary>"PASS", "PASS*", "FAIL*", "FAIL", "NO_LIGHT", … (indexed by the enum's value, <see cref="Verdict"/>).</summary>
        public static string Name(Verdict verdict)
        {
            int i = (int)verdict;
            return i >= 0 && i < Names.Length ? Names[i] : Unknown;
        }

        /// <summary>True for a verdict that judged a loss against the limit (PASS, PASS*, FAIL*, FAIL).</summary>
        public static bool IsLossVerdict(Verdict verdict)
        {
            return verdict == Verdict.Pass || verdict == Verdict.PassStar || verdict == Verdict.FailStar || verdict == Verdict.Fail;
        }
    }
}
