using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The field uncertainty budget of one loss (docs/uncertainty.md): electronics of the
    /// reference and of the measurement, ADC linearity, the cross-range gain ratio, probe-port
    /// mating repeatability, source drift since the reference, dark/offset drift with
    /// temperature since the dark capture, TIA gain tempco and stray light. Terms are standard
    /// uncertainties in dB, independent, combined root-sum-square. Figures and their sources are
    /// in <see cref="FieldFigures"/>. Allocates nothing.
    /// </summary>
    public sealed class UncertaintyBudget
    {
        private double _fixedMatingDb = FieldFigures.MatingSigmaDb;
        private bool _matingFixed;

        /// <summary>
        /// Coverage factor of the expanded uncertainty U for a normal error (k = 2, 95.45 %). A loss's
        /// own U (<see cref="ExpandedDb"/>) holds the same probability for its combined distribution
        /// (<see cref="CoverageFactor"/>): k = 2 for a normal error, lower where the source drift's
        /// rectangle weighs. U is also the verdict band (ILAC-G8 guarded acceptance,
        /// docs/uncertainty.md): PASS below limit − U, FAIL above limit + U, starred between.
        /// </summary>
        public const double CoverageK = CoverageFactor.NormalK;

        /// <summary>
        /// Factor on u_c beyond which a negative loss means the reference no longer applies
        /// (k = 3.5, one-sided ≈ 0.02 % for a normal error). A refusal, not a verdict: at this
        /// factor scatter alone refuses one of twelve fibers of zero loss in ≈ 0.3 % of inspections.
        /// </summary>
        public const double ReReferenceK = 3.5;

        /// <summary>
        /// Probe-port matings in one 1-cord loss: the reference cord mated for the reference and
        /// the link mated for the measurement. Their scatter is error, not link loss.
        /// </summary>
        public const int ProbePortMatings = 2;

        /// <summary>This probe's measured mating repeatability (prior and re-mates); the budget's mating term follows its upper bound.</summary>
        public MatingRepeatability Mating { get; } = new MatingRepeatability();

        /// <summary>
        /// σ of one probe-port mating the budget uses, dB: <see cref="MatingRepeatability.UpperDb"/>
        /// of <see cref="Mating"/> within <see cref="FieldFigures.MatingFloorDb"/>..0.5 dB, unless a
        /// fixed figure was set (tests, a contract's figure; <see cref="ResetMating"/> clears it).
        /// </summary>
        public double MatingSigmaDb
        {
            get
            {
                if (_matingFixed)
                {
                    return _fixedMatingDb;
                }

                double upper = Mating.UpperDb;
                return upper < FieldFigures.MatingFloorDb ? FieldFigures.MatingFloorDb : (upper > 0.5 ? 0.5 : upper);
            }

            set
            {
                if (double.IsNaN(value) || value < FieldFigures.MatingFloorDb || value > 0.5)
                {
                    throw new ArgumentOutOfRangeException("value", "mating repeatability " + Format.Db(value) + " dB is outside " + Format.Db(FieldFigures.MatingFloorDb) + "..0.50 dB");
                }

                _fixedMatingDb = value;
                _matingFixed = true;
            }
        }

        /// <summary>True once the mating term rests on at least one re-mate of this probe (not the prior alone, not a fixed figure).</summary>
        public bool MatingMeasured => !_matingFixed && Mating.Remates > 0;

        /// <summary>Back to the prior (a replaced test cord or port): clears a fixed figure and the re-mate evidence.</summary>
        public void ResetMating()
        {
            _matingFixed = false;
            Mating.Reset();
        }

        /// <summary>
        /// Standard uncertainty of the source drift that remains after correction, dB; absent
        /// (<see cref="HasSourceResidual"/> false, 0) when the source reports no monitored power
        /// (then the drift term grows with the reference age).
        /// </summary>
        public double SourceResidualDb { get; private set; }

        /// <summary>True when <see cref="SourceResidualDb"/> holds a corrected source's residual.</summary>
        public bool HasSourceResidual { get; private set; }

        /// <summary>Sets the corrected source's residual, or its absence.</summary>
        public void SetSourceResidual(bool present, double residualDb)
        {
            HasSourceResidual = present;
            SourceResidualDb = present ? residualDb : 0;
        }

        /// <summary>Last loss: electronics (both readings and ADC linearity), dB.</summary>
        public double ElectronicsDb { get; private set; }

        /// <summary>Last loss: cross-range gain ratio (0 when both readings share a range), dB.</summary>
        public double GainRatioDb { get; private set; }

        /// <summary>Last loss: probe-port mating repeatability, dB.</summary>
        public double MatingDb { get; private set; }

        /// <summary>Last loss: source drift since the reference, dB.</summary>
        public double SourceDb { get; private set; }

        /// <summary>Last loss: dark current and ADC offset drift with temperature, dB.</summary>
        public double DarkDb { get; private set; }

        /// <summary>Last loss: TIA/PGA gain tempco and stray light, dB.</summary>
        public double OtherDb { get; private set; }

        /// <summary>Last loss: half-width of the source drift's rectangle (0 when a monitor corrected the source), dB.</summary>
        public double SourceBoundDb { get; private set; }

        /// <summary>
        /// Last loss: expanded uncertainty U at <see cref="CoverageFactor.Probability"/>, dB, for the
        /// convolution of the normal terms and the source drift's rectangle (docs/uncertainty.md,
        /// "The coverage factor"); between 1.65 and 2 times the combined standard uncertainty.
        /// </summary>
        public double ExpandedDb { get; private set; }

        /// <summary>Last loss: the part a re-inspection of the same link does not share (measurement electronics and one mating), dB.</summary>
        public double MeasurementOnlyDb { get; private set; }

        /// <summary>
        /// Combined standard uncertainty of one loss, dB. <paramref name="referenceAgeMinutes"/>
        /// is the time since the reference, <paramref name="referenceSinceDarkMinutes"/> and
        /// <paramref name="measureSinceDarkMinutes"/> the time from the dark capture to each reading.
        /// </summary>
        public double LossStandardDb(Reference reference, int position, ChannelReading reading, double gainRatioDb,
            long referenceAgeMinutes, long referenceSinceDarkMinutes, long measureSinceDarkMinutes, Wavelength wavelength)
        {
            return LossStandardDb(reference, position, reading, gainRatioDb, referenceAgeMinutes, referenceSinceDarkMinutes, measureSinceDarkMinutes, measureSinceDarkMinutes, wavelength);
        }

        /// <summary>
        /// As above, with the gain tempco's temperature excursion taken over
        /// <paramref name="tempcoMinutes"/> (the time since the boot-time dark capture: a dark
        /// refresh resets the dark term of the entries it measured, not the gains' drift).
        /// </summary>
        public double LossStandardDb(Reference reference, int position, ChannelReading reading, double gainRatioDb,
            long referenceAgeMinutes, long referenceSinceDarkMinutes, long measureSinceDarkMinutes, long tempcoMinutes, Wavelength wavelength)
        {
            double uRef = reference.UncertaintyDb(position);
            double uMeas = reading.UncertaintyDb;
            double uLin = FrontEndDesign.AdcLinearityUncertaintyDb;
            ElectronicsDb = Math.Sqrt((uRef * uRef) + (uMeas * uMeas) + (uLin * uLin));
            GainRatioDb = reference.Range(position) != reading.Range ? gainRatioDb : 0;
            double mating = MatingSigmaDb;
            // The reference's matings are averaged (Reference.Matings), the link's is one.
            MatingDb = mating * Math.Sqrt(1.0 + (1.0 / reference.Matings));
            SourceDb = SourceTermDb(referenceAgeMinutes);
            double dRef = DarkTermDb(reference.PowerDbm(position), reference.Range(position), referenceSinceDarkMinutes, wavelength);
            double dMeas = DarkTermDb(reading.PowerDbm, reading.Range, measureSinceDarkMinutes, wavelength);
            DarkDb = Math.Sqrt((dRef * dRef) + (dMeas * dMeas));
            double tempco = PowerUnits.DbPerRelative * FieldFigures.GainTempcoPerC * Excursion(tempcoMinutes) / FieldFigures.Sqrt3;
            double stray = PowerUnits.DbPerRelative * PowerUnits.DbmToWatts(FieldFigures.StrayLightDbm) / PowerUnits.DbmToWatts(reading.PowerDbm) / FieldFigures.Sqrt3;
            OtherDb = Math.Sqrt((tempco * tempco) + (stray * stray));
            MeasurementOnlyDb = Math.Sqrt((uMeas * uMeas) + (mating * mating) + (dMeas * dMeas));
            double combined2 = (ElectronicsDb * ElectronicsDb) + (GainRatioDb * GainRatioDb) + (MatingDb * MatingDb)
                + (SourceDb * SourceDb) + (DarkDb * DarkDb) + (OtherDb * OtherDb);
            // The drift's bound is the one rectangle that weighs; every other term, the short-term
            // source scatter and the small rectangles (dark, tempco, stray) included, counts as normal,
            // which can only widen U (a sum of rectangles has lighter tails than a normal).
            SourceBoundDb = HasSourceResidual ? 0 : FieldFigures.SourceDriftPerJobDb * Share(referenceAgeMinutes);
            double rectangle2 = SourceBoundDb * SourceBoundDb / 3.0;
            double normal2 = combined2 - rectangle2;
            ExpandedDb = CoverageFactor.ExpandedDb(Math.Sqrt(normal2 > 0 ? normal2 : 0), SourceBoundDb);
            return Math.Sqrt(combined2);
        }

        /// <summary>Source drift since the reference: ±0.1 dB over 8 h grows linearly with age (rectangular), or the corrected residual.</summary>
        public double SourceTermDb(long referenceAgeMinutes)
        {
            if (HasSourceResidual)
            {
                return SourceResidualDb;
            }

            double share = Share(referenceAgeMinutes);
            double drift = FieldFigures.SourceDriftPerJobDb * share / FieldFigures.Sqrt3;
            double floor = FieldFigures.SourceShortTermDb;
            return Math.Sqrt((drift * drift) + (floor * floor));
        }

        /// <summary>
        /// Standard uncertainty of the source drift left after a monitor correction of
        /// <paramref name="correctionDb"/>: the monitor's tracking error (±0.03 dB over a job) and
        /// its slope error (±3 % of the correction), both rectangular, the 0.01 dB quantisation of
        /// the two monitor values (the reference's and this one's), and the short-term term.
        /// </summary>
        public static double MonitorResidualDb(double correctionDb)
        {
            double bound = FieldFigures.MonitorTrackingDb + (FieldFigures.MonitorRatioError * Math.Abs(correctionDb));
            double tracking = bound / FieldFigures.Sqrt3;
            double quantisation = SourceMonitorWord.StepDb / Math.Sqrt(12.0);
            double floor = FieldFigures.SourceShortTermDb;
            return Math.Sqrt((tracking * tracking) + (2 * quantisation * quantisation) + (floor * floor));
        }

        /// <summary>
        /// Dark offset gone stale: dark current doubling every 9 °C and the ADC offset tempco, for
        /// the temperature excursion possible since the dark capture, relative to the signal.
        /// </summary>
        public static double DarkTermDb(double powerDbm, int range, long sinceDarkMinutes, Wavelength wavelength)
        {
            double dT = Excursion(sinceDarkMinutes);
            double signalAmps = PowerUnits.DbmToWatts(powerDbm) * FrontEndDesign.ResponsivityAmpsPerWatt(wavelength);
            double darkAmps = FrontEndDesign.DarkCurrentMaxAmps * (Math.Pow(2.0, dT / FieldFigures.DarkDoublingC) - 1.0);
            double offsetAmps = FieldFigures.AdcOffsetCodesPerC * dT * FrontEndDesign.AdcVoltsPerCode / FrontEndDesign.NominalTransimpedanceOhms(range);
            return PowerUnits.DbPerRelative * (darkAmps + offsetAmps) / signalAmps / FieldFigures.Sqrt3;
        }

        /// <summary>
        /// Half-width of the plain source's drift the statement allows <paramref name="referenceAgeMinutes"/>
        /// after the reference (±0.1 dB over 8 h, linear in age; the whole of it when the age is unknown, &lt; 0).
        /// </summary>
        public static double DriftBoundDb(long referenceAgeMinutes)
        {
            return FieldFigures.SourceDriftPerJobDb * (referenceAgeMinutes < 0 ? 1.0 : Share(referenceAgeMinutes));
        }

        /// <summary>Temperature excursion bound after <paramref name="minutes"/>: ±10 °C over a job of 8 h, growing linearly.</summary>
        public static double Excursion(long minutes)
        {
            return FieldFigures.TemperatureExcursionC * Share(minutes);
        }

        /// <summary>Share of a job elapsed after <paramref name="minutes"/>, 0..1.</summary>
        private static double Share(long minutes)
        {
            double m = minutes < 0 ? 0 : (double)minutes;
            return m >= FieldFigures.JobMinutes ? 1.0 : m / FieldFigures.JobMinutes;
        }
    }
}
