using System;

namespace MpoProbe.Core
{
    /// <summary>The acquirer's ranging: which range to read a channel in next (split from Acquirer.cs for size).</summary>
    public sealed partial class Acquirer
    {
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
