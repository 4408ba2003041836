namespace MpoProbe.Core
{
    /// <summary>
    /// The way out of the lost-light rule (docs/uncertainty.md, "Plain source"). A link whose every
    /// fiber really lost light alike (an end-face or adapter mismatch, a ferrule gap) is refused as a
    /// source or reference that moved, and a new reference reads the same cord and source again: without
    /// a way out it would be refused for ever. After such a refusal the probe keeps the refused
    /// reference's mean power, shift and limit. It is proven when the cord is measured again:
    /// <list type="bullet">
    /// <item>a new reference (same layout and wavelength) whose mean is within what a re-mate and the
    /// stated drift explain of the refused one's (<see cref="RecheckMean"/>; a monitored source's change
    /// taken out): the source held, and losses against the new reference carry no source shift
    /// (margin 0);</item>
    /// <item>a passed re-check of the same reference whose mean change m and limit L leave the refused
    /// link failing even if the source moved that far: shift + m − L above the loss limit (margin L − m).</item>
    /// </list>
    /// The waiver holds for the reference it was granted on while its re-checks pass (each passed one
    /// renews the margin, a failed one ends it): a lost-alike result is then a loss when its mean
    /// less the margin is still above the limit, and refused otherwise. Allocates nothing.
    /// </summary>
    public sealed class LostLightProof
    {
        private bool _refused;
        private double _meanDbm;
        private double _shiftDb;
        private double _limitDb;
        private long _capturedMs;
        private long _ageMinutes;
        private long _refusedAtMs;
        private int _matings;
        private LayoutId _layout;
        private Wavelength _wavelength;
        private bool _hasMonitor;
        private double _monitorDb;
        private long _waivedForMs;

        /// <summary>True while a waiver was granted (see <see cref="HoldsFor"/> for the reference it holds on).</summary>
        public bool Waived { get; private set; }

        /// <summary>How far a lost-alike mean must stay above the limit, less what the proof left open, dB.</summary>
        public double MarginDb { get; private set; }

        /// <summary>True when the waiver holds on <paramref name="reference"/>: the one it was granted on, still valid.</summary>
        public bool HoldsFor(Reference reference)
        {
            return Waived && reference.IsValid && reference.CapturedUptimeMs == _waivedForMs;
        }

        /// <summary>Forgets a pending refusal and ends a waiver (the head changed).</summary>
        public void Reset()
        {
            _refused = false;
            Waived = false;
            MarginDb = 0;
        }

        /// <summary>An inspection was refused because every position lost light alike (mean <paramref name="shiftDb"/> against the limit <paramref name="limitDb"/>).</summary>
        public void Refused(Reference reference, MpoLayout layout, long ageMinutes, long nowMs, double shiftDb, double limitDb)
        {
            _refused = reference.IsValid && MeanDbm(reference, layout, out _meanDbm);
            _shiftDb = shiftDb;
            _limitDb = limitDb;
            _capturedMs = reference.CapturedUptimeMs;
            _ageMinutes = ageMinutes < 0 ? FieldFigures.JobMinutes : ageMinutes;
            _refusedAtMs = nowMs;
            _matings = reference.Matings;
            _layout = reference.Layout;
            _wavelength = reference.Wavelength;
            _hasMonitor = reference.HasMonitor;
            _monitorDb = reference.MonitorDb;
            Waived = false;
        }

        /// <summary>
        /// A re-check of <paramref name="reference"/> (mean change <paramref name="meanChangeDb"/>,
        /// limit <paramref name="meanLimitDb"/>). True when it proved a pending refusal now.
        /// </summary>
        public bool Rechecked(bool passed, Reference reference, double meanChangeDb, double meanLimitDb)
        {
            bool same = reference.CapturedUptimeMs == _capturedMs;
            bool proven = passed && _refused && same && _shiftDb + meanChangeDb - meanLimitDb > _limitDb;
            bool keeps = passed && HoldsFor(reference);
            Waived = proven || keeps;
            MarginDb = Waived ? meanLimitDb - meanChangeDb : 0;
            _waivedForMs = Waived ? reference.CapturedUptimeMs : 0;
            // A re-check that proved nothing leaves the refusal pending: a new reference may still prove it.
            _refused = _refused && !proven;
            return proven;
        }

        /// <summary>A new reference, <paramref name="nowMs"/>. True when it proved a pending refusal; otherwise any waiver ends.</summary>
        public bool NewReference(Reference reference, MpoLayout layout, UncertaintyBudget budget, long nowMs)
        {
            double mean;
            bool measured = MeanDbm(reference, layout, out mean);
            bool comparable = _refused && measured && reference.Matches(_layout, _wavelength);
            bool monitored = _hasMonitor && reference.HasMonitor;
            double correction = monitored ? reference.MonitorDb - _monitorDb : 0;
            double limit = RecheckMean.LimitDb(budget, _matings, layout.UsedCount, monitored, correction, _ageMinutes + ((nowMs - _refusedAtMs) / 60000));
            double change = comparable ? mean - _meanDbm - correction : 0;
            Waived = comparable && (change < 0 ? -change : change) <= limit;
            MarginDb = 0;
            _waivedForMs = Waived ? reference.CapturedUptimeMs : 0;
            _refused = false;
            return Waived;
        }

        /// <summary>Mean reference power <paramref name="meanDbm"/> over the used positions that have one, dBm; false (and 0) when none has.</summary>
        public static bool MeanDbm(Reference reference, MpoLayout layout, out double meanDbm)
        {
            double sum = 0;
            int n = 0;
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                if (layout.IsUsed(p) && reference.HasPower(p))
                {
                    sum += reference.PowerDbm(p);
                    n++;
                }
            }

            meanDbm = n > 0 ? sum / n : 0;
            return n > 0;
        }
    }
}
