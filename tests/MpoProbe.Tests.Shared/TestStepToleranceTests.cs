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
    /// The test step's tolerance (docs/faults.md, "The test step's noise model"): each term of the
    /// stated model, and the comparison at an inspection against the ladder-scaled reference step.
    /// </summary>
    [TestClass]
    public class TestStepToleranceTests
    {
        private const double AdcNoise = 1.0;

        /// <summary>Results per half of a reference's step (4 pairs of 16).</summary>
        private const int Reference = GainCheck.ResultsPerHalf;

        /// <summary>Results per half of an inspection's folded pair (one transfer).</summary>
        private const int Folded = GainCheck.FoldedResults;

        [TestMethod]
        public void ToleranceFollowsTheStatedTermsAtTheAdcsNoise()
        {
            // 5 × √(noise 2·n²/64 + 2·n²/4 + DNL 4·DNL²/3 + light 2 × 2·(σ·span)²) + bow + tempco, by hand for
            // the 100 kΩ ×1 step: a reference of 4 pairs of 16 against an inspection's folded pair of one transfer.
            double step = TestCurrent.StepCodes(6);
            double dnl = FrontEndDesign.AdcDnlCodes;
            double span = FrontEndDesign.CompressionCode - step - ChainCheck.PedestalCode;
            double light = 0.003 * Math.Log(10) / 10 * span;
            double random = (2.0 * AdcNoise * AdcNoise / 64) + (2.0 * AdcNoise * AdcNoise / 4) + (4.0 * dnl * dnl / 3) + (4 * light * light);
            double bow = span > 0 ? 2 * FrontEndDesign.AdcInlCodes * (Math.PI / 4095) * (Math.PI / 4095) * step * span : 0;
            double tempco = (25e-6 + 30e-6 + 50e-6) * 10 * step;
            Check.Near((5 * Math.Sqrt(random)) + bow + tempco, TestStepTolerance.Codes(step, AdcNoise, Reference, AdcNoise, Folded, 0), 1e-9, "model by hand");
            Check.Near(2.0 * AdcNoise * AdcNoise / 4, TestStepTolerance.StepVariance(AdcNoise, Folded), 1e-12, "a folded pair's noise: two means of 4");
            Check.Near(2.0 * AdcNoise * AdcNoise / 64, TestStepTolerance.StepVariance(AdcNoise, Reference), 1e-12, "a reference's: two means of 64");
            Check.Near(2 * light * light, TestStepTolerance.LightVariance(step), 1e-9, "the light between the halves");
            Check.Near(0.0, TestStepTolerance.LightVariance(FrontEndDesign.CompressionCode), 0, "no light beside a step that fills the window");
            Check.Near(0.00105, TestStepTolerance.TempcoShare, 1e-12, "tempcos over 10 °C");
            Check.Near(bow, TestStepTolerance.BowCodes(step), 1e-9, "bow");
            Check.Near(0.0, TestStepTolerance.BowCodes(FrontEndDesign.CompressionCode), 0, "no span left: no bow");
        }

        [TestMethod]
        public void ToleranceGrowsWithNoiseFewerResultsScaleVarianceAndStepButNotBelowTheFloor()
        {
            double quiet = TestStepTolerance.Codes(990, AdcNoise, Reference, AdcNoise, Folded, 0);
            Check.True(TestStepTolerance.Codes(990, 2 * AdcNoise, Reference, AdcNoise, Folded, 0) > quiet, "noisier reference reading");
            Check.True(TestStepTolerance.Codes(990, AdcNoise, Reference, 2 * AdcNoise, Folded, 0) > quiet, "noisier reading now");
            Check.True(TestStepTolerance.Codes(990, AdcNoise, Reference, AdcNoise, 1, 0) > quiet, "one result per half instead of one transfer");
            Check.True(TestStepTolerance.Codes(990, AdcNoise, Reference, AdcNoise, Reference, 0) < quiet, "a folded pair is looser than the reference's four");
            Check.True(TestStepTolerance.Codes(990, AdcNoise, Reference, AdcNoise, Folded, 1e-4) > quiet, "the ladder scale's variance");
            Check.Near(TestStepTolerance.Codes(-990, AdcNoise, Reference, AdcNoise, Folded, 1e-4), TestStepTolerance.Codes(990, AdcNoise, Reference, AdcNoise, Folded, 1e-4), 1e-9, "a negative step's size");
            Check.Near(TestStepTolerance.StepVariance(GainCheck.NoiseFloorCodes, Folded), TestStepTolerance.StepVariance(0, Folded), 1e-12, "noise floored at half a code");
            Check.True(TestStepTolerance.StepVariance(1.0, Folded) > TestStepTolerance.StepVariance(GainCheck.NoiseFloorCodes, Folded), "above the floor the noise counts");
            Check.Near(TestStepTolerance.StepVariance(1.0, 1), TestStepTolerance.StepVariance(1.0, 0), 1e-12, "no results counts as one, never a division by zero");
        }

        [TestMethod]
        public void OneDbAndTwelvePercentAreCaughtByAFoldedPairInTheTestRanges()
        {
            // Steps of the four test ranges: 100 kΩ ×1, 2.2 kΩ ×32, ×16, ×8.
            int[] ranges = { 6, 5, 4, 3 };
            for (int i = 0; i < ranges.Length; i++)
            {
                double step = TestCurrent.StepCodes(ranges[i]);
                double noise = TestCurrent.DesignNoiseCodes(ranges[i]);
                double share = TestStepTolerance.Codes(step, noise, Reference, noise, Folded, 3.5e-6) / step;
                Check.True(share < 0.12, "range " + ranges[i].ToString() + ": a gain 12 % up (the catalogue's smallest) caught, tolerance " + (100 * share).ToString("F2") + " %");
                Check.True(share * step > TestStepTolerance.Sigmas * Math.Sqrt(TestStepTolerance.LinearityVariance + (2 * TestStepTolerance.LightVariance(step))), "range " + ranges[i].ToString() + ": never tighter than linearity and light allow");
            }
        }

        [TestMethod]
        public void LadderScaleIsTheSlopeNowAgainstThenAndOneWithoutALadder()
        {
            GainSignature then = Signature(1.0, 0, 0, 5);
            GainSignature now = Signature(1.02, 0, 0, 5);
            double variance;
            Check.Near(1.02, LadderMatch.Scale(then, now, out variance), 1e-9, "slope of the ladder");
            double tapSigma = Math.Sqrt(2.0 * AdcNoise * AdcNoise / ChainCheck.SamplesPerTap);
            Check.True(variance > 0 && Math.Sqrt(variance) < 3 * tapSigma / 2000, "its variance from the ladder noise");
            GainSignature none = new GainSignature();
            Check.Near(1.0, LadderMatch.Scale(none, now, out variance), 0, "no ladder then: 1");
            Check.Near(0.0, variance, 0, "and no variance");
            Check.Near(1.0, LadderMatch.Scale(then, none, out variance), 0, "no ladder now: 1");
        }

        [TestMethod]
        public void StepIsComparedAgainstTheLadderScaledReference()
        {
            double step = TestCurrent.StepCodes(5);
            double tolerance = TestStepTolerance.Codes(step, AdcNoise, Reference, AdcNoise, Folded, 0);
            Check.True(Compare(1.0, step, 1.0, step + (0.9 * tolerance)) == FaultKind.None, "inside the tolerance");
            Check.True(Compare(1.0, step, 1.0, step + (1.1 * tolerance)) == FaultKind.ChannelGainChanged, "just outside it, up");
            Check.True(Compare(1.0, step, 1.0, step - (1.1 * tolerance)) == FaultKind.ChannelGainChanged, "just outside it, down");
            Check.True(Compare(1.0, step, 1.0, 1.12 * step) == FaultKind.ChannelGainChanged, "+12 %");
            Check.True(Compare(1.0, step, 0.96, step) == FaultKind.AdcGainChanged, "a ladder 4 % down is the ADC's gain, judged first");

            // The ladder 0.8 % up, inside its own check for a ladder read with 16 codes of noise: the reference step is scaled by it.
            double variance;
            LadderMatch.Scale(Signature(1.0, step, AdcNoise, 5, 16.0), Signature(1.008, step, AdcNoise, 5, 16.0), out variance);
            double scaled = TestStepTolerance.Codes(step, AdcNoise, Reference, AdcNoise, Folded, variance);
            FaultKind inside = Compare(1.0, step, 1.008, (1.008 * step) + (0.97 * scaled), 16.0);
            Check.True(inside == FaultKind.None, "inside, against the scaled step: " + FaultCatalogue.Code(inside));
            Check.True(Compare(1.0, step, 1.008, (1.008 * step) + (1.03 * scaled), 16.0) == FaultKind.ChannelGainChanged, "outside, against the scaled step");
            Check.True(Compare(1.0, step, 1.008, (1.008 * step) - (1.03 * scaled), 16.0) == FaultKind.ChannelGainChanged, "outside below the scaled step (inside the unscaled one)");
        }

        /// <summary>The fault the comparison of a channel-3 step <paramref name="before"/> (ladder ×<paramref name="ladderThen"/>) with <paramref name="after"/> (ladder ×<paramref name="ladderNow"/>) raises.</summary>
        private static FaultKind Compare(double ladderThen, double before, double ladderNow, double after, double ladderNoise = AdcNoise)
        {
            GainCheck check = new GainCheck(new MpoProbe.Simulation.SimulatedFrontEnd(12, 7), null, 0);
            FaultLatch faults = new FaultLatch();
            GainSignature now = Signature(ladderNow, after, AdcNoise, 5, ladderNoise);
            now.TestResultsPerHalf = Folded;
            bool ok = check.Compare(Signature(ladderThen, before, AdcNoise, 5, ladderNoise), now, faults);
            Check.True(ok == (faults.Kind == FaultKind.None), "result agrees with the latch");
            Check.True(faults.Kind != FaultKind.ChannelGainChanged || faults.Position == 3, "the channel is named");
            return faults.Kind;
        }

        /// <summary>A signature whose ladder is the nominal one ×<paramref name="scale"/> and whose channel 2 (position 3) holds a step (none when 0).</summary>
        private static GainSignature Signature(double scale, double step, double noise, int range, double ladderNoise = AdcNoise)
        {
            double[] ladder = new double[ChainCheck.Taps];
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                ladder[t] = scale * ChainCheck.NominalCode(t);
            }

            double[] test = new double[MpoLayout.MaxPositions];
            double[] testNoise = new double[MpoLayout.MaxPositions];
            double[] ranges = new double[MpoLayout.MaxPositions];
            test[2] = step;
            testNoise[2] = noise;
            ranges[2] = range;
            GainSignature s = new GainSignature();
            s.Restore(true, ladderNoise, ladder, step > 0 ? 4u : 0u, test, testNoise, ranges);
            return s;
        }
    }
}
