using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// This probe's own mating repeatability (docs/uncertainty.md, "Mating repeatability the probe
    /// measures"): the σ of one probe-port mating, estimated from re-mates of the same connector
    /// (the reference cord at <c>verify</c>, a link re-mated on request or inspected twice). Each
    /// re-mate gives, per position, the difference of two matings; its mean over the connector is
    /// the ferrule's common shift (one degree of freedom), the spread around that mean the
    /// per-fiber part (n − 1 degrees of freedom). Both are pooled with a prior of
    /// <see cref="PriorSigmaDb"/> worth <see cref="PriorDegrees"/> degrees of freedom each, so
    /// evidence can widen or narrow the figure. The budget uses <see cref="UpperDb"/>: the pooled σ
    /// times t₀.₉₇₅(ν)/z₀.₉₇₅ with ν the Welch–Satterthwaite degrees of freedom (GUM G.4), so a
    /// k = 2 interval built on it keeps 95 % coverage although σ itself is only estimated.
    /// Allocates nothing.
    /// </summary>
    public sealed class MatingRepeatability
    {
        /// <summary>
        /// Prior σ of one mating, dB: the root mean square of σ over the typical range of MT ferrules
        /// (shared/domain.md: σ ≈ 0.02–0.05 dB), σ taken log-uniform over it, √((b² − a²) / (2 ln(b/a)))
        /// ≈ 0.034 dB (docs/uncertainty.md, "The prior"). Not the upper figure: the upper confidence
        /// bound (<see cref="UpperDb"/>) carries the estimate's own uncertainty, and a prior at the
        /// upper end on top of it counted that twice.
        /// </summary>
        public static readonly double PriorSigmaDb = Math.Sqrt(((FieldFigures.MatingSigmaDb * FieldFigures.MatingSigmaDb) - (FieldFigures.MatingFloorDb * FieldFigures.MatingFloorDb))
            / (2.0 * Math.Log(FieldFigures.MatingSigmaDb / FieldFigures.MatingFloorDb)));

        /// <summary>Weight of the prior, degrees of freedom for the common and for the per-fiber part each (worth two re-mates' common shifts).</summary>
        public const double PriorDegrees = 1.0;

        /// <summary>Point σ above which the test cord or the port scatters too much: clean or replace it, dB (shared/domain.md: about 0.1 dB marks worn pins, dirt or a loose adapter).</summary>
        public const double ScatterLimitDb = 0.10;

        /// <summary>
        /// Re-mates the figure must rest on before the probe asks for them only every
        /// <c>RemateEvery</c> inspections; until then it asks after every inspection with nothing
        /// else to do (docs/uncertainty.md, "Why coverage moved with σ"): four re-mates give the data
        /// about 2 + 4 × 2.7 ≈ 13 degrees of freedom, t/z ≈ 1.1, and take the prior's share of the
        /// common part from 2/3 to 1/3.
        /// </summary>
        public const int LearningRemates = 4;

        private const double Z975 = 1.959963984540054;
        private double _ssCommon;
        private double _dofCommon;
        private double _ssOwn;
        private double _dofOwn;

        /// <summary>A repeatability at its prior.</summary>
        public MatingRepeatability()
        {
            Reset();
        }

        /// <summary>Counts every change of the evidence (a re-mate, a reset, a restore): a store saves only when it moved.</summary>
        public int Changes { get; private set; }

        /// <summary>Resolution of a stored variance, dB² (the wear record keeps nano-dB²).</summary>
        private const double RoundingDb2 = 1e-9;

        /// <summary>Re-mates observed since the last reset.</summary>
        public int Remates { get; private set; }

        /// <summary>Back to the prior (a replaced reference cord or port: <c>reset cord</c>, <c>reset port</c>).</summary>
        public void Reset()
        {
            double half = PriorSigmaDb * PriorSigmaDb / 2.0;
            _ssCommon = PriorDegrees * half;
            _dofCommon = PriorDegrees;
            _ssOwn = PriorDegrees * half;
            _dofOwn = PriorDegrees;
            Remates = 0;
            Changes++;
        }

        /// <summary>
        /// Adds one re-mate: <paramref name="changesDb"/>[0..count) are the per-position differences
        /// (after minus before) of the same connector mated twice. Refuses (false) fewer than one
        /// change or any that is not a finite number: nothing is added then.
        /// </summary>
        public bool Observe(double[] changesDb, int count)
        {
            if (changesDb == null || count < 1 || count > changesDb.Length)
            {
                return false;
            }

            double sum = 0;
            for (int i = 0; i < count; i++)
            {
                double d = changesDb[i];
                if (double.IsNaN(d) || double.IsInfinity(d))
                {
                    return false;
                }

                sum += d;
            }

            double mean = sum / count;
            double within = 0;
            for (int i = 0; i < count; i++)
            {
                double r = changesDb[i] - mean;
                within += r * r;
            }

            // A difference of two matings has twice one mating's variance: halve the squares.
            _ssCommon += mean * mean / 2.0;
            _dofCommon += 1;
            _ssOwn += within / 2.0;
            _dofOwn += count - 1;
            Remates++;
            Changes++;
            return true;
        }

        /// <summary>Degrees of freedom of the common part, the prior's included (1 + re-mates).</summary>
        public double CommonDegrees => _dofCommon;

        /// <summary>Degrees of freedom of the per-fiber part, the prior's included.</summary>
        public double OwnDegrees => _dofOwn;

        /// <summary>
        /// Restores evidence kept across a power cycle (pooled variances and degrees of freedom, as
        /// <see cref="CommonVarianceDb2"/>, <see cref="CommonDegrees"/>, …). Refuses (false, the
        /// figure unchanged) numbers that no sequence of re-mates gives: a common part whose degrees
        /// are not the prior's plus one per re-mate; per-fiber degrees below the prior's, above the
        /// prior's plus <see cref="MpoLayout.MaxPositions"/> − 1 per re-mate, or not whole; a variance
        /// that is not finite, or whose sum of squares is below the prior's (a re-mate only adds to
        /// it; one nano-dB² per degree is allowed for the stored rounding).
        /// </summary>
        public bool Restore(int remates, double commonVarianceDb2, double commonDegrees, double ownVarianceDb2, double ownDegrees)
        {
            bool finite = !double.IsNaN(commonVarianceDb2) && !double.IsInfinity(commonVarianceDb2) && !double.IsNaN(ownVarianceDb2) && !double.IsInfinity(ownVarianceDb2);
            double priorSs = PriorDegrees * PriorSigmaDb * PriorSigmaDb / 2.0;
            bool degrees = remates >= 0 && commonDegrees == PriorDegrees + remates && ownDegrees >= PriorDegrees
                && ownDegrees <= PriorDegrees + ((double)remates * (MpoLayout.MaxPositions - 1)) && Math.Floor(ownDegrees) == ownDegrees;
            if (!degrees || !finite || commonVarianceDb2 < 0 || ownVarianceDb2 < 0 || (commonVarianceDb2 * commonDegrees) < priorSs - (commonDegrees * RoundingDb2)
                || (ownVarianceDb2 * ownDegrees) < priorSs - (ownDegrees * RoundingDb2))
            {
                return false;
            }

            _ssCommon = commonVarianceDb2 * commonDegrees;
            _dofCommon = commonDegrees;
            _ssOwn = ownVarianceDb2 * ownDegrees;
            _dofOwn = ownDegrees;
            Remates = remates;
            Changes++;
            return true;
        }

        /// <summary>True while the figure rests on fewer than <see cref="LearningRemates"/> re-mates: a re-mate is due after every inspection.</summary>
        public bool Learning => Remates < LearningRemates;

        /// <summary>Pooled variance of the ferrule's common shift per mating, dB² (its mean square also carries σ_own²/n: slightly conservative).</summary>
        public double CommonVarianceDb2 => _ssCommon / _dofCommon;

        /// <summary>Pooled variance of the per-fiber part per mating, dB².</summary>
        public double OwnVarianceDb2 => _ssOwn / _dofOwn;

        /// <summary>
        /// The variance <paramref name="sigmaDb"/>² of a mating figure (the budget's, an upper figure)
        /// split into the ferrule's common part and the per-fiber part as the evidence splits it (both 0 with none).
        /// </summary>
        public void Split(double sigmaDb, out double commonDb2, out double ownDb2)
        {
            double total = CommonVarianceDb2 + OwnVarianceDb2;
            double scale = total > 0 ? sigmaDb * sigmaDb / total : 0;
            commonDb2 = CommonVarianceDb2 * scale;
            ownDb2 = OwnVarianceDb2 * scale;
        }

        /// <summary>Pooled σ of one mating at one position, dB (prior and evidence).</summary>
        public double EstimateDb => Math.Sqrt(CommonVarianceDb2 + OwnVarianceDb2);

        /// <summary>Welch–Satterthwaite degrees of freedom of <see cref="EstimateDb"/>² (GUM G.4.1).</summary>
        public double DegreesOfFreedom
        {
            get
            {
                double c = CommonVarianceDb2;
                double o = OwnVarianceDb2;
                double total = c + o;
                double denominator = (c * c / _dofCommon) + (o * o / _dofOwn);
                return denominator > 0 ? total * total / denominator : _dofCommon + _dofOwn;
            }
        }

        /// <summary>The figure the budget uses, dB: <see cref="EstimateDb"/> × t₀.₉₇₅(ν) / z₀.₉₇₅ (≥ the estimate).</summary>
        public double UpperDb => EstimateDb * StudentT975(DegreesOfFreedom) / Z975;

        /// <summary>
        /// True once a re-mate was observed and the upper figure is above <see cref="ScatterLimitDb"/>: the
        /// evidence does not yet show this port and cord within the limit, so no verdict is bare
        /// (docs/uncertainty.md, "Bare verdicts need a steady cord").
        /// </summary>
        public bool SteadinessUnproven => Remates > 0 && UpperDb > ScatterLimitDb;

        /// <summary>True when this port and cord scatter more than <see cref="ScatterLimitDb"/> on the evidence of at least one re-mate.</summary>
        public bool ScatterTooHigh => Remates > 0 && EstimateDb > ScatterLimitDb;

        /// <summary>
        /// Two-sided 95 % quantile of Student's t with <paramref name="dof"/> degrees of freedom
        /// (Cornish–Fisher expansion in 1/ν, Abramowitz &amp; Stegun 26.7.5; within 0.3 % of the
        /// exact value for ν ≥ 3). Below 1 degree of freedom the value at 1 is used.
        /// </summary>
        public static double StudentT975(double dof)
        {
            double n = dof < 1 ? 1 : dof;
            double z = Z975;
            double z2 = z * z;
            double g1 = (z2 + 1) * z / 4;
            double g2 = ((5 * z2 * z2) + (16 * z2) + 3) * z / 96;
            double g3 = ((3 * z2 * z2 * z2) + (19 * z2 * z2) + (17 * z2) - 15) * z / 384;
            double g4 = ((79 * z2 * z2 * z2 * z2) + (776 * z2 * z2 * z2) + (1482 * z2 * z2) - (1920 * z2) - 945) * z / 92160;
            return z + (g1 / n) + (g2 / (n * n)) + (g3 / (n * n * n)) + (g4 / (n * n * n * n));
        }
    }
}
