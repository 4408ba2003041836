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

        /// <summary>A weak position of a forced reference (its reference power read low): the loss is unverified, never PASS or PASS*.</summary>
        RefWeak = 4,

        /// <summary>Power measured but no valid reference for this layout and wavelength (or the reference no longer applies): no PASS.</summary>
        NoReference = 5,

        /// <summary>Samples scattered far beyond the ADC's noise, or ranging could not settle.</summary>
        Unstable = 6,

        /// <summary>Too much light for the least sensitive range.</summary>
        OverRange = 7,

        /// <summary>Light on a position that is dark by design: wrong layout or polarity.</summary>
        UnexpectedLight = 8,

        /// <summary>No measurable light on a used position.</summary>
        NoLight = 9,

        /// <summary>Loss above the limit plus the uncertainty band.</summary>
        Fail = 10
    }
}
