using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Turns raw ADC codes into a power per position: averages a burst per channel, subtracts
    /// the dark offset of that channel and range, picks the range that puts the signal high in
    /// the ADC window, and refuses readings that are clipped or in the dead zone. Never reports
    /// a power it did not measure. Allocates nothing after construction.
    /// </summary>
    public sealed partial class Acquirer
    {
        private const int RangesPerWindow = 4;

        /// <summary>Samples after which a burst plainly in the wrong range stops (docs/core.md, ranging after a light change).</summary>
        private const int RangingSamples = 4;
        private readonly IPhotodiodeFrontEnd _frontEnd;
        private readonly AcquisitionSettings _settings;
        private readonly DarkOffsets _dark;
        private readonly GainCalibration _gain;
        private readonly int[] _lastRange;
        private double _mean;
        private double _spread;
        private int _min;
        private int _max;
        private bool _cut;
        private int _count;
        private double _kneeCode = FrontEndDesign.CompressionCode;
        private double _voltsPerCode = FrontEndDesign.AdcVoltsPerCode;

        /// <summary>Builds an acquirer over a front end with its dark table and gain calibration.</summary>
        public Acquirer(IPhotodiodeFrontEnd frontEnd, AcquisitionSettings settings, DarkOffsets dark, GainCalibration gain)
        {
            if (frontEnd == null || settings == null || dark == null || gain == null)
            {
                throw new ArgumentNullException(frontEnd == null ? "frontEnd" : (settings == null ? "settings" : (dark == null ? "dark" : "gain")));
            }

            _frontEnd = frontEnd;
            _settings = settings;
            _dark = dark;
            _gain = gain;
            _lastRange = new int[MpoLayout.MaxPositions];
            for (int i = 0; i < _lastRange.Length; i++)
            {
                _lastRange[i] = FrontEndDesign.RangeCount / 2;
            }
        }

        /// <summary>
        /// Where a channel path found stuck during the dark capture is reported (<see cref="BurstCheck"/>), as
        /// <see cref="FaultKind.ChannelStuck"/> with its position; null: not checked.
        /// </summary>
        public FaultLatch Faults { get; set; }

        /// <summary>
        /// Places the compression knee (the 2.45 V window top) at this ADC's own code for it: the
        /// check ladder's absolute taps measured <paramref name="scale"/> codes per nominal code
        /// (<see cref="ChainCheck.MeasuredScale"/>). An ADC reading low would otherwise put the
        /// amplifier's compressed output inside the window (docs/faults.md), and ranging would aim
        /// above the knee. Ranging uses it; powers stay on the nominal scale (a loss is a ratio, and
        /// the calibration was measured on it). Outside 0.5–2: nominal.
        /// </summary>
        public void UseAdcScale(double scale)
        {
            double s = scale >= 0.5 && scale <= 2.0 ? scale : 1.0;
            _kneeCode = FrontEndDesign.CompressionCode * s;
            _voltsPerCode = FrontEndDesign.AdcVoltsPerCode / s;
        }

        /// <summary>The compression knee in this ADC's codes (<see cref="UseAdcScale"/>).</summary>
        public double KneeCode => _kneeCode;

        /// <summary>Mean code of the last burst, dark not subtracted (self-checks).</summary>
        public double LastMeanCodes => _mean;

        /// <summary>Standard deviation of the last burst's results, codes (self-checks).</summary>
        public double LastSpreadCodes => _spread;

        /// <summary>Lowest code of the last burst (self-checks).</summary>
        public int LastMinCode => _min;

        /// <summary>Highest code of the last burst (self-checks).</summary>
        public int LastMaxCode => _max;

        /// <summary>Calibrated transimpedance of a channel's range, ohms.</summary>
        public double TransimpedanceOhms(int channel, int range)
        {
            return Ohms(channel, range);
        }

        /// <summary>One burst of <paramref name="samples"/> in a fixed range: mean minus that range's dark offset, codes (self-checks).</summary>
        public double MeasureSignalCodes(int channel, int range, int samples)
        {
            Burst(channel, range, samples, false);
            return SignalCodes(channel, range);
        }

        /// <summary>Measures positions 1..<paramref name="positions"/> into <paramref name="scan"/>.</summary>
        public void Acquire(int positions, Wavelength wavelength, Scan scan)
        {
            if (positions < 1 || positions > _frontEnd.ChannelCount)
            {
                throw new ArgumentOutOfRangeException("positions", "cannot scan " + positions.ToString() + " positions with " + _frontEnd.ChannelCount.ToString() + " channels");
            }

            double responsivity = FrontEndDesign.ResponsivityAmpsPerWatt(wavelength);
            int hint = -1;
            for (int channel = 0; channel < positions; channel++)
            {
                hint = MeasureChannel(channel, responsivity, scan.At(channel + 1), hint);
            }

            scan.Count = positions;
            scan.SamplesPerChannel = _settings.SamplesPerChannel;
            scan.Wavelength = wavelength;
        }

        /// <summary>Measures a candidate reference: as <see cref="Acquire"/> with the reference's longer averaging.</summary>
        public void AcquireReference(int positions, Wavelength wavelength, Scan scan)
        {
            int samples = _settings.SamplesPerChannel;
            _settings.SamplesPerChannel = _settings.ReferenceSamplesPerChannel;
            try
            {
                Acquire(positions, wavelength, scan);
            }
            finally
            {
                _settings.SamplesPerChannel = samples;
            }
        }

        /// <summary>
        /// Measures the dark offset of every channel and range (dust cap on, source off). Stops
        /// at the first channel that shows light or sits in the ADC dead zone and says which.
        /// </summary>
        public FrontEndCheck CaptureDark(int positions)
        {
            double lightLimitCode = (FrontEndDesign.PedestalVolts + 0.5 - FrontEndDesign.AdcZeroVolts) / FrontEndDesign.AdcVoltsPerCode;
            for (int channel = 0; channel < positions; channel++)
            {
                double lowest = double.MaxValue;
                double highest = double.MinValue;
                for (int range = 0; range < FrontEndDesign.RangeCount; range++)
                {
                    Burst(channel, range, _settings.DarkSamples, false);
                    if (_mean > lightLimitCode || _max >= FrontEndDesign.ClipCode)
                    {
                        return StuckOrLight(channel, range);
                    }

                    _dark.Set(channel, range, _mean);
                    lowest = _mean < lowest ? _mean : lowest;
                    highest = _mean > highest ? _mean : highest;
                }

                // Dark current and offsets move a healthy channel's dark level over its 18 ranges
                // (×32 PGA on 4.7 MΩ: 0.2 nA alone is 49 codes); a stuck path reads one code in all.
                // At the pedestal itself it may be a TIA stuck on its smallest resistor: the test current names that.
                if (Faults != null && BurstCheck.IsStuck(lowest, highest) && !BurstCheck.Same(highest, ChainCheck.PedestalCode))
                {
                    Faults.Raise(FaultKind.ChannelStuck, channel + 1, highest, lowest);
                }
            }

            _dark.MarkCaptured();
            for (int channel = 0; channel < positions; channel++)
            {
                if (_dark.Get(channel, 0) <= FrontEndDesign.DeadZoneCode)
                {
                    return FrontEndCheck.DeadZone(channel + 1, CodeToVolts(_dark.Get(channel, 0)));
                }
            }

            return FrontEndCheck.Passed;
        }

        /// <summary>
        /// Measures one channel, starting in the range it used last time — or, when an earlier
        /// channel of this scan had to re-range (<paramref name="hint"/> ≥ 0: the light changed,
        /// and a connector's positions carry similar power), in that channel's new range.
        /// Returns the hint for the next channel.
        /// </summary>
        private int MeasureChannel(int channel, double responsivity, ChannelReading reading, int hint)
        {
            int range = hint >= 0 ? hint : _lastRange[channel];
            for (int attempt = 0; attempt < _settings.MaxRangeAttempts; attempt++)
            {
                Burst(channel, range, _settings.SamplesPerChannel, true);
                SwitchFollowed(channel, attempt, range);
                int next = NextRange(channel, range);
                if (next == range && _cut)
                {
                    // Never judge on a shortened burst: read the whole burst and decide again.
                    Burst(channel, range, _settings.SamplesPerChannel, false);
                    next = NextRange(channel, range);
                }

                if (next == range)
                {
                    _lastRange[channel] = range;
                    Finish(channel, range, responsivity, reading);
                    return attempt == 0 ? hint : range;
                }

                if (next < 0)
                {
                    _lastRange[channel] = range;
                    bool over = range == 0 && _max >= _kneeCode;
                    reading.Set(over ? ChannelStatus.OverRange : ChannelStatus.NoLight, range, SignalCodes(channel, range), _spread);
                    return attempt == 0 ? hint : range;
                }

                KeepFrom(range);
                range = next;
            }

            _lastRange[channel] = range;
            reading.Set(ChannelStatus.Unstable, range, SignalCodes(channel, range), _spread);
            return hint;
        }

        private void Finish(int channel, int range, double responsivity, ChannelReading reading)
        {
            double signal = SignalCodes(channel, range);
            double amps = signal * FrontEndDesign.AdcVoltsPerCode / Ohms(channel, range);
            double watts = amps / responsivity;
            int n = _settings.SamplesPerChannel;
            double noise = FrontEndDesign.AdcNoiseSigmaCodes;
            // Sample spread of this burst, the dark offset's own averaging noise, and quantisation.
            double variance = ((_spread * _spread) / n) + ((noise * noise) / _settings.DarkSamples) + (1.0 / 12.0);
            double uncertaintyDb = PowerUnits.DbPerRelative * Math.Sqrt(variance) / signal;
            double dbm = 0;
            bool lit = signal > 0 && PowerUnits.TryWattsToDbm(watts, out dbm); // no signal above dark: NO_LIGHT, never −∞ dBm
            ChannelStatus status = !lit ? ChannelStatus.NoLight : (_spread > _settings.UnstableSpreadCodes ? ChannelStatus.Unstable : ChannelStatus.Ok);
            reading.Set(status, range, signal, _spread, dbm, uncertaintyDb);
            reading.DarkStampMs = _dark.StampMs(channel, range);
        }

        private double SignalCodes(int channel, int range)
        {
            return _mean - _dark.Get(channel, range);
        }

        private double Ohms(int channel, int range)
        {
            return FrontEndDesign.NominalTransimpedanceOhms(range) * _gain.Get(channel, range);
        }

        private void Burst(int channel, int range, int n, bool mayStopEarly)
        {
            _frontEnd.Select(channel, range);
            _frontEnd.Settle(_settings.SettleMicroseconds);
            double sum = 0;
            double sumSquares = 0;
            int min = int.MaxValue;
            int max = int.MinValue;
            _cut = false;
            for (int i = 0; i < n; i++)
            {
                int code = _frontEnd.Read();
                sum += code;
                sumSquares += (double)code * code;
                min = code < min ? code : min;
                max = code > max ? code : max;
                if (mayStopEarly && i + 1 == RangingSamples && i + 1 < n && PlainlyWrongRange(channel, range, sum / (i + 1), min, max))
                {
                    _cut = true;
                    n = i + 1;
                    break;
                }
            }

            _mean = sum / n;
            double variance = (sumSquares - (sum * sum / n)) / (n - 1);
            _spread = variance > 0 ? Math.Sqrt(variance) : 0;
            _min = min;
            _max = max;
            _count = n;
            if (Faults != null && BurstCheck.Breaks(min, max))
            {
                // Results without the pedestal beside results with it: a joint that breaks, not a dead channel.
                Faults.Raise(FaultKind.ChannelNoisy, channel + 1, _spread, FrontEndDesign.DeadZoneCode);
            }
        }
    }
}
