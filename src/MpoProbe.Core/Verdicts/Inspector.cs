using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// One inspection, in one direction: acquire → loss against the reference → verdict per
    /// position → connector diagnosis. Holds every buffer it needs; after construction an
    /// inspection allocates nothing.
    /// </summary>
    public sealed class Inspector
    {
        private readonly Acquirer _acquirer;
        private readonly InspectionSettings _settings;
        private readonly GainCalibration _gain;
        private readonly DarkOffsets _dark;

        /// <summary>Builds the pipeline over an acquirer, the settings and the gain calibration (dark taken as captured at boot).</summary>
        public Inspector(Acquirer acquirer, InspectionSettings settings, GainCalibration gain)
            : this(acquirer, settings, gain, null)
        {
        }

        /// <summary>Builds the pipeline; <paramref name="dark"/> (may be null) tells when the dark table was captured, for the budget's dark-drift term.</summary>
        public Inspector(Acquirer acquirer, InspectionSettings settings, GainCalibration gain, DarkOffsets dark)
        {
            if (acquirer == null || settings == null || gain == null)
            {
                throw new ArgumentNullException(acquirer == null ? "acquirer" : (settings == null ? "settings" : "gain"));
            }

            _acquirer = acquirer;
            _settings = settings;
            _gain = gain;
            _dark = dark;
            Budget = new UncertaintyBudget();
            Scan = new Scan();
            Result = new InspectionResult();
            Diagnosis = new Diagnosis();
        }

        /// <summary>The probe's uptime in ms, set before an inspection so the reference's age can be judged.</summary>
        public long NowMs { get; set; }

        /// <summary>The UTC time in .NET ticks at <see cref="NowMs"/>, 0 while the probe's clock is not set.</summary>
        public long NowUtcTicks { get; set; }

        /// <summary>Positions (bit p − 1) whose test step this inspection planned and did not hold: a coded source's gap that was not dark or too short (<see cref="PolarityScanner.GapStepsMissing"/>); 0 under steady light.</summary>
        public uint StepsMissingMask { get; set; }

        /// <summary>Age of a reference in minutes now; -1 when unknown (from an earlier power-up without UTC stamps).</summary>
        public long ReferenceAgeMinutes(Reference reference)
        {
            return reference.AgeMinutes(NowMs, NowUtcTicks);
        }

        /// <summary>
        /// What the coded source's monitor field gave on the scan whose powers <see cref="Evaluate"/>
        /// judges next (set by the caller after a coded scan; <see cref="Inspect"/> clears it).
        /// </summary>
        public void SourceMonitor(SourceMonitorStatus status, double monitorDb)
        {
            _monitorStatus = status;
            _monitorDb = monitorDb;
        }

        private SourceMonitorStatus _monitorStatus;
        private double _monitorDb;

        /// <summary>True while the lost-light rule is waived (<see cref="LostLightProof"/>): the reference cord was shown to read as the reference after a refusal.</summary>
        public bool LostLightWaived { get; set; }

        /// <summary>The waiver's margin (<see cref="LostLightProof.MarginDb"/>), dB.</summary>
        public double LostLightMarginDb { get; set; }

        /// <summary>The field uncertainty budget every loss is judged with.</summary>
        public UncertaintyBudget Budget { get; }

        /// <summary>The raw per-position readings of the last inspection.</summary>
        public Scan Scan { get; }

        /// <summary>The result of the last inspection.</summary>
        public InspectionResult Result { get; }

        /// <summary>The connector diagnosis of the last inspection.</summary>
        public Diagnosis Diagnosis { get; }

        /// <summary>Measures every position of the configured layout and judges it against <paramref name="reference"/>.</summary>
        public InspectionResult Inspect(Reference reference)
        {
            MpoLayout layout = _settings.Layout;
            _acquirer.Acquire(layout.PositionCount, _settings.Wavelength, Scan);
            SourceMonitor(SourceMonitorStatus.None, 0);
            Evaluate(reference);
            return Result;
        }

        /// <summary>
        /// Used, lit positions whose reference held no test step where the reference's self-test ran (its
        /// ladder is held) and read steps (another position holds one, or this one was too bright for any:
        /// <see cref="TestCurrent.RoomDbm"/> less 1 dB for the knee's spread): nothing proves their gain did
        /// not move since (the session fuzz and a review, 2026-12-04). Through a coded source the steps
        /// are read in its dark gap, and a position whose step no gap held now (<see cref="StepsMissingMask"/>) is unproven too.
        /// </summary>
        private uint TooBright(Reference reference, MpoLayout layout)
        {
            GainSignature signature = reference.Signature;
            if (!signature.HasLadder)
            {
                return 0;
            }

            double room = TestCurrent.RoomDbm(_settings.Wavelength) - 1.0;
            uint mask = 0;
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                bool read = layout.IsUsed(p) && reference.HasPower(p) && (signature.TestMask != 0 || reference.PowerDbm(p) > room);
                mask |= read && (!signature.HasTest(p - 1) || PositionMask.Contains(StepsMissingMask, p)) ? PositionMask.Of(p) : 0;
            }

            return mask;
        }

        /// <summary>Judges the current <see cref="Scan"/> against <paramref name="reference"/> (no new acquisition).</summary>
        public void Evaluate(Reference reference)
        {
            MpoLayout layout = _settings.Layout;
            bool referenceOk = reference != null && reference.Matches(layout.Id, _settings.Wavelength);
            long age = referenceOk ? ReferenceAgeMinutes(reference) : 0;
            // A reference of unknown age (an earlier power-up, no UTC to prove when) counts as stale.
            bool stale = referenceOk && _settings.MaxReferenceAgeMinutes > 0 && (age < 0 || age > _settings.MaxReferenceAgeMinutes);
            Result.Begin(layout, _settings.Wavelength, _settings.Limit.LimitDb, _settings.GuardBandDb);
            Result.ReferenceStale = stale;
            bool scatter = Budget.MatingMeasured && Budget.Mating.SteadinessUnproven;
            Result.GainUnprovenMask = referenceOk ? TooBright(reference, layout) : 0;
            double correction = ApplySourceCorrection(reference, referenceOk);
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                ChannelReading reading = Scan.At(p);
                if (!layout.IsUsed(p))
                {
                    Result.SetWithoutLoss(p, VerdictRules.ForUnusedPosition(reading), reading.HasPower, reading.PowerDbm);
                    continue;
                }

                Verdict verdict = VerdictRules.ForReading(reading);
                double loss = 0;
                double uncertainty = 0;
                double expanded = 0;
                bool hasLoss = referenceOk && reference.HasPower(p) && reading.HasPower;
                if (hasLoss)
                {
                    loss = reference.PowerDbm(p) - reading.PowerDbm + correction;
                    uncertainty = LossUncertaintyDb(reference, p, reading);
                    expanded = Budget.ExpandedDb;
                    Result.SetBudget(p, Budget.MeasurementOnlyDb, VerdictRules.BandDb(_settings.GuardBandDb, expanded));
                    Result.Flag(p, VerdictRules.IsImpossiblyNegative(loss, uncertainty, _settings.GuardBandDb));
                }

                if (verdict == Verdict.Pass)
                {
                    verdict = hasLoss ? VerdictRules.ForLoss(loss, uncertainty, expanded, _settings.Limit.LimitDb, _settings.GuardBandDb) : Verdict.NoReference;
                    // A stale reference caps a pass at PASS*. A weak position of a forced reference
                    // read its reference power low, so its loss reads low by an unknown amount: no
                    // PASS and no PASS* there, only REF WEAK (a FAIL or FAIL* stands: the true loss
                    // is higher still).
                    bool weak = referenceOk && PositionMask.Contains(reference.WeakMask, p);
                    verdict = stale && verdict == Verdict.Pass ? Verdict.PassStar : verdict;
                    // A test cord that scatters above its limit (clean or replace it) gives no bare verdict:
                    // its band is past the width at which guarded acceptance keeps wrong verdicts rare.
                    // So does a loss whose U is past the width at which the band keeps false bare verdicts ≤ 0.1 %,
                    // and a position whose gain no test step proves.
                    bool unbare = scatter || expanded > VerdictRules.BareVerdictMaxBandDb || PositionMask.Contains(Result.GainUnprovenMask, p);
                    verdict = unbare && verdict == Verdict.Pass ? Verdict.PassStar : (unbare && verdict == Verdict.Fail ? Verdict.FailStar : verdict);
                    verdict = weak && (verdict == Verdict.Pass || verdict == Verdict.PassStar) ? Verdict.RefWeak : verdict;
                }

                if (hasLoss)
                {
                    Result.Set(p, verdict, reading.PowerDbm, loss, uncertainty);
                }
                else
                {
                    Result.SetWithoutLoss(p, verdict, reading.HasPower, reading.PowerDbm);
                }
            }

            Result.CheckReference(referenceOk, referenceOk ? SpreadSigmaDb(reference) : 0, LostLightWaived, LostLightMarginDb);
            Result.Complete();
            Diagnosis.Analyse(Result);
        }

        /// <summary>
        /// The source drift correction (docs/uncertainty.md): monitor now − monitor at the
        /// reference, when both exist and the frame's monitor field passed its check; the budget's
        /// source term is then the monitor's residual instead of the age-based drift. Records
        /// the correction and, when none is applied, why.
        /// </summary>
        private double ApplySourceCorrection(Reference reference, bool referenceOk)
        {
            SourceCorrection state = SourceCorrectionText.From(_monitorStatus, referenceOk && reference.HasMonitor);
            double correction = state == SourceCorrection.Applied ? _monitorDb - reference.MonitorDb : 0;
            Budget.SetSourceResidual(state == SourceCorrection.Applied, state == SourceCorrection.Applied ? UncertaintyBudget.MonitorResidualDb(correction) : 0);
            Result.SourceCorrectionDb = correction;
            Result.SourceCorrectionState = state;
            return correction;
        }

        /// <summary>
        /// σ of one position's loss about the connector's mean when only the probe differs: the
        /// per-fiber part of the reference's and the link's matings (<see cref="MatingRepeatability.OwnVarianceDb2"/>)
        /// and the electronics of the last loss.
        /// </summary>
        private double SpreadSigmaDb(Reference reference)
        {
            double own = Budget.Mating.OwnVarianceDb2 * (1.0 + (1.0 / reference.Matings));
            double e = Budget.ElectronicsDb;
            return System.Math.Sqrt(own + (e * e));
        }

        private double LossUncertaintyDb(Reference reference, int position, ChannelReading reading)
        {
            // Each reading's dark term follows the age of the dark value it used (a refresh resets
            // it); the gain tempco keeps counting from the boot-time capture.
            long bootDarkMs = _dark == null ? 0 : _dark.CapturedUptimeMs;
            long referenceSinceDark = !reference.FromEarlierBoot && reference.CapturedUptimeMs <= NowMs ? (reference.CapturedUptimeMs - reference.DarkStampMs(position)) / 60000 : FieldFigures.JobMinutes;
            long measureSinceDark = (NowMs - reading.DarkStampMs) / 60000;
            long age = ReferenceAgeMinutes(reference);
            return Budget.LossStandardDb(reference, position, reading, _gain.RatioUncertaintyDb, age < 0 ? FieldFigures.JobMinutes : age,
                referenceSinceDark, measureSinceDark, (NowMs - bootDarkMs) / 60000, _settings.Wavelength);
        }
    }
}
