namespace MpoProbe.Core
{
    /// <summary>Log names of <see cref="SourceCorrection"/> (an enum turns into a number on the device).</summary>
    public static class SourceCorrectionText
    {
        // Named once: a literal executes as a new string on the interpreter, and this runs on every button cycle (docs/core.md, "Memory on the device").
        private static readonly string AppliedName = "applied";
        private static readonly string ReferenceWithoutMonitorName = "reference_without_monitor";
        private static readonly string MonitorUnreadableName = "monitor_unreadable";
        private static readonly string MonitorCheckFailedName = "monitor_check_failed";
        private static readonly string MonitorNoValueName = "monitor_no_value";
        private static readonly string MonitorSaturatedName = "monitor_saturated";
        private static readonly string PlainSourceName = "plain_source";

        /// <summary>snake_case name for the log's <c>source_correction</c> field.</summary>
        public static string Name(SourceCorrection state)
        {
            switch (state)
            {
                case SourceCorrection.Applied: return AppliedName;
                case SourceCorrection.ReferenceWithoutMonitor: return ReferenceWithoutMonitorName;
                case SourceCorrection.MonitorUnreadable: return MonitorUnreadableName;
                case SourceCorrection.MonitorCheckFailed: return MonitorCheckFailedName;
                case SourceCorrection.MonitorNoValue: return MonitorNoValueName;
                case SourceCorrection.MonitorSaturated: return MonitorSaturatedName;
                default: return PlainSourceName;
            }
        }

        /// <summary>What the monitor field gave, as the reason a correction was or was not applied.</summary>
        public static SourceCorrection From(SourceMonitorStatus now, bool referenceHasMonitor)
        {
            switch (now)
            {
                case SourceMonitorStatus.None: return SourceCorrection.PlainSource;
                case SourceMonitorStatus.Unreadable: return SourceCorrection.MonitorUnreadable;
                case SourceMonitorStatus.CheckFailed: return SourceCorrection.MonitorCheckFailed;
                case SourceMonitorStatus.NoValue: return SourceCorrection.MonitorNoValue;
                case SourceMonitorStatus.Saturated: return SourceCorrection.MonitorSaturated;
                default: return referenceHasMonitor ? SourceCorrection.Applied : SourceCorrection.ReferenceWithoutMonitor;
            }
        }
    }
}
