using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Tests
{
    /// <summary>
    /// The fault-injection matrix's cells that once named another fault or none (docs/faults.md,
    /// the table of runs "not named"), through the real workflow on development seeds 3 100 000+
    /// (none the benchmark's): a range switch stuck after the reference on every layout and link,
    /// the ADC 20 % low (from boot: right or the uniform link's <c>source_changed</c>; after the
    /// reference: <c>adc_gain_changed</c>), the intermittent and the noisy position 5.
    /// </summary>
    [TestClass]
    public class FaultNamingMatrixTests
    {
        private static readonly MpoLayout[] Layouts = { MpoLayout.Mpo8, MpoLayout.Mpo12, MpoLayout.Mpo16, MpoLayout.Mpo24, MpoLayout.Mpo32 };

        [TestMethod]
        public void RangeSwitchStuckAfterTheReferenceIsNamedOnEveryLayoutAndLink()
        {
            foreach (MpoLayout layout in Layouts)
            {
                for (int link = 0; link < FaultMatrix.Links; link++)
                {
                    FaultRunOutcome o = FaultMatrix.Run(38, layout, false, (uint)(3100000 + (link * 100) + (int)layout.Id), link);
                    string cell = "pos 3 range switch on " + layout.Name + " link " + link;
                    Assert.AreEqual("channel_gain_changed", o.FaultCode, cell);
                    Assert.IsTrue(o.FaultOnScreen, cell + ": on screen");
                    Assert.AreEqual(0, o.Inspections, cell + ": no inspection record");
                }
            }
        }

        [TestMethod]
        public void AdcTwentyPercentLowIsRightFromBootAndNamedAfterTheReference()
        {
            foreach (MpoLayout layout in Layouts)
            {
                for (int i = 0; i < 4; i++)
                {
                    uint seed = (uint)(3200000 + (i * 100) + (int)layout.Id);
                    FaultRunOutcome boot = FaultMatrix.Run(32, layout, true, seed, 3);
                    string cell = "ADC -20 % from boot on " + layout.Name + " link 3, seed " + seed;
                    bool uniform = boot.FaultCode == "source_changed" && boot.FaultOnScreen;
                    bool right = boot.FaultCode == null && boot.Inspections == 1 && boot.GoodFiberFails == 0;
                    Assert.IsTrue(uniform || right, cell + ": " + (boot.FaultCode ?? "no fault"));

                    FaultRunOutcome after = FaultMatrix.Run(32, layout, false, seed, 2);
                    Assert.AreEqual("adc_gain_changed", after.FaultCode, "ADC -20 % after the reference on " + layout.Name + " link 2, seed " + seed);
                }
            }
        }

        [TestMethod]
        public void IntermittentAndNoisyPositionFiveAreNamedNoisyOrMeasureRight()
        {
            MpoLayout[] used = { MpoLayout.Mpo12, MpoLayout.Mpo16, MpoLayout.Mpo24, MpoLayout.Mpo32 };
            int acted = 0;
            foreach (MpoLayout layout in used)
            {
                for (int link = 0; link < FaultMatrix.Links; link++)
                {
                    for (int phase = 0; phase < 2; phase++)
                    {
                        uint seed = (uint)(3300000 + (link * 100) + (phase * 10) + (int)layout.Id);
                        foreach (int kind in new[] { 40, 41 })
                        {
                            FaultRunOutcome o = FaultMatrix.Run(kind, layout, phase == 0, seed, link);
                            string cell = FaultCases.Name(kind) + " on " + layout.Name + (phase == 0 ? " at boot" : " after the reference") + " link " + link;
                            if (FaultCases.ActsNowAndThen(kind) && !o.FaultActed)
                            {
                                // The joint dropped nothing while it could change the run: the probe is a healthy one, every
                                // fiber right, or the uniform link refused as a healthy probe refuses it.
                                bool uniform = link == 3 && o.FaultCode == "source_changed" && o.FaultOnScreen && o.Inspections == 0;
                                bool right = o.FaultCode == null && o.Inspections == 1 && o.BadFiberPasses + o.BadFiberMarginals + o.GoodFiberFails == 0;
                                Assert.IsTrue(uniform || right, cell + ": as healthy, " + (o.FaultCode ?? "no fault"));
                                continue;
                            }

                            acted += FaultCases.ActsNowAndThen(kind) && o.FaultActed ? 1 : 0;
                            Assert.AreEqual("channel_noisy", o.FaultCode, cell + (o.FaultActed ? ", the joint dropped a conversion" : string.Empty));
                            Assert.IsTrue(o.FaultOnScreen, cell + ": on screen");
                        }
                    }
                }
            }

            Assert.IsTrue(acted >= 8, "the joint dropped during the inspection in " + acted + " runs: too few to judge the rule");
        }
    }
}
