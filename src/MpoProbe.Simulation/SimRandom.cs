using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// Small deterministic random source (xorshift32 + Box–Muller) so that a seed gives the
    /// same simulation on the host and on the device, independent of any runtime's Random.
    /// </summary>
    public sealed class SimRandom
    {
        private uint _state;
        private bool _hasSpare;
        private double _spare;

        /// <summary>
        /// Starts the sequence from <paramref name="seed"/>, scrambled first (0 after scrambling is
        /// replaced by a fixed non-zero value). xorshift32 is linear: two seeds that differ only in
        /// their low bits give first values whose high bits agree, so before the scrambling every
        /// simulated probe of a benchmark block (seeds base, base + 40, …) drew nearly the same
        /// source drift, ambient and tempco (docs/uncertainty.md, "Independent draws").
        /// </summary>
        public SimRandom(uint seed)
        {
            uint h = Scramble(seed);
            _state = h == 0 ? 0x9E3779B9u : h;
        }

        /// <summary>
        /// A bijective 32-bit finalizer (multiply–xorshift, the constants of MurmurHash3's fmix32),
        /// so that neighbouring seeds start far apart.
        /// </summary>
        public static uint Scramble(uint seed)
        {
            uint h = seed;
            h ^= h >> 16;
            h *= 0x85EBCA6Bu;
            h ^= h >> 13;
            h *= 0xC2B2AE35u;
            h ^= h >> 16;
            return h;
        }

        /// <summary>Next raw 32-bit value.</summary>
        public uint NextUInt()
        {
            uint x = _state;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            _state = x;
            return x;
        }

        /// <summary>Uniform value in (0, 1].</summary>
        public double NextDouble()
        {
            return ((NextUInt() >> 8) + 1) * (1.0 / 16777216.0);
        }

        /// <summary>Uniform value in [low, high).</summary>
        public double Uniform(double low, double high)
        {
            return low + ((high - low) * (NextDouble() - (1.0 / 16777216.0)));
        }

        /// <summary>Integer in [0, count).</summary>
        public int NextInt(int count)
        {
            return (int)(NextUInt() % (uint)count);
        }

        /// <summary>Standard normal value (mean 0, σ 1).</summary>
        public double NextGaussian()
        {
            if (_hasSpare)
            {
                _hasSpare = false;
                return _spare;
            }

            double r = System.Math.Sqrt(-2.0 * System.Math.Log(NextDouble()));
            double angle = 2.0 * System.Math.PI * NextDouble();
            _spare = r * System.Math.Sin(angle);
            _hasSpare = true;
            return r * System.Math.Cos(angle);
        }

        /// <summary>A fixed pseudo-random value in [−1, 1] for an integer key: the same key, the same value.</summary>
        public static double Hash(uint key, uint seed)
        {
            uint h = (key * 0x9E3779B1u) ^ seed;
            h ^= h >> 15;
            h *= 0x85EBCA77u;
            h ^= h >> 13;
            h *= 0xC2B2AE3Du;
            h ^= h >> 16;
            return ((h >> 8) * (2.0 / 16777215.0)) - 1.0;
        }
    }
}
