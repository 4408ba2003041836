using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Checks the acquisition chain with known signals before every reference and inspection
    /// (docs/faults.md): reads the 16 taps of the check ladder through the same select lines,
    /// PGA and ADC as the photodiodes, the parking level with every multiplexer off, and the
    /// amplifier pedestal on the first channel of each position multiplexer. Finds a stuck or
    /// clipping ADC, select lines and enables that do not take effect. Allocates nothing.
    /// </summary>
    public sealed class ChainCheck
    {
        /// <summary>Ladder taps (one per select code).</summary>
        public const int Taps = 16;

        /// <summary>Voltage of tap 0 at the PGA input (design: above the 0.25 V pedestal and the dead zone).</summary>
        public const double FirstTapVolts = 0.30;

        /// <summary>Step between taps (design: 16 taps up to 2.175 V, inside the 2.45 V linear window).</summary>
        public const double TapStepVolts = 0.125;

        /// <summary>Averaged results per tap: one transfer (σ of the mean well under 1 code against a 205-code step).</summary>
        public const int SamplesPerTap = FrontEndDesign.DefaultSamplesPerChannel;

        /// <summary>A step between neighbouring taps is wrong outside this fraction of nominal (±40 %: covers a wrong converter reference with margin, fails a 1-tap aliasing).</summary>
        public const double StepTolerance = 0.40;

        /// <summary>Largest departure of one step from the ladder's mean step for the steps to count as one scale (15 %: far above a step's noise, two tap means of σ under 1 code, against a 205 × 1.4-code step).</summary>
        public const double UniformTolerance = 0.15;

        /// <summary>Settle waits given to a parked node above the dead zone before it is read again (a second output holds its level; a slow node at least halves).</summary>
        public const int SlowSettleWaits = 8;

        /// <summary>Smallest step, as a fraction of nominal, still read as a loaded ladder rather than taps that do not change.</summary>
        public const double LoadedStepFraction = 0.25;

        private readonly IPhotodiodeFrontEnd _frontEnd;
        private readonly ICheckInputs _inputs;
        private readonly int _settleMicroseconds;
        private readonly double[] _mean = new double[Taps];
        private readonly double[] _repaired = new double[Taps];
        private double _burstMean;
        private double _burstSquares;
        private int _ones;
        private int _zeros;
        private double _squares;

        /// <summary>A check over <paramref name="frontEnd"/>; <paramref name="inputs"/> null when the hardware has no check multiplexer (pedestal probe only).</summary>
        public ChainCheck(IPhotodiodeFrontEnd frontEnd, ICheckInputs inputs, int settleMicroseconds)
        {
            _frontEnd = frontEnd ?? throw new ArgumentNullException("frontEnd");
            _inputs = inputs;
            _settleMicroseconds = settleMicroseconds;
        }

        /// <summary>Nominal ADC code of a tap.</summary>
        public static double NominalCode(int tap)
        {
            return (FirstTapVolts + (tap * TapStepVolts) - FrontEndDesign.AdcZeroVolts) / FrontEndDesign.AdcVoltsPerCode;
        }

        /// <summary>Nominal ADC code of the amplifier pedestal (no light).</summary>
        public static double PedestalCode => (FrontEndDesign.PedestalVolts - FrontEndDesign.AdcZeroVolts) / FrontEndDesign.AdcVoltsPerCode;

        /// <summary>True after a run that read every ladder tap (the means and noise below are this run's).</summary>
        public bool HasLadder { get; private set; }

        /// <summary>
        /// This ADC's codes per nominal code, from the last run's ladder (its taps hang on the 2.5 V
        /// reference, hardware/self-test.md): span of the tap means over the nominal span. 1 when
        /// no ladder was read.
        /// </summary>
        public double MeasuredScale => HasLadder ? ScaleOf(_mean[0], _mean[Taps - 1]) : 1.0;

        /// <summary>Codes per nominal code of a ladder whose first and last taps read <paramref name="first"/> and <paramref name="last"/>.</summary>
        public static double ScaleOf(double first, double last) => (last - first) / (NominalCode(Taps - 1) - NominalCode(0));

        /// <summary>Mean code of a ladder tap in the last run.</summary>
        public double TapMean(int tap)
        {
            return _mean[tap];
        }

        /// <summary>The ladder's conversion noise measured in the last run: pooled standard deviation of a conversion within a tap burst, codes.</summary>
        public double NoiseCodes => Math.Sqrt(_squares / (Taps * (SamplesPerTap - 1)));

        /// <summary>Runs every check; the first fault found goes into <paramref name="faults"/>. True when none.</summary>
        public bool Run(FaultLatch faults)
        {
            HasLadder = false;
            if (_inputs != null && !Ladder(faults))
            {
                return false;
            }

            return Pedestals(faults);
        }

        private bool Ladder(FaultLatch faults)
        {
            _ones = 0;
            _zeros = 0;
            _squares = 0;
            bool flat = true;
            for (int tap = 0; tap < Taps; tap++)
            {
                _inputs.SelectCheck(tap);
                Burst();
                _mean[tap] = _burstMean;
                _squares += _burstSquares;
                flat = flat && (tap == 0 || BurstCheck.Same(_mean[tap], _mean[tap - 1]));
            }

            _inputs.SelectCheck(-1);
            Burst();
            if (flat && BurstCheck.Same(_burstMean, _mean[0]))
            {
                // Taps 0.3–2.2 V and the parked 0 V node all on one code: the converter, not the lines.
                faults.Raise(FaultKind.AdcStuck, 0, _mean[0], NominalCode(0));
                return false;
            }

            int line = StuckSelectLine();
            if (line >= 0)
            {
                // Tap t and tap t with select line S<line> flipped read alike for every t: that line does not move.
                faults.Raise(FaultKind.MuxSelect, 0, line, _mean[0]);
                return false;
            }

            bool one;
            int unjudged = BitCheck.UnjudgedBits(_mean, _squares < 0.5); // a quiet ladder's whole-code step fixes its low bits
            int bit = BitCheck.StuckBit(_ones | unjudged, _zeros | unjudged, _mean, _repaired, out one);
            if (bit >= 0)
            {
                faults.Raise(FaultKind.AdcBitStuck, 0, bit, one ? 1 : 0);
                return false;
            }

            if (_burstMean > FrontEndDesign.DeadZoneCode)
            {
                // A second output holds the node up; a node that is only slow decays when given time.
                double parked = _burstMean;
                _frontEnd.Settle(SlowSettleWaits * _settleMicroseconds);
                Burst();
                bool decaying = _burstMean < parked * 0.5;
                faults.Raise(decaying ? FaultKind.SlowSettling : FaultKind.MuxEnable, 0, parked, decaying ? _burstMean : FrontEndDesign.DeadZoneCode);
                return false;
            }

            if (!Steps(faults, _mean))
            {
                return false;
            }

            HasLadder = true;
            return true;
        }

        /// <summary>
        /// A select line that does not move: every tap reads like the tap with that line flipped
        /// (within <see cref="BurstCheck.StuckSpanCodes"/>). Noise-free, so the quiet averaged
        /// results cannot turn repeated taps into constant low bits for <see cref="BitCheck"/>. −1 when none.
        /// </summary>
        private int StuckSelectLine()
        {
            for (int line = 0; line < 4; line++)
            {
                bool alike = true;
                for (int tap = 0; tap < Taps && alike; tap++)
                {
                    alike = BurstCheck.Same(_mean[tap], _mean[tap ^ (1 << line)]);
                }

                if (alike)
                {
                    return line;
                }
            }

            return -1;
        }

        /// <summary>
        /// Every step between neighbouring taps near nominal. Flattened top steps are compression;
        /// every step too small is a second output loading the ladder (an enable stuck on);
        /// anything else is select lines aliasing taps.
        /// </summary>
        private bool Steps(FaultLatch faults, double[] mean)
        {
            double nominal = TapStepVolts / FrontEndDesign.AdcVoltsPerCode;
            int firstBad = -1;
            bool badBelowTop = false;
            bool allSmall = true;
            double smallest = double.MaxValue;
            for (int tap = 0; tap + 1 < Taps; tap++)
            {
                double step = mean[tap + 1] - mean[tap];
                smallest = step < smallest ? step : smallest;
                bool bad = step < nominal * (1 - StepTolerance) || step > nominal * (1 + StepTolerance);
                if (bad)
                {
                    firstBad = firstBad < 0 ? tap : firstBad;
                    allSmall = allSmall && step < nominal * (1 - StepTolerance);
                }
                else if (firstBad >= 0)
                {
                    badBelowTop = true;
                }
            }

            if (firstBad < 0)
            {
                return true;
            }

            if (Uniform(mean, nominal))
            {
                // Every step off by one factor: the converter's scale (its reference), not the ladder.
                faults.Raise(FaultKind.AdcGainChanged, 0, (mean[Taps - 1] - mean[0]) / (nominal * (Taps - 1)), 1.0);
                return false;
            }

            bool compressed = !badBelowTop && allSmall && firstBad > 0;
            // A second output in parallel halves every step; select lines stuck at one tap flatten them to noise.
            bool loaded = !badBelowTop && allSmall && firstBad == 0 && smallest > nominal * LoadedStepFraction;
            faults.Raise(compressed ? FaultKind.AdcClipped : (loaded ? FaultKind.MuxEnable : FaultKind.MuxSelect), 0, firstBad + 1, _mean[firstBad + 1]);
            return false;
        }

        /// <summary>
        /// True when every step below full scale is within ±<see cref="UniformTolerance"/> of their
        /// mean step, itself outside the step tolerance. Taps at full scale are left out: a converter
        /// reading 43 % high clips the top taps of a ladder that reaches 2.175 V (issue 28).
        /// </summary>
        private static bool Uniform(double[] mean, double nominal)
        {
            int top = Taps - 1;
            while (top > 2 && mean[top] >= FrontEndDesign.ClipCode)
            {
                top--;
            }

            double average = (mean[top] - mean[0]) / top;
            for (int tap = 0; tap < top; tap++)
            {
                if (Math.Abs(mean[tap + 1] - mean[tap] - average) > average * UniformTolerance)
                {
                    return false;
                }
            }

            // Only larger: uniformly smaller steps are a second output loading the ladder (an enable stuck on).
            return average > nominal * (1 + StepTolerance);
        }

        /// <summary>The first channel of each position multiplexer shows the pedestal in the least sensitive range.</summary>
        private bool Pedestals(FaultLatch faults)
        {
            bool lowDead = PedestalMissing(0);
            bool highDead = _frontEnd.ChannelCount > 16 && PedestalMissing(16);
            if (!lowDead && !highDead)
            {
                return true;
            }

            bool both = lowDead && (highDead || _frontEnd.ChannelCount <= 16);
            faults.Raise(both ? FaultKind.ChannelDead : FaultKind.MuxEnable, lowDead ? 1 : 17, _burstMean, PedestalCode / 2);
            return false;
        }

        private bool PedestalMissing(int channel)
        {
            _frontEnd.Select(channel, 0);
            Burst();
            return _burstMean < PedestalCode / 2;
        }

        private void Burst()
        {
            _frontEnd.Settle(_settleMicroseconds);
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < SamplesPerTap; i++)
            {
                int code = _frontEnd.Read();
                sum += code;
                squares += (double)code * code;
                _ones |= code;
                _zeros |= ~code;
            }

            _burstMean = sum / SamplesPerTap;
            _burstSquares = squares - (sum * _burstMean);
        }
    }
}
