using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Expanded uncertainty of a loss whose error is the sum of a normal part and one rectangular
    /// part (docs/uncertainty.md, "The coverage factor"). The output distribution is the convolution
    /// of its inputs (GUM JCGM 100:2008 G.2.2; JCGM 101:2008 propagates the same distributions);
    /// for a normal part σ and a rectangle ±a its distribution function has a closed form, and U is
    /// the half-width that holds <see cref="Probability"/> of it. A normal error alone gives U = 2σ
    /// (k = 2, GUM 6.3.3); a rectangle alone gives U = p·a (k = 1.65, GUM G.6.5's rectangular case);
    /// in between k falls from 2 towards 1.65. Pure, allocates nothing.
    /// </summary>
    public static class CoverageFactor
    {
        /// <summary>
        /// Coverage probability of every expanded uncertainty: the share of a normal error inside
        /// ±2σ (0.9545), so that a normal error keeps k = 2 and only a rectangular share lowers it.
        /// </summary>
        public const double Probability = 0.9544997361036416;

        /// <summary>Coverage factor of a normal error at <see cref="Probability"/>.</summary>
        public const double NormalK = 2.0;

        private const double InvSqrt2 = 0.7071067811865476;
        private const double InvSqrt2Pi = 0.3989422804014327;

        /// <summary>
        /// Expanded uncertainty U, dB, of the sum of a normal error of σ <paramref name="normalDb"/>
        /// and a rectangular one of half-width <paramref name="rectangleHalfWidthDb"/> (both ≥ 0,
        /// finite): the x with P(|e| ≤ x) = <see cref="Probability"/>. A rectangle narrower than 1 %
        /// of σ is folded into the normal part (σ² + a²/3).
        /// </summary>
        public static double ExpandedDb(double normalDb, double rectangleHalfWidthDb)
        {
            return ExpandedDb(normalDb, rectangleHalfWidthDb, Probability, NormalK);
        }

        /// <summary>
        /// As <see cref="ExpandedDb(double, double)"/> at coverage <paramref name="probability"/>,
        /// whose normal coverage factor is <paramref name="normalK"/> (2.576 for 0.99).
        /// </summary>
        public static double ExpandedDb(double normalDb, double rectangleHalfWidthDb, double probability, double normalK)
        {
            double s = normalDb > 0 ? normalDb : 0;
            double a = rectangleHalfWidthDb > 0 ? rectangleHalfWidthDb : 0;
            if (a <= 0.01 * s)
            {
                return normalK * Math.Sqrt((s * s) + (a * a / 3.0));
            }

            if (s <= 1e-6 * a)
            {
                return probability * a;
            }

            // The coverage of ±x is concave in x (a symmetric unimodal density) and adding an
            // independent symmetric unimodal error never raises it, so x₀ = max(kσ, p·a) lies at or
            // below the answer and Newton's steps climb to it without overshooting.
            double x = Math.Max(normalK * s, probability * a);
            for (int i = 0; i < 20; i++)
            {
                double shortfall = probability - Coverage(x, s, a);
                if (shortfall <= 1e-10)
                {
                    break;
                }

                double step = shortfall / (2.0 * Density(x, s, a));
                x += step;
                if (step < 1e-7 * x)
                {
                    break;
                }
            }

            return x;
        }

        /// <summary>Coverage factor k = U / u_c for the same parts (u_c² = σ² + a²/3); 2 when both are 0.</summary>
        public static double K(double normalDb, double rectangleHalfWidthDb)
        {
            double s = normalDb > 0 ? normalDb : 0;
            double a = rectangleHalfWidthDb > 0 ? rectangleHalfWidthDb : 0;
            double u = Math.Sqrt((s * s) + (a * a / 3.0));
            return u > 0 ? ExpandedDb(s, a) / u : NormalK;
        }

        /// <summary>P(|e| ≤ x) for e = normal(σ = s) + rectangle(±a), a &gt; 0, s &gt; 0.</summary>
        public static double Coverage(double x, double s, double a)
        {
            return Cdf(x, s, a) - Cdf(-x, s, a);
        }

        private static double Cdf(double x, double s, double a)
        {
            // F(x) = (1/2a) ∫ Φ(t/s) dt over x−a..x+a, and ∫Φ = s·G(t/s) with G(z) = zΦ(z) + φ(z).
            return s / (2.0 * a) * (G((x + a) / s) - G((x - a) / s));
        }

        private static double Density(double x, double s, double a)
        {
            return (Phi((x + a) / s) - Phi((x - a) / s)) / (2.0 * a);
        }

        private static double G(double z)
        {
            return (z * Phi(z)) + (InvSqrt2Pi * Math.Exp(-0.5 * z * z));
        }

        /// <summary>Standard normal distribution function (erfc by Abramowitz &amp; Stegun 7.1.26, |error| ≤ 1.5e-7).</summary>
        public static double Phi(double z)
        {
            double x = Math.Abs(z) * InvSqrt2;
            double t = 1.0 / (1.0 + (0.3275911 * x));
            double poly = t * (0.254829592 + (t * (-0.284496736 + (t * (1.421413741 + (t * (-1.453152027 + (t * 1.061405429))))))));
            double half = 0.5 * poly * Math.Exp(-x * x);
            return z >= 0 ? 1.0 - half : half;
        }
    }
}
