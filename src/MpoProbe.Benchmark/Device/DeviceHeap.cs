using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace MpoProbe.Benchmark
{
    /// <summary>What <see cref="DeviceHeap"/> predicts for the interpreter.</summary>
    public sealed class DeviceHeapOutcome
    {
        /// <summary>Heap held by ProbeCore + workflow after Start(), bytes (MPO-24).</summary>
        public long HeapBytes { get; set; }

        /// <summary>
        /// Bytes one steady button cycle allocates (the interpreter's frame cache kept from the
        /// cycle before, as between two garbage collections), worst of MPO-24 and MPO-32: the
        /// issue-28 cycle figure (docs/core.md, "Heap on the interpreter, predicted by the host").
        /// </summary>
        public long CycleBytes { get; set; }

        /// <summary>Bytes of the first cycle after a garbage collection (every call-stack frame taken from the heap again), worst of MPO-24 and MPO-32.</summary>
        public long CycleAfterGcBytes { get; set; }

        /// <summary>Of <see cref="CycleAfterGcBytes"/>, the stack frames taken from the heap after the collection.</summary>
        public long CycleFrameBytes { get; set; }

        /// <summary>Both issue-28 targets met: heap ≤ 64 kB, steady cycle ≤ 4 kB.</summary>
        public bool TargetsMet => HeapBytes <= HeapTargetBytes && CycleBytes <= CycleTargetBytes;

        /// <summary>Issue 28: heap held after boot on the 64-bit posix interpreter.</summary>
        public const long HeapTargetBytes = 64 * 1024;

        /// <summary>Issue 28: one whole button cycle on the interpreter.</summary>
        public const long CycleTargetBytes = 4 * 1024;

        /// <summary>The machine-readable line.</summary>
        public string Line => $"device_heap_kb={HeapBytes / 1024.0:F1} device_cycle_bytes={CycleBytes} device_cycle_after_gc_bytes={CycleAfterGcBytes} device_cycle_frame_bytes={CycleFrameBytes} device_targets={(TargetsMet ? "met" : "missed")}";
    }

    /// <summary>
    /// Predicts the 64-bit posix nanoCLR's heap figures on the host (docs/core.md, "Heap on the
    /// interpreter, predicted by the host"): copies Core and Simulation instrumented by
    /// <see cref="AllocationRewriter"/>, loads them with a copy of this assembly in a collectible
    /// context and runs <see cref="DeviceHeapDriver"/> there for MPO-12, 24 and 32.
    /// </summary>
    public static class DeviceHeap
    {
        private static readonly string[] Instrumented = { "MpoProbe.Core", "MpoProbe.Simulation" };

        /// <summary>Cycles measured per layout.</summary>
        public const int Cycles = 4;

        /// <summary>Prints the table and returns the prediction.</summary>
        public static DeviceHeapOutcome Run(TextWriter output)
        {
            string bin = AppContext.BaseDirectory;
            string copy = Path.Combine(Path.GetTempPath(), "mpoprobe-device-heap-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(copy);
            var rewriter = new AllocationRewriter(Instrumented);
            foreach (string name in Instrumented)
            {
                rewriter.Rewrite(bin, copy, name + ".dll");
            }

            string self = typeof(DeviceHeap).Assembly.GetName().Name;
            File.Copy(Path.Combine(bin, self + ".dll"), Path.Combine(copy, self + ".dll"));
            var names = new HashSet<string>(Instrumented, StringComparer.Ordinal) { self };
            var context = new CopyLoadContext("device-heap", copy, names);
            var outcome = new DeviceHeapOutcome();
            try
            {
                Assembly driver = context.LoadFromAssemblyName(new AssemblyName(self));
                CompileAll(context, Instrumented);
                MethodInfo measure = driver.GetType(typeof(DeviceHeapDriver).FullName, true).GetMethod(nameof(DeviceHeapDriver.Measure));
                BlockModel model = BlockModel.Posix64;
                output.WriteLine($"Heap on the 64-bit posix nanoCLR, predicted by the host ({rewriter.Methods} methods instrumented; blocks of {model.BlockBytes} B; {Cycles} cycles; targets heap ≤ 64 kB, steady cycle ≤ 4 kB):");
                output.WriteLine(" layout  heap after Start()  steady cycle | cycle after a GC  literals  strings  objects  arrays  boxes  frames (count)");
                foreach (int positions in new[] { 12, 24, 32 })
                {
                    var r = (long[])measure.Invoke(null, new object[] { positions, (uint)(9100 + positions), Cycles });
                    long cycle = 0;
                    for (int k = 2; k < 8; k++)
                    {
                        cycle += r[k];
                    }

                    long steady = 0;
                    for (int k = 14; k < 20; k++)
                    {
                        steady += r[k];
                    }

                    long heap = model.Bytes(r[0]);
                    long cycleBytes = model.Bytes(cycle);
                    long steadyBytes = model.Bytes(steady);
                    output.WriteLine($" MPO-{positions,-3} {heap,11} B ({r[1]} obj)  {steadyBytes,12} | {cycleBytes,16}  {model.Bytes(r[2]),8}  {model.Bytes(r[3]),7}  {model.Bytes(r[4]),7}  {model.Bytes(r[5]),6}  {model.Bytes(r[6]),5}  {model.Bytes(r[7]),6} ({r[13]})");
                    if (positions == 24)
                    {
                        outcome.HeapBytes = heap;
                        var holders = (string[])driver.GetType(typeof(DeviceHeapDriver).FullName, true).GetProperty(nameof(DeviceHeapDriver.Holders)).GetValue(null);
                        output.WriteLine("   largest holders after Start() (field that reached them, blocks): " + string.Join(", ", holders, 0, Math.Min(40, holders.Length)));
                    }

                    if (positions != 12 && cycleBytes > outcome.CycleAfterGcBytes)
                    {
                        outcome.CycleAfterGcBytes = cycleBytes;
                        outcome.CycleFrameBytes = model.Bytes(r[7]);
                    }

                    if (positions != 12 && steadyBytes > outcome.CycleBytes)
                    {
                        outcome.CycleBytes = steadyBytes;
                    }
                }
            }
            finally
            {
                context.Unload();
                CopyLoadContext.TryDelete(copy);
            }

            return outcome;
        }

        /// <summary>JIT-compiles every instrumented method, so that a rewrite the runtime rejects is named, not swallowed by a catch in Core.</summary>
        private static void CompileAll(AssemblyLoadContext context, IEnumerable<string> names)
        {
            var rejected = new List<string>();
            foreach (string name in names)
            {
                foreach (Type type in context.LoadFromAssemblyName(new AssemblyName(name)).GetTypes())
                {
                    const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
                    var methods = new List<MethodBase>(type.GetMethods(all));
                    methods.AddRange(type.GetConstructors(all));
                    foreach (MethodBase method in methods)
                    {
                        try
                        {
                            if (method.GetMethodBody() != null && !type.ContainsGenericParameters)
                            {
                                System.Runtime.CompilerServices.RuntimeHelpers.PrepareMethod(method.MethodHandle);
                            }
                        }
                        catch (InvalidProgramException)
                        {
                            rejected.Add(type.FullName + "." + method.Name);
                        }
                    }
                }
            }

            if (rejected.Count > 0)
            {
                throw new InvalidOperationException("instrumented IL rejected by the runtime in " + rejected.Count + " methods: " + string.Join(", ", rejected));
            }
        }
    }
}
