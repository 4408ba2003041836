using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Do the range lines (TIA range bits, PGA gain bits) take effect? After each scan the
    /// brightest used channel is read in every range its signal is predicted near the window; wherever two neighbouring ranges both put
    /// its signal well inside the ADC window, their ratio must match the calibrated transimpedance
    /// ratio (×1.4 to ×2). A stuck line makes one range read like another: the ratio is off by
    /// ×2 or more. Without light in the window anywhere the check cannot judge and passes.
    /// Allocates nothing.
    /// </summary>
    public sealed class RangeCheck
    {
        /// <summary>Averaged results per range in the sweep: one transfer (issue 28).</summary>
        public const int SamplesPerRange = FrontEndDesign.DefaultSamplesPerChannel;

        /// <summary>
        /// How far outside the judged window (÷ or ×) a range's predicted signal may lie and still be
        /// read: ranges predicted far outside cannot be judged, and reading them cost 1.6 ms each on the
        /// I2C chain (issue 28). ×4 covers a gain error of a stuck line that would bring one inside.
        /// </summary>
        public const double ReadMargin = 4.0;

        /// <summary>Smallest signal judged, codes: 0.22 V (300 codes of the ESP32 ADC; σ of a 4-result mean ≤ 1 code).</summary>
        public const double MinSignalCodes = 0.22 / FrontEndDesign.AdcVoltsPerCode;

        /// <summary>Largest signal judged, codes: 2.1 V, the ranging window's top (below the window top with the pedestal on it).</summary>
        public const double MaxSignalCodes = 2.1 / FrontEndDesign.AdcVoltsPerCode;

        /// <summary>Largest relative error of a measured range ratio (design: 8 σ of noise plus INL at 300 codes).</summary>
        public const double RatioTolerance = 0.15;

        /// <summary>
        /// Largest relative error of a ratio next to a range a reading of the scan used, judged only
        /// from <see cref="UsedMinSignalCodes"/> up (design: 6 σ of two 16-sample means at 800 codes
        /// ≈ 4 %, plus INL ≤ 0.75 % and the uncalibrated 1 % gain tolerance of each range: 5 %).
        /// A PGA setting 12 % off cannot hide in a range the loss is read in.
        /// </summary>
        public const double UsedRatioTolerance = 0.05;

        /// <summary>Smallest signal judged with the tight tolerance, codes: 0.58 V (800 codes of the ESP32 ADC).</summary>
        public const double UsedMinSignalCodes = 0.58 / FrontEndDesign.AdcVoltsPerCode;

        /// <summary>Averaged results per range when a range a reading used is judged against its neighbours: one transfer.</summary>
        public const int SamplesPerUsedRange = FrontEndDesign.DefaultSamplesPerChannel;

        /// <summary>
        /// Smallest signal judged next to a used range with <see cref="SamplesPerUsedRange"/>, codes
        /// (design: 6 σ of two 64-sample means at 600 codes ≈ 2.8 %, plus INL ≤ 0.75 % and 1 % gain
        /// tolerance: inside <see cref="UsedRatioTolerance"/>). Any reading from 600 codes has a
        /// neighbour range at or above it and inside the window: half of it, or twice it. 0.435 V:
        /// the tolerances were set with the ESP32 ADC's noise; the averaged results are quieter.
        /// </summary>
        public const double UsedRangeMinSignalCodes = 0.435 / FrontEndDesign.AdcVoltsPerCode;

        /// <summary>Averaged results per range when a ratio read through a noisy burst is read again (16 transfers).</summary>
        public const int NoisyRereadSamples = 16 * FrontEndDesign.DefaultSamplesPerChannel;

        private readonly Acquirer _acquirer;
        private readonly double[] _signal;
        private readonly int[] _max;
        private readonly int[] _min;
        private readonly bool[] _read;
        private readonly double[] _raw;
        private readonly double[] _spread;
        private int _used;

        /// <summary>A check reading through <paramref name="acquirer"/>.</summary>
        public RangeCheck(Acquirer acquirer)
        {
            _acquirer = acquirer ?? throw new ArgumentNullException("acquirer");
            _signal = new double[FrontEndDesign.RangeCount];
            _max = new int[FrontEndDesign.RangeCount];
            _min = new int[FrontEndDesign.RangeCount];
            _read = new bool[FrontEndDesign.RangeCount];
            _raw = new double[FrontEndDesign.RangeCount];
            _spread = new double[FrontEndDesign.RangeCount];
        }

        /// <summary>Sweeps the brightest used position of <paramref name="scan"/>; a wrong ratio goes into <paramref name="faults"/>. True when none.</summary>
        public bool Run(Scan scan, MpoLayout layout, FaultLatch faults)
        {
            int channel = Brightest(scan, layout);
            _used = 0;
            for (int p = 1; p <= scan.Count && p <= layout.PositionCount; p++)
            {
                _used |= layout.IsUsed(p) ? 1 << scan.At(p).Range : 0;
            }

            if (channel < 0)
            {
                return true;
            }

            if (!UsedRanges(scan, layout, faults))
            {
                return false;
            }

            ChannelReading bright = scan.At(channel + 1);
            double amps = bright.SignalCodes / _acquirer.TransimpedanceOhms(channel, bright.Range);
            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                double predicted = amps * _acquirer.TransimpedanceOhms(channel, r);
                _read[r] = predicted >= MinSignalCodes / ReadMargin && predicted <= MaxSignalCodes * ReadMargin;
                _signal[r] = _read[r] ? _acquirer.MeasureSignalCodes(channel, r, SamplesPerRange) : 0;
                _raw[r] = _read[r] ? _acquirer.LastMeanCodes : 0;
                _max[r] = _read[r] ? _acquirer.LastMaxCode : 0;
                _min[r] = _read[r] ? _acquirer.LastMinCode : 0;
                _spread[r] = _read[r] ? _acquirer.LastSpreadCodes : 0;
            }

            for (int r = 0; r + 1 < FrontEndDesign.RangeCount; r++)
            {
                if (!_read[r] || !_read[r + 1] || !Judged(_signal[r], _max[r]))
                {
                    continue;
                }

                double expected = _signal[r] * _acquirer.TransimpedanceOhms(channel, r + 1) / _acquirer.TransimpedanceOhms(channel, r);
                if (expected < MinSignalCodes || expected > MaxSignalCodes || _max[r] - _min[r] > _signal[r] / 2 || _max[r + 1] - _min[r + 1] > _signal[r + 1] / 2)
                {
                    // Outside the window, or a burst spanning more than half its signal: a path that breaks, not a range (see Broken).
                    continue;
                }

                bool used = (_used & ((1 << r) | (1 << (r + 1)))) != 0 && _signal[r] >= UsedMinSignalCodes && expected >= UsedMinSignalCodes;
                double tolerance = used ? UsedRatioTolerance : RatioTolerance;
                if (Off(_signal[r + 1], expected, tolerance) && StillOff(channel, r, r + 1, _spread[r], _spread[r + 1], tolerance))
                {
                    faults.Raise(BurstCheck.Same(_raw[r], _raw[r + 1]) && StuckPath(channel, r, _raw[r]) ? FaultKind.ChannelStuck : FaultKind.RangeLine, channel + 1, r + 1, _signal[r + 1] / expected);
                    return false;
                }
            }

            return true;
        }

        private bool Judged(double signal, int max)
        {
            return signal >= MinSignalCodes && signal <= MaxSignalCodes && max < _acquirer.KneeCode;
        }

        /// <summary>
        /// Every range a used position's reading was taken in, judged against a neighbour range on
        /// that position (the brightest position's sweep sees only ranges where it is in the window,
        /// while a lossy fiber is read in another). One channel per distinct range. True when right.
        /// </summary>
        private bool UsedRanges(Scan scan, MpoLayout layout, FaultLatch faults)
        {
            int done = 0;
            for (int p = 1; p <= scan.Count && p <= layout.PositionCount; p++)
            {
                ChannelReading reading = scan.At(p);
                int r = reading.Range;
                if (!layout.IsUsed(p) || reading.SignalCodes < UsedRangeMinSignalCodes || (done & (1 << r)) != 0)
                {
                    continue;
                }

                done |= 1 << r;
                double here = Read(p - 1, r);
                double hereRaw = _acquirer.LastMeanCodes;
                double hereSpread = _acquirer.LastSpreadCodes;
                int hereMax = _acquirer.LastMaxCode;
                if (here < UsedRangeMinSignalCodes || here > MaxSignalCodes || hereMax >= _acquirer.KneeCode || Broken(here))
                {
                    continue;
                }

                int other = r > 0 && here * _acquirer.TransimpedanceOhms(p - 1, r - 1) / _acquirer.TransimpedanceOhms(p - 1, r) >= UsedRangeMinSignalCodes ? r - 1 : r + 1;
                if (other >= FrontEndDesign.RangeCount)
                {
                    continue;
                }

                double expected = here * _acquirer.TransimpedanceOhms(p - 1, other) / _acquirer.TransimpedanceOhms(p - 1, r);
                double there = Read(p - 1, other);
                if (expected > MaxSignalCodes || _acquirer.LastMaxCode >= _acquirer.KneeCode || Broken(there))
                {
                    continue;
                }

                if (Off(there, expected, UsedRatioTolerance) && StillOff(p - 1, r, other, hereSpread, _acquirer.LastSpreadCodes, UsedRatioTolerance))
                {
                    // One code in two ranges and in a range of another TIA resistor (×20 or more): a stuck path, not a range line.
                    bool stuck = BurstCheck.Same(_acquirer.LastMeanCodes, hereRaw) && StuckPath(p - 1, r, hereRaw);

                    faults.Raise(stuck ? FaultKind.ChannelStuck : FaultKind.RangeLine, p, (other > r ? other : r) + 1, other > r ? there / expected : expected / there);
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Two neighbouring ranges read one code: a range line that does not move, or a path stuck on
        /// one code. True when a range of another TIA resistor (×20 or more away) reads it too: the path.
        /// </summary>
        private bool StuckPath(int channel, int range, double raw)
        {
            Read(channel, range < 6 ? range + 6 : range - 6);
            return BurstCheck.Same(_acquirer.LastMeanCodes, raw);
        }

        /// <summary>
        /// True when the last burst spans more than half its own signal: a path that breaks (an
        /// intermittent joint), not light in a range; the test-current check names it
        /// (`channel_noisy`). A steady burst spans ≈ 6 σ ≈ 100–150 codes, under half of 600.
        /// </summary>
        private bool Broken(double signal)
        {
            return _acquirer.LastMaxCode - _acquirer.LastMinCode > signal / 2;
        }

        /// <summary>
        /// A ratio found off by more than <paramref name="tolerance"/>: true when it is a range's. Read
        /// through a burst spread beyond <see cref="GainCheck.NoisyFactor"/> × its range's design noise,
        /// both ranges are read again over <see cref="NoisyRereadSamples"/> results first: noise averages
        /// out (σ ÷ 4) and a range that is wrong stays wrong; a noisy channel is then named by the
        /// test-current bursts (<c>channel_noisy</c>), not as a range line.
        /// </summary>
        private bool StillOff(int channel, int from, int to, double spreadFrom, double spreadTo, double tolerance)
        {
            if (!Noisy(spreadFrom, from) && !Noisy(spreadTo, to))
            {
                return true;
            }

            double a = _acquirer.MeasureSignalCodes(channel, from, NoisyRereadSamples);
            double b = _acquirer.MeasureSignalCodes(channel, to, NoisyRereadSamples);
            double expected = a * _acquirer.TransimpedanceOhms(channel, to) / _acquirer.TransimpedanceOhms(channel, from);
            return expected > 0 && Off(b, expected, tolerance);
        }

        /// <summary>True when <paramref name="measured"/> differs from <paramref name="expected"/> by more than <paramref name="tolerance"/> of it.</summary>
        private static bool Off(double measured, double expected, double tolerance)
        {
            return Math.Abs((measured / expected) - 1) > tolerance;
        }

        /// <summary>True when a burst spread beyond <see cref="GainCheck.NoisyFactor"/> × its range's design noise (<see cref="TestCurrent.DesignNoiseCodes"/>).</summary>
        private static bool Noisy(double spread, int range)
        {
            return spread > GainCheck.NoisyFactor * TestCurrent.DesignNoiseCodes(range);
        }

        private double Read(int channel, int range)
        {
            return _acquirer.MeasureSignalCodes(channel, range, SamplesPerUsedRange);
        }

        /// <summary>Channel (0-based) of the used position with the largest estimated photocurrent, −1 when none shows any.</summary>
        private int Brightest(Scan scan, MpoLayout layout)
        {
            int best = -1;
            double bestAmps = 0;
            for (int p = 1; p <= scan.Count && p <= layout.PositionCount; p++)
            {
                ChannelReading reading = scan.At(p);
                if (!layout.IsUsed(p) || reading.SignalCodes <= 0)
                {
                    continue;
                }

                double amps = reading.SignalCodes / _acquirer.TransimpedanceOhms(p - 1, reading.Range);
                if (amps > bestAmps)
                {
                    bestAmps = amps;
                    best = p - 1;
                }
            }

            return best;
        }
    }
}
