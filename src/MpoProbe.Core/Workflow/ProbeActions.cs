using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// What the workflow does, one operation per method: measure (coded scan or plain inspection),
    /// take and store a reference, save settings, show a frame. Each logs what it did; none throws
    /// for a failing display or storage.
    /// </summary>
    public sealed class ProbeActions
    {
        private const double PortSuspectDb = 0.3;
        private readonly ProbeCore _core;
        private bool _displayFailed;
        private long _passedAtMs = -1;
        private string _passedLink;
        private double _lastGoodMeanDb = double.NaN;

        /// <summary>Actions over a built <paramref name="core"/>.</summary>
        public ProbeActions(ProbeCore core)
        {
            _core = core ?? throw new ArgumentNullException("core");
        }

        /// <summary>Listen for a coded source (≤ two frames, about 1 s) before each inspection (default true).</summary>
        public bool ListenForCodedSource { get; set; } = true;

        /// <summary>True when the last inspection came from a coded scan (a polarity result exists).</summary>
        public bool LastWasCoded { get; private set; }

        /// <summary>Positions of the last inspection that did not pass (FAIL, FAIL*, PASS*, UNSTABLE, NO_LIGHT …).</summary>
        public uint LastNotPassing { get; private set; }

        /// <summary>
        /// One line for the result screen's foot, or null: "PASS: CONNECT/CAP NOW" after a pass,
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
                    _core.Log.Error("display_error", "display: " + e.Message + "; no measurement until the display works");
                }

                _core.SelfTest.Stick(FaultKind.DisplayFailed, 0);
            }
        }

        /// <summary>Measures the configured layout against the reference and logs result, diagnosis and polarity; null when a self-check found a fault (held in <see cref="SelfTest.Faults"/>).</summary>
        public InspectionResult Measure()
        {
            InspectionSettings s = _core.Settings;
            LastWasCoded = false;
            _core.Inspector.NowMs = _core.NowMs;
            if (ListenForCodedSource)
            {
                PolarityMap map = _core.Scanner.Scan(s.Layout, s.Wavelength, _core.Inspector.Scan);
                if (map.Status == PolarityScanStatus.Decoded && map.PowersValid)
                {
                    _core.Inspector.Evaluate(_core.Reference);
                    _core.Polarity.Match(map, s.Layout);
                    _core.Polarity.Judge(s.ExpectedPolarity);
                    LastWasCoded = true;
                }
            }

            if (!LastWasCoded)
            {
                _core.Inspector.Inspect(_core.Reference);
            }

            InspectionResult result = _core.Inspector.Result;
            LastNotPassing = 0;
            if (!_core.SelfTest.AfterScan(_core.Inspector.Scan, s.Layout))
            {
                // The caller reports the fault; no inspection record, so no loss that looks valid.
                return null;
            }

            if (!_core.SelfTest.AfterInspection(result))
            {
                // The reference no longer applies: the reason (first finding) in the log, the fault on screen (RE-REF).
                Stamp();
                _core.Log.Error("re_reference", _core.Inspector.Diagnosis.Describe(0));
                return null;
            }

            LastNotPassing = result.NotPassingMask();

            Stamp();
            _core.Log.Inspection(result, s.Limit.Name, FiberProfiles.Name(s.Fiber));
            _core.Log.Diagnosis(_core.Inspector.Diagnosis);
            if (LastWasCoded)
            {
                _core.Log.Polarity(_core.Scanner.Map, _core.Polarity);
            }

            Habits(result);
            return result;
        }

        /// <summary>Field habits after every inspection: exposure, wear, the probe's own port.</summary>
        private void Habits(InspectionResult result)
        {
            InspectionSettings s = _core.Settings;
            long now = _core.NowMs;
            string exposed = null;
            string port = null;
            bool sameLink = _passedLink == s.LinkLabel;
            if (_passedAtMs >= 0 && sameLink && now - _passedAtMs > s.ExposureMinutes * 60000L)
            {
                exposed = "EXPOSED: RE-INSPECT";
                _core.Log.Error("exposed", "link " + (s.LinkLabel == null ? "(unlabelled)" : s.LinkLabel) + " passed " + ((now - _passedAtMs) / 60000).ToString()
                    + " min ago and was left uncovered: clean and re-inspect before trusting it");
            }

            bool passed = result.Overall == Verdict.Pass;
            _passedAtMs = passed ? now : -1;
            _passedLink = s.LinkLabel;
            double mean = MeanLoss(result);
            if (passed)
            {
                _lastGoodMeanDb = mean;
            }
            else if (HasUniform() && !double.IsNaN(_lastGoodMeanDb) && mean - _lastGoodMeanDb > PortSuspectDb)
            {
                port = "CHECK PROBE PORT";
                _core.Log.Error("probe_port_suspect", "every position reads " + Format.Db(mean - _lastGoodMeanDb)
                    + " dB worse than the last good inspection: inspect and clean the probe's own port and the reference cord");
            }

            _core.Wear.CountInspection();
            SaveWear();
            string worn = _core.Wear.Warning();
            if (worn != null)
            {
                _core.Log.Error(_core.Wear.PortWorn ? "wear_port" : "wear_cord", worn);
                worn = _core.Wear.PortWorn ? "PORT WORN: INSPECT" : "CORD WORN: REPLACE";
            }

            // Most urgent first: an exposed link, the probe's own port, wear, then the cap prompt.
            ResultNote = exposed ?? port ?? worn ?? (passed ? "PASS: CONNECT/CAP NOW" : null);
        }

        private bool HasUniform()
        {
            Diagnosis d = _core.Inspector.Diagnosis;
            for (int i = 0; i < d.Count; i++)
            {
                if (d.KindAt(i) == FindingKind.UniformLoss)
                {
                    return true;
                }
            }

            return false;
        }

        private static double MeanLoss(InspectionResult result)
        {
            double sum = 0;
            int n = 0;
            for (int p = 1; p <= result.Layout.PositionCount; p++)
            {
                if (!double.IsNaN(result.LossDb(p)))
                {
                    sum += result.LossDb(p);
                    n++;
                }
            }

            return n == 0 ? double.NaN : sum / n;
        }

        /// <summary>Saves the wear counters; a storage failure is logged.</summary>
        public void SaveWear()
        {
            try
            {
                _core.Wear.Save(_core.Hardware.Storage);
            }
            catch (Exception e)
            {
                _core.Log.Error("wear_not_saved", "mating counts not saved: " + e.Message);
            }
        }

        /// <summary>Scans a candidate reference and judges it; the scan stays in the inspector until stored.</summary>
        public ReferenceDecision ScanReference()
        {
            InspectionSettings s = _core.Settings;
            _core.Acquirer.AcquireReference(s.Layout.PositionCount, s.Wavelength, _core.Inspector.Scan);
            if (!_core.SelfTest.AfterScan(_core.Inspector.Scan, s.Layout))
            {
                return ReferenceDecision.Refused;
            }

            ReferenceDecision decision = _core.ReferenceCheck.Evaluate(_core.Inspector.Scan, s.Layout);
            if (decision == ReferenceDecision.Refused)
            {
                Stamp();
                _core.Log.Error("reference_refused", _core.ReferenceCheck.Describe(_core.Inspector.Scan, s.Layout));
            }

            return decision;
        }

        /// <summary>Re-measures the re-mated reference cord, judges the change and logs it; true when the mating σ went into the budget.</summary>
        public bool VerifyReference()
        {
            InspectionSettings s = _core.Settings;
            _core.Acquirer.AcquireReference(s.Layout.PositionCount, s.Wavelength, _core.VerifyScan);
            bool passed = _core.Verification.Verify(_core.Reference, _core.VerifyScan, s.Layout, _core.Inspector.Budget);
            Stamp();
            _core.Log.Verification(_core.Verification, _core.Inspector.Budget);
            return passed;
        }

        /// <summary>Stores the last scanned candidate as the reference and saves it.</summary>
        public void StoreReference()
        {
            InspectionSettings s = _core.Settings;
            _core.Reference.Capture(_core.Inspector.Scan, s.Layout, _core.NowMs, 0);
            _core.Cycle.Reset();
            Stamp();
            try
            {
                _core.ReferenceStore.Save(_core.Reference);
            }
            catch (Exception e)
            {
                _core.Log.Error("reference_not_saved", "reference kept in memory but not saved: " + e.Message);
                _core.SelfTest.Stick(FaultKind.StorageFailed, 0);
            }

            _core.Log.Reference(_core.Reference, _core.ReferenceCheck, s.Layout);
        }

        /// <summary>Saves and logs the settings after a change.</summary>
        public void SettingsChanged()
        {
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
