namespace MpoProbe.Core
{
    /// <summary>
    /// The job's reference re-check (IEC 61280-4-5 practice; docs/workflow.md, issue 24): after
    /// <see cref="InspectionSettings.RecheckEvery"/> inspections or
    /// <see cref="InspectionSettings.RecheckMinutes"/> minutes since the reference or the last good
    /// re-check the probe asks for the reference cord again (serial <c>recheck</c>). A position
    /// that moved by more than <see cref="RecheckMaxChangeDb"/> fails it: the "recheck" record
    /// (kept in the results store) marks the inspections since the last good check, and the report
    /// marks them on the certificate. Allocates nothing per inspection.
    /// </summary>
    public sealed partial class ProbeActions
    {
        /// <summary>
        /// Largest change of a position's reference-cord power at the re-check, dB: the source's
        /// drift over a job (<see cref="FieldFigures.SourceDriftPerJobDb"/>) plus one re-mate of the
        /// cord (<see cref="FieldFigures.VerifyMaxChangeDb"/>), both already in the budget.
        /// </summary>
        public const double RecheckMaxChangeDb = FieldFigures.SourceDriftPerJobDb + FieldFigures.VerifyMaxChangeDb;

        private int _sinceCheck;
        private long _checkedAtMs;
        private long _firstSinceMs = -1;

        /// <summary>Inspections logged since the reference or the last good re-check.</summary>
        public int InspectionsSinceCheck => _sinceCheck;

        /// <summary>True when the re-check is due (at least one inspection, and the count or the time reached).</summary>
        public bool RecheckDue
        {
            get
            {
                InspectionSettings s = _core.Settings;
                return _sinceCheck > 0 && ((s.RecheckEvery > 0 && _sinceCheck >= s.RecheckEvery)
                    || (s.RecheckMinutes > 0 && MinutesSinceCheck() >= s.RecheckMinutes));
            }
        }

        /// <summary>Largest change found by the last re-check, dB (signed), and its position (0: none compared).</summary>
        public double LastRecheckChangeDb { get; private set; }

        /// <summary>Position of <see cref="LastRecheckChangeDb"/>, or the first without light (<see cref="LastRecheckDark"/>); 0 when no position was compared.</summary>
        public int LastRecheckPosition { get; private set; }

        /// <summary>True when the last re-check found a used position without light (<see cref="LastRecheckChangeDb"/> is then 0, unknown).</summary>
        public bool LastRecheckDark { get; private set; }

        /// <summary>Mean change over the used positions found by the last re-check, dB (source correction taken out).</summary>
        public double LastRecheckMeanDb { get; private set; }

        /// <summary>Largest mean change the last re-check allowed, dB (<see cref="RecheckMean"/>); 0 when not tested.</summary>
        public double LastRecheckMeanLimitDb { get; private set; }

        /// <summary>True when the last re-check failed on the mean although every position was within its limit.</summary>
        public bool LastRecheckMeanFailed { get; private set; }

        /// <summary>
        /// Minutes since the reference or the last good re-check: by the UTC clock when it was set
        /// then and is set now (so a restart does not restart them), else since it in this boot.
        /// </summary>
        private long MinutesSinceCheck()
        {
            long inBoot = (_core.NowMs - _checkedAtMs) / 60000;
            int then = _core.Wear.CheckedUtcMinutes;
            long byClock = then > 0 && _core.UtcClock.IsSet ? (_core.UtcClock.EpochSeconds(_core.NowMs) / 60) - then : -1;
            return byClock > inBoot ? byClock : inBoot;
        }

        /// <summary>A new reference is the job's new good check.</summary>
        private void RestartChecks()
        {
            _sinceCheck = 0;
            _core.Wear.SinceCheck = 0;
            _core.Wear.CheckedUtcMinutes = _core.UtcClock.IsSet ? (int)(_core.UtcClock.EpochSeconds(_core.NowMs) / 60) : 0;
            _checkedAtMs = _core.NowMs;
            _firstSinceMs = -1;
            // Kept at once: a restart before the next inspection must not bring the old count back.
            SaveWear();
        }

        /// <summary>
        /// After a restart: the inspections counted since the last good check before it (kept with
        /// the wear counts) go on counting, and so does its time where the UTC clock was set then and
        /// is set again (else it counts from boot); the first of them is not known in this boot's
        /// time (<c>since_ms</c> −1). Files the boot could not read from flash are named here (<c>storage_read_failed</c>).
        /// </summary>
        public void RestoreChecks()
        {
            string unreadable = _core.Storage.TakeUnreadable();
            if (unreadable.Length > 0)
            {
                _core.Log.Warning("storage_read_failed", "could not read " + unreadable + " from flash: read as missing, defaults in use; if it recurs, return the probe for service");
            }

            _sinceCheck = _core.Wear.SinceCheck;
            _checkedAtMs = _core.NowMs;
            _firstSinceMs = -1;
        }

        /// <summary>Counts a logged inspection; asks for the re-check when it is due and nothing else is asked.</summary>
        private void CountForRecheck()
        {
            _firstSinceMs = _sinceCheck == 0 ? _core.NowMs : _firstSinceMs;
            _sinceCheck++;
            _core.Wear.SinceCheck = _sinceCheck;
            if (RecheckDue && LastPrompt == PromptKind.None)
            {
                LastPrompt = PromptKind.Recheck;
                LastPromptPositions = 0;
            }
        }

        /// <summary>
        /// Measures the reference cord, compares every used position with the reference and logs
        /// the "recheck" record. True when it passed; false when it failed (the results since the
        /// last good check are marked and the reference is dropped) or a self-check fault is held.
        /// </summary>
        public bool Recheck()
        {
            InspectionSettings s = _core.Settings;
            bool coded = MeasureCord(_core.VerifyScan);
            if (!_core.SelfTest.AfterScan(_core.VerifyScan, s.Layout))
            {
                return false;
            }

            // Through a monitored coded source the source's own change is known: taken out, as an inspection takes it out.
            bool monitored = coded && _core.CodedReference.HasMonitor && _core.Reference.HasMonitor;
            double correction = monitored ? _core.CodedReference.MonitorDb - _core.Reference.MonitorDb : 0;
            bool passed = Compare(s.Layout, correction) && CompareMean(correction, monitored);
            Stamp();
            _core.Log.Send(_core.Log.Start("recheck").Add("passed", passed).Add("worst_pos", LastRecheckPosition).Add("worst_change_db", !LastRecheckDark, LastRecheckChangeDb, 3)
                .Add("limit_db", RecheckMaxChangeDb, 3).Add("mean_change_db", LastRecheckMeanDb, 3).Add("mean_limit_db", LastRecheckMeanLimitDb, 3)
                .Add("source_correction_db", correction, 3).Add("inspections", _sinceCheck).Add("since_ms", _firstSinceMs));
            if (!passed)
            {
                string what = LastRecheckMeanFailed ? "the connector's mean changed by " + Format.Db(LastRecheckMeanDb) + " dB (limit " + Format.Db(LastRecheckMeanLimitDb) + " dB)"
                    : LastRecheckDark ? Format.Position(LastRecheckPosition) + " has no light"
                    : LastRecheckPosition == 0 ? "no position could be compared"
                    : Format.Position(LastRecheckPosition) + " changed by " + Format.Db(LastRecheckChangeDb) + " dB (limit " + Format.Db(RecheckMaxChangeDb) + " dB)";
                _core.Log.Error("recheck_failed", "reference re-check failed: " + what
                    + "; the " + _sinceCheck.ToString() + " inspections since the last good check are marked; set a new reference and inspect them again");
                DropReference();
            }

            LostLightProven(_lostLight.Rechecked(passed, _core.Reference, LastRecheckMeanDb, LastRecheckMeanLimitDb));
            RestartChecks();
            return passed;
        }

        private readonly LostLightProof _lostLight = new LostLightProof();

        /// <summary>An inspection refused because every position lost light alike (a positive shift): the reference's mean, the shift and the limit are kept for the proof.</summary>
        private void RefusedLostLight(InspectionResult result)
        {
            if (result.ShiftDb > 0)
            {
                _lostLight.Refused(_core.Reference, _core.Settings.Layout, _core.Inspector.ReferenceAgeMinutes(_core.Reference), _core.NowMs, result.ShiftDb, result.LimitDb);
            }
        }

        /// <summary>True while the workflow re-inspects the link it asked to clean (set around <see cref="Measure"/>).</summary>
        public bool CleanedHeldLink { get; set; }

        /// <summary>
        /// A connector held for a clean that the clean left as it was (<see cref="CleanCycle.NothingCameOff(InspectionResult, UncertaintyBudget)"/>, at the
        /// probe's upper mating figures): not dirt. The result becomes a connector that lost light alike
        /// (<see cref="InspectionResult.LostAfterClean"/>), refused as one inspection showing it would be; the cycle ends.
        /// </summary>
        private void RefuseIfCleanTookNothingOff(InspectionResult result)
        {
            if (!CleanedHeldLink || !_core.Cycle.NothingCameOff(result, _core.Inspector.Budget))
            {
                return;
            }

            result.LostAfterClean();
            _core.Inspector.Diagnosis.Analyse(result);
            _core.Cycle.Reset();
            Stamp();
            _core.Log.Warning("clean_took_nothing_off", "held for a clean, and the clean took nothing off (no fiber, and not their mean, fell beyond a re-mate's scatter): not dirt, refused as a connector that lost light alike; the clean is not counted");
        }

        /// <summary>Logs the waiver when the reference cord read as the refused reference did.</summary>
        private void LostLightProven(bool waived)
        {
            if (waived)
            {
                Stamp();
                _core.Log.Warning("lost_light_confirmed", "the reference cord reads as the reference did: a loss alike on every position is the link's (adapter, end face, mating), not the source, while the reference stands and its re-checks pass");
            }
        }

        /// <summary>
        /// Measures the reference cord into <paramref name="into"/> the way a reference is taken:
        /// through a coded source when one is heard (its averaged sync windows; a plain acquisition
        /// reads a coded source as dark, it is lit only in its slots), else a plain acquisition.
        /// Used by the reference, <c>verify</c> and the re-check alike. True when coded.
        /// </summary>
        private bool MeasureCord(Scan into)
        {
            InspectionSettings s = _core.Settings;
            if (ListenForCodedSource && _core.CodedReference.Take(s.Layout, s.Wavelength, into) == PolarityScanStatus.Decoded)
            {
                return true;
            }

            _core.Acquirer.AcquireReference(s.Layout.PositionCount, s.Wavelength, into);
            return false;
        }

        /// <summary>
        /// True when every used position's reference-cord power, less the source's own change
        /// <paramref name="sourceCorrectionDb"/> (0 without a monitor), is within the limit of the
        /// reference's; no light or no reference fails. Every used position is read, so the record
        /// names the largest change, or the first position without light (its change then unknown: 0, logged as null).
        /// </summary>
        private bool Compare(MpoLayout layout, double sourceCorrectionDb)
        {
            LastRecheckChangeDb = 0;
            LastRecheckPosition = 0;
            LastRecheckDark = false;
            LastRecheckMeanDb = 0;
            LastRecheckMeanLimitDb = 0;
            LastRecheckMeanFailed = false;
            _meanCount = 0;
            double sum = 0;
            double worst = 0;
            int dark = 0;
            for (int p = 1; p <= layout.PositionCount && _core.Reference.IsValid; p++)
            {
                if (!layout.IsUsed(p))
                {
                    continue;
                }

                ChannelReading reading = _core.VerifyScan.At(p);
                if (!reading.HasPower || !_core.Reference.HasPower(p))
                {
                    dark = dark == 0 ? p : dark;
                    continue;
                }

                double change = reading.PowerDbm - _core.Reference.PowerDbm(p) - sourceCorrectionDb;
                sum += change;
                _meanCount++;
                double size = change < 0 ? -change : change;
                if (size > worst)
                {
                    worst = size;
                    LastRecheckChangeDb = change;
                    LastRecheckPosition = p;
                }
            }

            LastRecheckDark = dark > 0;
            LastRecheckPosition = LastRecheckDark ? dark : LastRecheckPosition;
            LastRecheckChangeDb = LastRecheckDark ? 0 : LastRecheckChangeDb;
            bool ok = _core.Reference.IsValid && !LastRecheckDark && _meanCount > 0 && worst <= RecheckMaxChangeDb;

            // The mean only once every position passed (a failed position is the record's reason; 0 then).
            LastRecheckMeanDb = ok ? sum / _meanCount : 0;
            return ok;
        }

        private int _meanCount;

        /// <summary>
        /// True when the mean change of the positions <see cref="Compare"/> read lies within what a
        /// healthy re-check explains (<see cref="RecheckMean"/>): the probe's mating figure and, for
        /// a plain source, the drift its statement allows for the reference's age; through a monitor
        /// (<paramref name="corrected"/>) the monitor's residual instead of the drift.
        /// </summary>
        private bool CompareMean(double correctionDb, bool corrected)
        {
            LastRecheckMeanLimitDb = RecheckMean.LimitDb(_core.Inspector.Budget, _core.Reference.Matings, _meanCount, corrected, correctionDb,
                _core.Reference.AgeMinutes(_core.NowMs, UtcTicksNow()));
            double size = LastRecheckMeanDb < 0 ? -LastRecheckMeanDb : LastRecheckMeanDb;
            LastRecheckMeanFailed = size > LastRecheckMeanLimitDb;
            return !LastRecheckMeanFailed;
        }
    }
}
