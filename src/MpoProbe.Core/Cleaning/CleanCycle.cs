using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Inspect → clean → re-inspect, compared position by position. A loss that fell by more
    /// than a re-mate can explain (<see cref="SignificantK"/> standard deviations of the two
    /// inspections' own budget parts, the probe's measured mating figure included) confirms
    /// contamination; one that did not is persistent. A position below the limit after the clean
    /// (PASS or PASS*) is cleaned. A clean after which anything still fails counts as a failed clean,
    /// unless it measurably removed dirt from a position that still fails and made none worse (a fail
    /// that improves after cleaning was contamination: clean again) or the dirt moved along the row; after
    /// <see cref="MaxFailedCleans"/> of them the probe escalates: not contamination, check damage,
    /// polarity, cable stress. Allocates nothing after construction.
    /// </summary>
    public sealed partial class CleanCycle
    {
        private readonly double[] _beforeLoss = new double[MpoLayout.MaxPositions];
        private readonly double[] _beforeUncertainty = new double[MpoLayout.MaxPositions];
        private readonly Verdict[] _beforeVerdict = new Verdict[MpoLayout.MaxPositions];
        private uint _beforeNotPassing;
        private bool _beforeHeld;
        private uint _beforeMask;
        private readonly CleanOutcome[] _outcome = new CleanOutcome[MpoLayout.MaxPositions];
        private readonly double[] _changeDb = new double[MpoLayout.MaxPositions];
        private readonly double[] _cleanBefore = new double[MpoLayout.MaxPositions];
        private readonly double[] _cleanAfter = new double[MpoLayout.MaxPositions];
        private int _maxFailedCleans = 2;
        private int _positions;

        /// <summary>
        /// Standard deviations of a re-inspection's own scatter (electronics and one probe-port
        /// mating at the probe's measured figure, each inspection) a change must pass to count as
        /// improved or worse: 3, two-sided 0.27 % per position, so a 12-fiber re-mate calls a change
        /// where there was none about once in 30 cleans (k = 2 did it in about one clean in two).
        /// </summary>
        public const double SignificantK = 3.0;

        /// <summary>Failed cleans of a cycle before escalating (default 2, 1..9).</summary>
        public int MaxFailedCleans
        {
            get { return _maxFailedCleans; }
            set
            {
                if (value < 1 || value > 9)
                {
                    throw new ArgumentOutOfRangeException("value", "failed cleans before escalation " + value.ToString() + " is outside 1..9");
                }

                _maxFailedCleans = value;
            }
        }

        /// <summary>True once an inspection to compare against has been recorded.</summary>
        public bool HasBefore { get; private set; }

        /// <summary>True when the last clean measurably took dirt off a fiber that still fails: not counted as a failed clean.</summary>
        public bool Improving { get; private set; }

        /// <summary>Failed cleans of this cycle: cleans after which something still failed, not counting one that moved the dirt or took some off without making a fiber worse; a clean after which all pass resets it.</summary>
        public int FailedCleans { get; private set; }

        /// <summary>True when <see cref="FailedCleans"/> reached <see cref="MaxFailedCleans"/>.</summary>
        public bool Escalate => FailedCleans >= _maxFailedCleans;

        /// <summary>True when the last re-inspection passes everywhere.</summary>
        public bool AllClean { get; private set; }

        /// <summary>Positions whose loss fell beyond its uncertainty (contamination confirmed).</summary>
        public uint ConfirmedMask { get; private set; }

        /// <summary>Positions that did not pass before and did not improve (persistent).</summary>
        public uint PersistentMask { get; private set; }

        /// <summary>Positions whose loss rose beyond its uncertainty.</summary>
        public uint WorseMask { get; private set; }

        /// <summary>
        /// True when the last clean moved the dirt rather than removing it: the positions that
        /// failed now pass and new failures sit within two positions of them in the same row.
        /// Such a clean does not count towards escalation.
        /// </summary>
        public bool Moved { get; private set; }

        /// <summary>Positions that did not pass before the last compared clean.</summary>
        public uint BeforeBadMask { get; private set; }

        /// <summary>Positions that do not pass after the last compared clean.</summary>
        public uint AfterBadMask { get; private set; }

        /// <summary>Outcome of a position in the last comparison.</summary>
        public CleanOutcome OutcomeAt(int position)
        {
            return _outcome[position - 1];
        }

        /// <summary>Positions with a loss before the last compared clean (<see cref="LossBeforeCleanDb"/>).</summary>
        public uint LossBeforeCleanMask { get; private set; }

        /// <summary>Positions with a loss after the last compared clean; a <see cref="ChangeDb"/> needs both.</summary>
        public uint LossAfterCleanMask { get; private set; }

        /// <summary>Loss change of a position, after minus before, dB (0 unless in both loss masks).</summary>
        public double ChangeDb(int position)
        {
            return _changeDb[position - 1];
        }

        /// <summary>Loss before the last compared clean, dB (0 unless in <see cref="LossBeforeCleanMask"/>).</summary>
        public double LossBeforeCleanDb(int position)
        {
            return _cleanBefore[position - 1];
        }

        /// <summary>Loss after the last compared clean, dB (0 unless in <see cref="LossAfterCleanMask"/>).</summary>
        public double LossAfterCleanDb(int position)
        {
            return _cleanAfter[position - 1];
        }

        /// <summary>Starts a new cycle on a new link: forgets the before-inspection and the failed-clean count.</summary>
        public void Reset()
        {
            HasBefore = false;
            FailedCleans = 0;
            AllClean = false;
            Improving = false;
        }

        /// <summary>Records the inspection the next re-inspection is compared with.</summary>
        public void SetBefore(InspectionResult before)
        {
            _positions = before.Layout.PositionCount;
            _beforeMask = before.LossMask;
            for (int p = 1; p <= _positions; p++)
            {
                _beforeLoss[p - 1] = before.LossDb(p);
                _beforeUncertainty[p - 1] = before.MeasurementOnlyDb(p);
                _beforeVerdict[p - 1] = before.VerdictAt(p);
            }

            _beforeNotPassing = before.NotPassingMask();
            _beforeHeld = before.CleanFirst;
            HasBefore = true;
        }

        /// <summary>Compares a re-inspection after a clean with the recorded one; the re-inspection becomes the next "before".</summary>
        public void Compare(InspectionResult after)
        {
            if (!HasBefore)
            {
                throw new InvalidOperationException("no inspection before the clean to compare with");
            }

            ConfirmedMask = 0;
            PersistentMask = 0;
            WorseMask = 0;
            BeforeBadMask = _beforeNotPassing;
            // Below the limit after a clean, proven or not (PASS*), is a successful clean.
            AfterBadMask = after.NotPassingMask() & ~after.MaskOf(Verdict.PassStar);
            LossBeforeCleanMask = _beforeMask;
            LossAfterCleanMask = after.LossMask;
            for (int p = 1; p <= _positions; p++)
            {
                _cleanBefore[p - 1] = _beforeLoss[p - 1];
                _cleanAfter[p - 1] = after.LossDb(p);
                CleanOutcome outcome = Judge(p, after);
                _outcome[p - 1] = outcome;
                // Contamination is confirmed only where the loss fell beyond a re-mate's scatter.
                bool fell = PositionMask.Contains(LossBeforeCleanMask & LossAfterCleanMask, p) && -_changeDb[p - 1] > SignificantChangeDb(_beforeUncertainty[p - 1], after.MeasurementOnlyDb(p));
                ConfirmedMask |= fell && (outcome == CleanOutcome.CleanedPass || outcome == CleanOutcome.ImprovedStillFail) ? PositionMask.Of(p) : 0;
                PersistentMask |= outcome == CleanOutcome.NoChange ? PositionMask.Of(p) : 0;
                WorseMask |= outcome == CleanOutcome.Worse ? PositionMask.Of(p) : 0;
            }

            AllClean = AfterBadMask == 0;
            Moved = !AllClean && IsShift(after.Layout);
            // Dirt removed where a fiber still fails is progress, not a failed clean (domain.md: a fail that improves after cleaning was contamination).
            // A clean that also made a fiber worse is not progress: fibers that take turns (stress, an unstable joint) escalate.
            Improving = !AllClean && !Moved && WorseMask == 0 && (ConfirmedMask & AfterBadMask) != 0;
            FailedCleans = AllClean ? 0 : (Moved || Improving ? FailedCleans : FailedCleans + 1);
            SetBefore(after);
        }

        /// <summary>The old failures all pass now and every new one is at most two columns from an old one in its row.</summary>
        private bool IsShift(MpoLayout layout)
        {
            uint fresh = AfterBadMask & ~BeforeBadMask;
            if (BeforeBadMask == 0 || fresh == 0 || (AfterBadMask & BeforeBadMask) != 0)
            {
                return false;
            }

            for (int p = 1; p <= layout.PositionCount; p++)
            {
                if (PositionMask.Contains(fresh, p) && !NearOld(layout, p))
                {
                    return false;
                }
            }

            return true;
        }

        private bool NearOld(MpoLayout layout, int p)
        {
            for (int q = 1; q <= layout.PositionCount; q++)
            {
                int gap = layout.ColumnOf(p) - layout.ColumnOf(q);
                if (PositionMask.Contains(BeforeBadMask, q) && layout.RowOf(p) == layout.RowOf(q) && gap >= -2 && gap <= 2)
                {
                    return true;
                }
            }

            return false;
        }

        private CleanOutcome Judge(int p, InspectionResult after)
        {
            Verdict before = _beforeVerdict[p - 1];
            Verdict now = after.VerdictAt(p);
            double lossBefore = _beforeLoss[p - 1];
            double lossAfter = after.LossDb(p);
            _changeDb[p - 1] = 0;
            if (before == Verdict.Unused && now == Verdict.Unused)
            {
                return CleanOutcome.Unaffected;
            }

            if (!PositionMask.Contains(_beforeMask, p) || !after.HasLoss(p))
            {
                return before == Verdict.Pass && now == Verdict.Pass ? CleanOutcome.Unaffected : CleanOutcome.NotMeasured;
            }

            double change = lossAfter - lossBefore;
            _changeDb[p - 1] = change;
            double uBefore = _beforeUncertainty[p - 1];
            double uAfter = after.MeasurementOnlyDb(p);
            double significant = SignificantChangeDb(uBefore, uAfter);
            if (change > significant)
            {
                return CleanOutcome.Worse;
            }

            if (before == Verdict.Pass)
            {
                return CleanOutcome.Unaffected;
            }

            if (now == Verdict.Pass || now == Verdict.PassStar)
            {
                return CleanOutcome.CleanedPass;
            }

            return -change > significant ? CleanOutcome.ImprovedStillFail : CleanOutcome.NoChange;
        }

        /// <summary>
        /// Smallest change that counts as improved or worse: <see cref="SignificantK"/> on the two
        /// inspections' own parts of the budget (measurement electronics and one probe-port mating
        /// each, at the probe's measured mating figure; the shared reference cancels), so re-mating
        /// scatter is not called a change.
        /// </summary>
        public static double SignificantChangeDb(double uBeforeDb, double uAfterDb)
        {
            return SignificantK * Math.Sqrt((uBeforeDb * uBeforeDb) + (uAfterDb * uAfterDb));
        }
    }
}
