namespace MpoProbe.Core
{
    /// <summary>
    /// Decodes the Manchester data slots of a coded frame (docs/source-protocol.md) into the source
    /// fiber each position receives: samples are accumulated per position and slot over the middle
    /// 60 % of each slot, then compared pairwise. Samples taken while the sync's end was being
    /// located are held and replayed once the data start is known. Allocates nothing after construction.
    /// </summary>
    internal sealed class DataSlotDecoder
    {
        private static readonly int MaxDataSlots = 2 * CodedSourceSequencer.BitsFor(MpoLayout.MaxPositions);

        // Per channel and data slot, flat (channel * MaxDataSlots + slot): two arrays instead of 66
        // on the interpreter heap (docs/core.md, "Memory on the device").
        private readonly double[] _sum = new double[MpoLayout.MaxPositions * MaxDataSlots];
        private readonly short[] _count = new short[MpoLayout.MaxPositions * MaxDataSlots];
        private readonly int[] _heldChannel = new int[2 * MpoLayout.MaxPositions];
        private readonly long[] _heldTime = new long[2 * MpoLayout.MaxPositions];
        private readonly double[] _heldLevel = new double[2 * MpoLayout.MaxPositions];
        private int _held;
        private long _dataStart;
        private double _slot;
        private int _slots;

        // The held samples live only from DropHeld (the sync end's search) to Begin (their replay);
        // the gap's dark refresh keeps its pending bursts in the same arrays before that, from its
        // first burst to Commit or Drop, all within the frame start's search (PolarityScanner.Scan).

        /// <summary>Channel of each held sample; lent to the gap's dark refresh (<see cref="GapDarkRefresh"/>) while no sample is held.</summary>
        internal int[] HeldChannel => _heldChannel;

        /// <summary>Time of each held sample, µs; lent as <see cref="HeldChannel"/>.</summary>
        internal long[] HeldTime => _heldTime;

        /// <summary>Level of each held sample, codes; lent as <see cref="HeldChannel"/>.</summary>
        internal double[] HeldLevel => _heldLevel;

        /// <summary>Forgets the held samples.</summary>
        internal void DropHeld()
        {
            _held = 0;
        }

        /// <summary>Keeps a sample taken while the sync end is being located: it may belong to the first data slot.</summary>
        internal void Hold(int channel, long time, double level)
        {
            if (_held < _heldTime.Length)
            {
                _heldChannel[_held] = channel;
                _heldTime[_held] = time;
                _heldLevel[_held] = level;
                _held++;
            }
        }

        /// <summary>Starts the data field of <paramref name="bits"/> bits for <paramref name="n"/> positions at <paramref name="dataStart"/>, slots of <paramref name="slot"/> µs; replays the held samples.</summary>
        internal void Begin(int n, int bits, long dataStart, double slot)
        {
            _dataStart = dataStart;
            _slot = slot;
            _slots = 2 * bits;
            for (int c = 0; c < n; c++)
            {
                for (int k = 0; k < _slots; k++)
                {
                    _sum[(c * MaxDataSlots) + k] = 0;
                    _count[(c * MaxDataSlots) + k] = 0;
                }
            }

            for (int i = 0; i < _held; i++)
            {
                Add(_heldChannel[i], _heldTime[i], _heldLevel[i]);
            }
        }

        /// <summary>The moment the data field ends.</summary>
        internal long End => _dataStart + (long)(_slots * _slot);

        /// <summary>Accumulates one sample of <paramref name="channel"/> taken at <paramref name="time"/> if it falls in the middle of a slot.</summary>
        internal void Add(int channel, long time, double level)
        {
            double u = (time - _dataStart) / _slot;
            int k = (int)u;
            double phase = u - k;
            if (u >= 0 && k < _slots && phase >= 0.2 && phase <= 0.8)
            {
                _sum[(channel * MaxDataSlots) + k] += level;
                _count[(channel * MaxDataSlots) + k]++;
            }
        }

        /// <summary>Writes each lit position's source fiber (or unreadable, and whether two fibers mixed) into <paramref name="map"/>.</summary>
        internal void Decode(int n, int bits, bool[] lit, double[] syncLevel, PolarityMap map)
        {
            map.ClearSources();
            for (int c = 0; c < n; c++)
            {
                if (!lit[c])
                {
                    continue;
                }

                int code = 0;
                bool readable = true;
                bool mixed = false;
                for (int b = 0; b < bits && readable; b++)
                {
                    int a = (c * MaxDataSlots) + (2 * b);
                    readable = _count[a] > 0 && _count[a + 1] > 0;
                    if (!readable)
                    {
                        break;
                    }

                    double first = _sum[a] / _count[a];
                    double second = _sum[a + 1] / _count[a + 1];
                    double high = first > second ? first : second;
                    double low = first > second ? second : first;
                    readable = high >= PolarityScanner.PresentShare * syncLevel[c];
                    mixed |= low >= PolarityScanner.PresentShare * syncLevel[c];
                    code |= first > second ? 1 << b : 0;
                }

                // Fiber codes are fiber − 1 (docs/source-protocol.md).
                bool valid = readable && code < n;
                map.Set(c + 1, valid ? code + 1 : PolarityMap.Unreadable, mixed);
            }
        }
    }
}
