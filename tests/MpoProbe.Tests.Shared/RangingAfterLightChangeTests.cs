using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// The first acquisition after the light changed: shortened bursts leave wrong ranges, the
    /// first channel's new range is where the next channels start, and the readings are those
    /// of a steady-state acquisition (docs/core.md, "Ranging after a light change").
    /// </summary>
    [TestClass]
    public class RangingAfterLightChangeTests
    {
        [TestMethod]
        public void DarkToBrightCostsOneChannelsSearchAndReadsAsInSteadyState()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo24, 61);
            probe.Sim.SetAllDark();
            Acquire(probe);
            probe.LightUsed(-5.0);
            long conversions = Acquire(probe);
            double[] first = Powers(probe);
            int[] ranges = Ranges(probe);
            long steady = Acquire(probe);
            Check.Equal(24 * FrontEndDesign.DefaultSamplesPerChannel, (int)steady, "a steady acquisition reads one burst per position");
            // At most one shortened 4-sample burst per position: without the shared start range every
            // channel searches from the top (3840 samples); without shortened bursts the one
            // channel's search reads whole 64-sample bursts.
            Check.True(conversions <= steady + (24 * 4), "first acquisition after the change read " + conversions.ToString() + " samples, steady " + steady.ToString());
            SameAsSteady(probe, first, ranges);
        }

        [TestMethod]
        public void OneDimPositionDoesNotMisleadTheOthers()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 62);
            probe.LightUsed(-20.0);
            Acquire(probe);
            probe.LightUsed(-8.0);
            probe.Light(2, -30.0);
            Acquire(probe);
            double[] first = Powers(probe);
            int[] ranges = Ranges(probe);
            Acquire(probe);
            SameAsSteady(probe, first, ranges);
            Check.True(probe.Inspector.Scan.At(2).Range > probe.Inspector.Scan.At(3).Range + 3, "the dim position uses a more sensitive range");
        }

        private static long Acquire(SimulatedProbe probe)
        {
            long before = probe.Sim.Conversions;
            probe.Acquirer.Acquire(probe.Settings.Layout.PositionCount, Wavelength.Nm850, probe.Inspector.Scan);
            return probe.Sim.Conversions - before;
        }

        private static double[] Powers(SimulatedProbe probe)
        {
            double[] powers = new double[probe.Settings.Layout.PositionCount];
            for (int p = 1; p <= powers.Length; p++)
            {
                Check.True(probe.Inspector.Scan.At(p).Status == ChannelStatus.Ok, "position " + p.ToString() + " reads OK, got " + ChannelStatusText.Name(probe.Inspector.Scan.At(p).Status));
                powers[p - 1] = probe.Inspector.Scan.At(p).PowerDbm;
            }

            return powers;
        }

        private static int[] Ranges(SimulatedProbe probe)
        {
            int[] ranges = new int[probe.Settings.Layout.PositionCount];
            for (int p = 1; p <= ranges.Length; p++)
            {
                ranges[p - 1] = probe.Inspector.Scan.At(p).Range;
            }

            return ranges;
        }

        private static void SameAsSteady(SimulatedProbe probe, double[] first, int[] ranges)
        {
            for (int p = 1; p <= first.Length; p++)
            {
                ChannelReading steady = probe.Inspector.Scan.At(p);
                Check.Equal(steady.Range, ranges[p - 1], "position " + p.ToString() + " range after the change");
                Check.Near(steady.PowerDbm, first[p - 1], 0.05, "position " + p.ToString() + " power after the change");
            }
        }
    }
}
