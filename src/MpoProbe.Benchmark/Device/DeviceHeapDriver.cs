using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// The interpreter heap meter's sequence, run on the host against the instrumented copies of
    /// Core and Simulation (<see cref="DeviceHeap"/> loads this assembly beside them): a simulated
    /// probe with its factory calibration, then <c>new ProbeCore</c>, <c>new ProbeWorkflow</c> and
    /// <c>Start()</c> (heap held: <see cref="HeapWalker"/>), a reference, three warm-up cycles and
    /// measured cycles (dirty inspect → result → clean prompt → clean inspect → clean result →
    /// ready), each after the frame cache is emptied as the meter's garbage collection empties it.
    /// </summary>
    public static class DeviceHeapDriver
    {
        /// <summary>The largest holders of the last <see cref="Measure"/>'s heap after Start(): "field blocks", largest first.</summary>
        public static string[] Holders { get; private set; } = new string[0];

        /// <summary>
        /// Measures one layout. Returns heap-held blocks, objects, then blocks per cycle right after
        /// a garbage collection per <see cref="DeviceAllocations.Kind"/> (averaged over
        /// <paramref name="cycles"/>), objects per such cycle per kind, then blocks per steady
        /// cycle (frame cache kept) per kind.
        /// </summary>
        public static long[] Measure(int positions, uint seed, int cycles)
        {
            MpoLayout layout = positions == 12 ? MpoLayout.Mpo12 : positions == 32 ? MpoLayout.Mpo32 : MpoLayout.Mpo24;
            var assemblies = new[] { typeof(ProbeCore).Assembly, typeof(SimulatedHardware).Assembly };
            RunStaticConstructors(assemblies);
            var port = new DiscardingPort();
            var hw = new SimulatedHardware(seed, port, true);
            hw.HeadPositions = HeadRules.HeadFor(layout.Id);
            hw.UseStorage(new DiscardingStorage(hw.Files));
            hw.Sim.SetAllDark();
            var walker = new HeapWalker(DeviceAllocations.Model);
            var before = new List<object> { hw, port };
            before.AddRange(HeapWalker.Statics(assemblies));
            walker.Exclude(before);

            var core = new ProbeCore(hw);
            var flow = new ProbeWorkflow(core);
            core.Settings.RemateEvery = 0;
            core.Settings.RecheckEvery = 0;
            core.Settings.RecheckMinutes = 0;

            // As the firmware's Program: the device keeps no screen elements.
            core.Frame.KeepsElements = false;
            flow.Start();
            var after = new List<object> { flow, core, hw, port };
            after.AddRange(HeapWalker.Statics(assemblies));
            walker.Walk(after);

            int n = layout.PositionCount;
            hw.Light(-20, Losses(n, 0.0, false));
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.ShortPress);
            Expect(flow, ProbeState.Ready, "reference");
            for (int i = 0; i < 3; i++)
            {
                Cycle(hw, flow, n);
            }

            var holders = new List<KeyValuePair<string, long>>(walker.ByOwner);
            holders.Sort((a, b) => b.Value.CompareTo(a.Value));
            Holders = holders.ConvertAll(h => h.Key + " " + h.Value).ToArray();
            var result = new long[2 + 12 + 6];
            result[0] = walker.Blocks;
            result[1] = walker.Objects;
            for (int i = 0; i < cycles; i++)
            {
                DeviceAllocations.Reset();
                Cycle(hw, flow, n);
                for (int k = 0; k < 6; k++)
                {
                    result[2 + k] += DeviceAllocations.Blocks[k];
                    result[8 + k] += DeviceAllocations.Objects[k];
                }
            }

            for (int k = 2; k < 14; k++)
            {
                result[k] /= cycles;
            }

            // Steady cycles: the frame cache kept from one cycle to the next, as between two collections.
            DeviceAllocations.ResetCounts();
            for (int i = 0; i < cycles; i++)
            {
                Cycle(hw, flow, n);
            }

            for (int k = 0; k < 6; k++)
            {
                result[14 + k] = DeviceAllocations.Blocks[k] / cycles;
            }

            return result;
        }

        private static void RunStaticConstructors(IEnumerable<Assembly> assemblies)
        {
            // The interpreter runs every static constructor at boot, before anything is measured.
            foreach (Assembly assembly in assemblies)
            {
                foreach (Type type in assembly.GetTypes())
                {
                    if (type.TypeInitializer != null && !type.ContainsGenericParameters)
                    {
                        RuntimeHelpers.RunClassConstructor(type.TypeHandle);
                    }
                }
            }
        }

        /// <summary>Dirty pair → FAIL → clean prompt → cleaned → clean result → ready (as the heap meter).</summary>
        private static void Cycle(SimulatedHardware hw, ProbeWorkflow flow, int n)
        {
            hw.Light(-20, Losses(n, 0.2, true));
            flow.Handle(ButtonEvent.ShortPress);
            Expect(flow, ProbeState.Result, "dirty inspection");
            flow.Handle(ButtonEvent.ShortPress);
            Expect(flow, ProbeState.CleanPrompt, "clean prompt");
            hw.Light(-20, Losses(n, 0.2, false));
            flow.Handle(ButtonEvent.ShortPress);
            Expect(flow, ProbeState.CleanResult, "clean inspection");
            for (int press = 0; press < 3 && flow.State != ProbeState.Ready; press++)
            {
                flow.Handle(ButtonEvent.ShortPress);
            }

            Expect(flow, ProbeState.Ready, "end of cycle");
        }

        private static void Expect(ProbeWorkflow flow, ProbeState state, string step)
        {
            if (flow.State != state)
            {
                throw new InvalidOperationException("device heap cycle, " + step + ": expected state " + StateText.Name(state) + ", found " + StateText.Name(flow.State));
            }
        }

        private static readonly Dictionary<string, double[]> LossCache = new Dictionary<string, double[]>(StringComparer.Ordinal);

        private static double[] Losses(int n, double loss, bool dirty)
        {
            string key = n + "/" + loss + "/" + dirty;
            if (!LossCache.TryGetValue(key, out double[] losses))
            {
                losses = SimulatedProbe.Losses(n, loss);
                if (dirty)
                {
                    losses[3] = 1.2;
                    losses[4] = 1.1;
                }

                LossCache[key] = losses;
            }

            return losses;
        }
    }
}
