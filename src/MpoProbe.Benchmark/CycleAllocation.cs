using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// Bytes the whole one-button cycle allocates in steady state, host-measured over the real
    /// workflow: inspect (self-checks, acquisition, verdicts, diagnosis, log records, results
    /// store, result screen) → clean prompt → re-inspect (clean record, clean result screen) →
    /// back to ready; and the same with a coded source (polarity scan, record and screen).
    /// The simulated serial line and flash discard the bytes they are given, as a UART and a file
    /// write do not keep them on the managed heap (<see cref="DiscardingPort"/>, <see cref="DiscardingStorage"/>).
    /// </summary>
    public static class CycleAllocation
    {
        /// <summary>Cycles measured after the warm-up.</summary>
        public const int Cycles = 10;

        /// <summary>Prints bytes per cycle per layout and for a coded scan; returns the worst.</summary>
        public static long Run(TextWriter output)
        {
            output.WriteLine($"Whole one-button cycle, host-measured allocation per cycle after warm-up ({Cycles} cycles; target ≤ 2048 bytes):");
            output.WriteLine(" cycle                          bytes/cycle  records/cycle");
            long worst = 0;
            MpoLayout[] layouts = { MpoLayout.Mpo8, MpoLayout.Mpo12, MpoLayout.Mpo16, MpoLayout.Mpo24, MpoLayout.Mpo32 };
            foreach (MpoLayout layout in layouts)
            {
                worst = Math.Max(worst, Measure(output, layout, false));
            }

            worst = Math.Max(worst, Measure(output, MpoLayout.Mpo24, true));
            worst = Math.Max(worst, Measure(output, MpoLayout.Mpo32, true));
            output.WriteLine($" worst {worst} bytes");
            return worst;
        }

        private static long Measure(TextWriter output, MpoLayout layout, bool coded)
        {
            var port = new DiscardingPort();
            var hw = new SimulatedHardware(9100 + (uint)layout.PositionCount, port, true);
            hw.HeadPositions = HeadRules.HeadFor(layout.Id);
            hw.UseStorage(new DiscardingStorage(hw.Files));
            var core = new ProbeCore(hw);
            _latch = core.SelfTest.Faults;
            var flow = new ProbeWorkflow(core);
            flow.Actions.ListenForCodedSource = coded;

            // The cycle measured is inspect → clean → re-inspect; the re-mate the probe asks for
            // every RemateEvery links and the reference re-check every RecheckEvery inspections
            // (issue 24) are steps of their own, outside this cycle.
            core.Settings.RemateEvery = 0;
            core.Settings.RecheckEvery = 0;
            core.Settings.RecheckMinutes = 0;
            hw.Sim.SetAllDark();
            flow.Start();
            int n = layout.PositionCount;
            hw.Light(-20, Losses(n, 0.0, false));
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.ShortPress);
            if (flow.State != ProbeState.Ready)
            {
                throw new InvalidOperationException("reference not taken for " + layout.Name + ": state " + StateText.Name(flow.State));
            }

            SimulatedCodedSource source = null;
            if (coded)
            {
                // The link's polarity is the job's expected one, so the cycle ends back at ready.
                source = new SimulatedCodedSource(n, -20.0, true);
                PolarityType type = layout.PositionCount > 16 ? PolarityType.TypeBFullRotation : PolarityType.TypeB;
                core.Settings.ExpectedPolarity = type;
                _map = SimulatedCodedSource.TemplateMap(type, layout);
                source.RouteAll(_map);
            }

            for (int i = 0; i < 3; i++)
            {
                Cycle(hw, flow, n, source);
            }

            long recordsBefore = port.Lines;
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Cycles; i++)
            {
                Cycle(hw, flow, n, source);
            }

            long bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / Cycles;
            long records = (port.Lines - recordsBefore) / Cycles;
            string name = layout.Name + (coded ? " coded scan" : " inspect/clean");
            output.WriteLine($" {name,-30} {bytes,11}  {records,13}");
            return bytes;
        }

        /// <summary>Dirty pair → FAIL → clean prompt → cleaned → clean result → ready.</summary>
        private static void Cycle(SimulatedHardware hw, ProbeWorkflow flow, int n, SimulatedCodedSource source)
        {
            Light(hw, n, source, true);
            Press(flow);
            Expect(flow, ProbeState.Result);
            Press(flow);
            if (source != null)
            {
                Expect(flow, ProbeState.Polarity);
                flow.Handle(ButtonEvent.ShortPress);
            }

            Expect(flow, ProbeState.CleanPrompt);
            Light(hw, n, source, false);
            Press(flow);
            Expect(flow, ProbeState.CleanResult);
            for (int press = 0; press < 3 && flow.State != ProbeState.Ready; press++)
            {
                Press(flow);
            }

            Expect(flow, ProbeState.Ready);
        }

        private static void Light(SimulatedHardware hw, int n, SimulatedCodedSource source, bool dirty)
        {
            if (source == null)
            {
                hw.Sim.LightSource = null;
                hw.Light(-20, dirty ? DirtyLosses(n) : CleanLosses(n));
                return;
            }

            double[] losses = dirty ? DirtyLosses(n) : CleanLosses(n);
            for (int fiber = 1; fiber <= n; fiber++)
            {
                // The loss belongs to the receive position the fiber arrives at.
                int position = _map[fiber - 1];
                source.SetFiberPowerDbm(fiber, position == 0 ? double.NegativeInfinity : -20 - losses[position - 1]);
            }

            hw.Sim.LightSource = source;
        }

        private static int[] _map;
        private static double[] _dirty;
        private static double[] _clean;

        private static double[] DirtyLosses(int n)
        {
            if (_dirty == null || _dirty.Length != n)
            {
                _dirty = Losses(n, 0.2, true);
            }

            return _dirty;
        }

        private static double[] CleanLosses(int n)
        {
            if (_clean == null || _clean.Length != n)
            {
                _clean = Losses(n, 0.2, false);
            }

            return _clean;
        }

        private static double[] Losses(int n, double loss, bool dirty)
        {
            double[] losses = SimulatedProbe.Losses(n, loss);
            if (dirty)
            {
                losses[3] = 1.2;
                losses[4] = 1.1;
            }

            return losses;
        }

        private static void Press(ProbeWorkflow flow)
        {
            flow.Handle(ButtonEvent.ShortPress);
        }

        /// <summary>The fault latch of the probe being measured (named in a failure).</summary>
        private static FaultLatch _latch;

        private static void Expect(ProbeWorkflow flow, ProbeState state)
        {
            if (flow.State != state)
            {

                string fault = _latch != null && _latch.HasFault ? " (" + FaultCatalogue.Code(_latch.Kind) + " at position " + _latch.Position + ", " + _latch.Value + " vs " + _latch.Limit + ")" : "";
                throw new InvalidOperationException("cycle expected state " + StateText.Name(state) + ", found " + StateText.Name(flow.State) + fault);
            }
        }
    }
}
