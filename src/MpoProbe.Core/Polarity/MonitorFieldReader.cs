using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Reads a coded source's monitor field (docs/source-protocol.md) on one held position: times
    /// the sync's end on it and decodes the Manchester monitor word into the scanner's map. Shares
    /// the scanner's per-position arrays; allocates nothing after construction.
    /// </summary>
    internal sealed class MonitorFieldReader
    {
        private readonly IPhotodiodeFrontEnd _frontEnd;
        private readonly IMicrosecondClock _clock;
        private readonly DarkOffsets _dark;
        private readonly bool[] _lit;
        private readonly bool[] _syncOk;
        private readonly int[] _range;
        private readonly double[] _syncLevel;
        private readonly PolarityMap _map;
        private readonly double[] _sum = new double[2 * SourceMonitorWord.Bits];
        private readonly int[] _count = new int[2 * SourceMonitorWord.Bits];
        private int _lastCode;

        /// <summary>Reads through <paramref name="frontEnd"/> into <paramref name="map"/>; the arrays are the scanner's record of the last sync window (lit, read OK, range, level), read live.</summary>
        internal MonitorFieldReader(IPhotodiodeFrontEnd frontEnd, IMicrosecondClock clock, DarkOffsets dark, bool[] lit, bool[] syncOk, int[] range, double[] syncLevel, PolarityMap map)
        {
            _lit = lit;
            _syncOk = syncOk;
            _frontEnd = frontEnd;
            _clock = clock;
            _dark = dark;
            _range = range;
            _syncLevel = syncLevel;
            _map = map;
        }

        /// <summary>A measured slot length kept within ±5 % of nominal.</summary>
        internal static double ClampSlot(double measured)
        {
            double nominal = CodedSourceSequencer.SlotMicroseconds;
            return Math.Min(Math.Max(measured, nominal * 0.95), nominal * 1.05);
        }

        /// <summary>
        /// The position held to time the sync's end and read the monitor field: the brightest one
        /// read cleanly (OK) in the sync window; −1 when none, or when the acquisition left no
        /// time before the sync's end (the field is then not read in this frame).
        /// </summary>
        internal int Channel(int n, long edge)
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
        internal long Read(int channel, long edge)
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
                if (_lastCode < FrontEndDesign.ClipCode && level < PolarityScanner.HighShare * _syncLevel[channel])
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
                _sum[h] = 0;
                _count[h] = 0;
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
                    _sum[h] += level;
                    _count[h]++;
                }
            }

            Decode(_syncLevel[channel]);
            return syncEnd;
        }

        private void Decode(double syncLevel)
        {
            int word = 0;
            for (int b = 0; b < SourceMonitorWord.Bits; b++)
            {
                int a = 2 * b;
                if (_count[a] == 0 || _count[a + 1] == 0)
                {
                    return;
                }

                double first = _sum[a] / _count[a];
                double second = _sum[a + 1] / _count[a + 1];
                double high = first > second ? first : second;
                double low = first > second ? second : first;
                if (high < PolarityScanner.HighShare * syncLevel || low >= PolarityScanner.PresentShare * syncLevel)
                {
                    return;
                }

                word |= first > second ? 1 << b : 0;
            }

            int steps;
            if (!SourceMonitorWord.TryDecode(word, out steps))
            {
                _map.SetMonitor(SourceMonitorStatus.CheckFailed, steps);
                return;
            }

            SourceMonitorStatus status = steps == SourceMonitorWord.NoValue ? SourceMonitorStatus.NoValue
                : (SourceMonitorWord.IsUsable(steps) ? SourceMonitorStatus.Valid : SourceMonitorStatus.Saturated);
            _map.SetMonitor(status, steps);
        }

        /// <summary>One conversion of the held channel (no switch, no settle): code above dark.</summary>
        private double Held(int channel)
        {
            _lastCode = _frontEnd.Read();
            return _lastCode - _dark.Get(channel, _range[channel]);
        }
    }
}
