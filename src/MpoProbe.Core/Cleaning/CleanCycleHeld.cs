using System;

namespace MpoProbe.Core
{
    /// <summary>A connector held for a clean, re-inspected: did the clean take anything off?</summary>
    public sealed partial class CleanCycle
    {
        /// <summary>
        /// <see cref="NothingCameOff(InspectionResult, double, double)"/> at the mating figure the budget
        /// uses (<see cref="UncertaintyBudget.MatingSigmaDb"/>: the learnt upper bound within its floor and
        /// ceiling, or a figure set by hand), split into its common and per-fiber parts as the probe's
        /// re-mates split it (<see cref="MatingRepeatability.Split"/>, as the re-check's mean does), and the budget's electronics.
        /// </summary>
        public bool NothingCameOff(InspectionResult after, UncertaintyBudget budget)
        {
            double common, own;
            budget.Mating.Split(budget.MatingSigmaDb, out common, out own);
            double e = budget.ElectronicsDb;
            return NothingCameOff(after, common, own + (e * e));
        }

        /// <summary>
        /// True when the recorded inspection and <paramref name="after"/> were both held for a clean
        /// (<see cref="InspectionResult.CleanFirst"/>) and the clean took nothing off: no position fell
        /// beyond a re-mate's scatter (<see cref="SignificantChangeDb"/>) and neither did their mean, judged
        /// against the mean's own re-mate scatter, √(2 (common + own / n)) × <see cref="SignificantK"/>, from the
        /// probe's mating figures (<paramref name="commonVarianceDb2"/>, and <paramref name="ownVarianceDb2"/> with
        /// the electronics): dirt that came off every fiber a little moves the mean. Then every position lost light
        /// alike: a source or reference that moved (<see cref="InspectionResult.LostAfterClean"/>). Changes nothing.
        /// </summary>
        public bool NothingCameOff(InspectionResult after, double commonVarianceDb2, double ownVarianceDb2)
        {
            if (!HasBefore || !_beforeHeld || !after.CleanFirst)
            {
                return false;
            }

            int n = 0;
            double fall = 0;
            for (int p = 1; p <= _positions; p++)
            {
                if (!PositionMask.Contains(_beforeMask & after.LossMask, p))
                {
                    continue;
                }

                double change = _beforeLoss[p - 1] - after.LossDb(p);
                if (change > SignificantChangeDb(_beforeUncertainty[p - 1], after.MeasurementOnlyDb(p)))
                {
                    return false;
                }

                fall += change;
                n++;
            }

            return n > 0 && fall / n <= SignificantK * Math.Sqrt(2 * (commonVarianceDb2 + (ownVarianceDb2 / n)));
        }
    }
}
