namespace MpoProbe.Core
{
    /// <summary>One channel's result of an acquisition. Reused from scan to scan.</summary>
    public sealed class ChannelReading
    {
        /// <summary>What the acquisition established.</summary>
        public ChannelStatus Status { get; private set; }

        /// <summary>Gain range the reading was taken in.</summary>
        public int Range { get; private set; }

        /// <summary>Mean code above dark.</summary>
        public double SignalCodes { get; private set; }

        /// <summary>Standard deviation of the samples, in codes.</summary>
        public double SpreadCodes { get; private set; }

        /// <summary>Optical power in dBm; NaN unless <see cref="HasPower"/>.</summary>
        public double PowerDbm { get; private set; }

        /// <summary>Standard uncertainty of <see cref="PowerDbm"/> from sample spread and quantisation, in dB.</summary>
        public double UncertaintyDb { get; private set; }

        /// <summary>Uptime at which the dark value this reading was corrected with was measured, ms (its dark-drift term grows from here).</summary>
        public long DarkStampMs { get; set; }

        /// <summary>
        /// True when a power was measured: OK, or UNSTABLE with a power (an UNSTABLE reading whose
        /// ranging never settled has none). An explicit flag, so no caller has to test the power
        /// for NaN, which the interpreter compares differently (docs/device-rules.md §5).
        /// </summary>
        public bool HasPower { get; private set; }

        /// <summary>Fills the reading; NaN power for NO_LIGHT and OVER_RANGE.</summary>
        public void Set(ChannelStatus status, int range, double signalCodes, double spreadCodes, double powerDbm, double uncertaintyDb)
        {
            Status = status;
            Range = range;
            SignalCodes = signalCodes;
            SpreadCodes = spreadCodes;
            bool measured = (status == ChannelStatus.Ok || status == ChannelStatus.Unstable) && !double.IsNaN(powerDbm) && !double.IsNaN(uncertaintyDb);
            HasPower = measured;
            PowerDbm = measured ? powerDbm : double.NaN;
            UncertaintyDb = measured ? uncertaintyDb : double.NaN;
        }
    }
}
