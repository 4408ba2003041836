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
        private readonly bool[] _syncOk = new bool[MpoLayout.MaxPositions];
        private readonly double[] _syncLevel = new double[MpoLayout.MaxPositions];
        private readonly int[] _range = new int[MpoLayout.MaxPositions];
        private readonly long[] _lastHigh = new long[MpoLayout.MaxPositions];
        private readonly long[] _firstLow = new long[MpoLayout.MaxPositions];
        // Per channel and data slot, flat (channel * MaxDataSlots + slot): two arrays instead of 66
        // on the interpreter heap (docs/core.md, "Memory on the device").
        private readonly double[] _sum = new double[MpoLayout.MaxPositions * MaxDataSlots];
        private readonly short[] _count = new short[MpoLayout.MaxPositions * MaxDataSlots];
        private readonly int[] _heldChannel = new int[2 * MpoLayout.MaxPositions];
        private readonly long[] _heldTime = new long[2 * MpoLayout.MaxPositions];
        private readonly double[] _heldLevel = new double[2 * MpoLayout.MaxPositions];
        private readonly double[] _monitorSum = new double[2 * SourceMonitorWord.Bits];
        private readonly int[] _monitorCount = new int[2 * SourceMonitorWord.Bits];
        private readonly int[] _pendingChannel = new int[MpoLayout.MaxPositions];
        private readonly int[] _pendingRange = new int[MpoLayout.MaxPositions];
        private readonly double[] _pendingMean = new double[MpoLayout.MaxPositions];
        private readonly long[] _pendingEnd = new long[MpoLayout.MaxPositions];
        private int _pending;
        private int _refreshCandidates;
        private int _refreshNext;
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
        }

        /// <summary>The map of the last scan.</summary>
        public PolarityMap Map { get; }

        /// <summary>
        /// Refresh the dark table in the frame's dark gap (default true): the positions the last
        /// scan saw lit, in the ranges it read them in, as many as the gap holds (docs/uncertainty.md).
        /// </summary>
        public bool RefreshDark { get; set; } = true;

        /// <summary>Conversions averaged per refreshed entry: as many as the boot-time capture (AcquisitionSettings.DarkSamples), so a refreshed entry is no noisier than the one it replaces.</summary>
        public const int DarkRefreshSamples = 256;

        /// <summary>Positions whose dark entry the last scan refreshed.</summary>
        public uint DarkRefreshedMask { get; private set; }

        /// <summary>Position (1-based) whose refresh the last scan refused because the gap was not dark; 0 when none.</summary>
        public int DarkRefusedPosition { get; private set; }

        /// <summary>Range of the refused refresh.</summary>
        public int DarkRefusedRange { get; private set; }

        /// <summary>How far the refused gap reading was above the stored dark, codes.</summary>
        public double DarkRefusedChangeCodes { get; private set; }

        /// <summary>Largest change of a dark entry a refresh accepts in <paramref name="range"/>, codes: the dark current's growth over ±10 °C (doubling every 8 °C), the ADC offset drift and 6σ of the burst's noise.</summary>
        public static double MaxDarkChangeCodes(int range)
        {
            double dT = FieldFigures.TemperatureExcursionC;
            double darkAmps = FrontEndDesign.DarkCurrentMaxAmps * (Math.Pow(2.0, dT / 8.0) - 1.0);
            double darkCodes = darkAmps * FrontEndDesign.NominalTransimpedanceOhms(range) / FrontEndDesign.AdcVoltsPerCode;
            double noise = 6.0 * FrontEndDesign.AdcNoiseSigmaCodes / Math.Sqrt(DarkRefreshSamples);
            return darkCodes + (FieldFigures.AdcOffsetCodesPerC * dT) + noise;
        }

        /// <summary>
        /// Scans every ferrule position of <paramref name="layout"/>. Fills <paramref name="powerScan"/>
        /// with the powers measured in the sync window (valid when <see cref="PolarityMap.PowersValid"/>).
        /// </summary>
        public PolarityMap Scan(MpoLayout layout, Wavelength wavelength, Scan powerScan)
        {
            long start = _clock.NowMicroseconds;
            int n = layout.PositionCount;
            DarkRefreshedMask = 0;
            DarkRefusedPosition = 0;
            _refreshCandidates = 0;
            for (int c = 0; c < n; c++)
            {
                _refreshCandidates += _lit[c] && _syncOk[c] ? 1 : 0;
            }

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
                int heldChannel = MonitorChannel(n, edge);
                long syncEnd = heldChannel >= 0 ? ReadMonitor(heldChannel, edge) : FindSyncEnd(n, edge);
                double slotEstimate = ClampSlot((syncEnd - edge) / (double)CodedSourceSequencer.SyncSlots);
                long dataStart = syncEnd + (long)(CodedSourceSequencer.MonitorSlots * slotEstimate);
                Map.SyncStartMicroseconds = edge;
                Map.DataStartMicroseconds = dataStart;
                Map.MeasuredSlotMicroseconds = slotEstimate;
                CollectData(n, bits, dataStart, slotEstimate);
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
            _pending = 0;
            while (_clock.NowMicroseconds < deadline)
            {
                if (RefreshDark && _pending < _refreshCandidates && _clock.NowMicroseconds - darkSince >= RefreshAfterDarkMicroseconds)
                {
                    long lightAt;
                    if (!DarkBurst(NextRefreshChannel(n), ref previous, out lightAt))
                    {
                        continue;
                    }

                    if (lightAt - darkSince >= gap)
                    {
                        edge = (previous + lightAt) / 2;
                        CommitDark();
                        return PolarityScanStatus.Decoded;
                    }

                    _pending = 0;
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
                            CommitDark();
                            return PolarityScanStatus.Decoded;
                        }

                        // Light after a dark run shorter than the gap: what was measured was not the gap.
                        _pending = 0;
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

        /// <summary>The next position the last scan saw lit (round robin, so successive scans cover them all).</summary>
        private int NextRefreshChannel(int n)
        {
            for (int i = 0; i < n; i++)
            {
                int c = (_refreshNext + i) % n;
                if (_lit[c] && _syncOk[c])
                {
                    _refreshNext = (c + 1) % n;
                    return c;
                }
            }

            return 0;
        }

        /// <summary>
        /// One dark burst (settled, <see cref="DarkRefreshSamples"/> conversions) on <paramref name="channel"/> in the range the
        /// last scan read it in, kept pending until the gap is confirmed. True when the light
        /// came back during it (the sync's start, timed to one conversion; the burst is dropped).
        /// </summary>
        private bool DarkBurst(int channel, ref long previous, out long lightAt)
        {
            int range = _range[channel];
            _frontEnd.Select(channel, range);
            _frontEnd.Settle(FrontEndDesign.DefaultSettleMicroseconds);
            double old = _dark.Get(channel, range);
            double lightCodes = HighShare * _syncLevel[channel];
            double sum = 0;
            int samples = DarkRefreshSamples;
            for (int i = 0; i < samples; i++)
            {
                int code = _frontEnd.Read();
                long t = _clock.NowMicroseconds;
                if (code >= FrontEndDesign.ClipCode || code - old > lightCodes)
                {
                    lightAt = t;
                    return true;
                }

                sum += code;
                previous = t;
            }

            _pendingChannel[_pending] = channel;
            _pendingRange[_pending] = range;
            _pendingMean[_pending] = sum / samples;
            _pendingEnd[_pending] = previous;
            _pending++;
            lightAt = 0;
            return false;
        }

        /// <summary>
        /// The gap is confirmed: stores the pending dark bursts. One that moved further from the
        /// stored dark than temperature can explain saw light in the gap: refused, the old entry kept.
        /// </summary>
        private void CommitDark()
        {
            for (int i = 0; i < _pending; i++)
            {
                int c = _pendingChannel[i];
                int r = _pendingRange[i];
                double change = _pendingMean[i] - _dark.Get(c, r);
                if (change > MaxDarkChangeCodes(r) || change < -MaxDarkChangeCodes(r))
                {
                    if (DarkRefusedPosition == 0)
                    {
                        DarkRefusedPosition = c + 1;
                        DarkRefusedRange = r;
                        DarkRefusedChangeCodes = change;
                    }

                    continue;
                }

                _dark.Refresh(c, r, _pendingMean[i], _pendingEnd[i] / 1000);
                DarkRefreshedMask = PositionMask.With(DarkRefreshedMask, c + 1);
            }

            _pending = 0;
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
                _sum[(channel * MaxDataSlots) + k] += level;
                _count[(channel * MaxDataSlots) + k]++;
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

        /// <summary>
        /// The position held to time the sync's end and read the monitor field: the brightest one
        /// read cleanly (OK) in the sync window; −1 when none, or when the acquisition left no
        /// time before the sync's end (the field is then not read in this frame).
        /// </summary>
        private int MonitorChannel(int n, long edge)
        {
            long latest = edge + (long)((CodedSourceSequencer.SyncSlots - 0.2) * CodedSourceSequencer.SlotMicroseconds * 0.98);
            if (_clock.NowMicroseconds > latest)
            {
                return -1;
            }

            int best = -1;
            for (int c = 0; c < n; c++)
            {
                if (_lit[c] && _syncOk[c] && (best < 0 || _syncLevel[c] > _syncLevel[best]))
                {
                    best = c;
                }
            }

            return best;
        }

        /// <summary>
        /// Holds <paramref name="channel"/> in its range and converts back to back (no mux sweep):
        /// the first sample below half its sync level is the sync's end (every fiber goes dark in
        /// the monitor's start sub-slot), then the 24 Manchester half-bits of the monitor word are
        /// averaged over their middle 60 % and compared pairwise. Returns the sync's end.
        /// </summary>
        private long ReadMonitor(int channel, long edge)
        {
            _frontEnd.Select(channel, _range[channel]);
            _frontEnd.Settle(FrontEndDesign.DefaultSettleMicroseconds);
            long deadline = edge + (long)(CodedSourceSequencer.SyncSlots * CodedSourceSequencer.SlotMicroseconds * 1.05) + (CodedSourceSequencer.SlotMicroseconds / 2);
            long previous = _clock.NowMicroseconds;
            long syncEnd = -1;
            while (_clock.NowMicroseconds < deadline)
            {
                double level = Held(channel);
                long t = _clock.NowMicroseconds;
                if (_lastCode < FrontEndDesign.ClipCode && level < HighShare * _syncLevel[channel])
                {
                    syncEnd = (previous + t) / 2;
                    break;
                }

                previous = t;
            }

            if (syncEnd < 0)
            {
                return edge + (CodedSourceSequencer.SyncSlots * CodedSourceSequencer.SlotMicroseconds);
            }

            double sub = ClampSlot((syncEnd - edge) / (double)CodedSourceSequencer.SyncSlots) / CodedSourceSequencer.MonitorSubSlots;
            int halves = 2 * SourceMonitorWord.Bits;
            for (int h = 0; h < halves; h++)
            {
                _monitorSum[h] = 0;
                _monitorCount[h] = 0;
            }

            long end = syncEnd + (long)(CodedSourceSequencer.MonitorSubSlots * sub);
            while (_clock.NowMicroseconds < end)
            {
                double level = Held(channel);
                double u = ((_clock.NowMicroseconds - syncEnd) / sub) - 1.0;
                int h = (int)u;
                double phase = u - h;
                if (u >= 0 && h < halves && phase >= 0.2 && phase <= 0.8)
                {
                    _monitorSum[h] += level;
                    _monitorCount[h]++;
                }
            }

            DecodeMonitor(_syncLevel[channel]);
            return syncEnd;
        }

        private void DecodeMonitor(double syncLevel)
        {
            int word = 0;
            for (int b = 0; b < SourceMonitorWord.Bits; b++)
            {
                int a = 2 * b;
                if (_monitorCount[a] == 0 || _monitorCount[a + 1] == 0)
                {
                    return;
                }

                double first = _monitorSum[a] / _monitorCount[a];
                double second = _monitorSum[a + 1] / _monitorCount[a + 1];
                double high = first > second ? first : second;
                double low = first > second ? second : first;
                if (high < HighShare * syncLevel || low >= PresentShare * syncLevel)
                {
                    return;
                }

                word |= first > second ? 1 << b : 0;
            }

            int steps;
            if (!SourceMonitorWord.TryDecode(word, out steps))
            {
                Map.SetMonitor(SourceMonitorStatus.CheckFailed, steps);
                return;
            }

            SourceMonitorStatus status = steps == SourceMonitorWord.NoValue ? SourceMonitorStatus.NoValue
                : (SourceMonitorWord.IsUsable(steps) ? SourceMonitorStatus.Valid : SourceMonitorStatus.Saturated);
            Map.SetMonitor(status, steps);
        }

        /// <summary>One conversion of the held channel (no switch, no settle): code above dark.</summary>
        private double Held(int channel)
        {
            _lastCode = _frontEnd.Read();
            return _lastCode - _dark.Get(channel, _range[channel]);
        }

        private void CollectData(int n, int bits, long dataStart, double slot)
        {
            int slots = 2 * bits;
            for (int c = 0; c < n; c++)
            {
                for (int k = 0; k < slots; k++)
                {
                    _sum[(c * MaxDataSlots) + k] = 0;
                    _count[(c * MaxDataSlots) + k] = 0;
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
                    readable = _count[(c * MaxDataSlots) + a] > 0 && _count[(c * MaxDataSlots) + a + 1] > 0;
                    if (!readable)
                    {
                        break;
                    }

                    double first = _sum[(c * MaxDataSlots) + a] / _count[(c * MaxDataSlots) + a];
                    double second = _sum[(c * MaxDataSlots) + a + 1] / _count[(c * MaxDataSlots) + a + 1];
                    double high = first > second ? first : second;
                    double low = first > second ? second : first;
                    readable = high >= PresentShare * _syncLevel[c];
                    mixed |= low >= PresentShare * _syncLevel[c];
                    code |= first > second ? 1 << b : 0;
                }

                // Fiber codes are fiber − 1 (docs/source-protocol.md).
                bool valid = readable && code < n;
                Map.Set(c + 1, valid ? code + 1 : PolarityMap.Unreadable, mixed);
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
