namespace MpoProbe.Simulation
{
    /// <summary>
    /// The figures the simulated field draws its truth from, kept apart from the Core's budget
    /// (<c>FieldFigures</c>) so the benchmark tests the budget against a field it did not write:
    /// each figure is taken from the domain facts (shared/domain.md, "Field error sources") on its
    /// own, and the mating σ, the one that varies most between ports and cords, is swept by the
    /// benchmark instead of fixed (0.02 / 0.05 / 0.08 / 0.12 dB).
    /// </summary>
    public static class FieldTruth
    {
        /// <summary>Nominal σ of one MPO mating, dB (domain.md: multimode MT ferrules σ ≈ 0.02–0.05 dB; worn pins, dirt or a loose adapter more).</summary>
        public const double NominalMatingSigmaDb = 0.05;

        /// <summary>Share of a mating's variance common to the whole ferrule (the MT's lateral offset moves every fiber; simulation's assumption).</summary>
        public const double MatingCommonShare = 0.6;

        /// <summary>Source drift over 8 h after warm-up, ± dB, drawn uniform (domain.md: ±0.05–0.1 dB; the upper figure).</summary>
        public const double SourceDriftPerJobDb = 0.10;

        /// <summary>Ambient change over a job, ± °C, drawn uniform (a van in the sun).</summary>
        public const double AmbientChangeC = 10.0;

        /// <summary>Photodiode dark current doubling, °C, drawn uniform between these (domain.md: 8–10 °C).</summary>
        public const double DarkDoublingMinC = 8.0;

        /// <summary>Upper end of the dark doubling interval, °C.</summary>
        public const double DarkDoublingMaxC = 10.0;

        /// <summary>TIA/PGA gain tempco, ± per °C, drawn uniform (thin-film resistors and PGA; design figure).</summary>
        public const double GainTempcoPerC = 50e-6;

        /// <summary>ESP32 ADC offset drift, ± codes per °C, drawn uniform (estimate; the datasheet gives none).</summary>
        public const double AdcOffsetCodesPerC = 0.3;
    }
}
