namespace MpoProbe.Core
{
    /// <summary>
    /// Sets of positions 1..32 held in one <see cref="uint"/> (bit p−1 = position p), so the
    /// measurement loop can pass groups of fibers around without allocating.
    /// </summary>
    public static class PositionMask
    {
        /// <summary>Mask with only <paramref name="position"/> set.</summary>
        public static uint Of(int position)
        {
            return 1u << (position - 1);
        }

        /// <summary>True when the mask contains the position.</summary>
        public static bool Contains(uint mask, int position)
        {
            return (mask & Of(position)) != 0;
        }

        /// <summary>The mask with the position added.</summary>
        public static uint With(uint mask, int position)
        {
            return mask | Of(position);
        }

        /// <summary>Number of positions in the mask.</summary>
        public static int Count(uint mask)
        {
            int n = 0;
            while (mask != 0)
            {
                mask &= mask - 1;
                n++;
            }

            return n;
        }

        /// <summary>Lowest position in the mask, or 0 when it is empty.</summary>
        public static int First(uint mask)
        {
            for (int p = 1; p <= 32; p++)
            {
                if (Contains(mask, p))
                {
                    return p;
                }
            }

            return 0;
        }
    }
}
