using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// How far a healthy channel's test-current step may move between the reference and an
    /// inspection (docs/faults.md, "The test step's noise model"). Each term is a stated figure of
    /// the design, not a fit to any simulation: the conversion noise measured in both readings, the
    /// ADC's code-level linearity at the four levels (off and on, then and now), the INL bow between
    /// the operating points the light can put the step at, the ladder's measured scale, and the
    /// tempcos of the current source and the amplifier over the reference's life. Allocates nothing.
    /// </summary>
    public static class TestStepTolerance
    {
        /// <summary>
        /// Standard deviations of the random terms a healthy step may differ by: 5 σ is 5.7e-7 per
        /// comparison for Gaussian terms, ≤ 1.9e-5 per inspection of 32 channels, under the 1e-4 target
        /// with margin for the noise estimate's own scatter (120 degrees of freedom at a reference; an
        /// inspection's folded pair has 6, so its noise is never taken below the range's design noise, <see cref="GainCheck.MeasureFolded"/>).
        /// </summary>
        public const double Sigmas = 5.0;

        /// <summary>Drift of the test current's 220 kΩ thin-film resistor, per °C (hardware/self-test.md: 25 ppm/°C).</summary>
        public const double ResistorTempcoPerC = 25e-6;

        /// <summary>Drift of the REF3325 the test current hangs on, per °C (TI datasheet: ≤ 30 ppm/°C).</summary>
        public const double ReferenceTempcoPerC = 30e-6;

        /// <summary>The INL bow's curvature is taken at most this many times a half sine of the datasheet's INL over the span (design assumption, docs/faults.md).</summary>
        public const double BowCurvatureFactor = 2.0;

        /// <summary>
        /// Largest |now − then × scale| of a healthy channel's step, codes: <see cref="Sigmas"/> × the
        /// root sum of the random terms (noise of both readings over their <paramref name="resultsThen"/> /
        /// <paramref name="resultsNow"/> averaged results per half, code-level linearity, the light's
        /// own short-term change between the halves of each reading, the ladder scale's variance
        /// <paramref name="scaleVariance"/> on <paramref name="thenCodes"/>) plus the bounded terms
        /// (INL bow, tempcos over the job's temperature excursion).
        /// </summary>
        public static double Codes(double thenCodes, double noiseThen, int resultsThen, double noiseNow, int resultsNow, double scaleVariance)
        {
            double step = Math.Abs(thenCodes);
            double random = StepVariance(noiseThen, resultsThen) + StepVariance(noiseNow, resultsNow) + LinearityVariance
                + (2.0 * LightVariance(step)) + (scaleVariance * step * step);
            return (Sigmas * Math.Sqrt(random)) + BowCodes(step) + (TempcoShare * step);
        }

        /// <summary>
        /// Variance of a measured step, codes²: two means (on, off) of <paramref name="resultsPerHalf"/>
        /// averaged results each (noise floored at <see cref="GainCheck.NoiseFloorCodes"/>; fewer than one result counts as one).
        /// </summary>
        public static double StepVariance(double noiseCodes, int resultsPerHalf)
        {
            double n = noiseCodes < GainCheck.NoiseFloorCodes ? GainCheck.NoiseFloorCodes : noiseCodes;
            return 2.0 * n * n / (resultsPerHalf < 1 ? 1 : resultsPerHalf);
        }

        /// <summary>
        /// The light's own change between the off and the on half of one reading, codes²: the source's
        /// short-term stability (<see cref="FieldFigures.SourceShortTermDb"/>, standard, seconds to
        /// minutes) on the most light the test range can hold beside the step (pedestal to knee − step),
        /// the two halves taken as independent draws: 2 × (σ × light)². The halves lie 1–60 ms apart
        /// (folded pair) or interleave within ≈ 10 ms (reference): the same bound serves both.
        /// </summary>
        public static double LightVariance(double stepCodes)
        {
            double light = FrontEndDesign.CompressionCode - stepCodes - ChainCheck.PedestalCode;
            double share = ShortTermShare * (light > 0 ? light : 0);
            return 2.0 * share * share;
        }

        /// <summary>Relative power change of <see cref="FieldFigures.SourceShortTermDb"/>: 10^(dB/10) − 1 to first order (ln 10 / 10 per dB).</summary>
        public const double ShortTermShare = FieldFigures.SourceShortTermDb * 0.23025850929940458;

        /// <summary>
        /// Code-level linearity (datasheet DNL ±7 LSB), codes²: a burst mean may sit up to ±DNL off
        /// wherever the noise does not average it out; taken uniform and independent at the four
        /// levels (off and on, at the reference and now): 4 × DNL² / 3.
        /// </summary>
        public static double LinearityVariance => 4.0 * FrontEndDesign.AdcDnlCodes * FrontEndDesign.AdcDnlCodes / 3.0;

        /// <summary>
        /// Change of the INL bow across a step of <paramref name="stepCodes"/> when its off level
        /// moves over the whole span the light may put it at (pedestal to knee − step), codes: the
        /// bow's curvature bound × step × span.
        /// </summary>
        public static double BowCodes(double stepCodes)
        {
            double span = FrontEndDesign.CompressionCode - stepCodes - ChainCheck.PedestalCode;
            double k = Math.PI / FrontEndDesign.AdcMaxCode;
            return span > 0 ? BowCurvatureFactor * FrontEndDesign.AdcInlCodes * k * k * stepCodes * span : 0;
        }

        /// <summary>
        /// Share a step may drift by over the reference's life: test resistor, REF3325 and the
        /// TIA/PGA gain tempco (<see cref="FieldFigures.GainTempcoPerC"/>) over the job's temperature
        /// excursion (<see cref="FieldFigures.TemperatureExcursionC"/>), added linearly.
        /// </summary>
        public static double TempcoShare => (ResistorTempcoPerC + ReferenceTempcoPerC + FieldFigures.GainTempcoPerC) * FieldFigures.TemperatureExcursionC;
    }
}
