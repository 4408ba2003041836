using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Judges a scan as a candidate 1-cord reference: every used position must have a steady
    /// power inside the policy window, and none may sit far below the median (a dirty
    /// reference cord). Names each offending position with its deviation. Reused between
    /// checks; allocates only in <see cref="Describe"/>.
    /// </summary>
    public sealed class ReferenceCheck
    {
        private readonly double[] _sorted = new double[MpoLayout.MaxPositions];
        private readonly double[] _belowMedianDb = new double[MpoLayout.MaxPositions];
        private readonly ReferencePolicy _policy;

        /// <summary>Creates a checker applying <paramref name="policy"/>.</summary>
        public ReferenceCheck(ReferencePolicy policy)
        {
            if (policy == null)
            {
                throw new ArgumentNullException("policy");
            }

            _policy = policy;
        }

        /// <summary>Outcome of the last check.</summary>
        public ReferenceDecision Decision { get; private set; }

        /// <summary>Used positions with no steady power (no light, over range, unstable).</summary>
        public uint InvalidMask { get; private set; }

        /// <summary>Used positions outside the policy's power window.</summary>
        public uint OutOfWindowMask { get; private set; }

        /// <summary>Used positions more than the warning threshold below the median.</summary>
        public uint LowMask { get; private set; }

        /// <summary>Used positions with a steady power (OK): the median and the spread exist only when it is above 0.</summary>
        public int Measured { get; private set; }

        /// <summary>Median power of the used positions, dBm (0 when <see cref="Measured"/> is 0).</summary>
        public double MedianDbm { get; private set; }

        /// <summary>Highest minus lowest power of the used positions, dB (0 when <see cref="Measured"/> is 0).</summary>
        public double SpreadDb { get; private set; }

        /// <summary>How far a position is below the median, dB (positive = below).</summary>
        public double BelowMedianDb(int position)
        {
            return _belowMedianDb[position - 1];
        }

        /// <summary>Checks the used positions of <paramref name="scan"/> for <paramref name="layout"/>.</summary>
        public ReferenceDecision Evaluate(Scan scan, MpoLayout layout)
        {
            InvalidMask = 0;
            OutOfWindowMask = 0;
            LowMask = 0;
            int n = 0;
            double min = double.MaxValue;
            double max = double.MinValue;
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                _belowMedianDb[p - 1] = 0;
                if (!layout.IsUsed(p))
                {
                    continue;
                }

                ChannelReading r = scan.At(p);
                if (r.Status != ChannelStatus.Ok)
                {
                    InvalidMask = PositionMask.With(InvalidMask, p);
                    continue;
                }

                if (r.PowerDbm < _policy.MinDbm || r.PowerDbm > _policy.MaxDbm)
                {
                    OutOfWindowMask = PositionMask.With(OutOfWindowMask, p);
                }

                _sorted[n++] = r.PowerDbm;
                min = r.PowerDbm < min ? r.PowerDbm : min;
                max = r.PowerDbm > max ? r.PowerDbm : max;
            }

            Measured = n;
            MedianDbm = n > 0 ? Median(n) : 0;
            SpreadDb = n > 0 ? max - min : 0;
            Decision = Decide(scan, layout);
            return Decision;
        }

        private ReferenceDecision Decide(Scan scan, MpoLayout layout)
        {
            bool refuse = InvalidMask != 0 || OutOfWindowMask != 0 || Measured == 0;
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                if (!layout.IsUsed(p) || scan.At(p).Status != ChannelStatus.Ok)
                {
                    continue;
                }

                double below = MedianDbm - scan.At(p).PowerDbm;
                _belowMedianDb[p - 1] = below;
                if (below > _policy.WarnBelowMedianDb)
                {
                    LowMask = PositionMask.With(LowMask, p);
                }

                refuse |= below > _policy.RefuseBelowMedianDb;
            }

            if (refuse)
            {
                return ReferenceDecision.Refused;
            }

            return LowMask != 0 ? ReferenceDecision.NeedsConfirmation : ReferenceDecision.Accepted;
        }

        private double Median(int n)
        {
            for (int i = 1; i < n; i++)
            {
                double v = _sorted[i];
                int j = i - 1;
                while (j >= 0 && _sorted[j] > v)
                {
                    _sorted[j + 1] = _sorted[j];
                    j--;
                }

                _sorted[j + 1] = v;
            }

            return (n % 2) == 1 ? _sorted[n / 2] : (_sorted[(n / 2) - 1] + _sorted[n / 2]) / 2.0;
        }

        /// <summary>Explains the last decision, naming positions, colours and dB.</summary>
        public string Describe(Scan scan, MpoLayout layout)
        {
            string text = Decision == ReferenceDecision.Accepted ? "reference accepted"
                : (Decision == ReferenceDecision.NeedsConfirmation ? "reference uneven, confirm or clean the reference cord" : "reference refused");
            text += ": spread " + Format.Db(SpreadDb) + " dB, median " + Format.Db(MedianDbm) + " dBm";
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                if (PositionMask.Contains(InvalidMask, p))
                {
                    text += "; " + Format.Position(p) + " " + ChannelStatusText.Name(scan.At(p).Status);
                }
                else if (PositionMask.Contains(OutOfWindowMask, p))
                {
                    text += "; " + Format.Position(p) + " " + Format.Db(scan.At(p).PowerDbm) + " dBm outside "
                        + Format.Db(_policy.MinDbm) + ".." + Format.Db(_policy.MaxDbm) + " dBm";
                }
                else if (PositionMask.Contains(LowMask, p))
                {
                    text += "; " + Format.Position(p) + " " + Format.Db(BelowMedianDb(p)) + " dB below median (limit "
                        + Format.Db(_policy.WarnBelowMedianDb) + " dB)";
                }
            }

            if (LowMask != 0)
            {
                text += "; clean the reference cord and retake";
            }

            return text;
        }
    }
}
