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
    /// The front-end operation counts the timing model prices (docs/core.md, "Timing model"): one
    /// select, one settle and one burst per position in steady state, a gain change only when the
    /// PGA gain differs, and the self-checks' own selects and samples.
    /// </summary>
    [TestClass]
    public class FrontEndCountsTests
    {
        [TestMethod]
        public void SteadyAcquisitionCountsOneSelectSettleAndBurstPerPosition()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 71);
            probe.LightUsed(-20.0);
            Acquire(probe);
            FrontEndCounts counts = probe.Hardware.Faults.Counts;
            counts.Reset();
            Acquire(probe);
            Check.Equal(12, (int)counts.Selects, "selects");
            Check.Equal(12 * FrontEndDesign.DefaultSamplesPerChannel, (int)counts.Samples, "samples");
            Check.Equal(12 * FrontEndDesign.DefaultSettleMicroseconds, (int)counts.SettleMicroseconds, "settle µs");
            Check.Equal(0, (int)counts.CheckSelects, "no check selects in an acquisition");
            Check.True(counts.GainChanges <= counts.Selects, "gain changes " + counts.GainChanges.ToString());
        }

        [TestMethod]
        public void OnlyADifferentPgaGainCountsAsAGainChange()
        {
            FrontEndCounts counts = new FrontEndCounts();
            counts.Select(0);
            counts.Select(6);
            Check.Equal(1, (int)counts.GainChanges, "ranges 0 and 6 share PGA ×1: only the first select writes the gain");
            counts.Select(7);
            Check.Equal(2, (int)counts.GainChanges, "range 7 is PGA ×2");
            counts.SelectCheck(3);
            Check.Equal(3, (int)counts.GainChanges, "a ladder tap sets PGA ×1");
            counts.SelectCheck(-1);
            counts.Select(12);
            Check.Equal(3, (int)counts.GainChanges, "parking leaves the gain; range 12 is PGA ×1 again");
            Check.Equal(2, (int)counts.CheckSelects, "check selects");
        }

        [TestMethod]
        public void SelfChecksCountTheirLadderTapsAndSamples()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 72);
            probe.Hardware.HeadPositions = 12;
            probe.Core.SelfTest.AcceptHead(MpoLayout.Mpo12);
            FrontEndCounts counts = probe.Hardware.Faults.Counts;
            counts.Reset();
            Check.True(probe.Core.SelfTest.BeforeMeasuring(MpoLayout.Mpo12), "a healthy probe passes its checks");
            Check.True(counts.CheckSelects >= ChainCheck.Taps, "ladder taps selected: " + counts.CheckSelects.ToString());
            Check.True(counts.Samples >= ChainCheck.Taps * ChainCheck.SamplesPerTap, "ladder samples: " + counts.Samples.ToString());
        }

        private static void Acquire(SimulatedProbe probe)
        {
            probe.Acquirer.Acquire(probe.Settings.Layout.PositionCount, Wavelength.Nm850, probe.Inspector.Scan);
        }
    }
}
