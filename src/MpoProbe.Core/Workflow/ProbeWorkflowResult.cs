using System;

namespace MpoProbe.Core
{
    /// <summary>Inspect → result (the overall verdict) → the prompt the diagnosis calls for → clean result → escalation.</summary>
    public sealed partial class ProbeWorkflow
    {
        private void Next()
        {
            switch (State)
            {
                case ProbeState.Ready:
                    Inspect(false);
                    return;
                case ProbeState.Result:
                    if (_do.LastWasCoded)
                    {
                        State = ProbeState.Polarity;
                        _core.Charts.Polarity(_core.Polarity, _core.Scanner.Map, _core.Settings.Layout, _core.Settings.ExpectedPolarity);
                        _do.Show();
                        return;
                    }

                    AfterResult();
                    return;
                case ProbeState.Polarity:
                    AfterResult();
                    return;
                case ProbeState.CleanPrompt:
                    if (_prompt == PromptKind.ReReference || _prompt == PromptKind.SetReference || _prompt == PromptKind.WeakReference || _prompt == PromptKind.BrightReference)
                    {
                        Go(_reference.Connect());
                        return;
                    }

                    if (_prompt == PromptKind.Recheck)
                    {
                        // The technician fitted the reference cord as asked: measure it as the re-check, never as the link.
                        Recheck();
                        return;
                    }

                    Inspect(Prompts.StartsCleanCycle(_prompt));
                    return;
                case ProbeState.CleanResult:
                    if (_core.Cycle.AllClean)
                    {
                        ShowResult(_core.Inspector.Result);
                    }
                    else if (_core.Cycle.Escalate)
                    {
                        State = ProbeState.Escalate;
                        uint at = EscalationPositions();
                        _core.Screens.Escalate(_core.Cycle, at, EscalationCause.Of(at, _core.Settings.Layout));
                        _do.Show();
                    }
                    else
                    {
                        AfterResult();
                    }

                    return;

                default:
                    _core.Cycle.Reset();
                    Ready();
                    return;
            }
        }

        private void AfterResult()
        {
            if (_do.LastPrompt != PromptKind.None && _do.HasReference)
            {
                CleanPrompt();
            }
            else
            {
                Ready();
            }
        }

        // Titles shown on every inspection, made once (docs/core.md, "Memory on the device").
        private static readonly string InspectTitle = "INSPECT";
        private static readonly string ReInspectTitle = "RE-INSPECT";

        /// <summary>The link label when the clean cycle's "before" was taken: a re-inspection after a clean compares with it only for the same link.</summary>
        private string _cycleLink;

        private void Inspect(bool afterClean)
        {
            _core.Screens.Measuring(afterClean ? ReInspectTitle : InspectTitle, 0);
            if (!Guard())
            {
                return;
            }

            if (!ReferenceBound())
            {
                return;
            }

            if (!_do.HasReference)
            {
                NoReference();
                return;
            }

            if (!_core.SelfTest.LadderAsAtReference(_core.Reference))
            {
                // The guard's ladder against the reference's: an ADC that moved is named before the scan it would distort.
                Fault();
                return;
            }

            _core.Screens.Measuring(afterClean ? ReInspectTitle : InspectTitle, 0);
            _do.Show();
            // A re-inspection after the clean of this link: one held for a clean is refused when the clean took nothing off.
            _do.CleanedHeldLink = afterClean && _core.Cycle.HasBefore && _core.Settings.LinkLabel == _cycleLink;
            InspectionResult result = _do.Measure();
            _do.CleanedHeldLink = false;
            if (result == null)
            {
                Fault();
                return;
            }

            // `link B` after a clean prompt: B's inspection is a first inspection, not A's re-inspection.
            if (afterClean && _core.Cycle.HasBefore && _core.Settings.LinkLabel == _cycleLink)
            {
                _core.Cycle.Compare(result);
                _core.Log.Clean(_core.Cycle, _core.Settings.Layout, EscalationCause.Of(EscalationPositions(), _core.Settings.Layout));
                State = ProbeState.CleanResult;
                _core.Charts.CleanResult(_core.Cycle, result);
            }
            else
            {
                _core.Cycle.Reset();
                _core.Cycle.SetBefore(result);
                _cycleLink = _core.Settings.LinkLabel;
                ShowResult(result);
                return;
            }

            _do.Show();
        }

        private void NoReference()
        {
            Error("NO REF", "NO REFERENCE FOR " + _core.Settings.Layout.Name + " AT " + ((int)_core.Settings.Wavelength).ToString() + " NM. HOLD: MENU, SET REFERENCE.", "no_reference");
        }

        /// <summary>The result screen: overall verdict (loss and polarity), bars, what is wrong, the note or PRESS: NEXT.</summary>
        private void ShowResult(InspectionResult result)
        {
            State = ProbeState.Result;
            _core.Charts.BudgetInForce = _core.Job.Budget.InForce(_core.Settings);
            _core.Charts.Result(result, _do.LastOverall, _do.PolarityLine, _do.ResultNote, _core.Reference.WeakMask);
            _do.Show();
        }

        private uint EscalationPositions()
        {
            return _core.Cycle.PersistentMask != 0 ? _core.Cycle.PersistentMask : _core.Cycle.AfterBadMask;
        }

        private void CleanPrompt()
        {
            State = ProbeState.CleanPrompt;
            _prompt = _do.LastPrompt;
            _core.Screens.Prompt(_prompt, _do.LastPromptPositions);
            _do.Show();
        }
    }
}
