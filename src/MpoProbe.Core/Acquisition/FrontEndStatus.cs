namespace MpoProbe.Core
{
    /// <summary>Result kinds of a front-end check.</summary>
    public enum FrontEndStatus
    {
        /// <summary>Nothing wrong found.</summary>
        Ok = 0,

        /// <summary>Light seen during a dark capture.</summary>
        LightDuringDark = 1,

        /// <summary>The amplifier output sits in the ADC dead zone with no light.</summary>
        DeadZone = 2
    }
}
