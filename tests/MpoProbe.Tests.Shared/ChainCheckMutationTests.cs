using System;
using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// <see cref="ChainCheck"/>'s decisions on scripted ladders (issue 24 item 7, the survivors of
    /// the mutation run): which fault each wrong ladder, parking level or pedestal is named, which
    /// tap it names, where each threshold sits, and what the check measures on a healthy ladder.
    /// </summary>
    [TestClass]
    public class ChainCheckMutationTests
    {
        private const int SettleMicroseconds = 100;

        private static double Nominal => ChainCheck.TapStepVolts / FrontEndDesign.AdcVoltsPerCode;

        [TestMethod]
        public void HealthyLadderPassesAndGivesItsScaleAndNoise()
        {
            ScriptedLadder fake = new ScriptedLadder(1.0);
            ChainCheck check = new ChainCheck(fake, fake, SettleMicroseconds);
            Check.Near(1.0, check.MeasuredScale, 0, "no ladder read yet: scale 1");
            FaultLatch faults = new FaultLatch();
            Check.True(check.Run(faults), "a nominal ladder passes");
            Check.True(check.HasLadder, "and was read");
            double span = ChainCheck.NominalCode(ChainCheck.Taps - 1) - ChainCheck.NominalCode(0);
            Check.Near((fake.Tap(15) - fake.Tap(0)) / span, check.MeasuredScale, 1e-12, "scale: the taps' span over the nominal span");
            Check.Near(Math.Sqrt(4.0 / 3.0), check.NoiseCodes, 1e-9, "bursts −1 +1 −1 +1: pooled σ √(4/3)");

            ScriptedLadder high = new ScriptedLadder(1.1);
            high.Dither = 2;
            ChainCheck wide = new ChainCheck(high, high, SettleMicroseconds);
            Check.True(wide.Run(new FaultLatch()), "a converter reading 10 % high is inside the step tolerance");
            Check.Near(1.1, wide.MeasuredScale, 0.001, "scale 1.1");
            Check.Near(Math.Sqrt(16.0 / 3.0), wide.NoiseCodes, 1e-9, "bursts −2 +2 −2 +2: pooled σ √(16/3)");

            // The same check run again on a node held up: the earlier ladder no longer counts.
            fake.Parked = 600;
            fake.ParkedAfterWait = 600;
            Check.False(check.Run(new FaultLatch()), "a held parking node fails");
            Check.False(check.HasLadder, "no ladder after a failed run");
            Check.Near(1.0, check.MeasuredScale, 0, "and the scale is 1 again");

            ChainCheck pedestalOnly = new ChainCheck(fake, null, SettleMicroseconds);
            Check.True(pedestalOnly.Run(new FaultLatch()), "without check inputs only the pedestals are judged");
            Check.False(pedestalOnly.HasLadder, "and no ladder is held");
        }

        [TestMethod]
        public void ParkingLevelIsJudgedAtTheDeadZoneAndASlowNodeIsToldFromAHeldOne()
        {
            ScriptedLadder fake = new ScriptedLadder(1.0);
            fake.Parked = FrontEndDesign.DeadZoneCode;
            fake.ParkedAfterWait = FrontEndDesign.DeadZoneCode;
            Check.True(Run(fake).Kind == FaultKind.None, "parked exactly at the dead zone's top passes");

            fake.Parked = FrontEndDesign.DeadZoneCode + 1;
            fake.ParkedAfterWait = FrontEndDesign.DeadZoneCode + 1;
            FaultLatch held = Run(fake);
            Check.True(held.Kind == FaultKind.MuxEnable, "one code above it is a second output: " + FaultCatalogue.Code(held.Kind));
            Check.Near(FrontEndDesign.DeadZoneCode + 1, held.Value, 1e-9, "the parked level is reported");
            Check.Near(FrontEndDesign.DeadZoneCode, held.Limit, 1e-9, "against the dead zone");

            fake.Parked = 600;
            fake.WaitMicroseconds = ChainCheck.SlowSettleWaits * SettleMicroseconds;
            fake.ParkedAfterWait = 299;
            FaultLatch slow = Run(fake);
            Check.True(slow.Kind == FaultKind.SlowSettling, "a node below half after the long wait is slow: " + FaultCatalogue.Code(slow.Kind));
            Check.Near(600, slow.Value, 1e-9, "first reading reported");
            Check.Near(299, slow.Limit, 1e-9, "with the reading after the wait");

            fake.ParkedAfterWait = 300;
            FaultLatch half = Run(fake);
            Check.True(half.Kind == FaultKind.MuxEnable, "exactly half is not decaying: " + FaultCatalogue.Code(half.Kind));
            Check.Near(FrontEndDesign.DeadZoneCode, half.Limit, 1e-9, "a held node is reported against the dead zone");

            fake.WaitMicroseconds = (ChainCheck.SlowSettleWaits * SettleMicroseconds) + 1;
            fake.ParkedAfterWait = 0;
            Check.True(Run(fake).Kind == FaultKind.MuxEnable, "a node that would decay only after a longer wait than the check gives is held");

            ScriptedLadder atTap0 = new ScriptedLadder(1.0);
            atTap0.Parked = atTap0.Tap(0);
            atTap0.ParkedAfterWait = atTap0.Tap(0);
            FaultLatch notStuck = Run(atTap0);
            Check.True(notStuck.Kind == FaultKind.MuxEnable, "parked at tap 0's code with moving taps is not a stuck converter: " + FaultCatalogue.Code(notStuck.Kind));

            ScriptedLadder stuck = new ScriptedLadder(1.0);
            stuck.SetSteps(1000, new double[] { 0 });
            stuck.Parked = 1000;
            FaultLatch adc = Run(stuck);
            Check.True(adc.Kind == FaultKind.AdcStuck, "taps and the parked node on one code: the converter");
            Check.Near(1000, adc.Value, 1e-9, "its code");
            Check.Near(ChainCheck.NominalCode(0), adc.Limit, 1e-9, "against tap 0's nominal");
        }

        [TestMethod]
        public void StuckBitStopsTheCheckAndNamesItsValue()
        {
            ScriptedLadder high = new ScriptedLadder(1.0);
            high.StuckMask = 16;
            high.StuckValue = 16;
            FaultLatch one = Run(high);
            Check.True(one.Kind == FaultKind.AdcBitStuck, "bit 4 stuck at 1: " + FaultCatalogue.Code(one.Kind));
            Check.Near(4, one.Value, 0, "bit 4 named");
            Check.Near(1, one.Limit, 0, "stuck at 1");

            ScriptedLadder low = new ScriptedLadder(1.0);
            low.StuckMask = 1;
            FaultLatch zero = Run(low);
            Check.True(zero.Kind == FaultKind.AdcBitStuck, "bit 0 stuck at 0: " + FaultCatalogue.Code(zero.Kind));
            Check.Near(0, zero.Value, 0, "bit 0 named");
            Check.Near(0, zero.Limit, 0, "stuck at 0");
        }

        [TestMethod]
        public void WrongStepsAreNamedByTheirPatternAndTheFirstBadTap()
        {
            ScriptedLadder top = new ScriptedLadder(1.0);
            top.SetTap(15, top.Tap(14) + (int)(1.6 * Nominal));
            Expect(top, FaultKind.MuxSelect, 15, "the top step 1.6 × nominal (too large, nothing above it)");

            ScriptedLadder first = new ScriptedLadder(1.0);
            first.SetTap(0, first.Tap(1) - (int)(0.5 * Nominal));
            Expect(first, FaultKind.MuxSelect, 1, "only the first step half nominal");

            ScriptedLadder loaded = new ScriptedLadder(1.0);
            loaded.SetSteps(491, new double[] { 102 });
            Expect(loaded, FaultKind.MuxEnable, 1, "every step half nominal: a second output loading the ladder");

            ScriptedLadder flattened = new ScriptedLadder(1.0);
            flattened.SetSteps(491, new double[] { 102, 102, 102, 20, 102, 102, 102, 102, 102, 102, 102, 102, 102, 102, 102 });
            Expect(flattened, FaultKind.MuxSelect, 1, "every step small, one flattened below a quarter of nominal");

            ScriptedLadder twoBad = new ScriptedLadder(1.0);
            twoBad.SetSteps(491, new double[] { 102, 205, 205, 205, 205, 328, 205, 205, 205, 205, 205, 205, 205, 205, 205 });
            Expect(twoBad, FaultKind.MuxSelect, 1, "the first of two bad steps is named");

            ScriptedLadder compressed = new ScriptedLadder(1.0);
            compressed.SetSteps(491, new double[] { 205, 205, 205, 205, 205, 205, 205, 205, 205, 205, 205, 205, 60, 60, 60 });
            Expect(compressed, FaultKind.AdcClipped, 13, "the top steps flattened");

            ScriptedLadder pairs = new ScriptedLadder(1.0);
            pairs.SetSteps(491, new double[] { 300, 100 });
            Expect(pairs, FaultKind.MuxSelect, 1, "steps 1.5 × and 0.5 × nominal in turn, all bad: aliasing, not loading");
        }

        [TestMethod]
        public void OnlyAUniformlyLargeLadderIsTheConvertersScale()
        {
            ScriptedLadder wide = new ScriptedLadder(1.5);
            ChainCheck check;
            FaultLatch gain = Run(wide, out check);
            Check.True(gain.Kind == FaultKind.AdcGainChanged, "every unclipped step 1.5 × nominal: " + FaultCatalogue.Code(gain.Kind));
            Check.Near((check.TapMean(15) - check.TapMean(0)) / (Nominal * 15), gain.Value, 1e-9, "the ladder's span over nominal reported");
            Check.Near(1.0, gain.Limit, 0, "against 1");

            ScriptedLadder atClip = new ScriptedLadder(1.5);
            atClip.FullScale = FrontEndDesign.ClipCode;
            Check.True(Run(atClip).Kind == FaultKind.AdcGainChanged, "taps reading exactly the clip code are left out as clipped");

            ScriptedLadder firstTwo = new ScriptedLadder(1.0);
            firstTwo.SetSteps(491, new double[] { 307, 307, 205, 205, 205, 205, 205, 205, 205, 205, 205, 205, 205, 205, 205 });
            Expect(firstTwo, FaultKind.MuxSelect, 1, "only the first two steps 1.5 × nominal: the whole ladder is judged, not its start");

            ScriptedLadder early = new ScriptedLadder(1.0);
            early.SetSteps(1000, new double[] { 2000, 1095, 0 });
            Expect(early, FaultKind.MuxSelect, 1, "clipped from tap 2 on, the two steps below unlike");

            ScriptedLadder insideMean = new ScriptedLadder(1.0);
            insideMean.SetSteps(100, new double[] { 259, 259, 259, 259, 259, 259, 259, 290, 259, 259, 259, 259, 259, 259, 259 });
            Expect(insideMean, FaultKind.MuxSelect, 8, "steps alike but their mean inside the tolerance: the one large step is a select fault");

            ScriptedLadder alternating = new ScriptedLadder(1.0);
            alternating.SetSteps(10, new double[] { 360, 240 });
            Expect(alternating, FaultKind.MuxSelect, 1, "mean step 1.49 × nominal but steps 360 and 240 in turn: not one scale");
        }

        [TestMethod]
        public void PedestalsAreReadOnEveryPositionMultiplexerPresent()
        {
            ScriptedLadder sixteen = new ScriptedLadder(1.0);
            sixteen.Channels = 16;
            sixteen.PedestalHigh = 0;
            Check.True(Run(sixteen).Kind == FaultKind.None, "a 16-channel head has no second multiplexer to read");

            ScriptedLadder bothDead = new ScriptedLadder(1.0);
            bothDead.PedestalLow = 0;
            bothDead.PedestalHigh = 0;
            FaultLatch dead = Run(bothDead);
            Check.True(dead.Kind == FaultKind.ChannelDead, "no pedestal on either multiplexer: " + FaultCatalogue.Code(dead.Kind));
            Check.Equal(1, dead.Position, "position 1 named");
            Check.Near(ChainCheck.PedestalCode / 2, dead.Limit, 1e-9, "against half the pedestal");

            sixteen.PedestalLow = 0;
            FaultLatch only = Run(sixteen);
            Check.True(only.Kind == FaultKind.ChannelDead, "no pedestal on a 16-channel head's only multiplexer: " + FaultCatalogue.Code(only.Kind));

            ScriptedLadder lowDead = new ScriptedLadder(1.0);
            lowDead.PedestalLow = 0;
            FaultLatch low = Run(lowDead);
            Check.True(low.Kind == FaultKind.MuxEnable, "first multiplexer silent, second alive: its enable");
            Check.Equal(1, low.Position, "position 1");

            ScriptedLadder highDead = new ScriptedLadder(1.0);
            highDead.PedestalHigh = 0;
            FaultLatch high = Run(highDead);
            Check.True(high.Kind == FaultKind.MuxEnable, "second multiplexer silent: its enable");
            Check.Equal(17, high.Position, "position 17");
        }

        /// <summary>The check on <paramref name="fake"/> names <paramref name="kind"/> at tap <paramref name="tap"/>, with that tap's mean.</summary>
        private static void Expect(ScriptedLadder fake, FaultKind kind, int tap, string what)
        {
            ChainCheck check;
            FaultLatch faults = Run(fake, out check);
            Check.True(faults.Kind == kind, what + ": expected " + FaultCatalogue.Code(kind) + ", got " + FaultCatalogue.Code(faults.Kind));
            Check.Near(tap, faults.Value, 0, what + ": the tap above the first bad step");
            Check.Near(check.TapMean(tap), faults.Limit, 0, what + ": that tap's mean");
        }

        private static FaultLatch Run(ScriptedLadder fake)
        {
            ChainCheck check;
            return Run(fake, out check);
        }

        private static FaultLatch Run(ScriptedLadder fake, out ChainCheck check)
        {
            check = new ChainCheck(fake, fake, SettleMicroseconds);
            FaultLatch faults = new FaultLatch();
            bool ok = check.Run(faults);
            Check.True(ok == (faults.Kind == FaultKind.None), "the check's result agrees with the latch");
            return faults;
        }
    }
}
