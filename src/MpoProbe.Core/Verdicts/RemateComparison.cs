using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Compares a re-inspection after a re-mate with the held losses of the same link: the
    /// per-position changes are mating scatter, unless one moved beyond <see cref="MovedLimitDb"/>
    /// (dirt moved on the link, something changed). Used by the workflow's re-mate prompt and by
    /// the benchmark. Allocates nothing.
    /// </summary>
    public static class RemateComparison
    {
        /// <summary>
        /// Largest change mating scatter explains, dB: 5 standard deviations of a difference of two
        /// matings at the budget's figure (two-sided ≈ 6 × 10⁻⁷), at least
        /// <see cref="FieldFigures.VerifyMaxChangeDb"/>. It follows the probe's own scatter, so a
        /// loose cord's re-mates still count (and get it named), while dirt that moved does not.
        /// </summary>
        public static double MovedLimitDb(double matingSigmaDb)
        {
            double scaled = 5.0 * Math.Sqrt(2.0) * matingSigmaDb;
            return scaled > FieldFigures.VerifyMaxChangeDb ? scaled : FieldFigures.VerifyMaxChangeDb;
        }

        /// <summary>
        /// Fills <paramref name="changesDb"/> with after − before of every used position that has a
        /// loss in both (before: the positions in <paramref name="heldMask"/>); returns how many, or −(position) of the first that moved beyond <paramref name="movedLimitDb"/>.
        /// </summary>
        public static int Changes(double[] heldLossDb, uint heldMask, InspectionResult after, double[] changesDb, double movedLimitDb)
        {
            int n = 0;
            for (int p = 1; p <= after.Layout.PositionCount; p++)
            {
                double before = heldLossDb[p - 1];
                double now = after.LossDb(p);
                if (!after.Layout.IsUsed(p) || !PositionMask.Contains(heldMask, p) || !after.HasLoss(p))
                {
                    continue;
                }

                double change = now - before;
                if (Math.Abs(change) > movedLimitDb)
                {
                    return -p;
                }

                changesDb[n] = change;
                n++;
            }

            return n;
        }
    }
}
