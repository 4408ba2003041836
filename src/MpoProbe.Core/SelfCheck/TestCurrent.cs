using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The test current switched onto one amplifier input (hardware/self-test.md): its nominal
    /// value, the step it gives in a range, and the noise a conversion of that range carries.
    /// </summary>
    public static class TestCurrent
    {
        /// <summary>Nominal test current into an amplifier input, A (2.5 V reference − 0.25 V pedestal over 220 kΩ).</summary>
        public const double Amps = (2.5 - FrontEndDesign.PedestalVolts) / 220000.0;

        /// <summary>
        /// A step at most this size has vanished, codes: the most the converter's linearity can
        /// move a step's two ends (4 × (INL + DNL) of the ADS7138, issue 28). Used only by
        /// <see cref="LoneZeroStep"/>; a healthy step's tolerance is <see cref="TestStepTolerance"/>.
        /// </summary>
        public const double LinearityCodes = 4.0 * (FrontEndDesign.AdcInlCodes + FrontEndDesign.AdcDnlCodes);

        /// <summary>
        /// The one channel whose step vanished (within <see cref="LinearityCodes"/>) while it had one
        /// at the reference and every other held step is still there: a path stuck on one code, which
        /// the test current cannot move (issue 28: the averaging converter leaves no noise to judge a
        /// burst by). −1 when none, or when several vanished (a dead test current, a stuck multiplexer).
        /// </summary>
        public static int LoneZeroStep(GainSignature reference, GainSignature now)
        {
            int lone = -1;
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                if (reference.HasTest(c) && now.HasTest(c) && Math.Abs(now.TestCodes(c)) <= LinearityCodes && reference.TestCodes(c) > 2 * LinearityCodes)
                {
                    if (lone >= 0)
                    {
                        return -1;
                    }

                    lone = c;
                }
            }

            return lone;
        }

        /// <summary>Expected test step in a range, codes.</summary>
        public static double StepCodes(int range)
        {
            return Amps * FrontEndDesign.NominalTransimpedanceOhms(range) / FrontEndDesign.AdcVoltsPerCode;
        }

        /// <summary>Design noise of one reading in a range (the converter's, the range's analog noise and the rounding to 12 bits, issue 28), codes.</summary>
        public static double DesignNoiseCodes(int range)
        {
            double analog = SettlingTable.NoiseCodes(range);
            return Math.Sqrt((FrontEndDesign.AdcNoiseSigmaCodes * FrontEndDesign.AdcNoiseSigmaCodes) + (analog * analog) + (1.0 / 12.0));
        }

        /// <summary>Least sensitive range the test step is read in (2.2 kΩ ×8; <c>GainCheck</c>'s last candidate).</summary>
        public const int LeastSensitiveRange = 3;

        /// <summary>
        /// Brightest light, dBm at <paramref name="wavelength"/>, that leaves room for the test step in
        /// the least sensitive range it is read in: light plus the pedestal plus twice the step below
        /// the compression knee. Brighter at the reference, no step is held and the gain is not proven.
        /// </summary>
        public static double RoomDbm(Wavelength wavelength)
        {
            double codes = FrontEndDesign.CompressionCode - (2.0 * StepCodes(LeastSensitiveRange)) - ChainCheck.PedestalCode;
            double amps = codes * FrontEndDesign.AdcVoltsPerCode / FrontEndDesign.NominalTransimpedanceOhms(LeastSensitiveRange);
            double dbm;
            PowerUnits.TryWattsToDbm(amps / FrontEndDesign.ResponsivityAmpsPerWatt(wavelength), out dbm);
            return dbm;
        }
    }
}
