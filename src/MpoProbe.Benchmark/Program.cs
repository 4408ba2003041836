using System;
using System.Globalization;
using System.Threading;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// Prints how good the probe is on the simulated front end (datasheet figures) with the
    /// Core unchanged. <c>--quick</c> runs fewer repetitions for CI.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs every section and prints the table and the closing machine-readable line.</summary>
        public static int Main(string[] args)
        {
            Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
            bool quick = Array.IndexOf(args, "--quick") >= 0;
            bool dev = Array.IndexOf(args, "--sweep-dev") >= 0;
            bool consumed = Array.IndexOf(args, "--sweep-consumed") >= 0;
            bool large = Array.IndexOf(args, "--sweep-large") >= 0;
            if (dev || consumed || large || Array.IndexOf(args, "--sweep") >= 0)
            {
                // The mating sweep alone, for work on the budget (--sweep-dev: on development seeds, never the
                // reported ones; --sweep-consumed: the first held-out range, history only; --sweep-large: the
                // second held-out range at 240 000 fibers per σ; --fibers N per σ).
                int at = Array.IndexOf(args, "--fibers");
                int fibers = quick ? 2400 : (large ? 240000 : 24000);
                if (at >= 0 && (at + 1 >= args.Length || !int.TryParse(args[at + 1], out fibers) || fibers < 12 || fibers > 960000))
                {
                    Console.Error.WriteLine("--fibers needs a whole number of fibers per σ, 12..960000");
                    return 2;
                }

                uint seeds = dev ? FieldSweep.DevSeedBase : (consumed ? FieldSweep.ConsumedSeedBase : (large ? FieldSweep.LargeSeedBase : FieldSweep.HeldOutSeedBase));
                SweepOutcome only = FieldSweep.Run(Console.Out, fibers, seeds);
                Console.WriteLine($"bench: field_cov_min={only.CoverageMin:F4} field_cov_max={only.CoverageMax:F4} field_false_max={only.FalseMax:F5} starred_far={only.StarredFar:F4}");
                return 0;
            }

            if (Array.IndexOf(args, "--field") >= 0)
            {
                // The field model and the coded source's monitor alone (both also part of the full run).
                FieldOutcome alone = FieldBench.Run(Console.Out, quick ? 6000 : 24000, quick ? 1200 : 6000);
                SourceMonitorBench.Run(Console.Out, quick ? 1200 : 6000, quick ? 8 : 40);
                Console.WriteLine($"bench: field_false_pass={alone.FalsePass:F5} field_false_fail={alone.FalseFail:F5} coverage={alone.Coverage:F4}");
                return 0;
            }

            if (Array.IndexOf(args, "--source-step") >= 0)
            {
                // A plain source that steps after the reference (issue 25, part 4).
                SourceStepBench.Run(Console.Out, quick ? 10 : 100);
                return 0;
            }

            if (Array.IndexOf(args, "--gain-dev") >= 0)
            {
                // The test step's spread on development seeds (docs/faults.md); --off T switches a field term off.
                int offAt = Array.IndexOf(args, "--off");
                int off = offAt >= 0 && offAt + 1 < args.Length && int.TryParse(args[offAt + 1], out int t) ? t : 0;
                GainCheckDev.Run(Console.Out, quick ? 500 : 3000, off);
                return 0;
            }

            if (Array.IndexOf(args, "--device-heap") >= 0)
            {
                // The interpreter heap prediction alone (issue 28; docs/core.md).
                Console.WriteLine("device: " + DeviceHeap.Run(Console.Out).Line);
                return 0;
            }

            if (Array.IndexOf(args, "--diagnosis") >= 0)
            {
                // The diagnosis sections alone: the ideal-bench patterns, then the clean cycle under field errors.
                DiagnosisBench.Run(Console.Out, quick ? 200 : 2000);
                Console.WriteLine();
                DirtyPairOutcome dirty = DirtyPairBench.Run(Console.Out, quick ? 100 : 500);
                Console.WriteLine($"bench: clean_confirmed={dirty.CleanConfirmed:F4} false_escalation={dirty.FalseEscalation} false_confirmed={dirty.FalseConfirmed} every_fiber_clean={dirty.EveryFiberClean:F4}");
                return 0;
            }

            if (Array.IndexOf(args, "--cycle") >= 0)
            {
                // The allocation section alone, for work on the cycle.
                CycleAllocation.Run(Console.Out);
                return 0;
            }

            if (Array.IndexOf(args, "--timing") >= 0)
            {
                // The acquisition-time section alone (README, docs/core.md "Timing model"; a few seconds).
                AcquisitionOutcome timing = AcquisitionTime.Run(Console.Out);
                Console.WriteLine($"bench: acq24_ms={timing.Steady24Ms:F1} acq24_first_ms={timing.First24Ms:F1} acq24_worst_ms={timing.Worst24Ms:F1} acq24_selfchecks_ms={timing.SelfChecks24Ms:F1} acq24_testcurrent_ms={timing.TestCurrent24Ms:F1} acq24_wait_ms={timing.Wait24Ms:F1} acq24_worst_slowcpu_ms={timing.Worst24SlowCpuMs:F1} acq24_wait_slowcpu_ms={timing.Wait24SlowCpuMs:F1}");
                return 0;
            }

            if (Array.IndexOf(args, "--figures") >= 0)
            {
                // The README's memory and report figures alone (the full report bench: 50 MB log and 50 MB of junk).
                Memory.Run(Console.Out);
                Console.WriteLine();
                Console.WriteLine("bench: " + ReportBench.Run(Console.Out, false));
                return 0;
            }

            if (Array.IndexOf(args, "--faults") >= 0)
            {
                // The fault-injection section alone, for work on the self-checks.
                int kindAt = Array.IndexOf(args, "--kind");
                int onlyKind = kindAt >= 0 && kindAt + 1 < args.Length && int.TryParse(args[kindAt + 1], out int k) ? k : -1;
                // --healthy N: N inspections in each healthy population; --healthy-only skips the matrix.
                int healthyAt = Array.IndexOf(args, "--healthy");
                int healthy = healthyAt >= 0 && healthyAt + 1 < args.Length && int.TryParse(args[healthyAt + 1], out int h) ? h : (quick ? 1000 : 10000);
                onlyKind = Array.IndexOf(args, "--healthy-only") >= 0 ? FaultBench.HealthyOnly : onlyKind;
                FaultBench.ListWrong = Array.IndexOf(args, "--list-wrong") >= 0;
                FaultOutcome only = FaultBench.Run(Console.Out, onlyKind >= 0 ? 0 : healthy, onlyKind);
                Console.WriteLine($"bench: faults={only.Kinds} fault_runs={only.Runs} fault_pass={only.Passes} fault_star={only.Marginals} fault_overall={only.OverallOnBadLink} fault_marked={only.Marked} healthy_refused={only.HealthyRefused}/{only.HealthyInspections} healthy_refused_ub95={FaultBench.UpperBound(only.HealthyRefused, only.HealthyInspections):E1}");
                return 0;
            }

            int repeats = quick ? 10 : 40;
            Console.WriteLine($"MpoProbe benchmark ({(quick ? "quick" : "full")}: {repeats} inspections per point, seeded)");
            Console.WriteLine();

            double sigmaMax = Repeatability.Run(Console.Out, repeats);
            Console.WriteLine();
            CostResult cost = DeviceCost.Run(Console.Out);
            Console.WriteLine();
            AcquisitionOutcome acquisition = AcquisitionTime.Run(Console.Out);
            Console.WriteLine();
            PolarityOutcome polarity = PolarityBench.Run(Console.Out, quick ? 20 : 200);
            Console.WriteLine();
            ClassificationOutcome classification = Classification.Run(Console.Out, quick ? 1000 : 10000);
            Console.WriteLine();
            ClassificationOutcome uncalibrated = CalibrationBench.Run(Console.Out, quick ? 1000 : 10000);
            Console.WriteLine();
            FieldOutcome field = FieldBench.Run(Console.Out, quick ? 6000 : 24000, quick ? 1200 : 6000);
            Console.WriteLine();
            SweepOutcome sweep = FieldSweep.Run(Console.Out, quick ? 2400 : 24000);
            Console.WriteLine();
            SourceMonitorBench.Run(Console.Out, quick ? 1200 : 6000, quick ? 8 : 40);
            Console.WriteLine();
            SourceStepBench.Run(Console.Out, quick ? 10 : 100);
            Console.WriteLine();
            double sigmaFresh = FreshReference.Run(Console.Out, quick ? 15 : 40);
            Console.WriteLine();
            DiagnosisBench.Run(Console.Out, quick ? 200 : 2000);
            Console.WriteLine();
            DirtyPairOutcome dirtyPairs = DirtyPairBench.Run(Console.Out, quick ? 100 : 500);
            Console.WriteLine();
            Memory.Run(Console.Out);
            Console.WriteLine();
            long cycleBytes = CycleAllocation.Run(Console.Out);
            Console.WriteLine();
            Console.WriteLine("device: " + DeviceHeap.Run(Console.Out).Line);
            Console.WriteLine();
            string report = ReportBench.Run(Console.Out, quick);
            Console.WriteLine();
            FaultOutcome faults = FaultBench.Run(Console.Out, quick ? 1000 : 20000);
            Console.WriteLine();

            Console.WriteLine($"bench: sigma_db={sigmaMax:F4} false_pass={classification.FalsePass:F5} false_fail={classification.FalseFail:F5} uncal_false_fail={uncalibrated.FalseFail:F5} uncal_false_pass={uncalibrated.FalsePass:F5} polarity_acc={polarity.Accuracy:F4} acq24_ms={acquisition.Steady24Ms:F1} acq24_first_ms={acquisition.First24Ms:F1} acq24_worst_ms={acquisition.Worst24Ms:F1} acq24_selfchecks_ms={acquisition.SelfChecks24Ms:F1} acq24_testcurrent_ms={acquisition.TestCurrent24Ms:F1} acq24_wait_ms={acquisition.Wait24Ms:F1} scan24_ms={polarity.Scan24WorstMs:F0} alloc_bytes={cost.AllocatedBytesPerInspection} cycle_alloc_bytes={cycleBytes} faults={faults.Kinds} fault_runs={faults.Runs} fault_pass={faults.Passes} fault_star={faults.Marginals} fault_overall={faults.OverallOnBadLink} fault_marked={faults.Marked} healthy_refused={faults.HealthyRefused}/{faults.HealthyInspections} field_false_pass={field.FalsePass:F5} field_false_fail={field.FalseFail:F5} coverage={field.Coverage:F4} field_cov_min={sweep.CoverageMin:F4} field_cov_max={sweep.CoverageMax:F4} field_false_max={sweep.FalseMax:F5} starred_far={sweep.StarredFar:F4} clean_confirmed={dirtyPairs.CleanConfirmed:F4} false_escalation={dirtyPairs.FalseEscalation} sigma_fresh_db={sigmaFresh:F4} {report}");
            return 0;
        }
    }
}
