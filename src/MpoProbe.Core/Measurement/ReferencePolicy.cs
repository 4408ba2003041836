namespace MpoProbe.Core
{
    /// <summary>
    /// When a candidate reference is accepted. Defaults are the project's (unconfirmed, user
    /// settable): a clean cord through one source keeps every position within a few tenths of
    /// a dB of the others, and dirt only ever lowers a position.
    /// </summary>
    public sealed class ReferencePolicy
    {
        /// <summary>A position this far below the median is named and the reference needs confirmation (default 0.5 dB).</summary>
        public double WarnBelowMedianDb { get; set; } = 0.5;

        /// <summary>A position this far below the median refuses the reference (default 1.5 dB).</summary>
        public double RefuseBelowMedianDb { get; set; } = 1.5;

        /// <summary>Lowest plausible reference power (default −40 dBm).</summary>
        public double MinDbm { get; set; } = -40.0;

        /// <summary>Highest plausible reference power (default 0 dBm).</summary>
        public double MaxDbm { get; set; } = 0.0;
    }
}
