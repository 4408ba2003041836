using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Tests
{
    /// <summary>The measurement loop allocates nothing once running (host GC counters; the benchmark prints the same figure).</summary>
    [TestClass]
    public class AllocationTests
    {
        [TestMethod]
        public void InspectionCycleAllocatesNothingInSteadyState()
        {
            var probe = new SimulatedProbe(MpoLayout.Mpo32, 81);
            probe.TakeReference(-20.0);
            double[] losses = SimulatedProbe.Losses(32, 0.3);
            losses[4] = 1.2;
            losses[5] = 1.0;
            losses[20] = SimulatedProbe.DarkLossDb;
            probe.LightWithLoss(-20.0, losses);
            for (int i = 0; i < 3; i++)
            {
                probe.Inspect();
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 20; i++)
            {
                probe.Inspect();
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.IsTrue(probe.Inspector.Diagnosis.Count >= 2, "the cycle exercised diagnosis");
            Assert.AreEqual(0L, allocated, "bytes allocated by 20 inspections after warm-up");
        }

        /// <summary>A serial line that only counts: what a UART keeps on the managed heap.</summary>
        private sealed class CountingPort : ILogPort
        {
            public long Bytes;

            public void WriteLine(string line) => Bytes += line.Length;

            public void WriteLine(byte[] line, int offset, int count) => Bytes += count;

            public int Read(byte[] buffer, int offset, int count) => 0;
        }

        [TestMethod]
        public void LogRecordsOfAButtonPressAllocateNothing()
        {
            var probe = new SimulatedProbe(MpoLayout.Mpo32, 83);
            probe.TakeReference(-20.0);
            double[] losses = SimulatedProbe.Losses(32, 0.3);
            losses[4] = 1.2;
            losses[5] = 1.0;
            probe.LightWithLoss(-20.0, losses);
            var cycle = new CleanCycle();
            cycle.SetBefore(probe.Inspect());
            losses[4] = 0.3;
            probe.LightWithLoss(-20.0, losses);
            InspectionResult after = probe.Inspect();
            cycle.Compare(after);
            var port = new CountingPort();
            var log = new ProbeLog(port);
            var clock = new UtcClock();
            clock.Set(1795000000, 0);
            log.Clock = clock;
            var coded = new SimulatedProbe(MpoLayout.Mpo24, 84);
            var source = new SimulatedCodedSource(24, -20.0, true);
            source.RouteAll(SimulatedCodedSource.TemplateMap(PolarityType.TypeA, MpoLayout.Mpo24));
            coded.Attach(source);
            coded.InspectCoded();
            var polarity = new PolarityResult();
            polarity.Match(coded.Scanner.Map, MpoLayout.Mpo24);
            polarity.Judge(PolarityType.TypeBFullRotation);
            var text = new TextBuilder(32);
            long before = 0;
            for (int i = 0; i < 4; i++)
            {
                if (i == 2)
                {
                    before = GC.GetAllocatedBytesForCurrentThread();
                }

                log.UptimeMs = 1000 * i;
                log.Inspection(after, "Standard", "OM4", Verdict.Fail, PolarityVerdict.Fail, text.Clear().Add("3").Add('\u2194').Add("4 CROSSED"));
                log.Diagnosis(probe.Inspector.Diagnosis, "clean");
                log.Clean(cycle, MpoLayout.Mpo32, "CABLE STRESS OR DAMAGE");
                log.Polarity(coded.Scanner.Map, polarity);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.IsTrue(port.Bytes > 4 * 4000, "the records were written (" + port.Bytes + " bytes)");
            Assert.AreEqual(0L, allocated, "bytes allocated by two rounds of inspection, diagnosis, clean and polarity records");
        }

        [TestMethod]
        public void CodedScanAllocatesNothingInSteadyState()
        {
            var probe = new SimulatedProbe(MpoLayout.Mpo24, 82);
            probe.TakeReference(-20.0);
            var source = new SimulatedCodedSource(24, -20.0, true);
            source.RouteAll(SimulatedCodedSource.TemplateMap(PolarityType.TypeBFullRotation, MpoLayout.Mpo24));
            probe.Attach(source);
            var result = new PolarityResult();
            probe.InspectCoded();
            result.Match(probe.Scanner.Map, MpoLayout.Mpo24);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 5; i++)
            {
                probe.InspectCoded();
                result.Match(probe.Scanner.Map, MpoLayout.Mpo24);
                result.Judge(probe.Settings.ExpectedPolarity);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.IsTrue(result.Best == PolarityType.TypeBFullRotation, "the scans decoded");
            Assert.AreEqual(0L, allocated, "bytes allocated by 5 coded scans + matches after warm-up");
        }
    }
}
