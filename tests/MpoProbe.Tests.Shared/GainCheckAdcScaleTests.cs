using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// A reference's test steps judged against nominal on the ADC's own scale, as the ladder held with
    /// them measures it (the ladder and the test current hang on the same 2.5 V reference). Found while
    /// triaging the session fuzz's seed 40125 (docs/faults.md, "Whole sessions"): with the ADC 20 % low,
    /// a channel ×1.4 or ×1.6 passed the ±30 % check (its step read 1.12 or 1.28 × nominal) that a
    /// healthy ADC refuses, and a channel ×0.75 (its step 0.6 × nominal) was refused.
    /// </summary>
    [TestClass]
    public class GainCheckAdcScaleTests
    {
        /// <summary>The fault a reference's capture raises: a ladder at <paramref name="adcScale"/> × nominal (none when 0), channel 1 healthy, channel 2 at <paramref name="channelGain"/>, both read through that ADC in 2.2 kΩ ×32.</summary>
        private static FaultLatch Capture(double adcScale, double channelGain)
        {
            double[] ladder = new double[ChainCheck.Taps];
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                ladder[t] = (adcScale > 0 ? adcScale : 1.0) * ChainCheck.NominalCode(t);
            }

            double[] test = new double[MpoLayout.MaxPositions];
            double[] noise = new double[MpoLayout.MaxPositions];
            double[] ranges = new double[MpoLayout.MaxPositions];
            double step = TestCurrent.StepCodes(5) * (adcScale > 0 ? adcScale : 1.0);
            test[1] = step;
            test[2] = step * channelGain;
            noise[1] = 1;
            noise[2] = 1;
            ranges[1] = 5;
            ranges[2] = 5;
            GainSignature now = new GainSignature();
            now.Restore(adcScale > 0, 1.0, ladder, 0x6u, test, noise, ranges);
            FaultLatch faults = new FaultLatch();
            bool ok = new GainCheck(new GainCheckFake(32), null, 0).CheckCapture(now, faults);
            Check.True(ok == (faults.Kind == FaultKind.None), "result agrees with the latch");
            return faults;
        }

        [TestMethod]
        public void AChannelFarFromNominalIsRefusedThoughTheAdcReadsLow()
        {
            FaultLatch faults = Capture(0.8, 1.4);
            Check.True(faults.Kind == FaultKind.ChannelGainChanged, "x1.4 through an ADC 20 % low: " + FaultCatalogue.Code(faults.Kind));
            Check.Equal(3, faults.Position, "the channel named");
            Check.Near(1.4, faults.Value, 0.01, "its gain on the ladder's scale");
            Check.True(Capture(0.8, 1.6).Kind == FaultKind.ChannelGainChanged, "x1.6 too");
            Check.True(Capture(1.0, 1.4).Kind == FaultKind.ChannelGainChanged, "as through a healthy ADC");
        }

        [TestMethod]
        public void AChannelWithinItsToleranceIsKeptThoughTheAdcReadsLowOrHigh()
        {
            Check.True(Capture(0.8, 1.0).Kind == FaultKind.None, "a healthy channel through an ADC 20 % low");
            Check.True(Capture(0.8, 0.75).Kind == FaultKind.None, "x0.75 through an ADC 20 % low");
            Check.True(Capture(0.8, 1.25).Kind == FaultKind.None, "x1.25 through an ADC 20 % low (the seed's ×1.305 read 1.297 on this scale)");
            Check.True(Capture(1.25, 1.0).Kind == FaultKind.None, "a healthy channel through an ADC 25 % high");
        }

        [TestMethod]
        public void WithoutALadderTheStepIsJudgedOnTheNominalScale()
        {
            Check.True(Capture(0, 1.25).Kind == FaultKind.None, "x1.25 without a ladder");
            Check.True(Capture(0, 1.4).Kind == FaultKind.ChannelGainChanged, "x1.4 without a ladder");
        }
    }
}
