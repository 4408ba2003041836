using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The loss limit per position. Figures from TIA-568 and MPO/MTP grade data (shared/domain.md,
    /// "Loss limits"): Elite/low-loss pair max 0.35 dB, standard pair max 0.75 dB; a channel
    /// budget adds connectors, length and splices.
    /// </summary>
    public sealed class LimitProfile
    {
        /// <summary>Elite / low-loss MPO pair: 0.35 dB.</summary>
        public static readonly LimitProfile Elite = new LimitProfile("Elite", 0.35);

        /// <summary>Standard MPO pair, TIA-568 connector limit: 0.75 dB.</summary>
        public static readonly LimitProfile Standard = new LimitProfile("Standard", 0.75);

        private LimitProfile(string name, double limitDb)
        {
            Name = name;
            LimitDb = limitDb;
        }

        /// <summary>Profile name as shown and logged.</summary>
        public string Name { get; }

        /// <summary>Highest loss per position that is not a FAIL, dB.</summary>
        public double LimitDb { get; }

        /// <summary>The profile a stored name and limit stand for (Elite and Standard by name, anything else as a budget).</summary>
        public static LimitProfile Restore(string name, double limitDb)
        {
            if (name == Elite.Name && limitDb == Elite.LimitDb)
            {
                return Elite;
            }

            if (name == Standard.Name && limitDb == Standard.LimitDb)
            {
                return Standard;
            }

            if (double.IsNaN(limitDb) || limitDb <= 0)
            {
                throw new ArgumentOutOfRangeException("limitDb", "limit " + Format.Db(limitDb) + " dB cannot pass anything");
            }

            return new LimitProfile(name, limitDb);
        }

        /// <summary>
        /// A channel budget: connector pairs × pair limit + length × attenuation + splices ×
        /// splice limit (e.g. MM 3 dB/km at 850 nm, splice 0.3 dB).
        /// </summary>
        public static LimitProfile Budget(int connectorPairs, double pairLimitDb, double lengthKm, double attenuationDbPerKm, int splices, double spliceDb)
        {
            if (connectorPairs < 0 || splices < 0 || pairLimitDb < 0 || lengthKm < 0 || attenuationDbPerKm < 0 || spliceDb < 0)
            {
                throw new ArgumentOutOfRangeException("connectorPairs", "a channel budget takes no negative count or figure");
            }

            double limit = (connectorPairs * pairLimitDb) + (lengthKm * attenuationDbPerKm) + (splices * spliceDb);
            if (limit <= 0)
            {
                throw new ArgumentOutOfRangeException("connectorPairs", "a channel budget of " + Format.Db(limit) + " dB cannot pass anything");
            }

            return new LimitProfile("Budget " + Format.Db(limit) + " dB", limit);
        }
    }
}
