namespace MpoProbe.Core
{
    /// <summary>Polarity against the job's expected type.</summary>
    public enum PolarityVerdict
    {
        /// <summary>No coded source or no light: polarity was not tested.</summary>
        NotTested = 0,

        /// <summary>The expected template, every fiber in place.</summary>
        Pass = 1,

        /// <summary>Another template, or any crossed, missing, split or unreadable fiber.</summary>
        Fail = 2
    }
}
