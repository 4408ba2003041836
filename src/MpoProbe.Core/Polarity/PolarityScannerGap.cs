using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Test steps in a coded source's dark gap (docs/faults.md, "Test steps through a coded
    /// source"). A coded source switches its light, so no off/on pair read through it is the test
    /// current's alone, and its reference held no step: a gain that moved 5–10 % on one channel read
    /// a bare PASS. The gap after a decoded frame's data is dark on every position for
    /// <see cref="CodedSourceSequencer.GapSlots"/> slots, and the scanner knows when it starts (the
    /// data's end). There it reads one off/on pair per planned channel (<see cref="GainCheck"/>'s
    /// one-transfer pair, in <see cref="GapStepRange"/>), and keeps a gap's pairs only when each
    /// "off" half reads the stored dark and the brightest position is still dark after the last
    /// pair. A layout whose pairs do not fit one gap takes the next frames' gaps. Allocates nothing
    /// after construction.
    /// </summary>
    public sealed partial class PolarityScanner
    {
        /// <summary>Range the gap's steps are read in: <see cref="GainCheck"/>'s most sensitive candidate (100 kΩ ×1); the dark leaves room for its ≈ 1 675-code step.</summary>
        public const int GapStepRange = 6;

        /// <summary>Wait after the data's end before the first pair: the last slot's light gone, the amplifier settled (the slot estimate's error over a frame is well under this).</summary>
        public const long GapStepStartMicroseconds = 2000;

        /// <summary>Time left unused before the gap's nominal end: the next sync must not meet a pair.</summary>
        public const long GapStepEndMarginMicroseconds = 5000;

        /// <summary>Most gaps (this frame's and the next ones') the pairs of one scan may take.</summary>
        public const int MaxStepGaps = 3;

        /// <summary>Design time of one pair, budgeted before the first pair of a gap has been timed: two settles and <see cref="GainCheck.FoldedResults"/> reads a half.</summary>
        private const long PairMicroseconds = 2 * (FrontEndDesign.DefaultSettleMicroseconds + (GainCheck.FoldedResults * DeviceTiming.AdcReadMicroseconds));

        private GainCheck _stepCheck;
        private GainSignature _stepPlan;
        private uint _stepWanted;
        private uint _stepRead;
        private bool _stepPlanned;

        /// <summary>The steps read in dark gaps since the last <see cref="PlanGapSteps"/> (bit c of its test mask: channel c held one).</summary>
        public GainSignature GapSteps { get; } = new GainSignature();

        /// <summary>Planned channels (bit c) whose pair no dark gap held: their gain is not proven by this scan.</summary>
        public uint GapStepsMissing => _stepWanted & ~_stepRead;

        /// <summary>The check that reads the gap's pairs and then judges them (the self-test's); null: no steps are read.</summary>
        public GainCheck StepCheck
        {
            set { _stepCheck = value; }
        }

        /// <summary>
        /// Plans test steps for the next decoded scan: every used position of <paramref name="layout"/>
        /// that <paramref name="plan"/> holds a step for, or every used position when it is null (a
        /// reference). Clears <see cref="GapSteps"/>; the plan serves one scan.
        /// </summary>
        public void PlanGapSteps(MpoLayout layout, GainSignature plan)
        {
            _stepWanted = 0;
            _stepRead = 0;
            _stepPlan = plan;
            _stepPlanned = _stepCheck != null && _stepCheck.CanStep;
            if (!_stepPlanned)
            {
                GapSteps.Clear();
                return;
            }

            _stepCheck.BeginPairs(GapSteps);
            for (int p = 1; p <= layout.PositionCount && p <= _frontEnd.ChannelCount; p++)
            {
                _stepWanted |= layout.IsUsed(p) && (plan == null || plan.HasTest(p - 1)) ? PositionMask.Of(p) : 0;
            }
        }

        /// <summary>The pairs of a planned scan: in the gap that starts at <paramref name="gapStart"/> (the data's end), then in the next frames' gaps, timed by the measured <paramref name="slot"/>.</summary>
        private void ReadGapSteps(int n, int bits, long gapStart, double slot)
        {
            if (!_stepPlanned)
            {
                return;
            }

            _stepPlanned = false;
            int witness = Brightest(n);
            long period = (long)((CodedSourceSequencer.DataStartSlot + (2 * bits)) * slot);
            long length = (long)(CodedSourceSequencer.GapSlots * slot);
            for (int g = 0; g < MaxStepGaps && GapStepsMissing != 0 && witness >= 0; g++)
            {
                long start = gapStart + (g * period);
                StepsInGap(n, witness, start + GapStepStartMicroseconds, start + length - GapStepEndMarginMicroseconds);
            }

            _stepCheck.CurrentOff();
        }

        /// <summary>One gap's pairs, from <paramref name="from"/> while a pair ends before <paramref name="until"/>; kept when the gap stayed dark.</summary>
        private void StepsInGap(int n, int witness, long from, long until)
        {
            while (_clock.NowMicroseconds < from)
            {
                Sample(witness, _range[witness]);
            }

            uint read = 0;
            long pair = PairMicroseconds;
            for (int c = 0; c < n && _clock.NowMicroseconds + pair <= until; c++)
            {
                uint bit = 1u << c;
                if ((GapStepsMissing & bit) == 0)
                {
                    continue;
                }

                read |= bit;
                int range = _stepPlan != null && _stepPlan.HasTest(c) ? _stepPlan.TestRange(c) : GapStepRange;
                long began = _clock.NowMicroseconds;
                if (_stepCheck.GapPair(c, range, GapSteps) - _dark.Get(c, range) > DarkLimitCodes(range))
                {
                    // Light on the pair's own channel: this is not the gap.
                    _stepCheck.Forget(read, GapSteps);
                    return;
                }

                // The next pair is budgeted at what this one took on this hardware (the design figure before the first).
                pair = _clock.NowMicroseconds - began;
            }

            // The next sync lights every position the frame lit: still dark, no pair met it.
            if (IsAbove(witness, Sample(witness, _range[witness]), PresentShare))
            {
                _stepCheck.Forget(read, GapSteps);
                return;
            }

            _stepRead |= read;
        }

        /// <summary>Most an "off" half may read above the stored dark in <paramref name="range"/> in a dark gap, codes: what the dark refresh accepts, plus 6 σ of a one-transfer mean.</summary>
        private static double DarkLimitCodes(int range)
        {
            return GapDarkRefresh.MaxChangeCodes(range) + (6.0 * TestCurrent.DesignNoiseCodes(range) / Math.Sqrt(GainCheck.FoldedResults));
        }

        /// <summary>The position read brightest and cleanly in the sync window; −1 when none.</summary>
        private int Brightest(int n)
        {
            int best = -1;
            for (int c = 0; c < n; c++)
            {
                best = _lit[c] && _syncOk[c] && (best < 0 || _syncLevel[c] > _syncLevel[best]) ? c : best;
            }

            return best;
        }
    }
}
