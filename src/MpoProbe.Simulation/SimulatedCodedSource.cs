using System;
using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// A companion MPO source seen through a link: each source fiber lit by
    /// <see cref="CodedSourceSequencer"/> (or always, when uncoded), on its own clock (start phase
    /// and rate error against the probe), routed to receive positions with a share of its power
    /// (a polarity map, crossed or missing fibers, split light). A coded source reports its
    /// monitored output in each frame's monitor field: the field model's source drift and step
    /// (the output change the front end applies to the light), seen through a monitor with a
    /// tracking error (<see cref="UseField"/>), quantised to 0.01 dB.
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

        /// <summary>
        /// Bound of the monitor's tracking error over a job, ± dB: how far the monitored change
        /// can stray from the output's real change (project estimate for a source whose emitter
        /// block is held at constant temperature, docs/uncertainty.md; also <see cref="FieldFigures.MonitorTrackingDb"/>).
        /// </summary>
        public const double TrackingBoundDb = FieldFigures.MonitorTrackingDb;

        /// <summary>The field whose source drift and step the monitor reports (null: the output never changes).</summary>
        public SimulatedField Field { get; private set; }

        /// <summary>False: the source sends "no monitor value" (no monitor photodiode, or warming up).</summary>
        public bool HasMonitor { get; set; } = true;

        /// <summary>Tracking error reached after a job of 8 h, dB (grows linearly with job time).</summary>
        public double MonitorTrackingDb { get; set; }

        /// <summary>An output change outside the field model (a scenario's step since the reference), dB: the monitor reports it too.</summary>
        public double MonitorOffsetDb { get; set; }

        /// <summary>Relative error of the monitored change (the monitor sees (1 + this) × the output's change).</summary>
        public double MonitorRatioError { get; set; }

        /// <summary>Light that leaks onto one receive position during the frame's dark gap (tests: a gap that is not dark), W.</summary>
        public double GapLeakWatts { get; private set; }

        /// <summary>Receive position (1-based) the gap leak falls on; 0 for none.</summary>
        public int GapLeakPosition { get; private set; }

        /// <summary>Puts <paramref name="dbm"/> on <paramref name="position"/> during every dark gap (a source that is not dark there).</summary>
        public void SetGapLeak(int position, double dbm)
        {
            GapLeakPosition = position;
            GapLeakWatts = PowerUnits.DbmToWatts(dbm);
        }

        /// <summary>Bits flipped in the sent monitor word after its check was computed (a misread, for tests).</summary>
        public int MonitorCorruptMask { get; set; }

        /// <summary>
        /// Reports the drift of <paramref name="field"/> in the monitor field, with a tracking error
        /// and ratio error drawn from <paramref name="seed"/> within the budget's bounds.
        /// </summary>
        public void UseField(SimulatedField field, uint seed)
        {
            Field = field;
            SimRandom random = new SimRandom(seed ^ 0x3C6EF372u);
            for (int i = 0; i < 8; i++)
            {
                // xorshift32 from neighbouring seeds starts on neighbouring values: mix first.
                random.NextUInt();
            }
            MonitorTrackingDb = random.Uniform(-FieldFigures.MonitorTrackingDb, FieldFigures.MonitorTrackingDb);
            MonitorRatioError = random.Uniform(-FieldFigures.MonitorRatioError, FieldFigures.MonitorRatioError);
        }

        /// <summary>The monitored output change the source reports at a moment of the probe's clock, dB (before quantisation).</summary>
        public double MonitorDbAt(long probeMicroseconds)
        {
            double hours = probeMicroseconds / 3.6e9;
            double share = hours < 0 ? 0 : (hours > 8 ? 1 : hours / 8);
            double change = (Field == null ? 0 : Field.SourceOffsetDb(hours)) + MonitorOffsetDb;
            return (change * (1.0 + MonitorRatioError)) + (MonitorTrackingDb * share);
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
            if (Coded)
            {
                int steps = HasMonitor ? SourceMonitorWord.StepsFor(MonitorDbAt(probeMicroseconds)) : SourceMonitorWord.NoValue;
                _sequencer.MonitorWord = SourceMonitorWord.Encode(steps) ^ MonitorCorruptMask;
            }

            double watts = 0;
            if (Coded && channel == GapLeakPosition - 1)
            {
                long inFrame = sourceTime % _sequencer.FrameMicroseconds;
                watts += inFrame >= 0 && inFrame < CodedSourceSequencer.GapSlots * CodedSourceSequencer.SlotMicroseconds ? GapLeakWatts : 0;
            }

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
