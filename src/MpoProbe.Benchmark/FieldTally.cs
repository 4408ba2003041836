using System;
using MpoProbe.Core;

namespace MpoProbe.Benchmark
{
    /// <summary>Counts of a field-model run: verdicts per 0.05 dB bin of true − limit, errors against the reported uncertainty.</summary>
    internal sealed class Tally
    {
        private const int Bins = 20;
        private readonly long[][] _bins = new long[Bins][];
        private long _n;
        private long _covered;
        private long _stars;
        private double _sumError;
        private double _sumSquares;
        private double _sumU;
        private double _sumBand;

        public Tally()
        {
            for (int b = 0; b < Bins; b++)
            {
                _bins[b] = new long[5];
            }
        }

        public long Above { get; private set; }

        public long Below { get; private set; }

        public long FalsePass { get; private set; }

        public long FalseFail { get; private set; }

        public double MeanU => _sumU / Math.Max(1, _n);

        public double MeanBand => _sumBand / Math.Max(1, _n);

        /// <summary>Measured − true loss of a position, or NaN (host-side only: <see cref="Add"/> skips it) when the result has no loss there.</summary>
        public static double LossError(InspectionResult result, int position, double trueLossDb)
        {
            return result.HasLoss(position) ? result.LossDb(position) - trueLossDb : double.NaN;
        }

        /// <summary>One fiber: distance of its true loss from the limit, verdict, measured − true, reported u and band.</summary>
        public void Add(double fromLimitDb, Verdict v, double errorDb, double uDb, double bandDb)
        {
            Above += fromLimitDb > 0 ? 1 : 0;
            Below += fromLimitDb < 0 ? 1 : 0;
            FalsePass += fromLimitDb > 0 && v == Verdict.Pass ? 1 : 0;
            FalseFail += fromLimitDb < 0 && v == Verdict.Fail ? 1 : 0;
            int column = v == Verdict.Pass ? 0 : (v == Verdict.PassStar ? 1 : (v == Verdict.FailStar ? 2 : (v == Verdict.Fail ? 3 : 4)));
            int bin = (int)Math.Floor((fromLimitDb + 0.5) / 0.05);
            _bins[Math.Max(0, Math.Min(Bins - 1, bin))][column]++;
            _stars += column == 1 || column == 2 ? 1 : 0;
            if (double.IsNaN(errorDb) || double.IsNaN(uDb))
            {
                return;
            }

            _n++;
            // U as the probe reports it: the band (these benches keep the minimum band at 0).
            _covered += Math.Abs(errorDb) <= bandDb ? 1 : 0;
            _sumError += errorDb;
            _sumSquares += errorDb * errorDb;
            _sumU += uDb;
            _sumBand += bandDb;
        }

        /// <summary>Share in percent of column <paramref name="column"/> (PASS, PASS*, FAIL*, FAIL, other) in bin <paramref name="bin"/>.</summary>
        public double Share(int bin, int column)
        {
            long total = 0;
            foreach (long c in _bins[bin])
            {
                total += c;
            }

            return total == 0 ? 0 : 100.0 * _bins[bin][column] / total;
        }

        public double CoverageShare() => _n == 0 ? 0 : (double)_covered / _n;

        public double Sigma()
        {
            if (_n < 2)
            {
                return 0;
            }

            double mean = _sumError / _n;
            return Math.Sqrt(Math.Max(0, (_sumSquares / _n) - (mean * mean)));
        }

        public double StarShare() => (double)_stars / Math.Max(1, Above + Below);

        public FieldOutcome Outcome() => new FieldOutcome
        {
            FalsePass = (double)FalsePass / Math.Max(1, Above),
            FalseFail = (double)FalseFail / Math.Max(1, Below),
            Coverage = CoverageShare(),
            SigmaDb = Sigma(),
        };
    }
}
