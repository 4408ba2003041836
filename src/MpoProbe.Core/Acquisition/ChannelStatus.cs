namespace MpoProbe.Core
{
    /// <summary>What one channel's acquisition could establish.</summary>
    public enum ChannelStatus
    {
        /// <summary>A power was measured inside the ADC's linear window.</summary>
        Ok = 0,

        /// <summary>No measurable light even in the most sensitive range; no power is given.</summary>
        NoLight = 1,

        /// <summary>Too much light for the least sensitive range; no power is given.</summary>
        OverRange = 2,

        /// <summary>A power was measured but the samples scattered far beyond the ADC's noise.</summary>
        Unstable = 3
    }
}
