namespace MpoProbe.Core
{
    /// <summary>
    /// The way out of the lost-light rule (docs/uncertainty.md, "Plain source"). A link whose every
    /// fiber really lost light alike (an end-face or adapter mismatch, a ferrule gap) is refused as a
    /// source or reference that moved, and a new reference reads the same cord and source again: without
    /// a way out it would be refused for ever. After such a refusal the probe keeps the reference's mean
    /// power; when the reference cord is measured again — a passed re-check, or a new reference whose
    /// mean is within what a re-mate and the stated drift explain (<see cref="RecheckMean"/>) — the source
    /// and cord did not move, and the rule is waived while the reference stands and its re-checks pass
    /// (a step in between is what the job's re-check catches). Allocates nothing.
    /// </summary>
    public sealed class LostLightProof
    {
        private bool _refused;
        private double _meanDbm;
        private long _ageMinutes;
        private int _matings;

        /// <summary>True while the lost-light rule is waived: the reference cord read as the refused reference did.</summary>
        public bool Waived { get; private set; }

        /// <summary>An inspection was refused because every position lost light alike against <paramref name="reference"/>, <paramref name="ageMinutes"/> old.</summary>
        public void Refused(Reference reference, MpoLayout layout, long ageMinutes)
        {
            _refused = reference.IsValid && MeanDbm(reference, layout, out _meanDbm);
            _ageMinutes = ageMinutes;
            _matings = reference.Matings;
            Waived = false;
        }

        /// <summary>A re-check: a passed one after a refusal waives the rule, a passed one keeps a waiver, a failed one ends it. True when a refusal was proven now.</summary>
        public bool Rechecked(bool passed)
        {
            bool proven = passed && _refused;
            Waived = proven || (passed && Waived);
            _refused = false;
            return proven;
        }

        /// <summary>
        /// A new reference: after a refusal, waived when its mean power lies within the re-check's limit
        /// of the refused reference's (one mating now, the refused one's matings then, the drift its age
        /// allows); any other new reference ends a waiver. True when waived now.
        /// </summary>
        public bool NewReference(Reference reference, MpoLayout layout, UncertaintyBudget budget)
        {
            double sigma = RecheckMean.SigmaDb(budget.Mating, budget.MatingSigmaDb, _matings, layout.UsedCount, FieldFigures.SourceShortTermDb);
            double limit = RecheckMean.LimitDb(sigma, UncertaintyBudget.DriftBoundDb(_ageMinutes));
            double mean;
            bool measured = MeanDbm(reference, layout, out mean);
            double change = mean - _meanDbm;
            Waived = _refused && measured && (change < 0 ? -change : change) <= limit;
            _refused = false;
            return Waived;
        }

        /// <summary>Mean reference power <paramref name="meanDbm"/> over the used positions that have one, dBm; false (and 0) when none has.</summary>
        public static bool MeanDbm(Reference reference, MpoLayout layout, out double meanDbm)
        {
            double sum = 0;
            int n = 0;
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                if (layout.IsUsed(p) && reference.HasPower(p))
                {
                    sum += reference.PowerDbm(p);
                    n++;
                }
            }

            meanDbm = n > 0 ? sum / n : 0;
            return n > 0;
        }
    }
}
