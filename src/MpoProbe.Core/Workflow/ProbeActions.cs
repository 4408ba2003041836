using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// What the workflow does, one operation per method: measure (coded scan or plain inspection),
    /// take and store a reference, save settings, show a frame. Each logs what it did; none throws
    /// for a failing display or storage.
    /// </summary>
    public sealed partial class ProbeActions
    {
        private const double PortSuspectDb = 0.3;
        private readonly ProbeCore _core;
        private bool _displayFailed;
        private long _passedAtMs = -1;
        private string _passedLink;
        private double _lastGoodMeanDb, _candidateMonitorDb;
        private bool _hasLastGoodMean, _hasCandidateMonitor;

        /// <summary>Actions over a built <paramref name="core"/>.</summary>
        public ProbeActions(ProbeCore core)
        {
            _core = core ?? throw new ArgumentNullException("core");
        }

        /// <summary>Listen for a coded source (≤ two frames, about 1 s) before each inspection (default true).</summary>
        public bool ListenForCodedSource { get; set; } = true;

        /// <summary>True when the last inspection came from a coded scan (a polarity result exists).</summary>
        public bool LastWasCoded { get; private set; }

        /// <summary>True when the last inspection was logged as a result (<c>last</c> has something to send); false after a refused one.</summary>
        public bool HasResult { get; private set; }

        /// <summary>Whether a coded source was listened for on the last inspection and none was decoded (a polarity record says so).</summary>
        public bool LastListenedUncoded { get; private set; }

        /// <summary>The last inspection's overall verdict: its loss verdict, FAIL when polarity was tested and failed (<see cref="OverallVerdict"/>).</summary>
        public Verdict LastOverall { get; private set; }

        /// <summary>Positions of the last inspection that did not pass (FAIL, FAIL*, PASS*, UNSTABLE, NO_LIGHT …).</summary>
        public uint LastNotPassing { get; private set; }

        /// <summary>
        /// One line for the result screen's foot, or null: "CAP OR CONNECT NOW" after a pass,
        /// "EXPOSED: RE-INSPECT" when the same link comes back after the exposure time, a wear or
        /// probe-port warning.
        /// </summary>
        public string ResultNote { get; private set; }

        /// <summary>True when the reference fits the current layout and wavelength.</summary>
        public bool HasReference => _core.Reference.Matches(_core.Settings.Layout.Id, _core.Settings.Wavelength);

        /// <summary>Sends the framebuffer to the display; a failure is logged once and becomes the sticky <see cref="FaultKind.DisplayFailed"/>.</summary>
        public void Show()
        {
            try
            {
                _core.Hardware.Display.Show(_core.Frame);
            }
            catch (Exception e)
            {
                if (!_displayFailed)
                {
                    _displayFailed = true;
                    _core.Log.Warning("display_error", "display: " + e.Message + "; no measurement until the display works");
                }

                _core.SelfTest.Stick(FaultKind.DisplayFailed, 0);
            }
        }

        /// <summary>Measures the configured layout against the reference and logs result, diagnosis and polarity; null when a self-check found a fault (held in <see cref="SelfTest.Faults"/>).</summary>
        public InspectionResult Measure()
        {
            InspectionSettings s = _core.Settings;
            LastWasCoded = false;
            LastListenedUncoded = false;
            bool powersFromScan = false;
            _core.Inspector.NowMs = _core.NowMs;
            _core.Inspector.NowUtcTicks = UtcTicksNow();
            _core.Inspector.LostLightWaived = _lostLight.HoldsFor(_core.Reference);
            _core.Inspector.LostLightMarginDb = _lostLight.MarginDb;
            _core.Inspector.StepsMissingMask = 0;
            if (ListenForCodedSource)
            {
                _core.Scanner.PlanGapSteps(s.Layout, _core.Reference.Signature);
                PolarityMap map = _core.Scanner.Scan(s.Layout, s.Wavelength, _core.Inspector.Scan);
                _core.Polarity.Match(map, s.Layout);
                // A decoded map is a polarity result even when the sync window's powers were not
                // usable; the loss then comes from a plain acquisition below.
                LastWasCoded = map.Status == PolarityScanStatus.Decoded;
                LastListenedUncoded = !LastWasCoded;
                _core.Inspector.StepsMissingMask = LastWasCoded ? _core.Scanner.GapStepsMissing : 0;
                if (LastWasCoded && map.PowersValid)
                {
                    _core.Inspector.SourceMonitor(map.MonitorStatus, map.MonitorDb);
                    _core.Inspector.Evaluate(_core.Reference);
                    powersFromScan = true;
                }

                _core.Polarity.Judge(s.ExpectedPolarity);
                if (_core.Scanner.DarkRefresh.RefusedPosition > 0)
                {
                    Stamp();
                    _core.Log.Warning("dark_refresh_refused", "dark refresh refused at position " + _core.Scanner.DarkRefresh.RefusedPosition.ToString() + ": "
                        + Format.Fixed(_core.Scanner.DarkRefresh.RefusedChangeCodes, 1) + " codes from the stored dark in range " + _core.Scanner.DarkRefresh.RefusedRange.ToString()
                        + " (light in the source's dark gap); the previous dark kept");
                }
            }

            if (!powersFromScan)
            {
                _core.Inspector.Inspect(_core.Reference);
            }

            InspectionResult result = _core.Inspector.Result;
            LastNotPassing = 0;
            if (!_core.SelfTest.AfterScan(_core.Inspector.Scan, s.Layout))
            {
                // The caller reports the fault; no inspection record, so no loss that looks valid,
                // and `last` has no result to repeat (the inspector now holds the refused one).
                HasResult = false;
                return null;
            }

            if (_core.Reference.IsValid && !_core.SelfTest.MatchesReference(_core.Reference, s.Layout, LastWasCoded ? _core.Scanner.GapSteps : null))
            {
                // The gain, the head or the ADC moved since the reference: no loss from it.
                HasResult = false;
                return null;
            }

            RefuseIfCleanTookNothingOff(result);
            if (!_core.SelfTest.AfterInspection(result))
            {
                // The reference no longer applies: the reason (first finding) in the log, the fault on screen (RE-REF).
                HasResult = false;
                RefusedLostLight(result);
                Stamp();
                _core.Log.Error("re_reference", _core.Inspector.Diagnosis.Describe(0));
                return null;
            }

            LastNotPassing = result.NotPassingMask();
            LastOverall = OverallVerdict.Of(result.Overall, PolarityVerdictNow);
            HasResult = true;

            uint promptPositions;
            LastPrompt = Prompts.Choose(_core.Inspector.Diagnosis, result, PolarityVerdictNow, out promptPositions);
            LastPromptPositions = promptPositions;
            Stamp();
            LogResult();
            Remates(result);
            CountForRecheck();
            _core.Log.Diagnosis(_core.Inspector.Diagnosis, Prompts.Name(LastPrompt));
            if (LastWasCoded || LastListenedUncoded)
            {
                _core.Log.Polarity(_core.Scanner.Map, _core.Polarity);
            }

            Habits(result);
            return result;
        }

        /// <summary>UTC now in .NET ticks, 0 while the probe's clock is not set (`time` command).</summary>
        public long UtcTicksNow()
        {
            return _core.UtcClock.UtcTicks(_core.NowMs);
        }

        /// <summary>The last inspection's polarity verdict (NOT_TESTED without a decoded coded scan).</summary>
        public PolarityVerdict PolarityVerdictNow => LastWasCoded ? _core.Polarity.Verdict : PolarityVerdict.NotTested;

        /// <summary>The last inspection's polarity in one screen line ("21↔22 CROSSED", "POLARITY NOT TESTED" …).</summary>
        public TextBuilder PolarityLine
        {
            get
            {
                _polarityLine.Clear();
                return LastWasCoded ? PolarityText.Short(_polarityLine, _core.Polarity, _core.Settings.ExpectedPolarity) : _polarityLine.Add(PolarityText.NotTested);
            }
        }

        private readonly TextBuilder _polarityLine = new TextBuilder(32);

        /// <summary>What the last result asks the technician to do (<see cref="Prompts"/>).</summary>
        public PromptKind LastPrompt { get; private set; }

        /// <summary>The positions the last prompt names.</summary>
        public uint LastPromptPositions { get; private set; }

        /// <summary>Writes the last inspection record, with the overall verdict, polarity and a forced reference's weak positions.</summary>
        public void LogResult()
        {
            LogResult(false);
        }

        /// <summary>
        /// The last inspection record again, for <c>last</c>: marked <c>"resent":true</c> and not
        /// kept on the probe, so a certificate never counts it as another inspection.
        /// </summary>
        public void LogResult(bool resent)
        {
            InspectionSettings s = _core.Settings;
            JsonLine record = _core.Log.InspectionRecord(_core.Inspector.Result, s.Limit.Name, FiberProfiles.Name(s.Fiber), LastOverall, PolarityVerdictNow, LastWasCoded ? PolarityLine : null);
            if (_core.Reference.WeakMask != 0)
            {
                record.AddMask(LogKeys.ReferenceWeak, _core.Reference.WeakMask);
            }

            if (_core.Inspector.Result.GainUnprovenMask != 0)
            {
                record.AddMask(LogKeys.GainUnproven, _core.Inspector.Result.GainUnprovenMask);
            }

            // Whether the source's drift was corrected (source_correction_db), and if not, why; the drift
            // rectangle the bands allowed (null without a loss: no band used it; the report re-judges a
            // result against a passed re-check's mean without it); positions whose dark was refreshed.
            record.Add(LogKeys.SourceCorrection, SourceCorrectionText.Name(_core.Inspector.Result.SourceCorrectionState))
                .Add(LogKeys.DriftBoundDb, _core.Inspector.Result.WorstPosition != 0, _core.Inspector.Budget.SourceBoundDb, 3);
            record.AddMask(LogKeys.DarkRefreshed, LastWasCoded ? _core.Scanner.DarkRefresh.RefreshedMask : 0);
            _core.Log.AddMating(record, _core.Inspector.Budget.Mating, _core.Inspector.Budget.MatingSigmaDb);
            _core.Job.Budget.AddTo(record, s);
            if (resent)
            {
                _core.Log.SendAnswerNotKept(record.Add(LogKeys.Resent, true));
                return;
            }

            _core.Log.SendAnswer(record);
        }

        /// <summary>Answers <c>status</c>: the settings record plus state, head, reference and battery.</summary>
        public void Status(string state)
        {
            InspectionSettings s = _core.Settings;
            Reference r = _core.Reference;
            bool valid = r.IsValid;
            JsonLine record = _core.Log.SettingsRecord(s).Add("state", state).Add("head", _core.Hardware.HeadPresent ? "present" : "missing")
                .Add("reference", !valid ? "none" : (HasReference ? "valid" : "other_setup"))
                .Add("reference_age_min", valid ? r.AgeMinutes(_core.NowMs, UtcTicksNow()) : -1)
                .Add("battery_pct", _core.Hardware.BatteryPercent);
            _core.Log.AddMating(record, _core.Inspector.Budget.Mating, _core.Inspector.Budget.MatingSigmaDb);
            _core.Log.SendAnswerNotKept(record);
        }

        /// <summary>Saves the wear counters; a storage failure is logged.</summary>
        public void SaveWear()
        {
            try
            {
                _core.Wear.Save(_core.Storage);
            }
            catch (Exception e)
            {
                _core.Log.Error("wear_not_saved", "mating counts not saved: " + e.Message);
            }
        }

        /// <summary>Saves and logs the settings after a change.</summary>
        public void SettingsChanged()
        {
            // The lost-light proof belongs to its reference (LostLightProof.HoldsFor), not to the settings: `link B` keeps it.
            Stamp();
            try
            {
                _core.SettingsStore.Save(_core.Settings);
            }
            catch (Exception e)
            {
                _core.Log.Error("settings_not_saved", "settings in use but not saved: " + e.Message);
            }

            _core.Log.Settings(_core.Settings);
        }

        /// <summary>Brings the log's clock up to date before records are written.</summary>
        public void Stamp()
        {
            _core.Log.UptimeMs = _core.NowMs;
        }
    }
}
