namespace MpoProbe.Core
{
    /// <summary>
    /// Verdict of one position, and of an inspection as its worst position. Ordered from
    /// best to worst: a larger value is more severe.
    /// </summary>
    public enum Verdict
    {
        /// <summary>Position dark by design and dark (MPO-8 positions 5–8).</summary>
        Unused = 0,

        /// <summary>Loss at or below the limit minus the guard band.</summary>
        Pass = 1,

        /// <summary>Loss inside the guard band below the limit: not proven to pass.</summary>
        Marginal = 2,

        /// <summary>Power measured but no valid reference for this layout and wavelength: no loss, no PASS.</summary>
        NoReference = 3,

        /// <summary>Samples scattered far beyond the ADC's noise, or ranging could not settle.</summary>
        Unstable = 4,

        /// <summary>Too much light for the least sensitive range.</summary>
        OverRange = 5,

        /// <summary>Light on a position that is dark by design: wrong layout or polarity.</summary>
        UnexpectedLight = 6,

        /// <summary>No measurable light on a used position.</summary>
        NoLight = 7,

        /// <summary>Loss above the limit.</summary>
        Fail = 8
    }
}
