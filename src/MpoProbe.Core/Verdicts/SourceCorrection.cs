namespace MpoProbe.Core
{
    /// <summary>
    /// Whether an inspection's losses were corrected for the source's drift since the reference
    /// (the coded source's monitor field, docs/source-protocol.md), and if not, why.
    /// </summary>
    public enum SourceCorrection
    {
        /// <summary>No coded frame was read: a plain source (or no scan). The budget's age-based drift term applies.</summary>
        PlainSource = 0,

        /// <summary>Applied: loss + (monitor now − monitor at the reference); the budget holds the monitor's residual.</summary>
        Applied = 1,

        /// <summary>The reference was taken without a monitor value (plain source, or restored without one).</summary>
        ReferenceWithoutMonitor = 2,

        /// <summary>The frame's monitor field could not be read.</summary>
        MonitorUnreadable = 3,

        /// <summary>The monitor field failed its CRC-4: refused, not applied.</summary>
        MonitorCheckFailed = 4,

        /// <summary>The source sent "no monitor value".</summary>
        MonitorNoValue = 5,

        /// <summary>The monitor value was at the end of its range.</summary>
        MonitorSaturated = 6
    }
}
