namespace MpoProbe.Core
{
    using System;

    /// <summary>
    /// The re-check's test of the connector's mean change (docs/uncertainty.md, "Plain source: the
    /// re-check's mean"). When nothing moved, the mean over n positions of (re-check − reference)
    /// carries the cord's common mating shift (mated once now, <c>M</c> times averaged for the
    /// reference), the per-fiber part averaged over n, the source's short-term scatter and the drift
    /// the source's statement allows for the reference's age (a rectangle). A mean outside the
    /// <see cref="Probability"/> region of that sum is a source or reference that moved: a step the
    /// per-position limit misses because every position moved a little. Figures are the probe's own
    /// (the budget's upper mating figure, split as the re-mates measured it), never the field's.
    /// </summary>
    public static class RecheckMean
    {
        /// <summary>Coverage of the healthy region: a healthy re-check fails at most once in a hundred (two-sided).</summary>
        public const double Probability = 0.99;

        /// <summary>Normal coverage factor at <see cref="Probability"/>.</summary>
        public const double NormalK = 2.5758293035489004;

        /// <summary>
        /// σ of a healthy re-check's mean change over <paramref name="positions"/> positions, dB:
        /// the mating figure <paramref name="matingSigmaDb"/> (the budget's upper one) split into
        /// common and per-fiber parts as <paramref name="mating"/> measured them, each for one mating
        /// now and <paramref name="referenceMatings"/> averaged then, and the normal part of the
        /// source (<paramref name="sourceNormalDb"/>: its short-term scatter, or a monitor's residual).
        /// </summary>
        public static double SigmaDb(MatingRepeatability mating, double matingSigmaDb, int referenceMatings, int positions, double sourceNormalDb)
        {
            double common, own;
            mating.Split(matingSigmaDb, out common, out own);
            double both = 1.0 + (1.0 / (referenceMatings < 1 ? 1 : referenceMatings));
            return Math.Sqrt((common * both) + (own * both / (positions < 1 ? 1 : positions)) + (sourceNormalDb * sourceNormalDb));
        }

        /// <summary>
        /// Largest mean change, dB, a healthy re-mate of the cord explains over <paramref name="positions"/>
        /// positions against a reference of <paramref name="referenceMatings"/> matings, <paramref name="referenceAgeMinutes"/>
        /// old: <paramref name="budget"/>'s mating figure and, through a <paramref name="monitored"/> source,
        /// the monitor's residual for its correction <paramref name="correctionDb"/>, else the source's
        /// short-term scatter and the drift its statement allows for that age.
        /// </summary>
        public static double LimitDb(UncertaintyBudget budget, int referenceMatings, int positions, bool monitored, double correctionDb, long referenceAgeMinutes)
        {
            double source = monitored ? UncertaintyBudget.MonitorResidualDb(correctionDb) : FieldFigures.SourceShortTermDb;
            double drift = monitored ? 0 : UncertaintyBudget.DriftBoundDb(referenceAgeMinutes);
            return LimitDb(SigmaDb(budget.Mating, budget.MatingSigmaDb, referenceMatings, positions, source), drift);
        }

        /// <summary>
        /// The verdict a result keeps on the certificate once the re-check after it passed
        /// (docs/uncertainty.md, "A passed re-check's mean on the certificate"). When the source
        /// moved is unknown: at the result its change lay between the mean change the previous
        /// re-check of the same reference found (<paramref name="previousMeanDb"/>; 0 for the
        /// reference itself) and this one's (<paramref name="meanDb"/>), both re-check − reference
        /// (positive: brighter, the losses read low). The change is now measured, so the result's
        /// band gives up the drift rectangle it allowed (±<paramref name="allowanceDb"/>, 0 when a
        /// monitor corrected the source): what is left of its combined standard uncertainty
        /// <paramref name="uncertaintyDb"/>, k = 2, at least <paramref name="guardDb"/>. A PASS stays
        /// bare where the loss plus the brighter end is still at or below the limit less that band; a
        /// FAIL where the loss plus the dimmer end is still above the limit plus it; otherwise they
        /// are starred. A change that can only make a verdict safer never stars it; every other
        /// verdict is kept.
        /// </summary>
        public static Verdict Certified(Verdict verdict, double lossDb, double uncertaintyDb, double guardDb, double limitDb, double previousMeanDb, double meanDb, double allowanceDb)
        {
            double normal2 = (uncertaintyDb * uncertaintyDb) - (allowanceDb * allowanceDb / 3.0);
            double band = VerdictRules.BandDb(guardDb, UncertaintyBudget.CoverageK * Math.Sqrt(normal2 > 0 ? normal2 : 0));
            double brighter = previousMeanDb > meanDb ? previousMeanDb : meanDb;
            double dimmer = previousMeanDb < meanDb ? previousMeanDb : meanDb;
            if (verdict == Verdict.Pass && brighter > 0 && lossDb + brighter > limitDb - band)
            {
                return Verdict.PassStar;
            }

            if (verdict == Verdict.Fail && dimmer < 0 && lossDb + dimmer <= limitDb + band)
            {
                return Verdict.FailStar;
            }

            return verdict;
        }

        /// <summary>Largest mean change, dB, a healthy re-check explains: the <see cref="Probability"/> region of normal(<paramref name="sigmaDb"/>) plus the drift rectangle ±<paramref name="driftBoundDb"/>.</summary>
        public static double LimitDb(double sigmaDb, double driftBoundDb)
        {
            return CoverageFactor.ExpandedDb(sigmaDb, driftBoundDb, Probability, NormalK);
        }
    }
}
