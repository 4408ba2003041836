namespace MpoProbe.Core
{
    /// <summary>
    /// The workflow's self-check steps (docs/faults.md): the boot sequence after settings, the
    /// guard every reference and inspection passes — whatever asked for it, button or serial
    /// command, from whatever state — and the fault screen with its retry.
    /// </summary>
    public sealed partial class ProbeWorkflow
    {
        private bool _darkCaptured;
        private bool _referenceLoaded;

        /// <summary>Self-checks, dark table and stored reference; false when a fault or a bad reference stopped it (its screen is shown).</summary>
        private bool BootChecks()
        {
            if (!Guard())
            {
                return false;
            }

            return _referenceLoaded || LoadReference();
        }

        /// <summary>
        /// Everything that must hold before measuring: sticky faults, head, battery, acquisition
        /// chain, then the dark table if it is not captured yet. Shows the fault and returns false.
        /// </summary>
        private bool Guard()
        {
            // The screen in hand (boot or measuring) goes out first: a dead display is found here.
            _do.Show();
            SelfTest test = _core.SelfTest;
            if (test.FittedHead == 0 && _core.Hardware.HeadPositions != 0)
            {
                _core.Settings.Layout = test.AcceptHead(_core.Settings.Layout);
            }

            if (test.Sticky == FaultKind.LightDuringDark)
            {
                _darkCaptured = false;
                test.Unstick(FaultKind.LightDuringDark);
            }

            test.CheckStorage();
            if (!test.BeforeMeasuring(_core.Settings.Layout) || !(_darkCaptured || CaptureDark()))
            {
                Fault();
                return false;
            }

            return true;
        }

        /// <summary>Dark table with the port capped; light, a dead or a stuck channel is a fault.</summary>
        private bool CaptureDark()
        {
            FrontEndCheck dark = _core.Acquirer.CaptureDark(_core.Hardware.FrontEnd.ChannelCount);
            _core.Dark.CapturedUptimeMs = _core.NowMs;
            FaultLatch faults = _core.SelfTest.Faults;
            if (faults.HasFault)
            {
                return false;
            }

            if (dark.Status == FrontEndStatus.DeadZone)
            {
                faults.Raise(FaultKind.ChannelDead, dark.Position, dark.Volts, FrontEndDesign.WindowLowVolts);
                return false;
            }

            if (dark.Status == FrontEndStatus.LightDuringDark)
            {
                _core.SelfTest.Stick(FaultKind.LightDuringDark, dark.Volts);
                faults.Raise(FaultKind.LightDuringDark, dark.Position, dark.Volts, FrontEndDesign.PedestalVolts + 0.5);
                return false;
            }

            _darkCaptured = true;
            return true;
        }

        private bool LoadReference()
        {
            _referenceLoaded = true;
            LoadStatus reference = _core.ReferenceStore.Load(_core.Reference);
            if (reference == LoadStatus.Corrupted)
            {
                Error("BAD REF", "STORED REFERENCE FAILED ITS CHECKSUM AND WAS CLEARED. SET A NEW ONE.", "reference_corrupted");
                _core.Log.Warning("reference_corrupted", _core.ReferenceStore.Problem);
                return false;
            }

            if (reference == LoadStatus.Missing)
            {
                _core.Log.Notice("reference_missing", _core.ReferenceStore.Problem);
            }

            return ReferenceBound();
        }

        /// <summary>
        /// A reference is bound to the calibration that measured it (its checksum, docs/calibration.md):
        /// when the probe now runs with other gains — the calibration lost, replaced or corrupted — the
        /// reference is dropped (memory and flash), the screen and the log say so. True when it holds or none is set.
        /// </summary>
        private bool ReferenceBound()
        {
            Reference reference = _core.Reference;
            uint now = CalibrationChecksum.Of(_core.Gain, _core.Calibration);
            if (!reference.IsValid || reference.Signature.CalibrationCrc == now)
            {
                return true;
            }

            string message = "reference taken with calibration " + reference.Signature.CalibrationCrc.ToString("X8") + ", the probe now runs with " + now.ToString("X8")
                + " (" + _core.Calibration.StateName + "): the calibration was lost, replaced or corrupted; reference dropped, set a new one";
            reference.Clear();
            try
            {
                _core.Storage.Delete(ReferenceStore.FileName);
            }
            catch (System.Exception)
            {
                // The reference in memory is gone; a stale file is dropped again at the next boot.
            }

            Error("REF DROP", "CALIBRATION CHANGED SINCE THE REFERENCE. SET A NEW ONE.", null);
            _do.Stamp();
            _core.Log.Warning("reference_calibration_changed", message);
            return false;
        }

        /// <summary>Shows and logs the held fault. A changed head is adopted: its layout, no reference until a new one is set.</summary>
        private void Fault()
        {
            FaultLatch f = _core.SelfTest.Faults;
            State = ProbeState.Fault;
            FaultReport.Show(_core.Frame, f);
            _do.Show();
            _do.Stamp();
            FaultReport.Log(_core.Log, f);
            if (f.Kind == FaultKind.HeadChanged)
            {
                _do.HeadChanged();
                _core.Cycle.Reset();
                _core.Settings.Layout = _core.SelfTest.AcceptHead(_core.Settings.Layout);
                _do.SettingsChanged();
            }
        }
    }
}
