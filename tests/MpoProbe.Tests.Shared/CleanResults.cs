using MpoProbe.Core;

namespace MpoProbe.Tests
{
    /// <summary>Hand-made inspection results for the clean cycle's tests: a loss, a verdict and an own (measurement-only) uncertainty per position.</summary>
    public static class CleanResults
    {
        /// <summary>Limit of the hand-made results, dB.</summary>
        public const double LimitDb = 0.75;

        /// <summary>
        /// A result on <paramref name="layout"/>. A position whose verdict is UNUSED, NO_LIGHT or
        /// UNEXPECTED_LIGHT gets no loss (the last with its power); every other one its loss and
        /// its own uncertainty <paramref name="ownU"/>.
        /// </summary>
        public static InspectionResult Build(MpoLayout layout, double[] loss, Verdict[] verdict, double[] ownU)
        {
            InspectionResult r = new InspectionResult();
            r.Begin(layout, Wavelength.Nm850, LimitDb, 0);
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                Verdict v = verdict[p - 1];
                if (v == Verdict.Unused || v == Verdict.NoLight || v == Verdict.UnexpectedLight)
                {
                    r.SetWithoutLoss(p, v, v == Verdict.UnexpectedLight, -20);
                    continue;
                }

                r.Set(p, v, -20, loss[p - 1], 0.08);
                r.SetBudget(p, ownU[p - 1], 0.16);
            }

            r.Complete();
            return r;
        }

        /// <summary>An MPO-12 result: loss <paramref name="badLoss"/> and FAIL at the positions in <paramref name="bad"/>, 0.3 dB and PASS elsewhere, own uncertainty 0.05 dB.</summary>
        public static InspectionResult Failing(uint bad, double badLoss)
        {
            double[] loss = Values(12, 0.3);
            Verdict[] verdict = Verdicts(12, Verdict.Pass);
            for (int p = 1; p <= 12; p++)
            {
                if (PositionMask.Contains(bad, p))
                {
                    loss[p - 1] = badLoss;
                    verdict[p - 1] = Verdict.Fail;
                }
            }

            return Build(MpoLayout.Mpo12, loss, verdict, Values(12, 0.05));
        }

        /// <summary><paramref name="count"/> copies of <paramref name="value"/>.</summary>
        public static double[] Values(int count, double value)
        {
            double[] d = new double[count];
            for (int i = 0; i < count; i++)
            {
                d[i] = value;
            }

            return d;
        }

        /// <summary><paramref name="count"/> copies of <paramref name="value"/>.</summary>
        public static Verdict[] Verdicts(int count, Verdict value)
        {
            Verdict[] v = new Verdict[count];
            for (int i = 0; i < count; i++)
            {
                v[i] = value;
            }

            return v;
        }
    }
}
