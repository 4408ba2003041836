namespace MpoProbe.Core
{
    /// <summary>The fiber of the link under test; selects wavelengths and the default limit.</summary>
    public enum FiberType
    {
        /// <summary>OM3 multimode (850 nm, 1300 nm optional).</summary>
        OM3 = 0,

        /// <summary>OM4 multimode (850 nm, 1300 nm optional).</summary>
        OM4 = 1,

        /// <summary>OM5 wideband multimode (850 nm here; its 850–950 nm band is beyond this probe's sources).</summary>
        OM5 = 2,

        /// <summary>OS2 single-mode (1310 and 1550 nm).</summary>
        OS2 = 3
    }
}
