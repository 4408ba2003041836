using System;

namespace MpoProbe.Core
{
    /// <summary>The reference: scanned, judged, stored, verified by a re-mate (docs/workflow.md).</summary>
    public sealed partial class ProbeActions
    {
        /// <summary>Scans a candidate reference and judges it; logs a refusal or the question; the scan stays in the inspector until stored.</summary>
        public ReferenceDecision ScanReference()
        {
            InspectionSettings s = _core.Settings;
            _core.Scanner.PlanGapSteps(s.Layout, null);
            bool coded = MeasureCord(_core.Inspector.Scan);
            _hasCandidateMonitor = coded && _core.CodedReference.HasMonitor;
            _candidateMonitorDb = coded ? _core.CodedReference.MonitorDb : 0;

            if (!_core.SelfTest.AfterScan(_core.Inspector.Scan, s.Layout) || !_core.SelfTest.Capture(s.Layout, CalibrationChecksum.Of(_core.Gain, _core.Calibration), coded ? _core.Scanner.GapSteps : null))
            {
                return ReferenceDecision.Refused;
            }

            ReferenceDecision decision = _core.ReferenceCheck.Evaluate(_core.Inspector.Scan, s.Layout);
            if (decision != ReferenceDecision.Accepted)
            {
                Stamp();
                _core.Log.ReferenceNotStored(ProbeLog.DecisionName(decision), _core.ReferenceCheck, s.Layout, s.Wavelength, _core.ReferenceCheck.Describe(_core.Inspector.Scan, s.Layout));
            }

            return decision;
        }

        /// <summary>Re-measures the re-mated reference cord, judges the change and logs it; false on a failed check or a self-check fault (<see cref="SelfTest.Faults"/>).</summary>
        public bool VerifyReference()
        {
            InspectionSettings s = _core.Settings;
            MeasureCord(_core.VerifyScan);
            if (!_core.SelfTest.AfterScan(_core.VerifyScan, s.Layout))
            {
                // A faulty chain measures no mating figure; the caller shows the fault.
                return false;
            }

            bool passed = _core.Verification.Verify(_core.Reference, _core.VerifyScan, s.Layout, _core.Inspector.Budget);
            Stamp();
            if (_core.Verification.Averaged)
            {
                SaveReference();
            }

            _core.Log.Verification(_core.Verification, _core.Inspector.Budget);
            return passed;
        }

        /// <summary>Stores the last scanned candidate as the reference and saves it.</summary>
        public void StoreReference()
        {
            StoreReference(false);
        }

        /// <summary>Stores the last scanned candidate; <paramref name="forced"/> when the operator kept an uneven one (its low positions are marked weak).</summary>
        public void StoreReference(bool forced)
        {
            InspectionSettings s = _core.Settings;
            _core.Reference.Capture(_core.Inspector.Scan, s.Layout, _core.NowMs, UtcTicksNow());
            _core.Reference.SetSignature(_core.SelfTest.Current);
            _core.Reference.SetMonitor(_hasCandidateMonitor, _candidateMonitorDb);
            if (forced)
            {
                _core.Reference.MarkForced(_core.ReferenceCheck.LowMask);
            }

            _core.Cycle.Reset();
            RestartChecks();
            Stamp();
            SaveReference();

            _core.Log.Reference(_core.Reference, _core.ReferenceCheck, s.Layout, forced ? "forced" : "accepted");
            LostLightProven(_lostLight.NewReference(_core.Reference, s.Layout, _core.Inspector.Budget, _core.NowMs));
        }

        private void SaveReference()
        {
            try
            {
                _core.ReferenceStore.Save(_core.Reference);
            }
            catch (Exception e)
            {
                _core.Log.Warning("reference_not_saved", "reference kept in memory but not saved: " + e.Message);
                _core.SelfTest.Stick(FaultKind.StorageFailed, 0);
            }
        }

        /// <summary>
        /// Drops the reference from memory and from storage, so a restart cannot bring back a
        /// reference the probe no longer trusts (a failed re-check, a new cord or port); a storage
        /// that cannot delete it is logged and held as a fault.
        /// </summary>
        public void DropReference()
        {
            _core.Reference.Clear();
            try
            {
                _core.ReferenceStore.Delete();
            }
            catch (Exception e)
            {
                _core.Log.Warning("reference_not_dropped", "reference dropped in memory but its file could not be deleted: " + e.Message + "; it could return after a restart");
                _core.SelfTest.Stick(FaultKind.StorageFailed, 0);
            }
        }

        /// <summary>A new test cord or port (`reset cord|port`): its reference is dropped, and a lost-light refusal measured through the old one cannot be proven through the new one.</summary>
        public void CordChanged()
        {
            DropReference();
            _lostLight.Reset();
        }

        /// <summary>Another head is another port: its reference, its mating scatter and any lost-light proof start afresh.</summary>
        public void HeadChanged()
        {
            DropReference();
            _core.Inspector.Budget.Mating.Reset();
            SaveWear();
            _lostLight.Reset();
        }

        /// <summary>Logs a reference decision that stores nothing ("declined", "cancelled").</summary>
        public void LogReferenceDecision(string decision, string message)
        {
            Stamp();
            _core.Log.ReferenceNotStored(decision, _core.ReferenceCheck, _core.Settings.Layout, _core.Settings.Wavelength, message);
        }

        private int _clockSettings;

        /// <summary>
        /// After a command: when <c>time</c> set the clock, a reference taken this power-up gets the UTC
        /// stamp its capture has on the new setting, and is saved again. A clock set ahead, a reference
        /// taken, then the clock corrected used to keep the wrong stamp, and after a restart the reference
        /// read hours younger than it was (a store and clock review, 2026-12-04).
        /// </summary>
        public void FollowClock()
        {
            if (_clockSettings == _core.UtcClock.Settings)
            {
                return;
            }

            _clockSettings = _core.UtcClock.Settings;
            Reference r = _core.Reference;
            if (!r.IsValid || r.FromEarlierBoot)
            {
                return;
            }

            r.Restamp(_core.UtcClock.UtcTicks(r.CapturedUptimeMs));
            try
            {
                _core.ReferenceStore.Save(r);
            }
            catch (Exception e)
            {
                _core.Log.Warning("reference_not_saved", "reference kept in memory but its new time stamp not saved: " + e.Message);
            }
        }
    }
}
