using System;
using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// A companion MPO source seen through a link: each source fiber lit by
    /// <see cref="CodedSourceSequencer"/> (or always, when uncoded), on its own clock (start phase
    /// and rate error against the probe), routed to receive positions with a share of its power
    /// (a polarity map, crossed or missing fibers, split light).
    /// </summary>
    public sealed class SimulatedCodedSource : ILightSource
    {
        private readonly CodedSourceSequencer _sequencer;
        private readonly double[][] _route;
        private readonly double[] _fiberWatts;

        /// <summary>
        /// A source of <paramref name="fiberCount"/> positions at <paramref name="powerDbm"/> per fiber,
        /// with no routes yet. <paramref name="coded"/> false lights every fiber all the time.
        /// </summary>
        public SimulatedCodedSource(int fiberCount, double powerDbm, bool coded)
        {
            _sequencer = new CodedSourceSequencer(fiberCount);
            _route = new double[fiberCount][];
            _fiberWatts = new double[fiberCount];
            for (int i = 0; i < fiberCount; i++)
            {
                _route[i] = new double[MpoLayout.MaxPositions];
                _fiberWatts[i] = PowerUnits.DbmToWatts(powerDbm);
            }

            Coded = coded;
            ClockRatio = 1.0;
        }

        /// <summary>False: every fiber lit continuously (a plain power-meter source).</summary>
        public bool Coded { get; }

        /// <summary>The pattern in use.</summary>
        public CodedSourceSequencer Sequencer => _sequencer;

        /// <summary>Source time at probe time 0, microseconds: where in its frame the source is when the probe starts.</summary>
        public long StartOffsetMicroseconds { get; set; }

        /// <summary>Source clock rate over probe clock rate (1.02 = source 2 % fast).</summary>
        public double ClockRatio { get; set; }

        /// <summary>Sends <paramref name="share"/> of source fiber <paramref name="fiber"/>'s power to receive position <paramref name="position"/>.</summary>
        public void Route(int fiber, int position, double share)
        {
            _route[fiber - 1][position - 1] = share;
        }

        /// <summary>Routes every fiber i to position map[i−1] (0 = nowhere) with all its power.</summary>
        public void RouteAll(int[] map)
        {
            for (int i = 0; i < map.Length; i++)
            {
                if (map[i] > 0)
                {
                    Route(i + 1, map[i], 1.0);
                }
            }
        }

        /// <summary>Changes the power of one source fiber.</summary>
        public void SetFiberPowerDbm(int fiber, double dbm)
        {
            _fiberWatts[fiber - 1] = double.IsNegativeInfinity(dbm) ? 0 : PowerUnits.DbmToWatts(dbm);
        }

        /// <summary>Fiber i → position map[i−1] under a template (0 for fibers a layout leaves dark).</summary>
        public static int[] TemplateMap(PolarityType type, MpoLayout layout)
        {
            int[] map = new int[layout.PositionCount];
            for (int fiber = 1; fiber <= layout.PositionCount; fiber++)
            {
                map[fiber - 1] = layout.IsUsed(fiber) ? PolarityTemplates.Destination(type, layout, fiber) : 0;
            }

            return map;
        }

        /// <summary>A random one-to-one map of the layout's used fibers onto its used positions (Fisher–Yates).</summary>
        public static int[] RandomMap(MpoLayout layout, SimRandom random)
        {
            int[] used = new int[layout.UsedCount];
            int n = 0;
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                if (layout.IsUsed(p))
                {
                    used[n++] = p;
                }
            }

            for (int i = n - 1; i > 0; i--)
            {
                int k = random.NextInt(i + 1);
                int t = used[i];
                used[i] = used[k];
                used[k] = t;
            }

            int[] map = new int[layout.PositionCount];
            int next = 0;
            for (int fiber = 1; fiber <= layout.PositionCount; fiber++)
            {
                map[fiber - 1] = layout.IsUsed(fiber) ? used[next++] : 0;
            }

            return map;
        }

        /// <inheritdoc />
        public double IncidentWatts(int channel, long probeMicroseconds)
        {
            long sourceTime = StartOffsetMicroseconds + (long)(probeMicroseconds * ClockRatio);
            double watts = 0;
            for (int i = 0; i < _route.Length; i++)
            {
                double share = _route[i][channel];
                if (share > 0 && (!Coded || _sequencer.IsLit(i + 1, sourceTime)))
                {
                    watts += share * _fiberWatts[i];
                }
            }

            return watts;
        }
    }
}
