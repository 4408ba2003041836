using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Proves that the gain did not move between the reference and an inspection (docs/faults.md,
    /// "Gain between reference and inspection"). Measures each used channel's step when the test
    /// current (hardware/self-test.md) is switched onto its amplifier input, off/on in pairs so the
    /// light cancels: <see cref="Pairs"/> pairs at a reference (<see cref="Measure"/>), one pair
    /// folded into an inspection's scan (<see cref="MeasureFolded"/>); compares the check ladder's absolute codes and every channel's step with
    /// those stored with the reference. The ladder's tolerance comes from the noise measured in the
    /// same readings (<see cref="Sigmas"/> standard deviations), a step's from the stated noise
    /// model of <see cref="TestStepTolerance"/>. Allocates nothing.
    /// </summary>
    public sealed partial class GainCheck
    {
        /// <summary>Off/on burst pairs per channel.</summary>
        public const int Pairs = 4;

        /// <summary>Conversions per burst.</summary>
        public const int SamplesPerBurst = 16;

        /// <summary>Averaged results in each half (off, on) of a reference's step: <see cref="Pairs"/> × <see cref="SamplesPerBurst"/>.</summary>
        public const int ResultsPerHalf = Pairs * SamplesPerBurst;

        /// <summary>Standard deviations of the measured noise a ladder change must exceed to refuse (design: ≈ 2e-9 per comparison for Gaussian noise); a test step's tolerance is <see cref="TestStepTolerance"/>.</summary>
        public const double Sigmas = 6.0;

        /// <summary>A channel whose conversion noise exceeds the design noise of its range by this factor is noisy or intermittent.</summary>
        public const double NoisyFactor = 3.0;

        /// <summary>Largest relative difference of a step from nominal on the ladder's scale at a reference (design: 1 % TIA resistors, 0.1 % test resistor, with margin; the ADC's scale, once ±9 % of it, is divided out).</summary>
        public const double NominalTolerance = 0.30;

        /// <summary>Most channels read unsteady that are taken for noisy channels rather than unsteady light.</summary>
        public const int MostNoisy = 2;

        /// <summary>Floor of a measured conversion noise, codes (the quantisation of one code).</summary>
        public const double NoiseFloorCodes = 0.5;

        /// <summary>Ranges the test current is read in, most sensitive first (100 kΩ ×1; 2.2 kΩ ×32, ×16, ×8).</summary>
        private static readonly int[] Candidates = { 6, 5, 4, TestCurrent.LeastSensitiveRange };

        private readonly IPhotodiodeFrontEnd _frontEnd;
        private readonly ICheckInputs _inputs;
        private readonly int _settleMicroseconds;
        private readonly double[] _noise = new double[MpoLayout.MaxPositions];
        private readonly int[] _noiseRange = new int[MpoLayout.MaxPositions];
        private int _steady;
        private double _mean;
        private double _squares;
        private int _max;

        /// <summary>A check over <paramref name="frontEnd"/>; <paramref name="inputs"/> null when the hardware has no check inputs (nothing is measured).</summary>
        public GainCheck(IPhotodiodeFrontEnd frontEnd, ICheckInputs inputs, int settleMicroseconds)
        {
            _frontEnd = frontEnd ?? throw new ArgumentNullException("frontEnd");
            _inputs = inputs;
            _settleMicroseconds = settleMicroseconds;
        }

        /// <summary>
        /// Reads the test step of every used position of <paramref name="layout"/> into
        /// <paramref name="into"/>: in the range stored in <paramref name="ranges"/> where it holds
        /// one, else in the most sensitive candidate range the light leaves room in. A channel the
        /// light leaves no room in is not held.
        /// </summary>
        public void Measure(MpoLayout layout, GainSignature into, GainSignature ranges)
        {
            BeginPairs(into);
            into.TestResultsPerHalf = ResultsPerHalf;
            if (_inputs == null)
            {
                return;
            }

            for (int p = 1; p <= layout.PositionCount && p <= _frontEnd.ChannelCount; p++)
            {
                if (!layout.IsUsed(p))
                {
                    continue;
                }

                int c = p - 1;
                int range = ranges != null && ranges.HasTest(c) ? ranges.TestRange(c) : Choose(c);
                if (range >= 0)
                {
                    Step(c, range, into);
                }
                else
                {
                    CompressedMask |= 1u << c;
                }
            }

            _inputs.InjectTestCurrent(false);
        }

        /// <summary>
        /// Compares <paramref name="now"/> with the reference's <paramref name="reference"/>: the
        /// ladder's gain and shape, then each channel's noise and step. The first difference goes
        /// into <paramref name="faults"/>; true when none.
        /// </summary>
        public bool Compare(GainSignature reference, GainSignature now, FaultLatch faults)
        {
            if (!Steady(faults))
            {
                return false;
            }

            if (reference.HasLadder && now.HasLadder && !LadderMatch.Same(reference, now, faults))
            {
                return false;
            }

            // The ADC's scale and the 2.5 V reference as the ladder measures them now: a test step scales with both.
            double scaleVariance;
            double scale = LadderMatch.Scale(reference, now, out scaleVariance);
            int lone = TestCurrent.LoneZeroStep(reference, now);
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                if (!reference.HasTest(c))
                {
                    continue;
                }

                double before = reference.TestCodes(c);
                if (!now.HasTest(c))
                {
                    // Light that leaves no room for the step now, where it did at the reference, is a gain that rose;
                    // where the reference read it in a coded source's dark gap, no light had room to leave: the source changed.
                    if ((CompressedMask & (1u << c)) != 0)
                    {
                        faults.Raise(reference.StepsInDark ? FaultKind.SourceChanged : FaultKind.ChannelGainChanged, c + 1, 0, 1.0);
                        return false;
                    }

                    continue;
                }

                double expected = before * scale;
                double after = now.TestCodes(c);
                if (Math.Abs(after - expected) > TestStepTolerance.Codes(before, reference.TestNoiseCodes(c), reference.TestResultsPerHalf, now.TestNoiseCodes(c), now.TestResultsPerHalf, scaleVariance))
                {
                    faults.Raise(c == lone ? FaultKind.ChannelStuck : FaultKind.ChannelGainChanged, c + 1, expected > 0 ? after / expected : 0, 1.0);
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// At a reference: every held step within <see cref="NominalTolerance"/> of its nominal
        /// value on the ADC's scale the held ladder measures (the current arrives and the channel
        /// amplifies it; an ADC 20 % low once let a channel ×1.6 pass) and no channel noisy. The
        /// first finding goes into <paramref name="faults"/>; true when none.
        /// </summary>
        public bool CheckCapture(GainSignature now, FaultLatch faults)
        {
            if (!Steady(faults))
            {
                return false;
            }

            if (StuckMask != 0)
            {
                faults.Raise(FaultKind.ChannelStuck, PositionMask.First(StuckMask), 0, 1.0);
                return false;
            }

            double scale = now.LadderScale;
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                if (!now.HasTest(c))
                {
                    continue;
                }

                int range = now.TestRange(c);
                double ratio = now.TestCodes(c) / (TestCurrent.StepCodes(range) * scale);
                if (Math.Abs(ratio - 1.0) > NominalTolerance)
                {
                    faults.Raise(FaultKind.ChannelGainChanged, c + 1, ratio, 1.0);
                    return false;
                }
            }

            return true;
        }

        /// <summary>Channels (bit c) whose bursts spread beyond the design noise in the last <see cref="Measure"/>: no step held.</summary>
        public uint UnsteadyMask { get; private set; }

        /// <summary>Channels (bit c) whose bursts reached the compression knee in the last <see cref="Measure"/>: no step held.</summary>
        public uint CompressedMask { get; private set; }

        /// <summary>
        /// Channels (bit c) that read the same code in the most and the least sensitive candidate
        /// range, inside the window, in the last <see cref="Measure"/>: light would differ by their
        /// gain ratio (≈ 6), so the path is stuck. No step is held; <see cref="CheckCapture"/> refuses.
        /// </summary>
        public uint StuckMask { get; private set; }

        /// <summary>The most sensitive candidate range whose light plus test step stays below the compression knee; −1 when none.</summary>
        private int Choose(int channel)
        {
            double first = 0;
            for (int i = 0; i < Candidates.Length; i++)
            {
                int range = Candidates[i];
                _frontEnd.Select(channel, range);
                _inputs.InjectTestCurrent(false);
                Burst(SamplesPerBurst);
                first = i == 0 ? _mean : first;
                if (_max + (2.0 * TestCurrent.StepCodes(range)) < FrontEndDesign.CompressionCode)
                {
                    return range;
                }
            }

            // Found by the session fuzz (2026-12-04): a code stuck high leaves no room for the step in any
            // range, so the channel was only "compressed" and its reading passed bare at 0 dB loss.
            StuckMask |= BurstCheck.Same(first, _mean) && _max < FrontEndDesign.ClipCode ? 1u << channel : 0;
            return -1;
        }

        /// <summary>Off/on pairs on one channel; held when no burst reached the compression knee.</summary>
        private void Step(int channel, int range, GainSignature into)
        {
            _frontEnd.Select(channel, range);
            double sum = 0;
            double squares = 0;
            bool clear = true;
            for (int pair = 0; pair < Pairs; pair++)
            {
                _inputs.InjectTestCurrent(false);
                Burst(SamplesPerBurst);
                double off = _mean;
                squares += _squares;
                clear = clear && _max < FrontEndDesign.CompressionCode;
                _inputs.InjectTestCurrent(true);
                Burst(SamplesPerBurst);
                sum += _mean - off;
                squares += _squares;
                clear = clear && _max < FrontEndDesign.CompressionCode;
            }

            _inputs.InjectTestCurrent(false);
            if (!clear)
            {
                CompressedMask |= 1u << channel;
                return;
            }

            double noise = Math.Sqrt(squares / (2 * Pairs * (SamplesPerBurst - 1)));
            if (noise > NoisyFactor * TestCurrent.DesignNoiseCodes(range))
            {
                UnsteadyMask |= 1u << channel;
                _noise[channel] = noise;
                _noiseRange[channel] = range;
                return;
            }

            _steady++;
            into.SetTest(channel, sum / Pairs, noise, range);
        }

        private void Burst(int samples)
        {
            _frontEnd.Settle(_settleMicroseconds);
            double sum = 0;
            double squares = 0;
            int max = 0;
            for (int i = 0; i < samples; i++)
            {
                int code = _frontEnd.Read();
                sum += code;
                squares += (double)code * code;
                max = code > max ? code : max;
            }

            _mean = sum / samples;
            _squares = squares - (sum * _mean);
            _max = max;
        }
    }
}
