using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Reads a coded source (docs/source-protocol.md) through the same front end and acquisition
    /// as a power inspection: finds the frame's dark gap, measures every position's power in the
    /// all-lit sync window (that scan gives the loss), holds one bright position to time the sync's
    /// end (the source's real slot length) and read the source's monitor field, then samples every
    /// lit position through the Manchester data slots and decodes which source fiber each one
    /// receives. Allocates nothing after construction.
    /// </summary>
    public sealed partial class PolarityScanner
    {
        /// <summary>Gain range used to look for the gap: −45 dBm gives ≈0.1 V, brighter light clips (still "lit").</summary>
        public const int DetectionRange = 12;

        private const int SampleSettleMicroseconds = 100;
        private const double LitThresholdVolts = 0.1;

        /// <summary>Share of a position's sync level above which a sample counts as lit.</summary>
        internal const double HighShare = 0.5;

        /// <summary>Share of a position's sync level above which a data slot holds light.</summary>
        internal const double PresentShare = 0.25;
        private const int MaxFrames = 3;
        private readonly IPhotodiodeFrontEnd _frontEnd;
        private readonly IMicrosecondClock _clock;
        private readonly Acquirer _acquirer;
        private readonly DarkOffsets _dark;
        private readonly bool[] _lit = new bool[MpoLayout.MaxPositions];
        private readonly bool[] _syncOk = new bool[MpoLayout.MaxPositions];
        private readonly double[] _syncLevel = new double[MpoLayout.MaxPositions];
        private readonly int[] _range = new int[MpoLayout.MaxPositions];
        private readonly long[] _lastHigh = new long[MpoLayout.MaxPositions];
        private readonly long[] _firstLow = new long[MpoLayout.MaxPositions];
        private readonly GapDarkRefresh _refresh;
        private readonly MonitorFieldReader _monitor;
        private readonly DataSlotDecoder _data = new DataSlotDecoder();
        private int _lastCode;

        /// <summary>Builds a scanner over the probe's front end, clock, acquirer and dark table.</summary>
        public PolarityScanner(IPhotodiodeFrontEnd frontEnd, IMicrosecondClock clock, Acquirer acquirer, DarkOffsets dark)
        {
            _frontEnd = frontEnd ?? throw new ArgumentNullException("frontEnd");
            _clock = clock ?? throw new ArgumentNullException("clock");
            _acquirer = acquirer ?? throw new ArgumentNullException("acquirer");
            _dark = dark ?? throw new ArgumentNullException("dark");
            Map = new PolarityMap();
            _refresh = new GapDarkRefresh(frontEnd, clock, dark, _lit, _syncOk, _range, _syncLevel, _data);
            _monitor = new MonitorFieldReader(frontEnd, clock, dark, _lit, _syncOk, _range, _syncLevel, Map);
        }

        /// <summary>The map of the last scan.</summary>
        public PolarityMap Map { get; }

        /// <summary>
        /// Refresh the dark table in the frame's dark gap (default true): the positions the last
        /// scan saw lit, in the ranges it read them in, as many as the gap holds (docs/uncertainty.md).
        /// </summary>
        public bool RefreshDark { get; set; } = true;

        /// <summary>The dark refresh in the frame's gap: what the last scan refreshed or refused.</summary>
        public GapDarkRefresh DarkRefresh => _refresh;

        /// <summary>
        /// Scans every ferrule position of <paramref name="layout"/>. Fills <paramref name="powerScan"/>
        /// with the powers measured in the sync window (valid when <see cref="PolarityMap.PowersValid"/>).
        /// </summary>
        public PolarityMap Scan(MpoLayout layout, Wavelength wavelength, Scan powerScan)
        {
            long start = _clock.NowMicroseconds;
            int n = layout.PositionCount;
            _refresh.Begin(n);

            int bits = CodedSourceSequencer.BitsFor(n);
            long slot = CodedSourceSequencer.SlotMicroseconds;
            long frame = (CodedSourceSequencer.DataStartSlot + (2 * bits)) * slot;
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
                Map.SetMonitor(SourceMonitorStatus.Unreadable, 0);
                int heldChannel = _monitor.Channel(n, edge);
                long syncEnd = heldChannel >= 0 ? _monitor.Read(heldChannel, edge) : FindSyncEnd(n, edge);
                double slotEstimate = MonitorFieldReader.ClampSlot((syncEnd - edge) / (double)CodedSourceSequencer.SyncSlots);
                long dataStart = syncEnd + (long)(CodedSourceSequencer.MonitorSlots * slotEstimate);
                Map.SyncStartMicroseconds = edge;
                Map.DataStartMicroseconds = dataStart;
                Map.MeasuredSlotMicroseconds = slotEstimate;
                CollectData(n, bits, dataStart, slotEstimate);
                _data.Decode(n, bits, _lit, _syncLevel, Map);
                if (powersOk || attempt == MaxFrames)
                {
                    ReadGapSteps(n, bits, _data.End, slotEstimate);
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
            _refresh.Drop();
            while (_clock.NowMicroseconds < deadline)
            {
                if (RefreshDark && _refresh.Wanted && _clock.NowMicroseconds - darkSince >= RefreshAfterDarkMicroseconds)
                {
                    long lightAt;
                    if (!_refresh.Burst(n, ref previous, out lightAt))
                    {
                        continue;
                    }

                    if (lightAt - darkSince >= gap)
                    {
                        edge = (previous + lightAt) / 2;
                        _refresh.Commit();
                        return PolarityScanStatus.Decoded;
                    }

                    _refresh.Drop();
                    darkSince = lightAt;
                    previous = lightAt;
                    continue;
                }

                for (int c = 0; c < n; c++)
                {
                    double level = Sample(c, DetectionRange);
                    long t = _clock.NowMicroseconds;
                    if (_lastCode >= FrontEndDesign.ClipCode || level > litThreshold)
                    {
                        if (t - darkSince >= gap)
                        {
                            edge = (previous + t) / 2;
                            _refresh.Commit();
                            return PolarityScanStatus.Decoded;
                        }

                        // Light after a dark run shorter than the gap: what was measured was not the gap.
                        _refresh.Drop();
                        anyLight = true;
                        darkSince = t;
                    }

                    previous = t;
                }
            }

            edge = 0;
            return anyLight ? PolarityScanStatus.NoCodedSource : PolarityScanStatus.NoLight;
        }

        /// <summary>Darkness after light for this long may be the gap: dark bursts start (longer than any dark run of the monitor field).</summary>
        private const long RefreshAfterDarkMicroseconds = 5000;

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
                _syncOk[c] = r.Status == ChannelStatus.Ok;
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
            _data.DropHeld();
            while (_clock.NowMicroseconds < deadline && sweepsSinceDrop < 1)
            {
                bool dropped = false;
                if (sweepsSinceDrop < 0)
                {
                    _data.DropHeld();
                }

                for (int c = 0; c < n; c++)
                {
                    if (!_lit[c])
                    {
                        continue;
                    }

                    double level = Sample(c, _range[c]);
                    bool high = IsAbove(c, level, HighShare);
                    long t = _clock.NowMicroseconds;
                    _data.Hold(c, t, level);
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

        private void CollectData(int n, int bits, long dataStart, double slot)
        {
            _data.Begin(n, bits, dataStart, slot);
            long end = _data.End;
            while (_clock.NowMicroseconds < end)
            {
                for (int c = 0; c < n; c++)
                {
                    if (_lit[c])
                    {
                        double level = Sample(c, _range[c]);
                        _data.Add(c, _clock.NowMicroseconds, level);
                    }
                }
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
