namespace MpoProbe.Core
{
    /// <summary>
    /// The reference verification step (docs/uncertainty.md): after a reference the technician
    /// re-mates the cord and asks for a check (serial command <c>verify</c>); the change gives this
    /// probe's mating repeatability for the budget, or catches a bad cord or port at once.
    /// </summary>
    public sealed partial class ProbeWorkflow
    {
        /// <summary>The verification step: the cord was re-mated; re-measure, put the mating σ in the budget, or catch a bad cord/port.</summary>
        private void VerifyReference()
        {
            if (!_do.HasReference)
            {
                Error("NO REF", "SET A REFERENCE BEFORE CHECKING IT.", "no_reference");
                return;
            }

            _core.Screens.Measuring("REFERENCE CHECK", 0);
            if (!Guard())
            {
                return;
            }

            // The re-mate at `verify` is mating evidence: kept across a power cycle with the wear counts.
            bool verified = _do.VerifyReference();
            _do.SaveWear();
            if (verified)
            {
                Ready();
                return;
            }

            if (_core.SelfTest.Faults.HasFault)
            {
                Fault();
                return;
            }

            Error("REF CHECK", "RE-MATE CHANGED " + Screens.ShortPositions(PositionMask.Of(_core.Verification.WorstPosition), 1) + ": CLEAN CORD AND PORT, SET REFERENCE AGAIN.", null);
        }

        /// <summary>The job's re-check (serial <c>recheck</c>): the reference cord measured again; a failure marks the results since the last good check and drops the reference.</summary>
        private void Recheck()
        {
            if (!_do.HasReference)
            {
                Error("NO REF", "SET A REFERENCE BEFORE CHECKING IT.", "no_reference");
                return;
            }

            _core.Screens.Measuring("RE-CHECK", 0);
            if (!Guard())
            {
                return;
            }

            if (_do.Recheck())
            {
                Ready();
                return;
            }

            if (_core.SelfTest.Faults.HasFault)
            {
                Fault();
                return;
            }

            string where = _do.LastRecheckMeanFailed ? "ALL " + (_do.LastRecheckMeanDb > 0 ? "+" : string.Empty) + Format.Db(_do.LastRecheckMeanDb) + " DB" : "AT " + Screens.ShortPositions(PositionMask.Of(_do.LastRecheckPosition), 1);
            Error("RECHECK", "REF MOVED " + where + ": RESULTS MARKED. SET A NEW REFERENCE.", null);
        }
    }
}
