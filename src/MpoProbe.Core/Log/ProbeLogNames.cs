using System;

namespace MpoProbe.Core
{
    /// <summary>Log names of the Core's enums (the runtime would print an enum as its number).</summary>
    public sealed partial class ProbeLog
    {
        /// <summary>Log name of a reference decision.</summary>
        public static string DecisionName(ReferenceDecision d)
        {
            return d == ReferenceDecision.Accepted ? "accepted" : (d == ReferenceDecision.NeedsConfirmation ? "needs_confirmation" : "refused");
        }

        private static string FindingName(FindingKind k)
        {
            switch (k)
            {
                case FindingKind.SuspectContamination: return "suspect_contamination";
                case FindingKind.IsolatedHighLoss: return "isolated_high_loss";
                case FindingKind.UnstableReading: return "unstable_reading";
                case FindingKind.UniformLoss: return "uniform_loss";
                case FindingKind.NoLightSome: return "no_light_some";
                case FindingKind.NoLightAll: return "no_light_all";
                case FindingKind.UnexpectedLight: return "unexpected_light";
                case FindingKind.OverRange: return "over_range";
                case FindingKind.StaleReference: return "stale_reference";
                case FindingKind.ReReference: return "re_reference";
                default: return "no_reference";
            }
        }

        private static string OutcomeName(CleanOutcome o)
        {
            switch (o)
            {
                case CleanOutcome.CleanedPass: return "cleaned_pass";
                case CleanOutcome.ImprovedStillFail: return "improved_still_fail";
                case CleanOutcome.NoChange: return "no_change";
                case CleanOutcome.Worse: return "worse";
                case CleanOutcome.NotMeasured: return "not_measured";
                default: return "unaffected";
            }
        }

        private static string StatusName(PolarityScanStatus s)
        {
            return s == PolarityScanStatus.Decoded ? "decoded" : (s == PolarityScanStatus.NoCodedSource ? "no_coded_source" : "no_light");
        }

        private static string PolarityVerdictName(PolarityVerdict v)
        {
            return v == PolarityVerdict.Pass ? "PASS" : (v == PolarityVerdict.Fail ? "FAIL" : "NOT_TESTED");
        }
    }
}
