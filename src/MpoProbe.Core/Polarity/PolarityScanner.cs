using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Reads a coded source (docs/source-protocol.md) through the same front end and acquisition
    /// as a power inspection: finds the frame's dark gap, measures every position's power in the
    /// all-lit sync window (that scan gives the loss), times the sync to learn the source's real
    /// slot length, then samples every lit position through the Manchester data slots and decodes
    /// which source fiber each one receives. Allocates nothing after construction.
    /// </summary>
    public sealed class PolarityScanner
    {
        /// <summary>Gain range used to look for the gap: −45 dBm gives ≈0.1 V, brighter light clips (still "lit").</summary>
        public const int DetectionRange = 12;

        private const int SampleSettleMicroseconds = 100;
        private const double LitThresholdVolts = 0.1;
        private const double HighShare = 0.5;
        private const double PresentShare = 0.25;
        private const int MaxFrames = 3;
        private static readonly int MaxDataSlots = 2 * CodedSourceSequencer.BitsFor(MpoLayout.MaxPositions);
        private readonly IPhotodiodeFrontEnd _frontEnd;
        private readonly IMicrosecondClock _clock;
        private readonly Acquirer _acquirer;
        private readonly DarkOffsets _dark;
        private readonly bool[] _lit = new bool[MpoLayout.MaxPositions];
        private readonly double[] _syncLevel = new double[MpoLayout.MaxPositions];
        private readonly int[] _range = new int[MpoLayout.MaxPositions];
        private readonly long[] _lastHigh = new long[MpoLayout.MaxPositions];
        private readonly long[] _firstLow = new long[MpoLayout.MaxPositions];
        private readonly double[][] _sum = new double[MpoLayout.MaxPositions][];
        private readonly int[][] _count = new int[MpoLayout.MaxPositions][];
        private readonly int[] _heldChannel = new int[2 * MpoLayout.MaxPositions];
        private readonly long[] _heldTime = new long[2 * MpoLayout.MaxPositions];
        private readonly double[] _heldLevel = new double[2 * MpoLayout.MaxPositions];
        private int _held;
        private int _lastCode;

        /// <summary>Builds a scanner over the probe's front end, clock, acquirer and dark table.</summary>
        public PolarityScanner(IPhotodiodeFrontEnd frontEnd, IMicrosecondClock clock, Acquirer acquirer, DarkOffsets dark)
        {
            if (frontEnd == null || clock == null || acquirer == null || dark == null)
            {
                throw new ArgumentNullException(frontEnd == null ? "frontEnd" : (clock == null ? "clock" : (acquirer == null ? "acquirer" : "dark")));
            }

            _frontEnd = frontEnd;
            _clock = clock;
            _acquirer = acquirer;
            _dark = dark;
            Map = new PolarityMap();
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                _sum[c] = new double[MaxDataSlots];
                _count[c] = new int[MaxDataSlots];
            }
        }

        /// <summary>The map of the last scan.</summary>
        public PolarityMap Map { get; }

        /// <summary>
        /// Scans every ferrule position of <paramref name="layout"/>. Fills <paramref name="powerScan"/>
        /// with the powers measured in the sync window (valid when <see cref="PolarityMap.PowersValid"/>).
        /// </summary>
        public PolarityMap Scan(MpoLayout layout, Wavelength wavelength, Scan powerScan)
        {
            long start = _clock.NowMicroseconds;
            int n = layout.PositionCount;
            int bits = CodedSourceSequencer.BitsFor(n);
            long slot = CodedSourceSequencer.SlotMicroseconds;
            long frame = (CodedSourceSequencer.GapSlots + CodedSourceSequencer.SyncSlots + (2 * bits)) * slot;
            Map.Begin(n);
            for (int attempt = 1; attempt <= MaxFrames; attempt++)
            {
                long edge;
                PolarityScanStatus found = FindFrameStart(n, _clock.NowMicroseconds + (2 * frame) + (CodedSourceSequencer.GapSlots * slot), out edge);
                if (found != PolarityScanStatus.Decoded)
                {
                    Map.Finish(found, false, attempt, _clock.NowMicroseconds - start);
                    return Map;
                }

                bool powersOk = MeasureSyncWindow(n, wavelength, powerScan, edge);
                long syncEnd = FindSyncEnd(n, edge);
                double slotEstimate = ClampSlot((syncEnd - edge) / (double)CodedSourceSequencer.SyncSlots);
                Map.SyncStartMicroseconds = edge;
                Map.DataStartMicroseconds = syncEnd;
                Map.MeasuredSlotMicroseconds = slotEstimate;
                CollectData(n, bits, syncEnd, slotEstimate);
                Decode(n, bits);
                if (powersOk || attempt == MaxFrames)
                {
                    Map.Finish(PolarityScanStatus.Decoded, powersOk, attempt, _clock.NowMicroseconds - start);
                    return Map;
                }
            }

            return Map;
        }

        private PolarityScanStatus FindFrameStart(int n, long deadline, out long edge)
        {
            long gap = (long)((CodedSourceSequencer.GapSlots - 0.5) * CodedSourceSequencer.SlotMicroseconds);
            long litThreshold = (long)(LitThresholdVolts / FrontEndDesign.AdcVoltsPerCode);
            long darkSince = _clock.NowMicroseconds;
            long previous = darkSince;
            bool anyLight = false;
            while (_clock.NowMicroseconds < deadline)
            {
                for (int c = 0; c < n; c++)
                {
                    double level = Sample(c, DetectionRange);
                    long t = _clock.NowMicroseconds;
                    if (_lastCode >= FrontEndDesign.ClipCode || level > litThreshold)
                    {
                        if (t - darkSince >= gap)
                        {
                            edge = (previous + t) / 2;
                            return PolarityScanStatus.Decoded;
                        }

                        anyLight = true;
                        darkSince = t;
                    }

                    previous = t;
                }
            }

            edge = 0;
            return anyLight ? PolarityScanStatus.NoCodedSource : PolarityScanStatus.NoLight;
        }

        /// <summary>Runs the power acquisition inside the sync window; false if it ran past the window.</summary>
        private bool MeasureSyncWindow(int n, Wavelength wavelength, Scan powerScan, long edge)
        {
            _acquirer.Acquire(n, wavelength, powerScan);
            long windowEnd = edge + (long)((CodedSourceSequencer.SyncSlots - 0.3) * CodedSourceSequencer.SlotMicroseconds * 0.98);
            bool inside = _clock.NowMicroseconds <= windowEnd;
            for (int c = 0; c < n; c++)
            {
                ChannelReading r = powerScan.At(c + 1);
                _range[c] = r.Range;
                _lit[c] = r.Status != ChannelStatus.NoLight;
                _syncLevel[c] = r.Status == ChannelStatus.OverRange ? FrontEndDesign.AdcMaxCode : r.SignalCodes;
                _lastHigh[c] = _clock.NowMicroseconds;
                _firstLow[c] = long.MaxValue;
            }

            return inside;
        }

        /// <summary>
        /// The moment the sync window ended. Positions whose fiber has bit 0 clear go dark then;
        /// each one's last bright and first dark sample bracket the edge. The sweep after the
        /// first drop is completed too, so that positions sampled just before the edge report
        /// their drop as well: they give the tightest lower bound.
        /// </summary>
        private long FindSyncEnd(int n, long edge)
        {
            long nominal = edge + (CodedSourceSequencer.SyncSlots * CodedSourceSequencer.SlotMicroseconds);
            long deadline = nominal + (CodedSourceSequencer.SlotMicroseconds * 3 / 2);
            int sweepsSinceDrop = -1;
            _held = 0;
            while (_clock.NowMicroseconds < deadline && sweepsSinceDrop < 1)
            {
                bool dropped = false;
                _held = sweepsSinceDrop < 0 ? 0 : _held;
                for (int c = 0; c < n; c++)
                {
                    if (!_lit[c])
                    {
                        continue;
                    }

                    double level = Sample(c, _range[c]);
                    bool high = IsAbove(c, level, HighShare);
                    long t = _clock.NowMicroseconds;
                    Hold(c, t, level);
                    if (_firstLow[c] != long.MaxValue)
                    {
                        continue;
                    }

                    if (high)
                    {
                        _lastHigh[c] = t;
                    }
                    else
                    {
                        _firstLow[c] = t;
                        dropped = true;
                    }
                }

                if (sweepsSinceDrop >= 0 || dropped)
                {
                    sweepsSinceDrop++;
                }
            }

            return sweepsSinceDrop >= 0 ? EdgeBetween(n) : nominal;
        }

        /// <summary>Keeps a sample taken while the sync end is being located: it may belong to the first data slot.</summary>
        private void Hold(int channel, long time, double level)
        {
            if (_held < _heldTime.Length)
            {
                _heldChannel[_held] = channel;
                _heldTime[_held] = time;
                _heldLevel[_held] = level;
                _held++;
            }
        }

        private void Accumulate(int channel, long time, double level, long dataStart, double slot, int slots)
        {
            double u = (time - dataStart) / slot;
            int k = (int)u;
            double phase = u - k;
            if (u >= 0 && k < slots && phase >= 0.2 && phase <= 0.8)
            {
                _sum[channel][k] += level;
                _count[channel][k]++;
            }
        }

        private long EdgeBetween(int n)
        {
            long lo = long.MinValue;
            long hi = long.MaxValue;
            for (int c = 0; c < n; c++)
            {
                if (_lit[c] && _firstLow[c] != long.MaxValue)
                {
                    lo = _lastHigh[c] > lo ? _lastHigh[c] : lo;
                    hi = _firstLow[c] < hi ? _firstLow[c] : hi;
                }
            }

            return lo < hi ? (lo + hi) / 2 : hi;
        }

        private static double ClampSlot(double measured)
        {
            double nominal = CodedSourceSequencer.SlotMicroseconds;
            return Math.Min(Math.Max(measured, nominal * 0.95), nominal * 1.05);
        }

        private void CollectData(int n, int bits, long dataStart, double slot)
        {
            int slots = 2 * bits;
            for (int c = 0; c < n; c++)
            {
                for (int k = 0; k < slots; k++)
                {
                    _sum[c][k] = 0;
                    _count[c][k] = 0;
                }
            }

            for (int i = 0; i < _held; i++)
            {
                Accumulate(_heldChannel[i], _heldTime[i], _heldLevel[i], dataStart, slot, slots);
            }

            long end = dataStart + (long)(slots * slot);
            while (_clock.NowMicroseconds < end)
            {
                for (int c = 0; c < n; c++)
                {
                    if (_lit[c])
                    {
                        double level = Sample(c, _range[c]);
                        Accumulate(c, _clock.NowMicroseconds, level, dataStart, slot, slots);
                    }
                }
            }
        }

        private void Decode(int n, int bits)
        {
            Map.ClearSources();
            for (int c = 0; c < n; c++)
            {
                if (!_lit[c])
                {
                    continue;
                }

                int code = 0;
                bool readable = true;
                bool mixed = false;
                for (int b = 0; b < bits && readable; b++)
                {
                    int a = 2 * b;
                    readable = _count[c][a] > 0 && _count[c][a + 1] > 0;
                    if (!readable)
                    {
                        break;
                    }

                    double first = _sum[c][a] / _count[c][a];
                    double second = _sum[c][a + 1] / _count[c][a + 1];
                    double high = first > second ? first : second;
                    double low = first > second ? second : first;
                    readable = high >= PresentShare * _syncLevel[c];
                    mixed |= low >= PresentShare * _syncLevel[c];
                    code |= first > second ? 1 << b : 0;
                }

                bool valid = readable && code >= 1 && code <= n;
                Map.Set(c + 1, valid ? code : PolarityMap.Unreadable, mixed);
            }
        }

        private bool IsAbove(int channel, double level, double share)
        {
            return _lastCode >= FrontEndDesign.ClipCode || level >= share * _syncLevel[channel];
        }

        /// <summary>One quick conversion (short settle: on/off needs no 1-LSB settling); returns code above dark.</summary>
        private double Sample(int channel, int range)
        {
            _frontEnd.Select(channel, range);
            _frontEnd.Settle(SampleSettleMicroseconds);
            _lastCode = _frontEnd.Read();
            return _lastCode - _dark.Get(channel, range);
        }
    }
}
