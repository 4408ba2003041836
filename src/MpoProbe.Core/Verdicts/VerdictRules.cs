namespace MpoProbe.Core
{
    /// <summary>
    /// Turns one position's reading and loss into a verdict. The guard band is the larger of the
    /// configured band and twice the loss's standard uncertainty (k = 2), so a noisy reading
    /// can never PASS on luck.
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

        /// <summary>Effective guard band for a loss with standard uncertainty <paramref name="uncertaintyDb"/>.</summary>
        public static double GuardBandDb(double configuredGuardDb, double uncertaintyDb)
        {
            double expanded = 2.0 * uncertaintyDb;
            return expanded > configuredGuardDb ? expanded : configuredGuardDb;
        }

        /// <summary>PASS, MARGINAL or FAIL for a measured loss.</summary>
        public static Verdict ForLoss(double lossDb, double uncertaintyDb, double limitDb, double configuredGuardDb)
        {
            if (double.IsNaN(lossDb) || double.IsNaN(uncertaintyDb))
            {
                return Verdict.NoReference;
            }

            if (lossDb > limitDb)
            {
                return Verdict.Fail;
            }

            return lossDb > limitDb - GuardBandDb(configuredGuardDb, uncertaintyDb) ? Verdict.Marginal : Verdict.Pass;
        }
    }
}
