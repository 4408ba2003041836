namespace MpoProbe.Core
{
    /// <summary>
    /// One pass over the positions of a layout. Created once and refilled. The readings' values
    /// live in one array per quantity here (docs/core.md, "Memory on the device"): a
    /// <see cref="ChannelReading"/> is a view of one position, three heap blocks on the
    /// interpreter instead of nine.
    /// </summary>
    public sealed class Scan
    {
        private readonly ChannelReading[] _readings;

        /// <summary>Creates room for the largest layout.</summary>
        public Scan()
        {
            int n = MpoLayout.MaxPositions;
            Status = new ChannelStatus[n];
            Range = new int[n];
            SignalCodes = new double[n];
            SpreadCodes = new double[n];
            PowerDbm = new double[n];
            UncertaintyDb = new double[n];
            DarkStampMs = new long[n];
            HasPower = new bool[n];
            _readings = new ChannelReading[n];
            for (int i = 0; i < _readings.Length; i++)
            {
                _readings[i] = new ChannelReading(this, i);
            }
        }

        /// <summary>Positions filled by the last acquisition.</summary>
        public int Count { get; internal set; }

        /// <summary>Averaged results of each final burst of the last plain acquisition (<see cref="Acquirer.Acquire"/>); 0 when another path filled it.</summary>
        public int SamplesPerChannel { get; internal set; }

        /// <summary>Wavelength the powers were computed for.</summary>
        public Wavelength Wavelength { get; internal set; }

        // The readings' values, by channel (position − 1); read and written through ChannelReading
        // (fields, not properties: one call less per value on the interpreter).
        internal readonly ChannelStatus[] Status;
        internal readonly int[] Range;
        internal readonly double[] SignalCodes;
        internal readonly double[] SpreadCodes;
        internal readonly double[] PowerDbm;
        internal readonly double[] UncertaintyDb;
        internal readonly long[] DarkStampMs;
        internal readonly bool[] HasPower;

        /// <summary>The reading of a position (1-based).</summary>
        public ChannelReading At(int position)
        {
            return _readings[position - 1];
        }
    }
}
