namespace MpoProbe.Core
{
    /// <summary>
    /// Field error figures the uncertainty budget assumes, in one place with their sources
    /// (docs/uncertainty.md). The simulation's field model draws its truth inside the same
    /// bounds, so the benchmark can check that the budget neither understates nor pads.
    /// </summary>
    public static class FieldFigures
    {
        /// <summary>√3: a bound ±a of a rectangular distribution has standard uncertainty a/√3 (GUM 4.3.7).</summary>
        public const double Sqrt3 = 1.7320508075688772;

        /// <summary>
        /// Repeatability σ of one MPO mating, dB (shared/domain.md: multimode MT ferrules typically
        /// σ ≈ 0.02–0.05 dB; the upper figure by default, until the probe measures its own).
        /// </summary>
        public const double MatingSigmaDb = 0.05;

        /// <summary>Lowest mating σ the budget accepts from a verification, dB: one re-mate cannot prove better.</summary>
        public const double MatingFloorDb = 0.02;

        /// <summary>
        /// Source output drift over a job, ± dB (shared/domain.md: LED/VCSEL test sources
        /// ±0.05–0.1 dB over 8 h after warm-up; the upper figure).
        /// </summary>
        public const double SourceDriftPerJobDb = 0.10;

        /// <summary>
        /// Bound of a coded source's monitor tracking error over a job, ± dB: how far its monitored
        /// output change may differ from the change at the fiber (project estimate, unconfirmed:
        /// it assumes the companion source holds its emitter block at a fixed temperature;
        /// laser-module datasheets bound tracking error at about ±1.5 dB over −40…85 °C, which an
        /// unregulated source would inherit — hardware/companion-source.md).
        /// </summary>
        public const double MonitorTrackingDb = 0.03;

        /// <summary>Relative error bound of the monitored change (monitor-to-output slope mismatch; project estimate, ± 3 %).</summary>
        public const double MonitorRatioError = 0.03;

        /// <summary>Short-term source stability (seconds to minutes), standard dB (project estimate).</summary>
        public const double SourceShortTermDb = 0.003;

        /// <summary>Length of a job the drift and temperature figures are stated over, minutes (8 h).</summary>
        public const int JobMinutes = 480;

        /// <summary>Ambient temperature change possible over a job, ± °C (a van in the sun; project estimate).</summary>
        public const double TemperatureExcursionC = 10.0;

        /// <summary>Photodiode dark current doubles every this many °C (shared/domain.md: 8–10 °C).</summary>
        public const double DarkDoublingC = 9.0;

        /// <summary>
        /// ADC offset drift bound, codes per °C (estimate for the ESP32 ADC1 at 11 dB, whose
        /// datasheet gives no offset tempco; unconfirmed until measured on a board).
        /// </summary>
        public const double AdcOffsetCodesPerC = 0.3;

        /// <summary>
        /// TIA/PGA gain tempco bound per °C (25 ppm/°C thin-film feedback resistors and the PGA's
        /// gain drift; design figure, unconfirmed).
        /// </summary>
        public const double GainTempcoPerC = 50e-6;

        /// <summary>
        /// Stray light and neighbour crosstalk reaching a photodiode, dBm bound (project estimate: −70 dBm).
        /// It covers the electrical crosstalk the front end leaves (hardware/spice/crosstalk.cir,
        /// SettlingTable.CrosstalkVoltsPerAmp): 31 channels at 0 dBm read in the most sensitive range
        /// equal ≈ −100 dBm; SpiceFrontEndTests checks the bound stays above it.
        /// </summary>
        public const double StrayLightDbm = -70.0;

        /// <summary>Margin beyond −U·k before a negative loss means the reference no longer applies, dB.</summary>
        public const double ReReferenceMarginDb = 0.05;

        /// <summary>A reference re-mate that changes a position by more than this catches a bad cord or port, dB.</summary>
        public const double VerifyMaxChangeDb = 0.25;
    }
}
