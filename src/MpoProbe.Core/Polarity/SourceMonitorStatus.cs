namespace MpoProbe.Core
{
    /// <summary>What the probe read in a coded frame's monitor field (docs/source-protocol.md).</summary>
    public enum SourceMonitorStatus
    {
        /// <summary>No coded frame was read (a plain source, or no scan).</summary>
        None = 0,

        /// <summary>The field could not be read: no position read cleanly, or the levels were unclear.</summary>
        Unreadable = 1,

        /// <summary>The field was read but its CRC-4 did not match: refused, not applied.</summary>
        CheckFailed = 2,

        /// <summary>The source says it has no monitor value (no monitor photodiode, or warming up).</summary>
        NoValue = 3,

        /// <summary>The value is at the end of its range (±1.27 dB or beyond): not applied.</summary>
        Saturated = 4,

        /// <summary>A checked, usable value.</summary>
        Valid = 5
    }
}
