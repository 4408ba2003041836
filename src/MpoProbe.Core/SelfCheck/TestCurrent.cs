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

        /// <summary>Expected test step in a range, codes.</summary>
        public static double StepCodes(int range)
        {
            return Amps * FrontEndDesign.NominalTransimpedanceOhms(range) / FrontEndDesign.AdcVoltsPerCode;
        }

        /// <summary>Design noise of one conversion in a range (the ADC's and the range's analog noise), codes.</summary>
        public static double DesignNoiseCodes(int range)
        {
            double analog = SettlingTable.NoiseCodes(range);
            return Math.Sqrt((FrontEndDesign.AdcNoiseSigmaCodes * FrontEndDesign.AdcNoiseSigmaCodes) + (analog * analog));
        }
    }
}
