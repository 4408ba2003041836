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
    /// Issue 24's checks, each with a fault that must trip it and the healthy case that must not:
    /// the ladder's steps and bits, the gain signature stored with the reference (ladder codes,
    /// test currents, head serial, calibration checksum) and its comparison at an inspection.
    /// </summary>
    [TestClass]
    public class GainCheckTests
    {
        [TestMethod]
        public void LadderStepTooLargeAtTheTopIsCaughtAndAHealthyLadderIsNot()
        {
            Check.True(Ladder(0) == FaultKind.None, "a nominal ladder with noise passes");
            Check.True(Ladder(0.3) == FaultKind.None, "a top step 1.3 × nominal is inside ±40 %");
            Check.True(Ladder(0.6) == FaultKind.MuxSelect, "a top step 1.6 × nominal (only that step wrong, too large) is a select fault");
        }

        [TestMethod]
        public void StuckAdcBitsAreNamedAsBitsNotMultiplexerFaults()
        {
            Check.True(Bits(1, 0) == FaultKind.AdcBitStuck, "bit 0 stuck low (steps look right)");
            Check.True(Bits(16, 16) == FaultKind.AdcBitStuck, "bit 4 stuck high");
            FaultKind low11 = Bits(2048, 0);
            Check.True(low11 == FaultKind.AdcBitStuck, "bit 11 stuck low (top taps fold down): " + FaultCatalogue.Code(low11) + _means);
            Check.True(Bits(2048, 2048) == FaultKind.AdcBitStuck, "bit 11 stuck high (low taps fold up)");
            Check.True(Bits(0, 0) == FaultKind.None, "no bit stuck");
            bool one;
            double[] mean = new double[ChainCheck.Taps];
            double[] scratch = new double[ChainCheck.Taps];
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                mean[t] = ChainCheck.NominalCode(t & 7);
            }

            // Bit 11 stuck low with tap 10 straddling code 2048: its mean mixes both sides, so the fall is split over two steps.
            double[] straddle = { 240, 422, 605, 792, 974, 1142, 1323, 1522, 1689, 1872, 1152, 177, 367, 549, 731, 902 };
            Check.Equal(11, BitCheck.StuckBit(0x7FF, 0xFFF, straddle, scratch, out one), "bit 11 stuck low, the fall split by a straddling tap");
            Check.False(one, "stuck at 0");

            // Select line S3 stuck low: taps 8-15 repeat 0-7 below 2048, so bit 11 never toggles, but restoring it does not make the ladder right.
            Check.Equal(-1, BitCheck.StuckBit(0x7FF, 0xFFF, mean, scratch, out one), "S3 stuck low is not a stuck bit");
        }

        [TestMethod]
        public void SignatureIsStoredWithTheReferenceAndSurvivesStorage()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 2401);
            probe.TakeReference(-20);
            Check.True(probe.SignReference(), "a healthy probe signs its reference");
            GainSignature sig = probe.Reference.Signature;
            Check.True(sig.HasLadder, "ladder codes held");
            Check.Equal(0xFFFu, sig.TestMask, "every used position's test step held");
            Check.Equal(probe.Hardware.HeadSerial, sig.HeadSerial, "head serial held");
            Check.Equal(CalibrationChecksum.Of(probe.Gain, probe.Core.Calibration), sig.CalibrationCrc, "calibration checksum held");
            Check.Near(TestCurrent.StepCodes(sig.TestRange(0)), sig.TestCodes(0), 0.3 * TestCurrent.StepCodes(sig.TestRange(0)), "step near nominal");

            MemoryStorage files = new MemoryStorage();
            ReferenceStore store = new ReferenceStore(files);
            store.Save(probe.Reference);
            Reference loaded = new Reference();
            Check.True(store.Load(loaded) == LoadStatus.Ok, "loads: " + store.Problem);
            Check.Equal(probe.Reference.Checksum, loaded.Checksum, "same checksum");
            Check.Near(sig.Ladder(15), loaded.Signature.Ladder(15), 0, "ladder tap 15 exact");
            Check.Near(sig.TestCodes(5), loaded.Signature.TestCodes(5), 0, "test step exact");
            Check.Equal(sig.HeadSerial, loaded.Signature.HeadSerial, "serial");

            // nanoFramework's string has no Replace: cut the serial's line out and put another in.
            string text = files.Read(ReferenceStore.FileName);
            string key = "sig_head_serial=" + sig.HeadSerial;
            int at = text.IndexOf(key);
            Check.True(at >= 0 && sig.HeadSerial != "0004A3000000", "the serial is in the file");
            files.Poke(ReferenceStore.FileName, text.Substring(0, at) + "sig_head_serial=0004A3000000" + text.Substring(at + key.Length));
            Check.True(store.Load(loaded) != LoadStatus.Ok, "an edited serial fails the checksum");
        }

        [TestMethod]
        public void GainMovedAfterTheReferenceIsRefusedAndAHealthyInspectionIsNot()
        {
            Check.True(Inspected(0) == FaultKind.None, "healthy");
            Check.True(Inspected(1) == FaultKind.ChannelGainChanged, "one channel +12 %");
            Check.True(Inspected(2) == FaultKind.AdcGainChanged, "ADC reference sagging 5 %");
            Check.True(Inspected(3) == FaultKind.HeadChanged, "same-size head with another serial");
            Check.True(Inspected(4) == FaultKind.ChannelGainChanged, "position multiplexer stuck inside");
            Check.True(Inspected(5) == FaultKind.ChannelNoisy, "intermittent channel");
            Check.True(Inspected(6) == FaultKind.AmbientLight, "ambient light after the dark capture");
        }

        [TestMethod]
        public void ReferenceIsDroppedWhenTheCalibrationIsLostOrCorrupted()
        {
            for (int kind = 44; kind <= 45; kind++)
            {
                FaultRunOutcome o = FaultMatrix.Run(kind, MpoLayout.Mpo12, false, 2405, 1);
                Check.Equal("reference_calibration_changed", o.FaultCode, FaultCases.Name(kind) + ": the log says the reference was dropped");
                Check.Equal(0, o.Inspections, FaultCases.Name(kind) + ": no result from the old reference");
                Check.True(o.FaultOnScreen, FaultCases.Name(kind) + ": the screen said so");
            }

            FaultRunOutcome healthy = FaultMatrix.Run(0, MpoLayout.Mpo12, false, 2405, 1);
            Check.True(healthy.FaultCode == null && healthy.Inspections == 1, "healthy: one inspection, no fault");
            Check.Equal(0, healthy.BadFiberPasses + healthy.BadFiberMarginals, "the 1.0 dB fiber does not pass");
            Check.Equal(0, healthy.GoodFiberFails, "the 0.1 dB fibers pass");
        }

        /// <summary>A fake ladder: nominal taps with σ 16 noise, the top tap raised by <paramref name="topExtraSteps"/> nominal steps; the kind the chain check finds.</summary>
        private static FaultKind Ladder(double topExtraSteps)
        {
            FakeLadder fake = new FakeLadder(topExtraSteps);
            ChainCheck check = new ChainCheck(fake, fake, 100);
            FaultLatch faults = new FaultLatch();
            bool ok = check.Run(faults);
            Check.True(ok == (faults.Kind == FaultKind.None), "result agrees with the latch");
            return faults.Kind;
        }

        private static FaultKind Bits(int mask, int value)
        {
            SimulatedHardware hw = new SimulatedHardware(1301);
            hw.Faults.StuckBitMask = mask;
            hw.Faults.StuckBitValue = value;
            hw.Sim.SetAllDark();
            ChainCheck check = new ChainCheck(hw.FrontEnd, hw.CheckInputs, FrontEndDesign.DefaultSettleMicroseconds);
            FaultLatch faults = new FaultLatch();
            check.Run(faults);
            _means = string.Empty;
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                _means += " " + check.TapMean(t).ToString("F0");
            }

            return faults.Kind;
        }

        private static string _means = string.Empty;

        /// <summary>Reference at −20 dBm on MPO-8 (leaves dark witnesses), fault <paramref name="which"/> injected, inspection: the kind the checks after the scan find.</summary>
        private static FaultKind Inspected(int which)
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo8, 2402);
            probe.Core.SelfTest.AcceptHead(MpoLayout.Mpo8);
            probe.TakeReference(-20);
            Check.True(probe.SignReference(), "reference signed");
            FaultInjectingFrontEnd f = probe.Hardware.Faults;
            switch (which)
            {
                case 1: f.GainChannel = 1; f.ChannelGainFactor = 1.12; break;
                case 2: f.AdcScale = 1 / 0.95; break;
                case 3: probe.Hardware.HeadSerial = "0004A3ABCDEF"; break;
                case 4: f.MuxStuckChannel = 0; break;
                case 5: f.IntermittentChannel = 2; break;
                case 6: probe.Sim.AmbientWatts = 2e-6; break;
            }

            SelfTest test = probe.Core.SelfTest;
            bool ok = test.BeforeMeasuring(MpoLayout.Mpo8);
            InspectionResult result = probe.Inspect();
            ok = ok && test.AfterScan(probe.Inspector.Scan, MpoLayout.Mpo8) && test.MatchesReference(probe.Reference, MpoLayout.Mpo8, null);
            Check.True(ok == (test.Faults.Kind == FaultKind.None), "result agrees with the latch");
            Check.True(result != null, "an inspection ran");
            return test.Faults.Kind;
        }

        /// <summary>Ladder taps and the pedestal as an ADC with σ = 16 LSB reads them.</summary>
        private sealed class FakeLadder : IPhotodiodeFrontEnd, ICheckInputs
        {
            private readonly SimRandom _random = new SimRandom(77);
            private readonly double _topExtraSteps;
            private int _tap = -2;

            public FakeLadder(double topExtraSteps)
            {
                _topExtraSteps = topExtraSteps;
            }

            public int ChannelCount => 32;

            public void Select(int channel, int range)
            {
                _tap = -2;
            }

            public void SelectCheck(int tap)
            {
                _tap = tap;
            }

            public void InjectTestCurrent(bool on)
            {
            }

            public void SelectWithTestCurrent(int channel, int range)
            {
                _tap = -2;
            }

            public void Settle(int microseconds)
            {
            }

            public int Read()
            {
                double nominal = ChainCheck.TapStepVolts / FrontEndDesign.AdcVoltsPerCode;
                double code = _tap == -1 ? 0 : (_tap < 0 ? ChainCheck.PedestalCode : ChainCheck.NominalCode(_tap) + (_tap == ChainCheck.Taps - 1 ? _topExtraSteps * nominal : 0));
                code += _tap == -1 ? 0 : FrontEndDesign.AdcNoiseSigmaCodes * _random.NextGaussian();
                return code <= 0 ? 0 : (int)(code + 0.5);
            }
        }
    }
}
