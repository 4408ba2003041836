namespace MpoProbe.Core
{
    /// <summary>
    /// Which exchangeable MPO head is fitted, from the voltage of its ID resistor against the
    /// probe's 10 kΩ pull-up to 3.3 V (hardware/README.md, "Head ID"). Each head's resistor puts
    /// the pin in its own band, well inside the ADC window; an open pin (no head) reads near 3.3 V.
    /// </summary>
    public static class HeadIdentification
    {
        /// <summary>Pull-up on the probe side, ohms.</summary>
        public const double PullUpOhms = 10000.0;

        /// <summary>Supply of the divider, volts.</summary>
        public const double SupplyVolts = 3.3;

        /// <summary>Fiber positions of each head, in the order of <see cref="ResistorOhms"/>.</summary>
        public static readonly int[] Positions = { 12, 16, 24, 32 };

        /// <summary>ID resistor in each head (E12 values), ohms.</summary>
        public static readonly double[] ResistorOhms = { 1000.0, 3300.0, 6800.0, 15000.0 };

        /// <summary>Nominal pin voltage for a head's resistor.</summary>
        public static double NominalVolts(int head)
        {
            double r = ResistorOhms[head];
            return SupplyVolts * r / (PullUpOhms + r);
        }

        /// <summary>Positions of the head the voltage belongs to (12, 16, 24, 32), or 0 for no head or a shorted pin.</summary>
        public static int Identify(double volts)
        {
            if (volts < NominalVolts(0) / 2)
            {
                return 0;
            }

            for (int i = 0; i < Positions.Length; i++)
            {
                double upper = i + 1 < Positions.Length ? (NominalVolts(i) + NominalVolts(i + 1)) / 2 : (NominalVolts(i) + SupplyVolts) / 2;
                if (volts < upper)
                {
                    return Positions[i];
                }
            }

            return 0;
        }
    }
}
