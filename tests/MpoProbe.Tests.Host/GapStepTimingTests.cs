using MpoProbe.Core;
using MpoProbe.Simulation;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests
{
    /// <summary>
    /// The scanner's test steps in a coded source's dark gap (PolarityScannerGap), one rule at a
    /// time (Stryker's survivors of 2026-12-04): which positions are planned, that a plan serves one
    /// scan, that the current is off after the pairs, and that a gap whose pairs met light gives way
    /// to the next frame's gap, found by the measured frame period. Host-only: it times the scan.
    /// </summary>
    [TestClass]
    public class GapStepTimingTests
    {
        /// <summary>A probe of <paramref name="layout"/> listening to a straight coded source at −20 dBm (position 1 at −15 dBm: the brightest, the gap's witness).</summary>
        private static SimulatedProbe Probe(MpoLayout layout, uint seed, out SimulatedCodedSource source)
        {
            SimulatedProbe probe = new SimulatedProbe(layout, seed);
            source = new SimulatedCodedSource(layout.PositionCount, -20.0, true);
            source.StartOffsetMicroseconds = 91000;
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                source.Route(p, p, 1.0);
            }

            source.SetFiberPowerDbm(1, -15.0);
            probe.Attach(source);
            return probe;
        }

        private static long DataEnd(PolarityMap map, MpoLayout layout)
        {
            return map.DataStartMicroseconds + (long)(2 * CodedSourceSequencer.BitsFor(layout.PositionCount) * map.MeasuredSlotMicroseconds);
        }

        [TestMethod]
        public void OnlyUsedPositionsArePlannedAndAPlanServesOneScanWithTheCurrentOffAfter()
        {
            SimulatedCodedSource source;
            SimulatedProbe probe = Probe(MpoLayout.Mpo8, 7101, out source);
            PolarityScanner scanner = probe.Core.Scanner;
            scanner.PlanGapSteps(MpoLayout.Mpo8, null);
            scanner.Scan(MpoLayout.Mpo8, Wavelength.Nm850, probe.Inspector.Scan);
            for (int p = 1; p <= 12; p++)
            {
                Assert.AreEqual(MpoLayout.Mpo8.IsUsed(p), scanner.GapSteps.HasTest(p - 1), "position " + p + ": a step only where the layout has a fiber");
            }

            Assert.AreEqual(-1, probe.Hardware.Sim.InjectedChannel, "the test current is off after the pairs");
            double before = scanner.GapSteps.TestCodes(0);
            probe.Hardware.Faults.GainChannel = 0;
            probe.Hardware.Faults.ChannelGainFactor = 1.2;
            scanner.Scan(MpoLayout.Mpo8, Wavelength.Nm850, probe.Inspector.Scan);
            Assert.AreEqual(before, scanner.GapSteps.TestCodes(0), "a scan nobody planned reads no step");
        }

        [TestMethod]
        public void LightOnOnePositionInTheGapSendsThePairsToTheNextFramesGap()
        {
            // A dry run finds when the scan's data ends; the same seeded run then gets light on
            // position 6 (not the witness) for the first 30 ms of that gap only.
            SimulatedCodedSource source;
            SimulatedProbe dry = Probe(MpoLayout.Mpo12, 7102, out source);
            dry.Core.Scanner.PlanGapSteps(MpoLayout.Mpo12, null);
            PolarityMap map = dry.Core.Scanner.Scan(MpoLayout.Mpo12, Wavelength.Nm850, dry.Inspector.Scan);
            long dataEnd = DataEnd(map, MpoLayout.Mpo12);
            long period = (long)((CodedSourceSequencer.DataStartSlot + (2 * CodedSourceSequencer.BitsFor(12))) * map.MeasuredSlotMicroseconds);
            Assert.IsTrue(dry.Core.Hardware.Clock.NowMicroseconds < dataEnd + 75000, "the dry run's pairs fit the first gap");

            SimulatedProbe probe = Probe(MpoLayout.Mpo12, 7102, out source);
            probe.Hardware.Sim.LightSource = new GlitchSource(source, 5, dataEnd, dataEnd + 30000, PowerUnits.DbmToWatts(-30.0));
            probe.Core.Scanner.PlanGapSteps(MpoLayout.Mpo12, null);
            map = probe.Core.Scanner.Scan(MpoLayout.Mpo12, Wavelength.Nm850, probe.Inspector.Scan);
            Assert.AreEqual(dataEnd, DataEnd(map, MpoLayout.Mpo12), "the same timing as the dry run");
            long now = probe.Core.Hardware.Clock.NowMicroseconds;
            Assert.IsTrue(now > dataEnd + period && now < dataEnd + period + 75000, "the pairs were read in the next frame's gap, one period on: ended " + (now - dataEnd) + " µs after the data, period " + period);
            Assert.AreEqual(0u, probe.Core.Scanner.GapStepsMissing, "every step held there");
            for (int c = 0; c < 12; c++)
            {
                double ratio = probe.Core.Scanner.GapSteps.TestCodes(c) / TestCurrent.StepCodes(PolarityScanner.GapStepRange);
                Assert.IsTrue(ratio > 0.9 && ratio < 1.1, "channel " + c + ": the current's own step, ratio " + ratio);
            }
        }

        /// <summary>Light added on one channel between two moments (another source's flash, a reflection).</summary>
        private sealed class GlitchSource : ILightSource
        {
            private readonly ILightSource _inner;
            private readonly int _channel;
            private readonly long _from;
            private readonly long _to;
            private readonly double _watts;

            public GlitchSource(ILightSource inner, int channel, long from, long to, double watts)
            {
                _inner = inner;
                _channel = channel;
                _from = from;
                _to = to;
                _watts = watts;
            }

            public double IncidentWatts(int channel, long probeMicroseconds)
            {
                bool on = channel == _channel && probeMicroseconds >= _from && probeMicroseconds < _to;
                return _inner.IncidentWatts(channel, probeMicroseconds) + (on ? _watts : 0);
            }
        }
    }
}
