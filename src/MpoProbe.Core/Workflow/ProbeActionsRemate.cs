namespace MpoProbe.Core
{
    /// <summary>
    /// Re-mates of a link as evidence of the probe's mating repeatability (docs/uncertainty.md):
    /// every <see cref="InspectionSettings.RemateEvery"/> inspections with nothing else to do the
    /// probe asks for the link to be unplugged, re-plugged and inspected again; that inspection, and
    /// a second inspection of the same labelled link with nothing to clean in between, is compared
    /// with the first, position by position. Allocates nothing per inspection.
    /// </summary>
    public sealed partial class ProbeActions
    {
        private readonly double[] _heldLossDb = new double[MpoLayout.MaxPositions];
        private readonly double[] _remateChanges = new double[MpoLayout.MaxPositions];
        private uint _heldMask;
        private bool _held;
        private bool _remateAsked;
        private string _heldLink;
        private long _heldAtMs;
        private int _sinceRemate;

        /// <summary>Minutes within which a second inspection of the same labelled link counts as a re-mate.</summary>
        public const int RepeatWindowMinutes = 30;

        /// <summary>True when the last inspection was compared with the one before it as a re-mate.</summary>
        public bool LastWasRemate { get; private set; }

        /// <summary>After a successful inspection: use it as a re-mate of the held one when it is one, hold it, and ask for the next re-mate when due (after every inspection while <see cref="MatingRepeatability.Learning"/>).</summary>
        private void Remates(InspectionResult result)
        {
            InspectionSettings s = _core.Settings;
            // A re-mate is the same link only: a label changed since (`link B`) is another link, even when a re-mate was asked.
            bool sameLabel = s.LinkLabel == _heldLink;
            bool sameLink = _held && sameLabel && (_remateAsked || (s.LinkLabel != null && _core.NowMs - _heldAtMs <= RepeatWindowMinutes * 60000L));
            LastWasRemate = sameLink && ObserveRemate(result);
            _sinceRemate = LastWasRemate ? 0 : _sinceRemate + 1;
            _remateAsked = false;
            // While the mating figure is still learning, a re-mate is due after every inspection.
            MatingRepeatability mating = _core.Inspector.Budget.Mating;
            // (A cord whose point figure already scatters is named instead: clean or replace it, then `reset cord`.)
            bool unproven = _core.Inspector.Budget.MatingMeasured && mating.SteadinessUnproven && !mating.ScatterTooHigh;
            int every = mating.Learning ? 1 : s.RemateEvery;
            bool due = s.RemateEvery > 0 && _sinceRemate >= every;
            // Only a result with nothing to act on is held: after a clean prompt the loss may change for
            // real. While the cord's upper figure has not proven it steady (no bare verdict then), a
            // result whose only prompt is the near-limit re-check is held when a re-mate is due: its
            // stars are the probe's own, and re-mates, not a clean, lift them (the benchmark re-mates so).
            _held = (LastPrompt == PromptKind.None || (unproven && due && LastPrompt == PromptKind.Marginal)) && !result.ReferenceStale;
            _heldLink = s.LinkLabel;
            _heldAtMs = _core.NowMs;
            _heldMask = result.LossMask;
            for (int p = 1; p <= result.Layout.PositionCount; p++)
            {
                _heldLossDb[p - 1] = result.LossDb(p);
            }

            if (_held && due)
            {
                LastPrompt = PromptKind.Remate;
                LastPromptPositions = 0;
                _remateAsked = true;
            }
        }

        private bool ObserveRemate(InspectionResult result)
        {
            double limit = RemateComparison.MovedLimitDb(_core.Inspector.Budget.MatingSigmaDb);
            int n = RemateComparison.Changes(_heldLossDb, _heldMask, result, _remateChanges, limit);
            if (n < 0)
            {
                // Dirt moved or something else changed: not scatter, no evidence.
                _core.Log.Warning("remate_refused", "re-mate changed " + Format.Position(-n) + " by more than " + Format.Db(limit)
                    + " dB: not counted as mating scatter; inspect and clean the link and the test cord");
                return false;
            }

            MatingRepeatability m = _core.Inspector.Budget.Mating;
            if (!m.Observe(_remateChanges, n))
            {
                return false;
            }

            _core.Log.Remate(m, _core.Inspector.Budget.MatingSigmaDb, n);
            if (m.ScatterTooHigh)
            {
                _core.Log.Warning("mating_scatter", "mating repeatability " + Format.Db(m.EstimateDb) + " dB is above " + Format.Db(MatingRepeatability.ScatterLimitDb)
                    + " dB: clean the test cord and the probe port, or replace the test cord (then `reset cord`)");
            }

            return true;
        }
    }
}
