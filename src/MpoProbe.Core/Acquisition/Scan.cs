namespace MpoProbe.Core
{
    /// <summary>One pass over the positions of a layout. Created once and refilled.</summary>
    public sealed class Scan
    {
        private readonly ChannelReading[] _readings;

        /// <summary>Creates room for the largest layout.</summary>
        public Scan()
        {
            _readings = new ChannelReading[MpoLayout.MaxPositions];
            for (int i = 0; i < _readings.Length; i++)
            {
                _readings[i] = new ChannelReading();
            }
        }

        /// <summary>Positions filled by the last acquisition.</summary>
        public int Count { get; internal set; }

        /// <summary>Averaged results of each final burst of the last plain acquisition (<see cref="Acquirer.Acquire"/>); 0 when another path filled it.</summary>
        public int SamplesPerChannel { get; internal set; }

        /// <summary>Wavelength the powers were computed for.</summary>
        public Wavelength Wavelength { get; internal set; }

        /// <summary>The reading of a position (1-based).</summary>
        public ChannelReading At(int position)
        {
            return _readings[position - 1];
        }
    }
}
