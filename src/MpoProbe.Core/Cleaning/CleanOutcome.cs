namespace MpoProbe.Core
{
    /// <summary>What a clean did to one position, judged by the re-inspection.</summary>
    public enum CleanOutcome
    {
        /// <summary>The position passed before the clean and still does.</summary>
        Unaffected = 0,

        /// <summary>It failed (or was marginal/unstable) and now passes: "cleaned: PASS".</summary>
        CleanedPass = 1,

        /// <summary>Loss fell by more than its uncertainty but the position still does not pass.</summary>
        ImprovedStillFail = 2,

        /// <summary>Loss did not move beyond its uncertainty: persistent.</summary>
        NoChange = 3,

        /// <summary>Loss rose beyond its uncertainty: dirt added or moved here.</summary>
        Worse = 4,

        /// <summary>No loss before or after (no light, no reference, over range).</summary>
        NotMeasured = 5
    }
}
