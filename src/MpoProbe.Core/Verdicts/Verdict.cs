namespace MpoProbe.Core
{
    /// <summary>
    /// Verdict of one position, and of an inspection as its worst position. Ordered from
    /// best to worst: a larger value is more severe. PASS* and FAIL* follow the field-instrument
    /// convention: the loss lies within the probe's own uncertainty band of the limit.
    /// </summary>
    public enum Verdict
    {
        /// <summary>Position dark by design and dark (MPO-8 positions 5–8).</summary>
        Unused = 0,

        /// <summary>Loss at or below the limit minus the uncertainty band: the uncertainty cannot overturn it.</summary>
        Pass = 1,

        /// <summary>Loss at or below the limit but within the uncertainty band: not proven to pass ("PASS*").</summary>
        PassStar = 2,

        /// <summary>Loss above the limit but within the uncertainty band: not proven to fail ("FAIL*").</summary>
        FailStar = 3,

        /// <summary>Power measured but no valid reference for this layout and wavelength (or the reference no longer applies): no PASS.</summary>
        NoReference = 4,

        /// <summary>Samples scattered far beyond the ADC's noise, or ranging could not settle.</summary>
        Unstable = 5,

        /// <summary>Too much light for the least sensitive range.</summary>
        OverRange = 6,

        /// <summary>Light on a position that is dark by design: wrong layout or polarity.</summary>
        UnexpectedLight = 7,

        /// <summary>No measurable light on a used position.</summary>
        NoLight = 8,

        /// <summary>Loss above the limit plus the uncertainty band.</summary>
        Fail = 9
    }
}
