namespace MpoProbe.Core
{
    /// <summary>Text names of <see cref="Verdict"/> for the log and screens.</summary>
    public static class VerdictText
    {
        /// <summary>"PASS", "PASS*", "FAIL*", "FAIL", "NO_LIGHT", …</summary>
        public static string Name(Verdict verdict)
        {
            switch (verdict)
            {
                case Verdict.Unused: return "UNUSED";
                case Verdict.Pass: return "PASS";
                case Verdict.PassStar: return "PASS*";
                case Verdict.FailStar: return "FAIL*";
                case Verdict.RefWeak: return "REF_WEAK";
                case Verdict.NoReference: return "NO_REFERENCE";
                case Verdict.Unstable: return "UNSTABLE";
                case Verdict.OverRange: return "OVER_RANGE";
                case Verdict.UnexpectedLight: return "UNEXPECTED_LIGHT";
                case Verdict.NoLight: return "NO_LIGHT";
                case Verdict.Fail: return "FAIL";
                default: return "UNKNOWN";
            }
        }

        /// <summary>True for a verdict that judged a loss against the limit (PASS, PASS*, FAIL*, FAIL).</summary>
        public static bool IsLossVerdict(Verdict verdict)
        {
            return verdict == Verdict.Pass || verdict == Verdict.PassStar || verdict == Verdict.FailStar || verdict == Verdict.Fail;
        }
    }
}
