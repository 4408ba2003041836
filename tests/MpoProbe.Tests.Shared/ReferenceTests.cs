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
    [TestClass]
    public class ReferenceTests
    {
        private static ReferenceCheck Evaluate(SimulatedProbe probe)
        {
            probe.Acquirer.Acquire(probe.Settings.Layout.PositionCount, Wavelength.Nm850, probe.Inspector.Scan);
            ReferenceCheck check = new ReferenceCheck(new ReferencePolicy());
            check.Evaluate(probe.Inspector.Scan, probe.Settings.Layout);
            return check;
        }

        [TestMethod]
        public void EvenReferenceIsAccepted()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 31);
            probe.LightUsed(-18.0);
            ReferenceCheck check = Evaluate(probe);
            Check.True(check.Decision == ReferenceDecision.Accepted, "even reference: " + check.Describe(probe.Inspector.Scan, MpoLayout.Mpo12));
            Check.True(check.SpreadDb < 0.3, "spread " + check.SpreadDb.ToString("F3") + " dB");
        }

        [TestMethod]
        public void SlightlyLowPositionNeedsConfirmationAndIsNamed()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 32);
            probe.LightUsed(-18.0);
            probe.Light(5, -18.8);
            ReferenceCheck check = Evaluate(probe);
            string text = check.Describe(probe.Inspector.Scan, MpoLayout.Mpo12);
            Check.True(check.Decision == ReferenceDecision.NeedsConfirmation, "0.8 dB low position: " + text);
            Check.Equal(PositionMask.Of(5), check.LowMask, "low positions");
            // The simulated photodiodes differ by up to ±3 % in responsivity (SimulatedFrontEnd): position 5
            // and the median's position may differ by 10·log10(1.03 / 0.97) = 0.26 dB besides the 0.8 dB.
            Check.Near(0.8, check.BelowMedianDb(5), 0.27, "deviation of position 5");
            Check.Contains("position 5 (slate)", text, "names position and colour");
            Check.Contains("clean the reference cord", text, "asks for a clean");
        }

        [TestMethod]
        public void DirtyReferenceCordIsRefused()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 33);
            probe.LightUsed(-18.0);
            probe.Light(6, -20.0);
            probe.Light(7, -20.5);
            ReferenceCheck check = Evaluate(probe);
            Check.True(check.Decision == ReferenceDecision.Refused, "2 dB low neighbours refuse the reference");
            Check.Equal(PositionMask.Of(6) | PositionMask.Of(7), check.LowMask, "both named");
        }

        [TestMethod]
        public void DarkOrOutOfWindowPositionsRefuseTheReference()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 34);
            probe.LightUsed(-18.0);
            probe.Sim.SetDark(1);
            ReferenceCheck check = Evaluate(probe);
            Check.True(check.Decision == ReferenceDecision.Refused, "dark position refuses");
            Check.Equal(PositionMask.Of(2), check.InvalidMask, "dark position named");
            Check.Contains("NO_LIGHT", check.Describe(probe.Inspector.Scan, MpoLayout.Mpo12), "says why");

            probe.LightUsed(-45.0);
            check = Evaluate(probe);
            Check.True(check.Decision == ReferenceDecision.Refused, "−45 dBm is below the window");
            Check.Equal(MpoLayout.Mpo12.UsedMask, check.OutOfWindowMask, "every position outside the window");
            Check.Contains("outside -40.00..0.00 dBm", check.Describe(probe.Inspector.Scan, MpoLayout.Mpo12), "names the window");
        }

        [TestMethod]
        public void Mpo8ReferenceIgnoresItsDarkPositions()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo8, 35);
            probe.LightUsed(-18.0);
            ReferenceCheck check = Evaluate(probe);
            Check.True(check.Decision == ReferenceDecision.Accepted, "MPO-8 with 5–8 dark is a good reference");
            probe.TakeReference(-18.0);
            Check.False(probe.Reference.HasPower(6), "no reference power for dark position 6");
            Check.True(probe.Reference.PowerDbm(6) == 0, "an absent power reads 0");
            Check.True(probe.Reference.HasPower(9), "reference power for position 9");
        }

        [TestMethod]
        public void ReferenceRecordsWhatItWasTakenWith()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo24, 36);
            probe.TakeReference(-15.0);
            Reference reference = probe.Reference;
            Check.True(reference.Layout == LayoutId.Mpo24, "layout recorded");
            Check.True(reference.Wavelength == Wavelength.Nm850, "wavelength recorded");
            Check.True(reference.CapturedUptimeMs == 1000, "time recorded");
            Check.Equal(probe.Inspector.Scan.At(20).Range, reference.Range(20), "gain range recorded");
            Check.True(reference.Matches(LayoutId.Mpo24, Wavelength.Nm850), "matches its own layout and wavelength");
            Check.False(reference.Matches(LayoutId.Mpo12, Wavelength.Nm850), "not another layout");
            Check.False(reference.Matches(LayoutId.Mpo24, Wavelength.Nm1300), "not another wavelength");
        }

        [TestMethod]
        public void ChecksumCatchesACorruptedRestore()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 37);
            probe.TakeReference(-15.0);
            Reference original = probe.Reference;
            Reference copy = new Reference();
            for (int p = 1; p <= MpoLayout.MaxPositions; p++)
            {
                copy.RestorePosition(p, original.HasPower(p), original.PowerDbm(p), original.UncertaintyDb(p), original.Range(p));
            }

            copy.Seal(original.Layout, original.Wavelength, original.CapturedUptimeMs, original.CapturedUtcTicks, original.Checksum);
            Check.True(copy.IsValid, "faithful restore is valid");

            copy.RestorePosition(4, true, original.PowerDbm(4) + 0.01, original.UncertaintyDb(4), original.Range(4));
            copy.Seal(original.Layout, original.Wavelength, original.CapturedUptimeMs, original.CapturedUtcTicks, original.Checksum);
            Check.False(copy.IsValid, "a changed power breaks the checksum");
            Check.False(copy.Matches(LayoutId.Mpo12, Wavelength.Nm850), "a corrupted reference matches nothing");
        }

        [TestMethod]
        public void WithoutAValidReferenceNothingPasses()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 38);
            probe.LightUsed(-18.0);
            InspectionResult result = probe.Inspect();
            Check.Equal(Verdict.NoReference, result.Overall, "no reference at all");
            Check.Equal(MpoLayout.Mpo12.UsedMask, result.MaskOf(Verdict.NoReference), "every used position");
            Check.True(probe.Inspector.Diagnosis.Has(FindingKind.NoReference, MpoLayout.Mpo12.UsedMask), "diagnosis asks for a reference");

            probe.TakeReference(-18.0);
            probe.Reference.Seal(LayoutId.Mpo12, Wavelength.Nm850, 1000, 0, probe.Reference.Checksum ^ 1u);
            result = probe.Inspect();
            Check.Equal(Verdict.NoReference, result.Overall, "corrupted reference");

            probe.TakeReference(-18.0);
            probe.Settings.Wavelength = Wavelength.Nm1300;
            probe.Sim.Wavelength = Wavelength.Nm1300;
            result = probe.Inspect();
            Check.Equal(Verdict.NoReference, result.Overall, "reference taken at another wavelength");
        }
    }
}
