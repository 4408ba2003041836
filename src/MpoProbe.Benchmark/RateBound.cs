using System;

namespace MpoProbe.Benchmark
{
    /// <summary>Confidence bounds of a rate counted in a benchmark.</summary>
    public static class RateBound
    {
        /// <summary>
        /// One-sided 95 % upper bound of a rate seen <paramref name="events"/> times in
        /// <paramref name="trials"/> (exact binomial, Clopper–Pearson: the p at which seeing this few
        /// has probability 5 %; 0 of n gives ≈ 3/n).
        /// </summary>
        public static double Upper95(long events, long trials)
        {
            if (trials <= 0)
            {
                return 1.0;
            }

            double low = (double)events / trials, high = 1.0;
            for (int i = 0; i < 60; i++)
            {
                double p = (low + high) / 2;
                if (BinomialCdf(events, trials, p) > 0.05)
                {
                    low = p;
                }
                else
                {
                    high = p;
                }
            }

            return high;
        }

        private static double BinomialCdf(long k, long n, double p)
        {
            // Sum of the terms 0..k in log space (n up to millions, k small).
            double sum = 0, logTerm = n * Math.Log(1 - p);
            for (long i = 0; i <= k; i++)
            {
                sum += Math.Exp(logTerm);
                logTerm += Math.Log((double)(n - i) / (i + 1)) + Math.Log(p / (1 - p));
            }

            return sum;
        }
    }
}
