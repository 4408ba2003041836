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

            double mx = 0, my = 0;
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
            double tapSigma = Math.Sqrt(((noiseRef * noiseRef) + (noiseNow * noiseNow)) / ChainCheck.SamplesPerTap);
            if (!(sxx > tapSigma * tapSigma))
            {
                faults.Raise(FaultKind.AdcGainChanged, 0, 0, 1.0);
                return false;
            }

            double slope = sxy / sxx;
            double slopeSigma = tapSigma / Math.Sqrt(sxx);
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
    }
}
