using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Refreshes the dark table in a coded frame's dark gap (docs/uncertainty.md): while the
    /// scanner waits for the sync, it reads dark bursts on the positions the last scan saw lit, in
    /// the ranges it read them in, and keeps them pending until the gap is confirmed. A burst the
    /// light interrupts is dropped; one that moved further from the stored dark than temperature
    /// can explain saw light in the gap and is refused, the old entry kept. Shares the scanner's
    /// per-position arrays, and keeps its pending bursts in the data decoder's held-sample arrays
    /// (free while the frame start is searched: the decoder holds samples only later, at the
    /// sync's end); allocates nothing after construction.
    /// </summary>
    public sealed class GapDarkRefresh
    {
        /// <summary>Conversions averaged per refreshed entry: as many as the boot-time capture (AcquisitionSettings.DarkSamples), so a refreshed entry is no noisier than the one it replaces.</summary>
        public const int Samples = 256;

        private readonly IPhotodiodeFrontEnd _frontEnd;
        private readonly IMicrosecondClock _clock;
        private readonly DarkOffsets _dark;
        private readonly bool[] _lit;
        private readonly bool[] _syncOk;
        private readonly int[] _range;
        private readonly double[] _syncLevel;

        // Pending burst i: channel at _pendingChannel[i], range at _pendingChannel[MaxPositions + i]
        // (the decoder's held arrays have room for two samples per position).
        private readonly int[] _pendingChannel;
        private readonly double[] _pendingMean;
        private readonly long[] _pendingEnd;
        private readonly DataSlotDecoder _data;
        private int _pending;
        private int _candidates;
        private int _next;

        /// <summary>Refreshes through <paramref name="frontEnd"/> into <paramref name="dark"/>; the arrays are the scanner's record of the last sync window (lit, read OK, range, level), read live.</summary>
        internal GapDarkRefresh(IPhotodiodeFrontEnd frontEnd, IMicrosecondClock clock, DarkOffsets dark, bool[] lit, bool[] syncOk, int[] range, double[] syncLevel, DataSlotDecoder data)
        {
            _data = data;
            _pendingChannel = data.HeldChannel;
            _pendingMean = data.HeldLevel;
            _pendingEnd = data.HeldTime;
            _lit = lit;
            _syncOk = syncOk;
            _frontEnd = frontEnd;
            _clock = clock;
            _dark = dark;
            _range = range;
            _syncLevel = syncLevel;
        }

        /// <summary>Positions whose dark entry the last scan refreshed.</summary>
        public uint RefreshedMask { get; private set; }

        /// <summary>Position (1-based) whose refresh the last scan refused because the gap was not dark; 0 when none.</summary>
        public int RefusedPosition { get; private set; }

        /// <summary>Range of the refused refresh.</summary>
        public int RefusedRange { get; private set; }

        /// <summary>How far the refused gap reading was from the stored dark, codes.</summary>
        public double RefusedChangeCodes { get; private set; }

        /// <summary>True while another burst fits the candidates of this scan.</summary>
        internal bool Wanted => _pending < _candidates;

        /// <summary>Largest change of a dark entry a refresh accepts in <paramref name="range"/>, codes: the dark current's growth over the temperature excursion (doubling every 8 °C), the ADC offset drift and 6σ of the burst's noise.</summary>
        public static double MaxChangeCodes(int range)
        {
            double dT = FieldFigures.TemperatureExcursionC;
            double darkAmps = FrontEndDesign.DarkCurrentMaxAmps * (Math.Pow(2.0, dT / 8.0) - 1.0);
            double darkCodes = darkAmps * FrontEndDesign.NominalTransimpedanceOhms(range) / FrontEndDesign.AdcVoltsPerCode;
            double noise = 6.0 * FrontEndDesign.AdcNoiseSigmaCodes / Math.Sqrt(Samples);
            return darkCodes + (FieldFigures.AdcOffsetCodesPerC * dT) + noise;
        }

        /// <summary>Starts a scan of <paramref name="n"/> positions: as many bursts as the last sync window read positions lit and OK.</summary>
        internal void Begin(int n)
        {
            RefreshedMask = 0;
            RefusedPosition = 0;
            _candidates = 0;
            for (int c = 0; c < n; c++)
            {
                _candidates += IsCandidate(c) ? 1 : 0;
            }
        }

        /// <summary>Drops the pending bursts: light came back before the gap was long enough.</summary>
        internal void Drop()
        {
            _pending = 0;
        }

        /// <summary>
        /// One settled burst of <see cref="Samples"/> conversions on the next candidate of the
        /// first <paramref name="n"/> positions (round robin across scans), kept pending. True when
        /// the light came back during it (at <paramref name="lightAt"/>; the burst is dropped).
        /// </summary>
        internal bool Burst(int n, ref long previous, out long lightAt)
        {
            int channel = NextChannel(n);
            int range = _range[channel];
            _frontEnd.Select(channel, range);
            _frontEnd.Settle(FrontEndDesign.DefaultSettleMicroseconds);
            double old = _dark.Get(channel, range);
            double lightCodes = PolarityScanner.HighShare * _syncLevel[channel];
            double sum = 0;
            for (int i = 0; i < Samples; i++)
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

            // The decoder's held samples (an earlier frame's, all before this gap) give way.
            _data.DropHeld();
            _pendingChannel[_pending] = channel;
            _pendingChannel[MpoLayout.MaxPositions + _pending] = range;
            _pendingMean[_pending] = sum / Samples;
            _pendingEnd[_pending] = previous;
            _pending++;
            lightAt = 0;
            return false;
        }

        /// <summary>The gap is confirmed: stores the pending bursts that temperature can explain.</summary>
        internal void Commit()
        {
            for (int i = 0; i < _pending; i++)
            {
                int c = _pendingChannel[i];
                int r = _pendingChannel[MpoLayout.MaxPositions + i];
                double change = _pendingMean[i] - _dark.Get(c, r);
                if (change > MaxChangeCodes(r) || change < -MaxChangeCodes(r))
                {
                    if (RefusedPosition == 0)
                    {
                        RefusedPosition = c + 1;
                        RefusedRange = r;
                        RefusedChangeCodes = change;
                    }

                    continue;
                }

                _dark.Refresh(c, r, _pendingMean[i], _pendingEnd[i] / 1000);
                RefreshedMask = PositionMask.With(RefreshedMask, c + 1);
            }

            _pending = 0;
        }

        private bool IsCandidate(int c)
        {
            return _lit[c] && _syncOk[c];
        }

        private int NextChannel(int n)
        {
            for (int i = 0; i < n; i++)
            {
                int c = (_next + i) % n;
                if (IsCandidate(c))
                {
                    _next = (c + 1) % n;
                    return c;
                }
            }

            return 0;
        }
    }
}
