namespace MpoProbe.Core
{
    /// <summary>Log names of <see cref="SourceCorrection"/> (an enum turns into a number on the device).</summary>
    public static class SourceCorrectionText
    {
        /// <summary>snake_case name for the log's <c>source_correction</c> field.</summary>
        public static string Name(SourceCorrection state)
        {
            switch (state)
            {
                case SourceCorrection.Applied: return "applied";
                case SourceCorrection.ReferenceWithoutMonitor: return "reference_without_monitor";
                case SourceCorrection.MonitorUnreadable: return "monitor_unreadable";
                case SourceCorrection.MonitorCheckFailed: return "monitor_check_failed";
                case SourceCorrection.MonitorNoValue: return "monitor_no_value";
                case SourceCorrection.MonitorSaturated: return "monitor_saturated";
                default: return "plain_source";
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
