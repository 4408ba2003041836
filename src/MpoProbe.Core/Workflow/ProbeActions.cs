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
        private readonly ProbeCore _core;
        private bool _displayFailed;

        /// <summary>Actions over a built <paramref name="core"/>.</summary>
        public ProbeActions(ProbeCore core)
        {
            _core = core ?? throw new ArgumentNullException("core");
        }

        /// <summary>Listen for a coded source (≤ two frames, about 1 s) before each inspection (default true).</summary>
        public bool ListenForCodedSource { get; set; } = true;

        /// <summary>True when the last inspection came from a coded scan (a polarity result exists).</summary>
        public bool LastWasCoded { get; private set; }

        /// <summary>Positions of the last inspection that did not pass (FAIL, MARGINAL, UNSTABLE, NO_LIGHT …).</summary>
        public uint LastNotPassing { get; private set; }

        /// <summary>True when the reference fits the current layout and wavelength.</summary>
        public bool HasReference => _core.Reference.Matches(_core.Settings.Layout.Id, _core.Settings.Wavelength);

        /// <summary>Sends the framebuffer to the display; a failure is logged once and otherwise ignored.</summary>
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
                    _core.Log.Error("display_failed", "display: " + e.Message + "; measuring and logging continue");
                }
            }
        }

        /// <summary>Measures the configured layout against the reference and logs result, diagnosis and polarity.</summary>
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
            for (int p = 1; p <= s.Layout.PositionCount; p++)
            {
                Verdict v = result.VerdictAt(p);
                LastNotPassing |= v != Verdict.Pass && v != Verdict.Unused ? PositionMask.Of(p) : 0;
            }

            Stamp();
            _core.Log.Inspection(result, s.Limit.Name);
            _core.Log.Diagnosis(_core.Inspector.Diagnosis);
            if (LastWasCoded)
            {
                _core.Log.Polarity(_core.Scanner.Map, _core.Polarity);
            }

            return result;
        }

        /// <summary>Scans a candidate reference and judges it; the scan stays in the inspector until stored.</summary>
        public ReferenceDecision ScanReference()
        {
            InspectionSettings s = _core.Settings;
            _core.Acquirer.Acquire(s.Layout.PositionCount, s.Wavelength, _core.Inspector.Scan);
            ReferenceDecision decision = _core.ReferenceCheck.Evaluate(_core.Inspector.Scan, s.Layout);
            if (decision == ReferenceDecision.Refused)
            {
                Stamp();
                _core.Log.Error("reference_refused", _core.ReferenceCheck.Describe(_core.Inspector.Scan, s.Layout));
            }

            return decision;
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
