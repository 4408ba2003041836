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

        /// <summary>Conversions per tap (σ of the mean ≈ 4 codes against a 172-code step).</summary>
        public const int SamplesPerTap = 16;

        /// <summary>A step between neighbouring taps is wrong outside this fraction of nominal (±40 %: covers ±10 % ADC scale spread with margin, fails a 1-tap aliasing).</summary>
        public const double StepTolerance = 0.40;

        /// <summary>Smallest step, as a fraction of nominal, still read as a loaded ladder rather than taps that do not change.</summary>
        public const double LoadedStepFraction = 0.25;

        private readonly IPhotodiodeFrontEnd _frontEnd;
        private readonly ICheckInputs _inputs;
        private readonly int _settleMicroseconds;
        private readonly double[] _mean = new double[Taps];
        private readonly bool[] _stuck = new bool[Taps];
        private double _burstMean;
        private int _burstMin;
        private int _burstMax;

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

        /// <summary>Runs every check; the first fault found goes into <paramref name="faults"/>. True when none.</summary>
        public bool Run(FaultLatch faults)
        {
            if (_inputs != null && !Ladder(faults))
            {
                return false;
            }

            return Pedestals(faults);
        }

        private bool Ladder(FaultLatch faults)
        {
            int stuck = 0;
            int firstStuck = Taps;
            for (int tap = 0; tap < Taps; tap++)
            {
                _inputs.SelectCheck(tap);
                Burst();
                _mean[tap] = _burstMean;
                _stuck[tap] = BurstCheck.IsStuck(_burstMin, _burstMax, SamplesPerTap);
                stuck += _stuck[tap] ? 1 : 0;
                firstStuck = _stuck[tap] && tap < firstStuck ? tap : firstStuck;
            }

            if (stuck > 0)
            {
                bool topOnly = stuck == Taps - firstStuck && firstStuck > 0 && SameCode(firstStuck);
                faults.Raise(topOnly ? FaultKind.AdcClipped : FaultKind.AdcStuck, 0, _mean[firstStuck], NominalCode(firstStuck));
                return false;
            }

            _inputs.SelectCheck(-1);
            Burst();
            if (_burstMean > FrontEndDesign.DeadZoneCode)
            {
                faults.Raise(FaultKind.MuxEnable, 0, _burstMean, FrontEndDesign.DeadZoneCode);
                return false;
            }

            return Steps(faults);
        }

        /// <summary>
        /// Every step between neighbouring taps near nominal. Flattened top steps are compression;
        /// every step too small is a second output loading the ladder (an enable stuck on);
        /// anything else is select lines aliasing taps.
        /// </summary>
        private bool Steps(FaultLatch faults)
        {
            double nominal = TapStepVolts / FrontEndDesign.AdcVoltsPerCode;
            int firstBad = -1;
            bool badBelowTop = false;
            bool allSmall = true;
            double smallest = double.MaxValue;
            for (int tap = 0; tap + 1 < Taps; tap++)
            {
                double step = _mean[tap + 1] - _mean[tap];
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

            bool compressed = !badBelowTop && allSmall && firstBad > 0;
            // A second output in parallel halves every step; select lines stuck at one tap flatten them to noise.
            bool loaded = !badBelowTop && allSmall && firstBad == 0 && smallest > nominal * LoadedStepFraction;
            faults.Raise(compressed ? FaultKind.AdcClipped : (loaded ? FaultKind.MuxEnable : FaultKind.MuxSelect), 0, firstBad + 1, _mean[firstBad + 1]);
            return false;
        }

        private bool SameCode(int from)
        {
            for (int tap = from + 1; tap < Taps; tap++)
            {
                if (Math.Abs(_mean[tap] - _mean[from]) >= BurstCheck.StuckSpanCodes)
                {
                    return false;
                }
            }

            return true;
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
            int min = int.MaxValue;
            int max = int.MinValue;
            for (int i = 0; i < SamplesPerTap; i++)
            {
                int code = _frontEnd.Read();
                sum += code;
                min = code < min ? code : min;
                max = code > max ? code : max;
            }

            _burstMean = sum / SamplesPerTap;
            _burstMin = min;
            _burstMax = max;
        }
    }
}
