using System;

namespace MpoProbe.Core
{
    /// <summary>The acquirer's ranging: which range to read a channel in next (split from Acquirer.cs for size).</summary>
    public sealed partial class Acquirer
    {
        private int _fromRange;
        private double _fromMean;
        private double _fromSpread;
        private int _fromCount = 1;
        private int _fromMin;
        private int _fromMax;

        /// <summary>The dark offset the scan subtracted for a channel and range, codes (a reading's mean is its signal plus this).</summary>
        public double DarkCodes(int channel, int range)
        {
            return _dark.Get(channel, range);
        }

        /// <summary>
        /// Light during the dark capture, or a stuck path: light read in <paramref name="range"/> moves
        /// by the gain ratio in the least sensitive range of another TIA resistor (≥ ×20); a path stuck
        /// at one code does not (<see cref="BurstCheck"/>).
        /// </summary>
        private FrontEndCheck StuckOrLight(int channel, int range)
        {
            double lit = _mean;
            int max = _max;
            int other = range < FrontEndDesign.RangeCount / 3 ? FrontEndDesign.TopRange : 0;
            Burst(channel, other, _settings.DarkSamples, false);
            if (Faults != null && max < FrontEndDesign.ClipCode && BurstCheck.Same(lit, _mean))
            {
                Faults.Raise(FaultKind.ChannelStuck, channel + 1, lit, _mean);
            }

            return FrontEndCheck.LightDuringDark(channel + 1, range, CodeToVolts(lit));
        }

        /// <summary>The range to try next; the same range to accept; −1 when no range can do better.</summary>
        private int NextRange(int channel, int range)
        {
            if (_max >= FrontEndDesign.ClipCode || _mean > _kneeCode)
            {
                // A clipped mean underestimates the current: step down at least one whole ADC
                // window so ranging cannot bounce between two too-sensitive ranges.
                return range == 0 ? -1 : Math.Max(0, Math.Min(Predict(channel, range), range - RangesPerWindow));
            }

            double signalVolts = SignalCodes(channel, range) * _voltsPerCode;
            if (_max >= _kneeCode || signalVolts > _settings.MaxSignalVolts)
            {
                // Samples in the compression knee bias the mean low; the mean itself is close
                // enough to predict the range. Range 0 has nothing below it: a burst clear of the
                // knee is accepted there, a compressed one is over range.
                if (range == 0)
                {
                    return _max >= _kneeCode ? -1 : range;
                }

                return Math.Min(Predict(channel, range), range - 1);
            }

            if (_min <= FrontEndDesign.DeadZoneCode)
            {
                return range == FrontEndDesign.TopRange ? -1 : Math.Min(FrontEndDesign.TopRange, range + RangesPerWindow);
            }

            if (range == FrontEndDesign.TopRange)
            {
                return signalVolts < _settings.NoLightSignalVolts ? -1 : range;
            }

            return signalVolts < _settings.MinPreferredSignalVolts ? Predict(channel, range) : range;
        }

        /// <summary>The most sensitive range whose expected signal stays at or below the target.</summary>
        private int Predict(int channel, int range)
        {
            double amps = SignalCodes(channel, range) * _voltsPerCode / Ohms(channel, range);
            if (amps <= 0)
            {
                return FrontEndDesign.TopRange;
            }

            for (int r = FrontEndDesign.TopRange; r > 0; r--)
            {
                if (amps * Ohms(channel, r) <= _settings.TargetSignalVolts)
                {
                    return r;
                }
            }

            return 0;
        }

        /// <summary>Relative error of a calibrated range ratio allowed in <see cref="SwitchFollowed"/> (design: 1 % gain tolerance of each of the ranges, INL, with margin).</summary>
        public const double SwitchRatioTolerance = 0.05;

        /// <summary>Standard deviations of the burst and dark noise allowed in <see cref="SwitchFollowed"/> (as the gain checks).</summary>
        public const double SwitchSigmas = GainCheck.Sigmas;

        /// <summary>
        /// Smallest signal in the range ranging left for <see cref="SwitchFollowed"/> to judge, codes: 10 × the
        /// ADC offset drift over a job (<see cref="FieldFigures.AdcOffsetCodesPerC"/> × <see cref="FieldFigures.TemperatureExcursionC"/>).
        /// An offset that moved since the dark table scales with the PGA alone, as a stuck switch does; light does not.
        /// </summary>
        public const double SwitchMinSignalCodes = 10 * FieldFigures.AdcOffsetCodesPerC * FieldFigures.TemperatureExcursionC;

        /// <summary>Remembers the burst just read in <paramref name="range"/> as the one the next range is judged against.</summary>
        private void KeepFrom(int range)
        {
            _fromRange = range;
            _fromMean = _mean;
            _fromSpread = _spread;
            _fromCount = _count;
            _fromMin = _min;
            _fromMax = _max;
        }

        /// <summary>
        /// Ranging moved <paramref name="channel"/> to <paramref name="range"/>, of another TIA resistor than
        /// the range before (×20 or more), from a signal of light (at least <see cref="SwitchMinSignalCodes"/>
        /// and <see cref="SwitchSigmas"/> σ of its burst): the code must follow the calibrated ratio. When it follows
        /// only the PGA's — it reads as the same TIA resistor with the new PGA gain, its dark offset
        /// included, within <see cref="SwitchSigmas"/> σ of the two bursts' and the dark table's noise
        /// plus <see cref="SwitchRatioTolerance"/>, while the healthy prediction lies at least twice
        /// that away — the channel's range switch did not move (docs/faults.md): a stuck switch would
        /// read a fiber 20–2 000 times too weak. Raised as that channel's gain (<c>channel_gain_changed</c>).
        /// </summary>
        private void SwitchFollowed(int channel, int attempt, int range)
        {
            int from = _fromRange;
            if (attempt == 0 || Faults == null || FrontEndDesign.TiaIndexOf(from) == FrontEndDesign.TiaIndexOf(range)
                || _fromMax >= _kneeCode || _fromMin <= FrontEndDesign.DeadZoneCode || _max >= _kneeCode || _min <= FrontEndDesign.DeadZoneCode)
            {
                return;
            }

            int stayed = (FrontEndDesign.TiaIndexOf(from) * (FrontEndDesign.RangeCount / 3)) + (range % (FrontEndDesign.RangeCount / 3));
            double fromSignal = _fromMean - _dark.Get(channel, from);
            double stayedRatio = Ohms(channel, stayed) / Ohms(channel, from);
            double ratio = Ohms(channel, range) / Ohms(channel, from);
            double ifStayed = _dark.Get(channel, stayed) + (stayedRatio * fromSignal);
            double ifSwitched = _dark.Get(channel, range) + (ratio * fromSignal);
            double noiseTo = Noise(range, _spread);
            double noiseFrom = Noise(from, _fromSpread);
            double darkTo = TestCurrent.DesignNoiseCodes(range);
            double darkFrom = TestCurrent.DesignNoiseCodes(from);
            double variance = (noiseTo * noiseTo / _count) + (stayedRatio * stayedRatio * noiseFrom * noiseFrom / _fromCount)
                + (((darkTo * darkTo) + (stayedRatio * stayedRatio * darkFrom * darkFrom)) / _settings.DarkSamples) + (1.0 / 6.0);
            double tolerance = (SwitchSigmas * Math.Sqrt(variance)) + (SwitchRatioTolerance * stayedRatio * Math.Abs(fromSignal));
            bool light = fromSignal >= SwitchMinSignalCodes && fromSignal >= SwitchSigmas * noiseFrom / Math.Sqrt(_fromCount);
            if (light && Math.Abs(_mean - ifStayed) <= tolerance && Math.Abs(ifSwitched - ifStayed) >= 2 * tolerance)
            {
                Faults.Raise(FaultKind.ChannelGainChanged, channel + 1, fromSignal != 0 ? (_mean - _dark.Get(channel, range)) / (ratio * fromSignal) : 0, 1.0);
            }
        }

        /// <summary>A burst's noise per result: its spread, never below the range's design noise.</summary>
        private static double Noise(int range, double spread)
        {
            double design = TestCurrent.DesignNoiseCodes(range);
            return spread > design ? spread : design;
        }

        /// <summary>True when the first samples already show a better range exists (so the burst can stop).</summary>
        private bool PlainlyWrongRange(int channel, int range, double mean, int min, int max)
        {
            if (range > 0 && max >= _kneeCode)
            {
                return true;
            }

            double signalVolts = (mean - _dark.Get(channel, range)) * _voltsPerCode;
            return range < FrontEndDesign.TopRange && (min <= FrontEndDesign.DeadZoneCode || signalVolts < 0.5 * _settings.MinPreferredSignalVolts);
        }

        private static double CodeToVolts(double code)
        {
            return FrontEndDesign.AdcZeroVolts + (code * FrontEndDesign.AdcVoltsPerCode);
        }
    }
}
