using System;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// The physical world of a scenario around the simulated probe: the reference cord, the link
    /// with its dirt and broken fibers, the source (coded or plain), and what a technician does to
    /// it (clean the connector, clean the adapter). Dirt left in the adapter comes back onto a
    /// cleaned connector at the next mating.
    /// </summary>
    public sealed class SimulatedLink
    {
        private readonly Scenario _scenario;
        private readonly SimulatedHardware _hardware;
        private readonly double[] _connectorDirt;
        private readonly double[] _adapterDirt;
        private readonly double[] _cordDirt;
        private bool _moved;
        private int _mated;

        /// <summary>Puts the scenario around <paramref name="hardware"/>.</summary>
        public SimulatedLink(Scenario scenario, SimulatedHardware hardware)
        {
            _scenario = scenario ?? throw new ArgumentNullException(nameof(scenario));
            _hardware = hardware ?? throw new ArgumentNullException(nameof(hardware));
            int n = scenario.MpoLayout.PositionCount;
            _connectorDirt = Spread(scenario.Connector, n);
            _adapterDirt = Spread(scenario.Adapter, n);
            _cordDirt = Spread(scenario.ReferenceCord, n);
        }

        /// <summary>Cleans the reference cord: its dirt is gone for the next reference.</summary>
        public void CleanReferenceCord()
        {
            Array.Clear(_cordDirt);
        }

        /// <summary>Connects the reference cord alone: a plain source (every fiber lit), or the coded source when the scenario says <c>reference_coded</c>.</summary>
        public void ConnectReferenceCord()
        {
            int n = _scenario.MpoLayout.PositionCount;
            double[] cordDirt = _cordDirt;
            var source = new SimulatedCodedSource(n, _scenario.SourceDbm, _scenario.ReferenceCoded);
            ReportDrift(source, 0);
            for (int p = 1; p <= n; p++)
            {
                if (_scenario.MpoLayout.IsUsed(p))
                {
                    source.Route(p, p, Share(cordDirt[p - 1]));
                }
            }

            _hardware.Sim.LightSource = source;
            Mate(1);
        }

        /// <summary>Unplugs and re-plugs the reference cord (the verification step's re-mate).</summary>
        public void RemateReferenceCord()
        {
            _mated = 0;
            ConnectReferenceCord();
        }

        /// <summary>
        /// Connects the link under test: the source through the link with its polarity; loss, dirt
        /// and breaks are given per receive position (where the probe sees them).
        /// </summary>
        public void ConnectLink()
        {
            MpoLayout layout = _scenario.MpoLayout;
            int n = layout.PositionCount;
            var source = new SimulatedCodedSource(n, _scenario.SourceDbm + _scenario.SourceDriftDb, _scenario.CodedSource);
            ReportDrift(source, _scenario.SourceDriftDb);
            int[] map = _scenario.PolarityMap ?? SimulatedCodedSource.TemplateMap(Scenario.ParsePolarity(_scenario.Polarity, "scenario"), layout);
            for (int fiber = 1; fiber <= n; fiber++)
            {
                int position = map[fiber - 1];
                if (position < 1 || Array.IndexOf(_scenario.Broken, position) >= 0)
                {
                    continue;
                }

                double loss = _scenario.LinkLoss(position) + _connectorDirt[position - 1] + _adapterDirt[position - 1];
                source.Route(fiber, position, Share(loss));
            }

            _hardware.Sim.LightSource = source;
            Mate(2);
        }

        /// <summary>
        /// The source's phase, and what its monitor reports: the field model's drift, the
        /// scenario's change since the reference, and a tracking error drawn from the seed (the
        /// same source for the cord and the link, so the same draw).
        /// </summary>
        private void ReportDrift(SimulatedCodedSource source, double changeDb)
        {
            source.StartOffsetMicroseconds = (long)(_scenario.Seed * 7919 % (ulong)source.Sequencer.FrameMicroseconds);
            source.UseField(_hardware.Sim.Field, _scenario.Seed);
            source.MonitorOffsetDb = changeDb;
            source.HasMonitor = _scenario.SourceMonitor;
        }

        /// <summary>A new mating at the probe port when what is plugged in changes (cord, link, or the link after a clean).</summary>
        private void Mate(int what)
        {
            if (_mated == what)
            {
                return;
            }

            _mated = what;
            _hardware.Sim.Field?.Mate(_hardware.Sim, _hardware.Sim.ChannelCount);
        }

        /// <summary>Cleans the connector: removes its share of the dirt; dirt in the adapter comes back at the next mating.</summary>
        public void CleanConnector()
        {
            _mated = 0;
            Dirt dirt = _scenario.Connector;
            if (dirt?.MovesTo != null && !_moved)
            {
                _moved = true;
                foreach (int p in dirt.Positions)
                {
                    _connectorDirt[p - 1] = 0;
                }

                foreach (int p in dirt.MovesTo)
                {
                    _connectorDirt[p - 1] = dirt.AddedDb;
                }

                return;
            }

            for (int i = 0; i < _connectorDirt.Length; i++)
            {
                _connectorDirt[i] *= 1.0 - (_scenario.Connector?.CleanRemoves ?? 1.0);
                if (_adapterDirt[i] > 0)
                {
                    _connectorDirt[i] += _adapterDirt[i] * 0.5;
                }
            }
        }

        /// <summary>Cleans the adapter: its dirt is gone and stops coming back.</summary>
        public void CleanAdapter()
        {
            for (int i = 0; i < _adapterDirt.Length; i++)
            {
                _adapterDirt[i] *= 1.0 - (_scenario.Adapter?.CleanRemoves ?? 1.0);
            }
        }

        /// <summary>Total dirt now on a position (connector + adapter), dB.</summary>
        public double DirtDb(int position) => _connectorDirt[position - 1] + _adapterDirt[position - 1];

        /// <summary>Simulation truth: dirt on the connector's endface at a position, dB (the adapter's apart).</summary>
        public double ConnectorDirtDb(int position) => _connectorDirt[position - 1];

        /// <summary>Simulation truth: dirt in the adapter at a position, dB.</summary>
        public double AdapterDirtDb(int position) => _adapterDirt[position - 1];

        private static double Share(double lossDb) => Math.Pow(10, -lossDb / 10);

        private static double[] Spread(Dirt dirt, int n)
        {
            var values = new double[n];
            foreach (int p in dirt?.Positions ?? Array.Empty<int>())
            {
                values[p - 1] = dirt.AddedDb;
            }

            return values;
        }
    }
}
