namespace MpoProbe.Core
{
    /// <summary>
    /// Per-position power, loss, uncertainty and verdict of one inspection, plus the overall
    /// verdict (the worst position) and the worst loss. Created once and refilled.
    /// </summary>
    public sealed partial class InspectionResult
    {
        private readonly Verdict[] _verdict = new Verdict[MpoLayout.MaxPositions];
        private readonly double[] _powerDbm = new double[MpoLayout.MaxPositions];
        private readonly double[] _lossDb = new double[MpoLayout.MaxPositions];
        private readonly double[] _uncertaintyDb = new double[MpoLayout.MaxPositions];
        private readonly double[] _measurementOnlyDb = new double[MpoLayout.MaxPositions];
        private readonly double[] _bandDb = new double[MpoLayout.MaxPositions];
        private uint _powerMask;
        private uint _lossMask;
        private uint _bandMask;

        /// <summary>Layout inspected.</summary>
        public MpoLayout Layout { get; private set; } = MpoLayout.Mpo12;

        /// <summary>Wavelength inspected.</summary>
        public Wavelength Wavelength { get; private set; }

        /// <summary>Limit applied, dB.</summary>
        public double LimitDb { get; private set; }

        /// <summary>Configured guard band, dB (a position's effective band may be wider, see <see cref="VerdictRules"/>).</summary>
        public double GuardBandDb { get; private set; }

        /// <summary>The worst position verdict; PASS only if every used position passed.</summary>
        public Verdict Overall { get; private set; }

        /// <summary>Position with the highest measured loss, 0 when no loss was measured.</summary>
        public int WorstPosition { get; private set; }

        /// <summary>Highest measured loss, dB (0 when none: <see cref="WorstPosition"/> is 0).</summary>
        public double WorstLossDb { get; private set; }

        /// <summary>True when the reference was older than the settings allow: nothing above PASS*.</summary>
        public bool ReferenceStale { get; set; }

        /// <summary>Positions whose loss is below −(band + margin): impossible for a link, so the reference no longer applies.</summary>
        public uint NegativeMask { get; private set; }

        /// <summary>
        /// Used positions whose reference was too bright for the test-current step and held none
        /// (<c>Inspector.TooBright</c>): their gain is not proven unmoved, so no bare verdict.
        /// </summary>
        public uint GainUnprovenMask { get; set; }

        /// <summary>Mean loss of the used positions when all of them read negative beyond k = 2 together (a whole-connector shift), else 0 (see <see cref="HasShift"/>).</summary>
        public double ShiftDb { get; private set; }

        /// <summary>True when a whole-connector shift was found (<see cref="ShiftDb"/> holds it).</summary>
        public bool HasShift { get; private set; }

        /// <summary>True when the reference no longer applies (a negative loss or a whole-connector shift): no PASS, RE-REFERENCE.</summary>
        public bool ReReference => NegativeMask != 0 || HasShift;

        /// <summary>Source drift corrected since the reference, dB (0 when the source reports no power; see docs/uncertainty.md).</summary>
        public double SourceCorrectionDb { get; set; }

        /// <summary>Whether the source correction was applied, and if not, why (<see cref="SourceCorrectionText.Name"/>).</summary>
        public SourceCorrection SourceCorrectionState { get; set; }

        /// <summary>Verdict of a position.</summary>
        public Verdict VerdictAt(int position)
        {
            return _verdict[position - 1];
        }

        /// <summary>True when a power was measured at a position.</summary>
        public bool HasPower(int position) => PositionMask.Contains(_powerMask, position);

        /// <summary>True when a position has a loss and its uncertainty (else both read 0).</summary>
        public bool HasLoss(int position) => PositionMask.Contains(_lossMask, position);

        /// <summary>True when a position has a band (<see cref="SetBudget"/>).</summary>
        public bool HasBand(int position) => PositionMask.Contains(_bandMask, position);

        /// <summary>Positions with a loss (<see cref="HasLoss"/>).</summary>
        public uint LossMask => _lossMask;

        /// <summary>Measured power of a position, dBm (0 unless <see cref="HasPower"/>).</summary>
        public double PowerDbm(int position)
        {
            return _powerDbm[position - 1];
        }

        /// <summary>Loss of a position, dB (0 unless <see cref="HasLoss"/>).</summary>
        public double LossDb(int position)
        {
            return _lossDb[position - 1];
        }

        /// <summary>Standard uncertainty of the loss, dB (0 unless <see cref="HasLoss"/>).</summary>
        public double UncertaintyDb(int position)
        {
            return _uncertaintyDb[position - 1];
        }

        /// <summary>Part of the loss uncertainty a re-inspection of the same link does not share, dB (0 unless <see cref="HasLoss"/>).</summary>
        public double MeasurementOnlyDb(int position)
        {
            return _measurementOnlyDb[position - 1];
        }

        /// <summary>Uncertainty band around the limit applied to a position, dB (0 unless <see cref="HasBand"/>).</summary>
        public double BandDb(int position)
        {
            return _bandDb[position - 1];
        }

        /// <summary>Most negative loss scatter explains at a position, dB (below it the reference no longer applies; 0 unless <see cref="HasLoss"/>).</summary>
        public double NegativeLimitDb(int position)
        {
            return HasLoss(position) ? VerdictRules.NegativeLimitDb(_uncertaintyDb[position - 1], GuardBandDb) : 0;
        }

        /// <summary>Positions whose verdict is <paramref name="verdict"/>.</summary>
        public uint MaskOf(Verdict verdict)
        {
            uint mask = 0;
            for (int p = 1; p <= Layout.PositionCount; p++)
            {
                if (_verdict[p - 1] == verdict)
                {
                    mask = PositionMask.With(mask, p);
                }
            }

            return mask;
        }

        /// <summary>Positions that carry a fiber and did not PASS (FAIL, FAIL*, PASS*, NO_LIGHT, UNSTABLE, …): what the technician must act on.</summary>
        public uint NotPassingMask()
        {
            uint mask = 0;
            for (int p = 1; p <= Layout.PositionCount; p++)
            {
                Verdict v = _verdict[p - 1];
                mask |= v != Verdict.Pass && v != Verdict.Unused ? PositionMask.Of(p) : 0;
            }

            return mask;
        }

        /// <summary>Starts a new result.</summary>
        public void Begin(MpoLayout layout, Wavelength wavelength, double limitDb, double guardBandDb)
        {
            Layout = layout;
            Wavelength = wavelength;
            LimitDb = limitDb;
            GuardBandDb = guardBandDb;
            NegativeMask = 0;
            GainUnprovenMask = 0;
            ShiftDb = 0;
            HasShift = false;
            CleanFirst = false;
            _powerMask = 0;
            _lossMask = 0;
            _bandMask = 0;
            SourceCorrectionDb = 0;
            SourceCorrectionState = SourceCorrection.PlainSource;
            for (int i = 0; i < MpoLayout.MaxPositions; i++)
            {
                _measurementOnlyDb[i] = 0;
                _bandDb[i] = 0;
                _verdict[i] = Verdict.Unused;
                _powerDbm[i] = 0;
                _lossDb[i] = 0;
                _uncertaintyDb[i] = 0;
            }
        }

        /// <summary>Records one position without a loss (its power only when <paramref name="hasPower"/>).</summary>
        public void SetWithoutLoss(int position, Verdict verdict, bool hasPower, double powerDbm)
        {
            _verdict[position - 1] = verdict;
            _powerDbm[position - 1] = hasPower ? powerDbm : 0;
            _powerMask = hasPower ? PositionMask.With(_powerMask, position) : _powerMask & ~PositionMask.Of(position);
            _lossMask &= ~PositionMask.Of(position);
            _lossDb[position - 1] = 0;
            _uncertaintyDb[position - 1] = 0;
            _measurementOnlyDb[position - 1] = 0;
        }

        /// <summary>Records one position with its power, loss and loss uncertainty.</summary>
        public void Set(int position, Verdict verdict, double powerDbm, double lossDb, double uncertaintyDb)
        {
            _powerMask = PositionMask.With(_powerMask, position);
            _lossMask = PositionMask.With(_lossMask, position);
            _verdict[position - 1] = verdict;
            _powerDbm[position - 1] = powerDbm;
            _lossDb[position - 1] = lossDb;
            _uncertaintyDb[position - 1] = uncertaintyDb;

            // Until SetBudget splits it, the whole uncertainty is the measurement-only part (the
            // conservative value): a measured loss never carries an unknown uncertainty into a comparison.
            _measurementOnlyDb[position - 1] = uncertaintyDb;
        }

        /// <summary>Records the budget's measurement-only part and the band of a position.</summary>
        public void SetBudget(int position, double measurementOnlyDb, double bandDb)
        {
            _measurementOnlyDb[position - 1] = measurementOnlyDb;
            _bandDb[position - 1] = bandDb;
            _bandMask = PositionMask.With(_bandMask, position);
        }

        /// <summary>Marks a position whose loss is impossibly negative.</summary>
        public void Flag(int position, bool impossiblyNegative)
        {
            NegativeMask |= impossiblyNegative ? PositionMask.Of(position) : 0;
        }

        /// <summary>Derives the overall verdict and the worst loss from the positions.</summary>
        public void Complete()
        {
            Verdict overall = Verdict.Unused;
            int worst = 0;
            double worstLoss = 0;
            for (int p = 1; p <= Layout.PositionCount; p++)
            {
                Verdict v = _verdict[p - 1];
                overall = v > overall ? v : overall;
                double loss = _lossDb[p - 1];
                if (HasLoss(p) && (worst == 0 || loss > worstLoss))
                {
                    worst = p;
                    worstLoss = loss;
                }
            }

            Overall = overall;
            WorstPosition = worst;
            WorstLossDb = worstLoss;
        }
    }
}
