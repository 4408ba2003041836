using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// An inspection's test-current check folded into its scan (issue 24 meets issue 28 part 3,
    /// docs/faults.md "The folded pair"): one off/on pair of one transfer each per used channel, in
    /// the range the reference's step was read in; where the scan's own burst was read in that range
    /// it is the pair's "off" half, and only the "on" half is read (one expander write that selects
    /// and switches the current on, a settle, one transfer). Allocates nothing.
    /// </summary>
    public sealed partial class GainCheck
    {
        /// <summary>Averaged results in each half of an inspection's folded pair: one ADS7138 transfer.</summary>
        public const int FoldedResults = FrontEndDesign.DefaultSamplesPerChannel;

        /// <summary>Pairs whose "off" half was the scan's own burst in the last <see cref="MeasureFolded"/>.</summary>
        public int ScanBurstsReused { get; private set; }

        /// <summary>
        /// Reads one off/on pair per used channel of <paramref name="layout"/> that <paramref name="plan"/>
        /// (the reference's signature) holds a step for, in that step's range, into
        /// <paramref name="into"/>, right after the scan <paramref name="scan"/> that
        /// <paramref name="acquirer"/> measured: a channel whose reading is OK in that range, from a
        /// burst of one transfer (<see cref="Scan.SamplesPerChannel"/>), reuses it as the "off" half. Then the current is switched off.
        /// </summary>
        public void MeasureFolded(MpoLayout layout, GainSignature into, GainSignature plan, Scan scan, Acquirer acquirer)
        {
            BeginPairs(into);
            if (_inputs == null || plan == null || scan == null || acquirer == null)
            {
                return;
            }

            bool any = false;
            for (int p = 1; p <= layout.PositionCount && p <= scan.Count && p <= _frontEnd.ChannelCount; p++)
            {
                int c = p - 1;
                if (layout.IsUsed(p) && plan.HasTest(c))
                {
                    Pair(c, plan.TestRange(c), scan.At(p), scan.SamplesPerChannel, acquirer, into);
                    any = true;
                }
            }

            if (any)
            {
                _inputs.InjectTestCurrent(false);
            }
        }

        /// <summary>One folded pair on <paramref name="channel"/> in <paramref name="range"/> (the scan read <paramref name="scanSamples"/> results per burst); held when clear of the knee and steady.</summary>
        private void Pair(int channel, int range, ChannelReading reading, int scanSamples, Acquirer acquirer, GainSignature into)
        {
            double off;
            double squares;
            bool clear = true;
            if (reading.Status == ChannelStatus.Ok && reading.Range == range && scanSamples == FoldedResults)
            {
                // The scan's own burst, dark added back: its mean code and its spread over the same count.
                off = reading.SignalCodes + acquirer.DarkCodes(channel, range);
                squares = reading.SpreadCodes * reading.SpreadCodes * (FoldedResults - 1);
                ScanBurstsReused++;
            }
            else
            {
                _frontEnd.Select(channel, range);
                Burst(FoldedResults);
                off = _mean;
                squares = _squares;
                clear = _max < FrontEndDesign.CompressionCode;
            }

            OnHalf(channel, range, off, squares, clear, into);
        }

        /// <summary>The "on" half of a one-transfer pair whose "off" half read <paramref name="off"/> (its sum of squares <paramref name="squares"/>); held when clear of the knee and steady.</summary>
        private void OnHalf(int channel, int range, double off, double squares, bool clear, GainSignature into)
        {
            _inputs.SelectWithTestCurrent(channel, range);
            Burst(FoldedResults);
            squares += _squares;
            clear = clear && _max < FrontEndDesign.CompressionCode;
            if (!clear)
            {
                CompressedMask |= 1u << channel;
                return;
            }

            double noise = Math.Sqrt(squares / (2 * (FoldedResults - 1)));
            double design = TestCurrent.DesignNoiseCodes(range);
            if (noise > NoisyFactor * design)
            {
                UnsteadyMask |= 1u << channel;
                _noise[channel] = noise;
                _noiseRange[channel] = range;
                return;
            }

            // Six degrees of freedom can read a noise low by chance: the tolerance never takes less than the design's.
            _steady++;
            into.SetTest(channel, _mean - off, noise > design ? noise : design, range);
        }

        /// <summary>True when the hardware can switch the test current on (it has check inputs).</summary>
        internal bool CanStep => _inputs != null;

        /// <summary>
        /// Starts a set of pairs (a reference's, folded into a scan, or read in a coded source's dark
        /// gaps, <see cref="PolarityScanner.PlanGapSteps"/>): clears <paramref name="into"/>'s steps
        /// and the masks <see cref="Compare"/> reads; one transfer a half unless the caller says otherwise.
        /// </summary>
        internal void BeginPairs(GainSignature into)
        {
            CompressedMask = 0;
            UnsteadyMask = 0;
            StuckMask = 0;
            _steady = 0;
            ScanBurstsReused = 0;
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                into.ClearTest(c);
            }

            into.TestResultsPerHalf = FoldedResults;
        }

        /// <summary>One off/on pair on <paramref name="channel"/> in <paramref name="range"/> in the gap's dark; returns the "off" half's mean code, for the caller to confirm the gap was dark.</summary>
        internal double GapPair(int channel, int range, GainSignature into)
        {
            _frontEnd.Select(channel, range);
            Burst(FoldedResults);
            double off = _mean;
            OnHalf(channel, range, off, _squares, _max < FrontEndDesign.CompressionCode, into);
            return off;
        }

        /// <summary>Forgets what the pairs on the channels of <paramref name="mask"/> (bit c) found: the gap they were read in was not dark.</summary>
        internal void Forget(uint mask, GainSignature into)
        {
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                if ((mask & (1u << c)) != 0 && into.HasTest(c))
                {
                    into.ClearTest(c);
                    _steady--;
                }
            }

            CompressedMask &= ~mask;
            UnsteadyMask &= ~mask;
        }

        /// <summary>Switches the test current off (after the gap's pairs).</summary>
        internal void CurrentOff()
        {
            _inputs.InjectTestCurrent(false);
        }

        /// <summary>
        /// Channels whose bursts spread beyond <see cref="NoisyFactor"/> × the design noise: when at
        /// most <see cref="MostNoisy"/> channels do while at least as many others read steadily, those
        /// channels are noisy or intermittent (a fault); when more do, the light itself is not
        /// steady (a modulated or coded source) and their steps are simply not judged.
        /// </summary>
        private bool Steady(FaultLatch faults)
        {
            int unsteady = 0;
            int first = -1;
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                if ((UnsteadyMask & (1u << c)) != 0)
                {
                    unsteady++;
                    first = first < 0 ? c : first;
                }
            }

            if (unsteady == 0 || unsteady > MostNoisy || _steady < MostNoisy)
            {
                return true;
            }

            faults.Raise(FaultKind.ChannelNoisy, first + 1, _noise[first], NoisyFactor * TestCurrent.DesignNoiseCodes(_noiseRange[first]));
            return false;
        }

    }
}
