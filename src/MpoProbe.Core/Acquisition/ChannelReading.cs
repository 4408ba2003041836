namespace MpoProbe.Core
{
    /// <summary>
    /// One channel's result of an acquisition. Reused from scan to scan: a view of one position of
    /// its <see cref="Scan"/>, which keeps the values (one array per quantity).
    /// </summary>
    public sealed class ChannelReading
    {
        private readonly Scan _scan;
        private readonly int _i;

        /// <summary>The reading of channel <paramref name="index"/> (position − 1) of <paramref name="scan"/>.</summary>
        internal ChannelReading(Scan scan, int index)
        {
            _scan = scan;
            _i = index;
        }

        /// <summary>What the acquisition established.</summary>
        public ChannelStatus Status
        {
            get { return _scan.Status[_i]; }
        }

        /// <summary>Gain range the reading was taken in.</summary>
        public int Range
        {
            get { return _scan.Range[_i]; }
        }

        /// <summary>Mean code above dark.</summary>
        public double SignalCodes
        {
            get { return _scan.SignalCodes[_i]; }
        }

        /// <summary>Standard deviation of the samples, in codes.</summary>
        public double SpreadCodes
        {
            get { return _scan.SpreadCodes[_i]; }
        }

        /// <summary>Optical power in dBm; 0 unless <see cref="HasPower"/>.</summary>
        public double PowerDbm
        {
            get { return _scan.PowerDbm[_i]; }
        }

        /// <summary>Standard uncertainty of <see cref="PowerDbm"/> from sample spread and quantisation, in dB.</summary>
        public double UncertaintyDb
        {
            get { return _scan.UncertaintyDb[_i]; }
        }

        /// <summary>Uptime at which the dark value this reading was corrected with was measured, ms (its dark-drift term grows from here).</summary>
        public long DarkStampMs
        {
            get { return _scan.DarkStampMs[_i]; }
            set { _scan.DarkStampMs[_i] = value; }
        }

        /// <summary>
        /// True when a power was measured: OK, or UNSTABLE with a power (an UNSTABLE reading whose
        /// ranging never settled has none). An explicit flag, so no caller has to test the power
        /// for NaN, which the interpreter compares differently (docs/device-rules.md §5).
        /// </summary>
        public bool HasPower
        {
            get { return _scan.HasPower[_i]; }
        }

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
            _scan.Status[_i] = status;
            _scan.Range[_i] = range;
            _scan.SignalCodes[_i] = signalCodes;
            _scan.SpreadCodes[_i] = spreadCodes;
            bool measured = hasPower && (status == ChannelStatus.Ok || status == ChannelStatus.Unstable);
            _scan.HasPower[_i] = measured;
            _scan.PowerDbm[_i] = measured ? powerDbm : 0;
            _scan.UncertaintyDb[_i] = measured ? uncertaintyDb : 0;
        }
    }
}
