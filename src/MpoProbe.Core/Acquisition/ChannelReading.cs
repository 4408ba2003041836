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

        /// <summary>Optical power in dBm; 0 unless <see cref="HasPower"/>.</summary>
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

        /// <summary>Fills a reading without a power (NO_LIGHT, OVER_RANGE, an UNSTABLE reading that never settled).</summary>
        public void Set(ChannelStatus status, int range, double signalCodes, double spreadCodes)
        {
            Set(status, range, signalCodes, spreadCodes, false, 0, 0);
        }

        /// <summary>Fills the reading; a power only for OK and UNSTABLE (none for NO_LIGHT and OVER_RANGE).</summary>
        public void Set(ChannelStatus status, int range, double signalCodes, double spreadCodes, double powerDbm, double uncertaintyDb)
        {
            Set(status, range, signalCodes, spreadCodes, true, powerDbm, uncertaintyDb);
        }

        private void Set(ChannelStatus status, int range, double signalCodes, double spreadCodes, bool hasPower, double powerDbm, double uncertaintyDb)
        {
            Status = status;
            Range = range;
            SignalCodes = signalCodes;
            SpreadCodes = spreadCodes;
            bool measured = hasPower && (status == ChannelStatus.Ok || status == ChannelStatus.Unstable);
            HasPower = measured;
            PowerDbm = measured ? powerDbm : 0;
            UncertaintyDb = measured ? uncertaintyDb : 0;
        }
    }
}
