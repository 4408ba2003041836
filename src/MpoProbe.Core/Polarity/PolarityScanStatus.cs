namespace MpoProbe.Core
{
    /// <summary>What a polarity scan could establish.</summary>
    public enum PolarityScanStatus
    {
        /// <summary>A coded frame was found and the map decoded.</summary>
        Decoded = 0,

        /// <summary>Light, but no coded frame within two frames: a plain source, power only.</summary>
        NoCodedSource = 1,

        /// <summary>No light at any position.</summary>
        NoLight = 2
    }
}
