using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The reference verification step: after a reference is set, the technician unplugs and
    /// re-plugs the reference cord once and the probe measures again. The change per position is
    /// the difference of two probe-port matings, so σ_mating ≈ rms(change)/√2 enters the budget
    /// as this probe's own mating repeatability when it is worse than the default
    /// (<see cref="FieldFigures.MatingSigmaDb"/>; one re-mate never narrows the budget);
    /// a change beyond <see cref="FieldFigures.VerifyMaxChangeDb"/> on any position catches a bad
    /// cord or port at once and leaves the budget at its default. Allocates only in <see cref="Describe"/>.
    /// </summary>
    public sealed class ReferenceVerification
    {
        /// <summary>True when the last verification passed (the cord and port re-mate within the limit).</summary>
        public bool Passed { get; private set; }

        /// <summary>Used positions compared.</summary>
        public int Count { get; private set; }

        /// <summary>Position with the largest change, 0 when none was compared.</summary>
        public int WorstPosition { get; private set; }

        /// <summary>Largest change, re-mated minus reference power, dB.</summary>
        public double WorstChangeDb { get; private set; }

        /// <summary>Mating σ estimated from this re-mate, dB (NaN when nothing was compared).</summary>
        public double MatingSigmaDb { get; private set; }

        /// <summary>Compares the re-mated <paramref name="scan"/> with <paramref name="reference"/>; sets the budget's mating figure to the larger of the default and the measured σ on success, to the default otherwise.</summary>
        public bool Verify(Reference reference, Scan scan, MpoLayout layout, UncertaintyBudget budget)
        {
            if (reference == null || scan == null || layout == null || budget == null)
            {
                throw new ArgumentNullException(reference == null ? "reference" : (scan == null ? "scan" : (layout == null ? "layout" : "budget")));
            }

            Count = 0;
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
                if (r.Status != ChannelStatus.Ok || double.IsNaN(before))
                {
                    steady = false;
                    WorstPosition = WorstPosition == 0 ? p : WorstPosition;
                    continue;
                }

                double change = r.PowerDbm - before;
                sumSquares += change * change;
                Count++;
                if (Math.Abs(change) > Math.Abs(WorstChangeDb) || WorstPosition == 0)
                {
                    WorstChangeDb = change;
                    WorstPosition = p;
                }
            }

            MatingSigmaDb = Count == 0 ? double.NaN : Math.Sqrt(sumSquares / Count) / Math.Sqrt(2.0);
            Passed = steady && Count > 0 && Math.Abs(WorstChangeDb) <= FieldFigures.VerifyMaxChangeDb;
            // One re-mate can show that this cord and port scatter MORE than the default (the
            // budget widens) but cannot prove less: a verify sent without really re-mating would
            // read ~0 and must not narrow the verdict band. A failed check leaves the default.
            budget.ResetMating();
            if (Passed && MatingSigmaDb > FieldFigures.MatingSigmaDb)
            {
                budget.MatingSigmaDb = Math.Min(MatingSigmaDb, 0.5);
                budget.MatingMeasured = true;
            }

            return Passed;
        }

        /// <summary>One line for the log and the screen.</summary>
        public string Describe()
        {
            if (Count == 0 || (!Passed && Math.Abs(WorstChangeDb) <= FieldFigures.VerifyMaxChangeDb))
            {
                return "reference check failed: no steady light at " + Format.Position(WorstPosition) + " after re-mating; clean the cord and the probe port, then set the reference again";
            }

            string worst = "re-mate changed " + Format.Position(WorstPosition) + " by " + Format.Db(WorstChangeDb) + " dB";
            if (!Passed)
            {
                return "reference check failed: " + worst + " (limit " + Format.Db(FieldFigures.VerifyMaxChangeDb)
                    + " dB): inspect and clean the reference cord and the probe port, then set the reference again";
            }

            return "reference checked: " + worst + " at most; mating repeatability " + Format.Db(MatingSigmaDb) + " dB (the budget uses at least the default " + Format.Db(FieldFigures.MatingSigmaDb) + " dB)";
        }
    }
}
