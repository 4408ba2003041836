namespace MpoProbe.Core
{
    /// <summary>
    /// Turns one position's reading and loss into a verdict. The band around the limit is the
    /// loss's expanded uncertainty U (k·u_c with k from <see cref="CoverageFactor"/>: 2 for a normal
    /// error, less where a rectangle weighs; or the configured minimum band, if wider), as in ILAC-G8
    /// guarded acceptance: PASS below limit − U, PASS* and FAIL* inside, FAIL above limit + U.
    /// A loss below −(<see cref="UncertaintyBudget.ReReferenceK"/> u + margin) is physically
    /// impossible: the reference no longer applies.
    /// </summary>
    public static class VerdictRules
    {
        /// <summary>
        /// Widest expanded uncertainty that still gets a bare PASS or FAIL, dB. With the band at U a
        /// normal error gives a false bare verdict to a share (u / 2W)·(φ(2) − 2Φ(−2)) = 0.0085 u / 2W
        /// of the losses spread over limit ± W on each side (docs/uncertainty.md, "Verdicts from the
        /// budget"); issue 25 promises ≤ 0.1 % over W = 0.5 dB, reached at u = 0.1176 dB, U = 0.235 dB.
        /// A loss with a wider U reads PASS* or FAIL*.
        /// </summary>
        public const double BareVerdictMaxBandDb = 0.235;

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

        /// <summary>Uncertainty band around the limit for a loss with standard uncertainty <paramref name="uncertaintyDb"/> and a normal error (U = 2u).</summary>
        public static double GuardBandDb(double minimumBandDb, double uncertaintyDb)
        {
            return BandDb(minimumBandDb, UncertaintyBudget.CoverageK * uncertaintyDb);
        }

        /// <summary>Uncertainty band around the limit: the loss's expanded uncertainty <paramref name="expandedDb"/>, or the minimum band if wider.</summary>
        public static double BandDb(double minimumBandDb, double expandedDb)
        {
            return expandedDb > minimumBandDb ? expandedDb : minimumBandDb;
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
            return ForLoss(lossDb, uncertaintyDb, UncertaintyBudget.CoverageK * uncertaintyDb, limitDb, minimumBandDb);
        }

        /// <summary>As above with the loss's own expanded uncertainty <paramref name="expandedDb"/> (<see cref="UncertaintyBudget.ExpandedDb"/>) as the band.</summary>
        public static Verdict ForLoss(double lossDb, double uncertaintyDb, double expandedDb, double limitDb, double minimumBandDb)
        {
            if (IsImpossiblyNegative(lossDb, uncertaintyDb, minimumBandDb))
            {
                return Verdict.NoReference;
            }

            double band = BandDb(minimumBandDb, expandedDb);
            if (lossDb > limitDb)
            {
                return lossDb > limitDb + band ? Verdict.Fail : Verdict.FailStar;
            }

            return lossDb > limitDb - band ? Verdict.PassStar : Verdict.Pass;
        }
    }
}
