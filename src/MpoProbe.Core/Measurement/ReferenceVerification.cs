using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The reference verification step: after a reference is set, the technician unplugs and
    /// re-plugs the reference cord once and the probe measures again. The change per position is
    /// the difference of two probe-port matings, and every steady re-mate adds its changes to this
    /// probe's <see cref="MatingRepeatability"/> (the budget's mating term follows it, wider or
    /// narrower); a dark or unsteady position (nothing added), or a change beyond
    /// <see cref="FieldFigures.VerifyMaxChangeDb"/> on any position, fails the check: a bad cord or port. Allocates only in <see cref="Describe"/>.
    /// </summary>
    public sealed class ReferenceVerification
    {
        private readonly double[] _changes = new double[MpoLayout.MaxPositions];

        /// <summary>True when the last verification passed (the cord and port re-mate within the limit).</summary>
        public bool Passed { get; private set; }

        /// <summary>Used positions compared.</summary>
        public int Count { get; private set; }

        /// <summary>Position with the largest change, 0 when none was compared.</summary>
        public int WorstPosition { get; private set; }

        /// <summary>Largest change, re-mated minus reference power, dB.</summary>
        public double WorstChangeDb { get; private set; }

        /// <summary>True when the last passed check was averaged into the reference (<see cref="Reference.Matings"/>).</summary>
        public bool Averaged { get; private set; }

        /// <summary>First used position without steady light after the re-mate, 0 when every one had it (the check then fails, naming it).</summary>
        public int UnsteadyPosition { get; private set; }

        /// <summary>Mating σ estimated from this re-mate, dB (0 when nothing was compared: <see cref="Count"/> is 0).</summary>
        public double MatingSigmaDb { get; private set; }

        /// <summary>Compares the re-mated <paramref name="scan"/> with <paramref name="reference"/>; on success the changes join the budget's <see cref="UncertaintyBudget.Mating"/> evidence.</summary>
        public bool Verify(Reference reference, Scan scan, MpoLayout layout, UncertaintyBudget budget)
        {
            if (reference == null || scan == null || layout == null || budget == null)
            {
                throw new ArgumentNullException(reference == null ? "reference" : (scan == null ? "scan" : (layout == null ? "layout" : "budget")));
            }

            Count = 0;
            UnsteadyPosition = 0;
            WorstPosition = 0;
            WorstChangeDb = 0;
            double sumSquares = 0;
            bool steady = true;
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                if (!layout.IsUsed(p))
                {
                    continue;
                }

                ChannelReading r = scan.At(p);
                double before = reference.PowerDbm(p);
                if (r.Status != ChannelStatus.Ok || !reference.HasPower(p))
                {
                    steady = false;
                    UnsteadyPosition = UnsteadyPosition == 0 ? p : UnsteadyPosition;
                    continue;
                }

                double change = r.PowerDbm - before;
                sumSquares += change * change;
                _changes[Count] = change;
                Count++;
                if (Math.Abs(change) > Math.Abs(WorstChangeDb) || WorstPosition == 0)
                {
                    WorstChangeDb = change;
                    WorstPosition = p;
                }
            }

            MatingSigmaDb = Count == 0 ? 0 : Math.Sqrt(sumSquares / Count) / Math.Sqrt(2.0);
            WorstPosition = UnsteadyPosition != 0 ? UnsteadyPosition : WorstPosition;
            Passed = steady && Count > 0 && Math.Abs(WorstChangeDb) <= FieldFigures.VerifyMaxChangeDb;
            // The re-mate is evidence either way: it can widen the mating figure or narrow it. A
            // change beyond the limit still fails the check (clean the cord and port, set the
            // reference again) and still counts: it is this port's and cord's scatter, and a cord
            // that keeps scattering is named for cleaning or replacement. A dark or unsteady
            // position gives no change to count.
            if (steady && Count > 0)
            {
                // Against a reference that already averages M matings a change has σ²(1 + 1/M),
                // not 2σ²: scale it to the difference of two matings the estimator expects.
                double scale = Math.Sqrt(2.0 / (1.0 + (1.0 / reference.Matings)));
                for (int i = 0; i < Count; i++)
                {
                    _changes[i] *= scale;
                }

                budget.Mating.Observe(_changes, Count);
            }

            // A passed check's scan is a second mating of the same cord: averaged into the
            // reference, it halves the reference's share of the mating error.
            Averaged = Passed && reference.AverageWith(scan, layout);

            return Passed;
        }

        /// <summary>One line for the log and the screen.</summary>
        public string Describe()
        {
            if (Count == 0 || UnsteadyPosition != 0)
            {
                return "reference check failed: no steady light at " + Format.Position(WorstPosition) + " after re-mating; clean the cord and the probe port, then set the reference again";
            }

            string worst = "re-mate changed " + Format.Position(WorstPosition) + " by " + Format.Db(WorstChangeDb) + " dB";
            if (!Passed)
            {
                return "reference check failed: " + worst + " (limit " + Format.Db(FieldFigures.VerifyMaxChangeDb)
                    + " dB): inspect and clean the reference cord and the probe port, then set the reference again";
            }

            return "reference checked: " + worst + " at most; this re-mate's mating repeatability " + Format.Db(MatingSigmaDb) + " dB";
        }
    }
}
