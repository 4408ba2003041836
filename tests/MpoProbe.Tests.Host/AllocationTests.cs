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
            losses[20] = double.NaN;
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
