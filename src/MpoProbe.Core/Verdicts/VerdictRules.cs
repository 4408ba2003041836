namespace MpoProbe.Core
{
    /// <summary>
    /// Turns one position's reading and loss into a verdict. The band around the limit is the
    /// expanded uncertainty U = <see cref="UncertaintyBudget.CoverageK"/> (2) times the loss's
    /// combined standard uncertainty (or the configured minimum band, if wider), as in ILAC-G8
    /// guarded acceptance: PASS below limit − U, PASS* and FAIL* inside, FAIL above limit + U.
    /// A loss below −(<see cref="UncertaintyBudget.ReReferenceK"/> u + margin) is physically
    /// impossible: the reference no longer applies.
    /// </summary>
    public static class VerdictRules
    {
        /// <summary>Verdict of a position that carries no fiber by design.</summary>
        public static Verdict ForUnusedPosition(ChannelReading reading)
        {
            return reading.Status == ChannelStatus.NoLight ? Verdict.Unused : Verdict.UnexpectedLight;
        }

        /// <summary>Verdict of a used position from what acquisition established alone, or Pass when a loss decides.</summary>
        public static Verdict ForReading(ChannelReading reading)
        {
            switch (reading.Status)
            {
                case ChannelStatus.NoLight: return Verdict.NoLight;
                case ChannelStatus.OverRange: return Verdict.OverRange;
                case ChannelStatus.Unstable: return Verdict.Unstable;
                default: return Verdict.Pass;
            }
        }

        /// <summary>Uncertainty band around the limit for a loss with standard uncertainty <paramref name="uncertaintyDb"/>.</summary>
        public static double GuardBandDb(double minimumBandDb, double uncertaintyDb)
        {
            double expanded = UncertaintyBudget.CoverageK * uncertaintyDb;
            return expanded > minimumBandDb ? expanded : minimumBandDb;
        }

        /// <summary>Most negative loss scatter can explain, dB: −(max(3.5 u, minimum band) + margin).</summary>
        public static double NegativeLimitDb(double uncertaintyDb, double minimumBandDb)
        {
            double wide = UncertaintyBudget.ReReferenceK * uncertaintyDb;
            return -((wide > minimumBandDb ? wide : minimumBandDb) + FieldFigures.ReReferenceMarginDb);
        }

        /// <summary>True when a measured loss is so negative that the reference cannot apply (a link never adds light).</summary>
        public static bool IsImpossiblyNegative(double lossDb, double uncertaintyDb, double minimumBandDb)
        {
            return lossDb < NegativeLimitDb(uncertaintyDb, minimumBandDb);
        }

        /// <summary>PASS, PASS*, FAIL* or FAIL for a measured loss; NO_REFERENCE when it is impossibly negative (a position without a loss is NO_REFERENCE: the caller holds that flag).</summary>
        public static Verdict ForLoss(double lossDb, double uncertaintyDb, double limitDb, double minimumBandDb)
        {
            if (IsImpossiblyNegative(lossDb, uncertaintyDb, minimumBandDb))
            {
                return Verdict.NoReference;
            }

            double band = GuardBandDb(minimumBandDb, uncertaintyDb);
            if (lossDb > limitDb)
            {
                return lossDb > limitDb + band ? Verdict.Fail : Verdict.FailStar;
            }

            return lossDb > limitDb - band ? Verdict.PassStar : Verdict.Pass;
        }
    }
}
