namespace MpoProbe.Core
{
    /// <summary>
    /// Field names and fixed values of the records the probe writes on every button cycle
    /// (inspection, diagnosis, clean, polarity and the common fields). On the nanoFramework
    /// interpreter every executed string literal (<c>ldstr</c>) allocates a new string object,
    /// so a literal written once per position cost 24 B per position per record; each name here
    /// is a string made once, when the interpreter runs the static constructors at start-up, and
    /// read as a field afterwards (docs/core.md, "Memory on the device").
    /// </summary>
    internal static class LogKeys
    {
        // Common fields (ProbeLog.Start) and record types.
        internal static readonly string V = "v";
        internal static readonly string Type = "type";
        internal static readonly string TimeMs = "t_ms";
        internal static readonly string Utc = "utc";
        internal static readonly string Link = "link";
        internal static readonly string Cmd = "cmd";
        internal static readonly string Inspection = "inspection";
        internal static readonly string Diagnosis = "diagnosis";
        internal static readonly string Clean = "clean";
        internal static readonly string Polarity = "polarity";
        internal static readonly string Settings = "settings";

        /// <summary>Record type of the end-of-job reference re-check.</summary>
        internal static readonly string Recheck = "recheck";

        /// <summary>Record type of a reference taken, forced or refused.</summary>
        internal static readonly string Reference = "reference";

        // Shared by several records.
        internal static readonly string Layout = "layout";
        internal static readonly string Fiber = "fiber";
        internal static readonly string WavelengthNm = "wavelength_nm";
        internal static readonly string Limit = "limit";
        internal static readonly string LimitDb = "limit_db";
        internal static readonly string GuardDb = "guard_db";
        internal static readonly string Positions = "positions";
        internal static readonly string Pos = "pos";
        internal static readonly string Advice = "advice";
        internal static readonly string Verdict = "verdict";
        internal static readonly string WorstPos = "worst_pos";

        // inspection
        internal static readonly string ReferenceStale = "reference_stale";
        internal static readonly string ReReference = "re_reference";
        internal static readonly string HeldForClean = "held_for_clean";
        internal static readonly string SourceCorrectionDb = "source_correction_db";
        internal static readonly string K = "k";
        internal static readonly string Overall = "overall";
        internal static readonly string LossOverall = "loss_overall";
        internal static readonly string PolarityIssue = "polarity_issue";
        internal static readonly string WorstLossDb = "worst_loss_db";
        internal static readonly string Color = "color";
        internal static readonly string Dbm = "dbm";
        internal static readonly string LossDb = "loss_db";
        internal static readonly string UDb = "u_db";
        internal static readonly string BandDb = "band_db";

        // diagnosis
        internal static readonly string Findings = "findings";
        internal static readonly string Kind = "kind";
        internal static readonly string Prompt = "prompt";

        // clean
        internal static readonly string AllClean = "all_clean";
        internal static readonly string Moved = "moved";
        internal static readonly string Improving = "improving";
        internal static readonly string FailedCleans = "failed_cleans";
        internal static readonly string Escalate = "escalate";
        internal static readonly string Confirmed = "confirmed";
        internal static readonly string Persistent = "persistent";
        internal static readonly string LikelyCause = "likely_cause";
        internal static readonly string BeforeDb = "before_db";
        internal static readonly string AfterDb = "after_db";
        internal static readonly string ChangeDb = "change_db";
        internal static readonly string Outcome = "outcome";

        // polarity
        internal static readonly string Status = "status";
        internal static readonly string Best = "best";
        internal static readonly string Summary = "summary";
        internal static readonly string ScanMs = "scan_ms";
        internal static readonly string Map = "map";
        internal static readonly string From = "from";

        // The mating fields (ProbeLog.AddMating) and the inspection record's workflow fields (ProbeActions.LogResult).
        internal static readonly string MatingSigmaDb = "mating_sigma_db";
        internal static readonly string MatingEstimateDb = "mating_estimate_db";
        internal static readonly string MatingDof = "mating_dof";
        internal static readonly string MatingRemates = "mating_remates";
        internal static readonly string ReferenceWeak = "reference_weak";
        internal static readonly string GainUnproven = "gain_unproven";
        internal static readonly string SourceCorrection = "source_correction";
        internal static readonly string DriftBoundDb = "drift_bound_db";
        internal static readonly string DarkRefreshed = "dark_refreshed";
        internal static readonly string Resent = "resent";
    }
}
