namespace MpoProbe.Core
{
    /// <summary>A whole connector that moved together after the reference: gained light, lost it alike, or high everywhere and held for a clean.</summary>
    public sealed partial class InspectionResult
    {
        /// <summary>
        /// After all positions: detects a whole-connector shift that gained light (every used position
        /// negative, the mean below −(k = 2 × mean u + margin)) and, when the reference no longer
        /// applies, turns every PASS and PASS* into NO_REFERENCE. No lost-light check (see the overload).
        /// </summary>
        public void CheckReference()
        {
            CheckReference(false, 0);
        }

        /// <summary>
        /// As above, and a whole connector that lost light together (docs/uncertainty.md, "Plain
        /// source"): every used position measured and above the limit, with a spread about their mean
        /// that the probe's own position-to-position scatter explains (sample σ ≤
        /// <paramref name="spreadSigmaDb"/> × √(χ²₀.₉₉(n − 1)/(n − 1))). Dirt and damage differ from
        /// fiber to fiber; a source or reference that moved shifts them all alike. Such a shift is not
        /// the link's loss: every loss verdict becomes NO_REFERENCE. No lost-light check unless <paramref name="hasSpread"/>.
        /// </summary>
        public void CheckReference(bool hasSpread, double spreadSigmaDb)
        {
            CheckReference(hasSpread, spreadSigmaDb, false, 0);
        }

        /// <summary>
        /// As above; while the lost-light rule is <paramref name="waived"/> (<see cref="LostLightProof"/>),
        /// a connector that lost light alike is a loss when its mean less <paramref name="waivedMarginDb"/>
        /// is still above the limit (the link fails whatever the source did within the proof), and
        /// still refused otherwise.
        /// </summary>
        public void CheckReference(bool hasSpread, double spreadSigmaDb, bool waived, double waivedMarginDb)
        {
            int n = 0;
            int negative = 0;
            int above = 0;
            int lossVerdicts = 0;
            double sum = 0;
            double sumSq = 0;
            double sumU = 0;
            double min = double.MaxValue;
            double max = double.MinValue;
            for (int p = 1; p <= Layout.PositionCount; p++)
            {
                double loss = _lossDb[p - 1];
                if (Layout.IsUsed(p) && HasLoss(p))
                {
                    n++;
                    negative += loss < 0 ? 1 : 0;
                    above += loss > LimitDb ? 1 : 0;
                    Verdict v = _verdict[p - 1];
                    lossVerdicts += v == Verdict.PassStar || v == Verdict.FailStar || v == Verdict.Fail ? 1 : 0;
                    sum += loss;
                    sumSq += loss * loss;
                    sumU += _uncertaintyDb[p - 1];
                    min = loss < min ? loss : min;
                    max = loss > max ? loss : max;
                }
            }

            double threshold = n == 0 ? 0 : -((UncertaintyBudget.CoverageK * sumU / n) + FieldFigures.ReReferenceMarginDb);
            HasShift = n >= 2 && negative == n && sum / n < threshold;
            // The whole connector high: every used position measured, the mean above the limit.
            bool whole = n >= MinShiftPositions && n == Layout.UsedCount && sum / n > LimitDb && hasSpread && !(waived && (sum / n) - waivedMarginDb > LimitDb);
            bool lost = whole && above == n && SpreadWithin(sumSq - (sum * sum / n), n, spreadSigmaDb);
            HasShift = HasShift || lost;
            ShiftDb = HasShift ? sum / n : 0;
            CleanFirst = whole && lossVerdicts == n && !lost && !HasShift && max - min <= UniformSpreadDb;
            for (int p = 1; p <= Layout.PositionCount && (ReReference || CleanFirst); p++)
            {
                Verdict v = _verdict[p - 1];
                bool judged = (ReReference && (v == Verdict.Pass || v == Verdict.PassStar)) || ((lost || CleanFirst) && (v == Verdict.FailStar || v == Verdict.Fail))
                    || (CleanFirst && v == Verdict.PassStar);
                _verdict[p - 1] = judged ? Verdict.NoReference : v;
            }
        }

        /// <summary>
        /// A connector held for a clean (<see cref="CleanFirst"/>) that a clean left as it was: dirt would
        /// have come off somewhere, so every position lost light alike after all: the shift
        /// (<see cref="ShiftDb"/>, the mean loss) is found and the reference no longer applies.
        /// </summary>
        public void LostAfterClean()
        {
            double sum = 0;
            int n = 0;
            for (int p = 1; p <= Layout.PositionCount; p++)
            {
                bool measured = Layout.IsUsed(p) && HasLoss(p);
                sum += measured ? _lossDb[p - 1] : 0;
                n += measured ? 1 : 0;
            }

            HasShift = CleanFirst && n > 0;
            ShiftDb = HasShift ? sum / n : 0;
            CleanFirst = false;
        }

        /// <summary>
        /// True when every used position is measured and judged (PASS*, FAIL* or FAIL: none a bare PASS, none
        /// UNSTABLE or REF WEAK), their mean is above the limit, and
        /// they are not alike above it (beyond the probe's own scatter, or one at or below the limit) but within
        /// <see cref="UniformSpreadDb"/> of each other: dirt on every fiber, or a source or
        /// reference that moved under a link whose fibers differ a little. One inspection cannot tell them apart,
        /// so the loss verdicts are held (NO_REFERENCE) and the prompt is a clean (docs/uncertainty.md, "Plain source").
        /// </summary>
        public bool CleanFirst { get; private set; }

        /// <summary>Widest spread, max − min, of a connector whose positions are all high together (0.3 dB, the project's choice; <see cref="Diagnosis.UniformSpreadDb"/>).</summary>
        public const double UniformSpreadDb = 0.3;

        /// <summary>Fewest measured positions for the lost-light shift: fewer cannot tell a shift from chance.</summary>
        public const int MinShiftPositions = 4;

        /// <summary>True when the squared deviations <paramref name="ss"/> of <paramref name="n"/> losses stay within the 99 % chi-square bound of σ = <paramref name="sigmaDb"/> (Wilson–Hilferty).</summary>
        public static bool SpreadWithin(double ss, int n, double sigmaDb)
        {
            double k = n - 1;
            double a = 2.0 / (9.0 * k);
            double root = 1.0 - a + (2.3263478740408408 * System.Math.Sqrt(a));
            return ss <= sigmaDb * sigmaDb * k * root * root * root;
        }
    }
}
