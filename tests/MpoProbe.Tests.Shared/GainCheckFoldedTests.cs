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
    /// <summary>
    /// The test-current check folded into an inspection's scan (issue 24 with issue 28 part 3):
    /// one pair of one transfer per used channel, the scan's own burst as the "off" half where it
    /// was read in the test range, the switch written with the select lines (GPB5). Each check has
    /// a fault that must trip it and the healthy case that must not.
    /// </summary>
    [TestClass]
    public class GainCheckFoldedTests
    {
        [TestMethod]
        public void HealthyInspectionHoldsOneFoldedPairPerUsedChannelAndPasses()
        {
            SimulatedProbe probe = Signed(MpoLayout.Mpo12, 2411, -20);
            bool ok = Inspect(probe, MpoLayout.Mpo12);
            GainSignature then = probe.Reference.Signature;
            GainSignature now = probe.Core.SelfTest.Current;
            Check.True(ok, "healthy: no fault, got " + FaultCatalogue.Code(probe.Core.SelfTest.Faults.Kind));
            Check.Equal(0xFFFu, now.TestMask, "a step held on every used channel");
            Check.Equal(GainCheck.FoldedResults, now.TestResultsPerHalf, "one transfer per half");
            Check.Equal(GainCheck.ResultsPerHalf, then.TestResultsPerHalf, "the reference: 4 pairs of 16");
            for (int c = 0; c < 12; c++)
            {
                Check.Equal(then.TestRange(c), now.TestRange(c), "read in the reference's test range");
                double tolerance = TestStepTolerance.Codes(then.TestCodes(c), then.TestNoiseCodes(c), then.TestResultsPerHalf, now.TestNoiseCodes(c), now.TestResultsPerHalf, 0);
                Check.True(Math.Abs(now.TestCodes(c) - then.TestCodes(c)) < tolerance, "channel " + c.ToString() + " step within its tolerance");
                Check.True(now.TestNoiseCodes(c) >= TestCurrent.DesignNoiseCodes(now.TestRange(c)), "six degrees of freedom never read below the design noise");
            }
        }

        [TestMethod]
        public void GrownOrVanishedStepOnOneChannelIsRefusedAndNamed()
        {
            SimulatedProbe grown = Signed(MpoLayout.Mpo12, 2412, -20);
            grown.Hardware.Faults.GainChannel = 4;
            grown.Hardware.Faults.ChannelGainFactor = 1.05;
            Check.False(Inspect(grown, MpoLayout.Mpo12), "a gain 5 % up on one channel is refused");
            Check.True(grown.Core.SelfTest.Faults.Kind == FaultKind.ChannelGainChanged, "as a changed gain: " + FaultCatalogue.Code(grown.Core.SelfTest.Faults.Kind));
            Check.Equal(5, grown.Core.SelfTest.Faults.Position, "on position 5");

            SimulatedProbe shrunk = Signed(MpoLayout.Mpo12, 2413, -20);
            shrunk.Hardware.Faults.GainChannel = 7;
            shrunk.Hardware.Faults.ChannelGainFactor = 0.95;
            Check.False(Inspect(shrunk, MpoLayout.Mpo12), "a gain 5 % down on one channel is refused");
            Check.Equal(8, shrunk.Core.SelfTest.Faults.Position, "on position 8");

            SimulatedProbe vanished = Signed(MpoLayout.Mpo12, 2414, -20);
            vanished.Hardware.Faults.StuckChannel = 2;
            vanished.Hardware.Faults.StuckCode = 1500;
            Check.False(Inspect(vanished, MpoLayout.Mpo12), "a path stuck on one code (its step vanished) is refused");
            Check.Equal(3, vanished.Core.SelfTest.Faults.Position, "on position 3: " + FaultCatalogue.Code(vanished.Core.SelfTest.Faults.Kind));
        }

        [TestMethod]
        public void ScanBurstIsTheOffHalfWhereTheScanReadTheTestRange()
        {
            // −12 dBm: the scan reads 2.2 kΩ ×16 (1.2 V), the range the step was read in at the reference.
            SimulatedProbe same = Signed(MpoLayout.Mpo12, 2415, -12);
            Check.True(Inspect(same, MpoLayout.Mpo12), "healthy at −12 dBm: " + FaultCatalogue.Code(same.Core.SelfTest.Faults.Kind));
            Check.Equal(same.Reference.Signature.TestRange(0), same.Inspector.Scan.At(1).Range, "scan and test range agree");
            Check.Equal(12, same.Core.SelfTest.PairsReusingScan, "every pair reuses the scan's burst");
            Check.True(_pairSelects == 12, "one select (with GPB5 set) per channel, got " + _pairSelects.ToString());

            // A scan of 16 results (a reference's averaging) is not the pair's one transfer: its bursts are not reused.
            SimulatedProbe longer = Signed(MpoLayout.Mpo12, 2418, -12);
            longer.Acquirer.AcquireReference(12, longer.Settings.Wavelength, longer.Inspector.Scan);
            SelfTest test = longer.Core.SelfTest;
            Check.True(test.AfterScan(longer.Inspector.Scan, MpoLayout.Mpo12) && test.MatchesReference(longer.Reference, MpoLayout.Mpo12, null), "healthy after a 16-result scan");
            Check.Equal(0, test.PairsReusingScan, "no 16-result burst taken for a 4-result half");
            Check.Equal(0xFFFu, test.Current.TestMask, "every step still held");

            // −20 dBm: the scan reads 100 kΩ ×2, where the step would clip: an "off" burst of its own in the test range.
            SimulatedProbe other = Signed(MpoLayout.Mpo12, 2416, -20);
            Check.True(Inspect(other, MpoLayout.Mpo12), "healthy at −20 dBm");
            Check.Equal(0, other.Core.SelfTest.PairsReusingScan, "no pair reuses a burst of another range");
            Check.True(_pairSelects == 24, "two selects per channel, got " + _pairSelects.ToString());
            Check.True(_pairInjections == 1, "and one write that switches the current off at the end, got " + _pairInjections.ToString());
        }

        [TestMethod]
        public void SelectWritesTheTestCurrentSwitchInTheSameWrite()
        {
            SimulatedHardware hw = new SimulatedHardware(2417);
            FaultInjectingFrontEnd f = hw.Faults;
            f.Counts.Reset();
            f.SelectWithTestCurrent(3, 5);
            Check.Equal(3, hw.Sim.InjectedChannel, "on, into the channel selected");
            Check.True(f.Counts.Selects == 1, "one select, got " + f.Counts.Selects.ToString());
            Check.True(f.Counts.Injections == 0, "no separate switch write, got " + f.Counts.Injections.ToString());
            f.Select(4, 5);
            Check.Equal(-1, hw.Sim.InjectedChannel, "a plain select turns it off");
            f.InjectTestCurrent(true);
            Check.Equal(4, hw.Sim.InjectedChannel, "switched on the selected channel");
            f.InjectTestCurrent(true);
            Check.True(f.Counts.Injections == 1, "one write; none when already on, got " + f.Counts.Injections.ToString());
            f.SelectCheck(2);
            Check.Equal(-1, hw.Sim.InjectedChannel, "a ladder tap turns it off in its own write");
            f.TestCurrentDead = true;
            f.SelectWithTestCurrent(1, 5);
            Check.Equal(-1, hw.Sim.InjectedChannel, "a dead source injects nothing");
        }

        private static long _pairSelects;
        private static long _pairInjections;

        /// <summary>A probe with a signed reference at <paramref name="dbm"/> on every used position.</summary>
        private static SimulatedProbe Signed(MpoLayout layout, uint seed, double dbm)
        {
            SimulatedProbe probe = new SimulatedProbe(layout, seed);
            probe.Core.SelfTest.AcceptHead(layout);
            probe.TakeReference(dbm);
            Check.True(probe.SignReference(), "reference signed");
            return probe;
        }

        /// <summary>One inspection as the workflow runs it; the pairs' selects and switch writes counted.</summary>
        private static bool Inspect(SimulatedProbe probe, MpoLayout layout)
        {
            SelfTest test = probe.Core.SelfTest;
            bool ok = test.BeforeMeasuring(layout);
            probe.Inspect();
            ok = ok && test.AfterScan(probe.Inspector.Scan, layout);
            FrontEndCounts counts = probe.Hardware.Faults.Counts;
            counts.Reset();
            ok = ok && test.MatchesReference(probe.Reference, layout, null);
            _pairSelects = counts.Selects;
            _pairInjections = counts.Injections;
            Check.True(ok == (test.Faults.Kind == FaultKind.None), "result agrees with the latch");
            return ok;
        }

        /// <summary>
        /// A path stuck high before the reference (found by the session fuzz, 2026-12-04): no range left
        /// room for the test step, so the channel was only "compressed", never judged, and read a bare
        /// PASS at 0 dB. The same code in the most and the least sensitive candidate range is a stuck path.
        /// </summary>
        [TestMethod]
        public void APathStuckHighBeforeTheReferenceIsRefusedAndNamed()
        {
            SimulatedHardware hw = new SimulatedHardware(1326);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            hw.Faults.StuckChannel = 4;
            hw.Faults.StuckCode = 3500;
            WorkflowFixture.Run(hw, flow, -20, 0, CommandAction.Reference);
            Check.True(WorkflowFixture.Logged(hw, "channel_stuck"), "the reference is refused as a stuck channel");
            WorkflowFixture.Run(hw, flow, -20, 0.3, CommandAction.Inspect);
            Check.False(WorkflowFixture.Logged(hw, "\"verdict\":\"PASS\""), "and nothing passes");
        }

        /// <summary>
        /// A reference brighter than the test step's room (about −7 dBm at 850 nm) holds no step, so
        /// nothing proves the gain unmoved: no bare verdict, <c>gain_unproven</c> names the positions and
        /// the prompt is to attenuate and set a new reference (the session fuzz, 2026-12-04). 2 dB dimmer, the step is held and
        /// the same link passes bare.
        /// </summary>
        [TestMethod]
        public void AReferenceTooBrightForTheTestStepGivesNoBareVerdict()
        {
            Check.True(TestCurrent.RoomDbm(Wavelength.Nm850) < -6 && TestCurrent.RoomDbm(Wavelength.Nm850) > -9, "premise: the room near −7 dBm at 850 nm");
            SimulatedHardware bright = new SimulatedHardware(1350);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(bright, out core);
            WorkflowFixture.Run(bright, flow, -5, 0, CommandAction.Reference);
            WorkflowFixture.Run(bright, flow, -5, 0.1, CommandAction.Inspect);
            Check.True(WorkflowFixture.Logged(bright, "\"gain_unproven\":[1,2,3,4,5,6,7,8,9,10,11,12]"), "every position named");
            Check.False(WorkflowFixture.Logged(bright, "\"verdict\":\"PASS\""), "no bare PASS");
            Check.True(WorkflowFixture.Logged(bright, "\"prompt\":\"bright_reference\""), "asks to attenuate and set a new reference");
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.ConnectReference, "a press goes to the new reference, not to an inspection against the bright one: " + StateText.Name(flow.State));

            SimulatedHardware dimmer = new SimulatedHardware(1350);
            flow = WorkflowFixture.Boot(dimmer, out core);
            WorkflowFixture.Run(dimmer, flow, -10, 0, CommandAction.Reference);
            WorkflowFixture.Run(dimmer, flow, -10, 0.1, CommandAction.Inspect);
            Check.False(WorkflowFixture.Logged(dimmer, "gain_unproven"), "held steps prove the gain");
            Check.True(WorkflowFixture.Logged(dimmer, "\"verdict\":\"PASS\""), "and the link passes bare");
        }
    }
}
