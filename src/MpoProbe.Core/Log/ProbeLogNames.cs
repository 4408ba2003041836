namespace MpoProbe.Core
{
    /// <summary>
    /// Log names of the Core's enums (the runtime would print an enum as its number). Each name is
    /// a string made once at start-up and indexed by the enum's value: the interpreter allocates a
    /// string for every literal it executes (docs/core.md, "Memory on the device").
    /// </summary>
    public sealed partial class ProbeLog
    {
        private static readonly string[] DecisionNames = { "accepted", "needs_confirmation", "refused" };

        private static readonly string[] FindingNames =
        {
            "suspect_contamination", "isolated_high_loss", "unstable_reading", "uniform_loss", "no_light_some", "no_light_all",
            "unexpected_light", "over_range", "no_reference", "stale_reference", "re_reference",
        };

        private static readonly string[] OutcomeNames = { "unaffected", "cleaned_pass", "improved_still_fail", "no_change", "worse", "not_measured" };

        private static readonly string[] StatusNames = { "decoded", "no_coded_source", "no_light" };

        private static readonly string[] PolarityVerdictNames = { "NOT_TESTED", "PASS", "FAIL" };

        /// <summary>Log name of a reference decision.</summary>
        public static string DecisionName(ReferenceDecision d)
        {
            return d == ReferenceDecision.Accepted ? DecisionNames[0] : (d == ReferenceDecision.NeedsConfirmation ? DecisionNames[1] : DecisionNames[2]);
        }

        private static string FindingName(FindingKind k)
        {
            // Anything outside the table was named no_reference before: kept.
            return Named(FindingNames, (int)k, (int)FindingKind.NoReference);
        }

        private static string OutcomeName(CleanOutcome o)
        {
            return Named(OutcomeNames, (int)o, (int)CleanOutcome.Unaffected);
        }

        private static string StatusName(PolarityScanStatus s)
        {
            return Named(StatusNames, (int)s, (int)PolarityScanStatus.NoLight);
        }

        private static string PolarityVerdictName(PolarityVerdict v)
        {
            return Named(PolarityVerdictNames, (int)v, (int)PolarityVerdict.NotTested);
        }

        private static string Named(string[] names, int value, int otherwise)
        {
            return value >= 0 && value < names.Length ? names[value] : names[otherwise];
        }
    }
}
