namespace MpoProbe.Core
{
    /// <summary>
    /// The likely cause named when cleans did not help (shared/domain.md, "Contamination, cleaning
    /// and escalation": damage, polarity, cable stress or the transceiver side), read from which
    /// positions stayed bad: one fiber → damaged fiber or a tight bend; neighbours → endface
    /// damage; every used fiber → mating, adapter, a reference that moved (the job's re-check tells)
    /// or the far end; scattered fibers → cable stress.
    /// </summary>
    public static class EscalationCause
    {
        /// <summary>Upper-case text for the screen, at most two lines of 21 characters (the log writes it in lower case).</summary>
        public static string Of(uint persistent, MpoLayout layout)
        {
            int count = PositionMask.Count(persistent);
            if (count == 0)
            {
                return "DAMAGE, POLARITY OR CABLE STRESS";
            }

            if ((persistent & layout.UsedMask) == layout.UsedMask)
            {
                return "MATING, ADAPTER, REF OR FAR END: RECHECK";
            }

            if (count == 1)
            {
                return "DAMAGED FIBER OR TIGHT BEND";
            }

            return AllNeighbours(persistent, layout) ? "ENDFACE DAMAGE (PIT, SCRATCH)" : "CABLE STRESS OR DAMAGE";
        }

        /// <summary>True when every position in the mask has a neighbour in the mask (same row, adjacent).</summary>
        private static bool AllNeighbours(uint mask, MpoLayout layout)
        {
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                if (!PositionMask.Contains(mask, p))
                {
                    continue;
                }

                bool left = p > 1 && PositionMask.Contains(mask, p - 1) && layout.AreNeighbours(p - 1, p);
                bool right = p < layout.PositionCount && PositionMask.Contains(mask, p + 1) && layout.AreNeighbours(p, p + 1);
                if (!left && !right)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
