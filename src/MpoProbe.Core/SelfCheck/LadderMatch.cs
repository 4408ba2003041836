using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The check ladder's absolute codes at an inspection against those stored with the reference
    /// (docs/faults.md, "Gain between reference and inspection"). The ladder hangs on the 2.5 V
    /// reference (hardware/self-test.md), so a change of its codes is the ADC's gain or shape
    /// moving; the tolerance is <see cref="GainCheck.Sigmas"/> standard deviations of the noise
    /// measured in both ladders. Allocates nothing.
    /// </summary>
    public static class LadderMatch
    {
        /// <summary>Least-squares line of the ladder now against the ladder then: its slope (the ADC's gain) and every tap's residual within the noise; the first difference goes into <paramref name="faults"/>. True when none.</summary>
        public static bool Same(GainSignature reference, GainSignature now, FaultLatch faults)
        {
            if (!reference.HasLadder || !now.HasLadder)
            {
                return true;
            }

            double slope, slopeSigma, tapSigma, mx, my;
            if (!Fit(reference, now, out slope, out slopeSigma, out tapSigma, out mx, out my))
            {
                faults.Raise(FaultKind.AdcGainChanged, 0, 0, 1.0);
                return false;
            }

            if (Math.Abs(slope - 1.0) > GainCheck.Sigmas * slopeSigma)
            {
                faults.Raise(FaultKind.AdcGainChanged, 0, slope, 1.0);
                return false;
            }

            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                double residual = now.Ladder(t) - (my + (slope * (reference.Ladder(t) - mx)));
                if (Math.Abs(residual) > GainCheck.Sigmas * tapSigma)
                {
                    faults.Raise(FaultKind.AdcGainChanged, 0, slope, 1.0);
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The ADC's scale now relative to the reference as the ladder measures it (the slope; the
        /// ladder and the test current hang on the same 2.5 V reference, so a test step scales with
        /// it) and that slope's variance. 1 and 0 when either ladder is absent or flat.
        /// </summary>
        public static double Scale(GainSignature reference, GainSignature now, out double variance)
        {
            variance = 0;
            double slope, slopeSigma, tapSigma, mx, my;
            if (!reference.HasLadder || !now.HasLadder || !Fit(reference, now, out slope, out slopeSigma, out tapSigma, out mx, out my))
            {
                return 1.0;
            }

            variance = slopeSigma * slopeSigma;
            return slope;
        }

        /// <summary>The line through (then, now) tap means; false when the ladder then has no spread above its noise.</summary>
        private static bool Fit(GainSignature reference, GainSignature now, out double slope, out double slopeSigma, out double tapSigma, out double mx, out double my)
        {
            mx = 0;
            my = 0;
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                mx += reference.Ladder(t) / ChainCheck.Taps;
                my += now.Ladder(t) / ChainCheck.Taps;
            }

            double sxx = 0, sxy = 0;
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                sxx += (reference.Ladder(t) - mx) * (reference.Ladder(t) - mx);
                sxy += (reference.Ladder(t) - mx) * (now.Ladder(t) - my);
            }

            double noiseRef = reference.LadderNoiseCodes < GainCheck.NoiseFloorCodes ? GainCheck.NoiseFloorCodes : reference.LadderNoiseCodes;
            double noiseNow = now.LadderNoiseCodes < GainCheck.NoiseFloorCodes ? GainCheck.NoiseFloorCodes : now.LadderNoiseCodes;
            tapSigma = Math.Sqrt(((noiseRef * noiseRef) + (noiseNow * noiseNow)) / ChainCheck.SamplesPerTap);
            if (!(sxx > tapSigma * tapSigma))
            {
                slope = 1.0;
                slopeSigma = 0;
                return false;
            }

            slope = sxy / sxx;
            slopeSigma = tapSigma / Math.Sqrt(sxx);
            return true;
        }
    }
}
