using System;
using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>The self-checks' thresholds and classifications, each at its edge (docs/faults.md).</summary>
    [TestClass]
    public class SelfCheckTests
    {
        [TestMethod]
        public void ReadingsAStimulusMustSeparateAreStuckWithinFourCodesButClampedOnesAreNot()
        {
            Check.True(BurstCheck.IsStuck(2400, 2400), "one code");
            Check.True(BurstCheck.IsStuck(2400, 2403.9), "span under 4 codes");
            Check.False(BurstCheck.IsStuck(2400, 2404), "span 4 codes: the stimulus moved them");
            Check.False(BurstCheck.IsStuck(0, 0), "below the window: a missing pedestal, its own check");
            Check.False(BurstCheck.IsStuck(FrontEndDesign.DeadZoneCode, FrontEndDesign.DeadZoneCode), "at the window floor");
            Check.True(BurstCheck.IsStuck(FrontEndDesign.DeadZoneCode + 1, FrontEndDesign.DeadZoneCode + 1), "just above the window floor");
            Check.False(BurstCheck.IsStuck(4095, 4095), "full scale: over range");
            Check.False(BurstCheck.IsStuck(FrontEndDesign.ClipCode, FrontEndDesign.ClipCode), "at the clip edge: over range");
            Check.True(BurstCheck.IsStuck(FrontEndDesign.ClipCode - 1, FrontEndDesign.ClipCode - 1), "just below clipping");
            Check.True(BurstCheck.Same(1000, 1003.9) && BurstCheck.Same(1003.9, 1000), "a step under 4 codes did not happen");
            Check.False(BurstCheck.Same(1000, 1004) || BurstCheck.Same(1004, 1000), "a step of 4 codes did");
        }

        /// <summary>
        /// The averaging converter's quiet results never look stuck: a healthy probe's dark capture
        /// and chain check pass on every seed tried, although its bursts often repeat one code (issue 28).
        /// </summary>
        [TestMethod]
        public void QuietAveragedResultsDoNotFireTheStuckRules()
        {
            int repeated = 0;
            for (int seed = 1; seed <= 6; seed++)
            {
                SimulatedHardware hw = new SimulatedHardware((uint)(5100 + seed));
                ProbeCore core = Booted(hw);
                Check.True(core.SelfTest.Chain(), "seed " + seed.ToString() + ": chain check refused a healthy probe: " + FaultCatalogue.Code(core.SelfTest.Faults.Kind));
                Check.False(core.SelfTest.Faults.HasFault, "seed " + seed.ToString() + ": a fault after boot");
                hw.FrontEnd.Select(0, 0);
                hw.FrontEnd.Settle(FrontEndDesign.DefaultSettleMicroseconds);
                int first = hw.FrontEnd.Read();
                bool same = true;
                for (int i = 1; i < FrontEndDesign.DefaultSamplesPerChannel; i++)
                {
                    same &= hw.FrontEnd.Read() == first;
                }

                repeated += same ? 1 : 0;
            }

            Check.True(repeated > 0, "no burst repeated one code: the quiet case was not exercised");
        }

        [TestMethod]
        public void HealthyChainPassesAndLadderFaultsAreNamed()
        {
            Check.True(Chain(0, 0, 0) == FaultKind.None, "healthy");
            Check.True(Chain(1, 0, 0) == FaultKind.AdcStuck, "ADC stuck at 2400");
            Check.True(Chain(2, 0, 0) == FaultKind.AdcStuck, "ADC stuck at 1600");
            Check.True(Chain(5, 0, 0) == FaultKind.AdcClipped, "clipped at 2000");
            Check.True(Chain(6, 0, 0) == FaultKind.AdcClipped, "compressed above 2400");
            Check.True(Chain(7, 0, 0) == FaultKind.MuxSelect, "select lines all low");
            Check.True(Chain(8, 0, 0) == FaultKind.MuxSelect, "S2 high");
            Check.True(Chain(0, 1, 0) == FaultKind.MuxSelect, "S0 low");
            Check.True(Chain(0, 8, 8) == FaultKind.MuxSelect, "S3 high");
            Check.True(Chain(9, 0, 0) == FaultKind.MuxEnable, "enable 1-16 stuck off");
            Check.True(Chain(10, 0, 0) == FaultKind.MuxEnable, "enable 17-32 stuck off");
            Check.True(Chain(11, 0, 0) == FaultKind.MuxEnable, "enable 17-32 stuck on");
        }

        [TestMethod]
        public void LadderStepToleranceSitsBetweenScaleSpreadAndOneTap()
        {
            Check.True(ChainCheck.StepTolerance > 0.10 && ChainCheck.StepTolerance < 0.5, "tolerance covers ±10 % scale, fails a doubled or missing step");
            double top = ChainCheck.NominalCode(ChainCheck.Taps - 1) + ChainCheck.PedestalCode;
            Check.True(ChainCheck.FirstTapVolts + ((ChainCheck.Taps - 1) * ChainCheck.TapStepVolts) < FrontEndDesign.WindowHighVolts, "ladder inside the linear window");
            Check.True(top < FrontEndDesign.AdcMaxCode, "top tap below full scale");
            Check.True(ChainCheck.NominalCode(0) > FrontEndDesign.DeadZoneCode, "first tap above the dead zone");
        }

        [TestMethod]
        public void HeadRulesFollowTheFittedHead()
        {
            Check.True(HeadRules.Fits(12, LayoutId.Mpo12) && HeadRules.Fits(12, LayoutId.Mpo8), "12 head: MPO-12 and SR4 MPO-8");
            Check.False(HeadRules.Fits(12, LayoutId.Mpo16), "12 head is not MPO-16");
            Check.False(HeadRules.Fits(16, LayoutId.Mpo12), "16 head is not MPO-12");
            Check.True(HeadRules.Fits(24, LayoutId.Mpo24) && !HeadRules.Fits(24, LayoutId.Mpo32), "24 head");
            Check.True(HeadRules.Fits(32, LayoutId.Mpo32) && !HeadRules.Fits(32, LayoutId.Mpo24), "32 head");
            Check.False(HeadRules.Fits(0, LayoutId.Mpo12), "no head fits nothing");
            Check.True(HeadRules.LayoutFor(12, MpoLayout.Mpo8) == MpoLayout.Mpo8, "MPO-8 stays on a 12 head");
            Check.True(HeadRules.LayoutFor(16, MpoLayout.Mpo12) == MpoLayout.Mpo16, "16 head: MPO-16");
            Check.True(HeadRules.LayoutFor(24, MpoLayout.Mpo12) == MpoLayout.Mpo24, "24 head: MPO-24");
            Check.True(HeadRules.LayoutFor(32, MpoLayout.Mpo8) == MpoLayout.Mpo32, "32 head: MPO-32");
            Check.True(HeadRules.LayoutFor(12, MpoLayout.Mpo32) == MpoLayout.Mpo12, "12 head: MPO-12");
            Check.True(HeadRules.LayoutFor(0, MpoLayout.Mpo16) == MpoLayout.Mpo16, "no head: unchanged");
            Check.Equal(12, HeadRules.HeadFor(LayoutId.Mpo8), "MPO-8 needs a 12 head");
        }

        [TestMethod]
        public void BatteryBelowTheLimitRefusesAtTheLimitMeasures()
        {
            SimulatedHardware hw = new SimulatedHardware(1301);
            ProbeCore core = Booted(hw);
            hw.BatteryPercent = SelfTest.MinBatteryPercent;
            Check.True(core.SelfTest.BeforeMeasuring(MpoLayout.Mpo12), "at the limit: " + FaultCatalogue.Code(core.SelfTest.Faults.Kind));
            hw.BatteryPercent = SelfTest.MinBatteryPercent - 1;
            Check.False(core.SelfTest.BeforeMeasuring(MpoLayout.Mpo12), "below the limit");
            Check.True(core.SelfTest.Faults.Kind == FaultKind.BatteryLow, "battery_low");
            hw.BatteryPercent = BatteryGauge.Percent(3.455);
            Check.True(core.SelfTest.BeforeMeasuring(MpoLayout.Mpo12), "3.455 V cell: regulator still in regulation, measures");
            hw.BatteryPercent = BatteryGauge.Percent(3.43);
            Check.False(core.SelfTest.BeforeMeasuring(MpoLayout.Mpo12), "3.43 V cell: refused");
        }

        [TestMethod]
        public void HeadMissingChangedAndMismatchedAreRefused()
        {
            SimulatedHardware hw = new SimulatedHardware(1302);
            ProbeCore core = Booted(hw);
            Check.True(core.SelfTest.BeforeMeasuring(MpoLayout.Mpo8), "12 head measures MPO-8");
            Check.False(core.SelfTest.BeforeMeasuring(MpoLayout.Mpo16), "12 head refuses MPO-16");
            Check.True(core.SelfTest.Faults.Kind == FaultKind.HeadMismatch, "head_mismatch");
            hw.HeadPositions = 16;
            Check.False(core.SelfTest.BeforeMeasuring(MpoLayout.Mpo16), "head changed since boot");
            Check.True(core.SelfTest.Faults.Kind == FaultKind.HeadChanged, "head_changed");
            hw.HeadPositions = 0;
            Check.False(core.SelfTest.BeforeMeasuring(MpoLayout.Mpo12), "head pulled");
            Check.True(core.SelfTest.Faults.Kind == FaultKind.HeadMissing, "head_missing");
        }

        [TestMethod]
        public void LossBelowZeroBeyondItsBandIsAChangedSource()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 1303);
            probe.TakeReference(-20);
            probe.LightWithLoss(-20, SimulatedProbe.Losses(12, 0.0));
            double edge = -probe.Inspect().NegativeLimitDb(7);
            probe.Light(7, -20 + edge - 0.04);
            Check.True(probe.Core.SelfTest.AfterInspection(probe.Inspect()), "inside the band: a valid loss");
            probe.Light(7, -20 + edge + 0.04);
            Check.False(probe.Core.SelfTest.AfterInspection(probe.Inspect()), "beyond the band");
            Check.True(probe.Core.SelfTest.Faults.Kind == FaultKind.SourceChanged && probe.Core.SelfTest.Faults.Position == 7, "source_changed at 7");
            probe.Core.SelfTest.Faults.Clear();
            double band = edge - SelfTest.NegativeLossMarginDb;
            probe.Light(7, -20 + band + 0.02);
            Check.True(probe.Core.SelfTest.AfterInspection(probe.Inspect()), "2 hundredths beyond the band: inside the 0.05 dB margin, a valid loss");
            probe.Light(7, -20 + band + 0.08);
            Check.False(probe.Core.SelfTest.AfterInspection(probe.Inspect()), "8 hundredths beyond the band: the source changed");
        }

        /// <summary>Runs the chain check with fault case <paramref name="kind"/> (FaultCases) and select lines forced; the kind found.</summary>
        private static FaultKind Chain(int kind, int selectMask, int selectValue)
        {
            SimulatedHardware hw = new SimulatedHardware(1300);
            FaultCases.Inject(kind, hw, new InspectionSettings());
            if (selectMask != 0)
            {
                hw.Faults.SelectStuckMask = selectMask;
                hw.Faults.SelectStuckValue = selectValue;
            }

            hw.Sim.SetAllDark();
            ChainCheck check = new ChainCheck(hw.FrontEnd, hw.CheckInputs, FrontEndDesign.DefaultSettleMicroseconds);
            FaultLatch faults = new FaultLatch();
            bool ok = check.Run(faults);
            Check.True(ok == (faults.Kind == FaultKind.None), "the result agrees with the latch");
            return faults.Kind;
        }

        private static ProbeCore Booted(SimulatedHardware hw)
        {
            ProbeCore core;
            WorkflowFixture.Boot(hw, out core);
            return core;
        }
    }
}
