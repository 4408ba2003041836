using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The one-button workflow: boot self-test → ready → measuring → result → clean prompt →
    /// re-inspect → clean result → … → escalation; polarity after a coded scan; the menu (long
    /// press); error screens. A short press takes the obvious next step, a long press opens the
    /// menu or confirms. Serial commands drive the same steps.
    /// </summary>
    public sealed partial class ProbeWorkflow
    {
        private const int MenuCount = 6;
        private readonly ProbeCore _core;
        private readonly ProbeActions _do;
        private readonly string[] _menu = new string[MenuCount];
        private int _menuIndex;

        /// <summary>A workflow over a built <paramref name="core"/>.</summary>
        public ProbeWorkflow(ProbeCore core)
        {
            _core = core ?? throw new ArgumentNullException("core");
            _do = new ProbeActions(core);
            Button = new Button();
            for (int i = 0; i < _menu.Length; i++)
            {
                _menu[i] = string.Empty;
            }
        }

        /// <summary>The current state.</summary>
        public ProbeState State { get; private set; }

        /// <summary>The button logic (edges in, events out).</summary>
        public Button Button { get; }

        /// <summary>The operations, e.g. to turn coded-source listening off.</summary>
        public ProbeActions Actions => _do;

        /// <summary>Boot self-test: settings, head, dark table, reference; then ready or an error screen.</summary>
        public void Start()
        {
            State = ProbeState.Boot;
            _core.Screens.Boot("LOADING SETTINGS");
            _do.Show();
            _do.Stamp();
            _core.Job.Load(_core.Hardware.Storage);
            _core.Results.Open();
            _core.Log.Boot(ProbeCore.Version, "MPO female PC");
            if (_core.CalibrationLoad != LoadStatus.Ok)
            {
                _core.Log.Error(_core.CalibrationLoad == LoadStatus.Missing ? "calibration_missing" : "calibration_corrupted", _core.CalibrationStore.Problem);
            }
            if (_core.SettingsStore.Load(_core.Settings) != LoadStatus.Ok)
            {
                _core.Log.Error("settings_defaults", _core.SettingsStore.Problem);
            }

            _core.Log.Link = _core.Settings.LinkLabel;
            _core.Log.Settings(_core.Settings);
            if (_core.Wear.Load(_core.Hardware.Storage) == LoadStatus.Corrupted)
            {
                _core.Log.Error("wear_reset", WearCounters.FileName + " corrupted: mating counts start from 0");
            }

            MpoLayout layout = _core.SelfTest.AcceptHead(_core.Settings.Layout);
            if (layout != _core.Settings.Layout)
            {
                _core.Log.Error("layout_from_head", "a " + _core.SelfTest.FittedHead.ToString() + "-position head is fitted: layout " + layout.Name + " instead of " + _core.Settings.Layout.Name);
                _core.Settings.Layout = layout;
                _do.SettingsChanged();
            }

            if (!BootChecks())
            {
                return;
            }

            Ready();
        }

        /// <summary>A raw edge from the button pin.</summary>
        public void OnEdge(bool pressed)
        {
            Handle(Button.OnEdge(pressed, _core.NowMs));
        }

        /// <summary>Call from the main loop: long-press timing and serial commands.</summary>
        public void Tick()
        {
            Handle(Button.Tick(_core.NowMs));
            Command(_core.Commands.Poll());
        }

        /// <summary>Runs what a serial command asked for.</summary>
        public void Command(CommandAction action)
        {
            switch (action)
            {
                case CommandAction.Inspect:
                    Inspect(State == ProbeState.CleanPrompt);
                    break;
                case CommandAction.Reference:
                    TakeReference();
                    break;
                case CommandAction.VerifyReference:
                    VerifyReference();
                    break;
                case CommandAction.Last:
                    _do.Stamp();
                    _core.Log.Inspection(_core.Inspector.Result, _core.Settings.Limit.Name, FiberProfiles.Name(_core.Settings.Fiber));
                    break;
                case CommandAction.SettingsChanged:
                    _do.SettingsChanged();
                    _do.SaveWear();
                    if (State == ProbeState.Ready)
                    {
                        Ready();
                    }

                    break;
            }
        }

        /// <summary>Acts on a button event in the current state.</summary>
        public void Handle(ButtonEvent e)
        {
            if (e == ButtonEvent.None || State == ProbeState.Boot)
            {
                return;
            }

            bool shortPress = e == ButtonEvent.ShortPress;
            switch (State)
            {
                case ProbeState.Menu:
                    if (shortPress)
                    {
                        _menuIndex = (_menuIndex + 1) % MenuCount;
                        ShowMenu();
                    }
                    else
                    {
                        SelectMenu();
                    }

                    return;
                case ProbeState.Fault:
                    if (shortPress && BootChecks())
                    {
                        Ready();
                    }

                    return;
                case ProbeState.ConfirmReference:
                    if (shortPress)
                    {
                        Ready();
                    }
                    else
                    {
                        _do.StoreReference();
                        Ready();
                    }

                    return;
            }

            if (!shortPress)
            {
                OpenMenu();
                return;
            }

            Next();
        }

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
                        _core.Charts.Polarity(_core.Polarity, _core.Scanner.Map, _core.Settings.Layout);
                        _do.Show();
                        return;
                    }

                    AfterResult();
                    return;
                case ProbeState.Polarity:
                    AfterResult();
                    return;
                case ProbeState.CleanPrompt:
                    Inspect(true);
                    return;
                case ProbeState.CleanResult:
                    if (_core.Cycle.AllClean)
                    {
                        Ready();
                    }
                    else if (_core.Cycle.Escalate)
                    {
                        State = ProbeState.Escalate;
                        _core.Screens.Escalate(_core.Cycle, _core.Cycle.PersistentMask);
                        _do.Show();
                    }
                    else
                    {
                        CleanPrompt();
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
            if (_do.LastNotPassing != 0 && _do.HasReference)
            {
                CleanPrompt();
            }
            else
            {
                Ready();
            }
        }

        private void Inspect(bool afterClean)
        {
            _core.Screens.Measuring(afterClean ? "RE-INSPECT" : "INSPECT", 0);
            if (!Guard())
            {
                return;
            }

            if (!_do.HasReference)
            {
                Error("NO REF", "NO REFERENCE FOR " + _core.Settings.Layout.Name + " AT " + ((int)_core.Settings.Wavelength).ToString() + " NM. HOLD: MENU, SET REFERENCE.", "no_reference");
                return;
            }

            _core.Screens.Measuring(afterClean ? "RE-INSPECT" : "INSPECT", 0);
            _do.Show();
            InspectionResult result = _do.Measure();
            if (result == null)
            {
                Fault();
                return;
            }

            if (afterClean && _core.Cycle.HasBefore)
            {
                _core.Cycle.Compare(result);
                _core.Log.Clean(_core.Cycle, _core.Settings.Layout.PositionCount);
                State = ProbeState.CleanResult;
                _core.Charts.CleanResult(_core.Cycle, result);
            }
            else
            {
                _core.Cycle.Reset();
                _core.Cycle.SetBefore(result);
                State = ProbeState.Result;
                _core.Charts.Result(result, _do.ResultNote);
            }

            _do.Show();
        }

        private void TakeReference()
        {
            _core.Screens.Measuring("REFERENCE", 0);
            if (!Guard())
            {
                return;
            }

            ReferenceDecision decision = _do.ScanReference();
            if (_core.SelfTest.Faults.HasFault)
            {
                Fault();
                return;
            }

            if (decision == ReferenceDecision.Accepted)
            {
                _do.StoreReference();
                Ready();
            }
            else if (decision == ReferenceDecision.NeedsConfirmation)
            {
                State = ProbeState.ConfirmReference;
                _core.Screens.Confirm("SET REFERENCE? CORD UNEVEN", "LOW: " + Screens.ShortPositions(_core.ReferenceCheck.LowMask, 4) + ". CLEAN THE CORD FIRST?");
                _do.Show();
            }
            else
            {
                Error("REF REFUSED", "REFERENCE REFUSED: " + Screens.ShortPositions(_core.ReferenceCheck.InvalidMask | _core.ReferenceCheck.OutOfWindowMask | _core.ReferenceCheck.LowMask, 4) + ". SEE LOG.", null);
            }
        }

        private void OpenMenu()
        {
            State = ProbeState.Menu;
            _menuIndex = 0;
            ShowMenu();
        }

        private void ShowMenu()
        {
            InspectionSettings s = _core.Settings;
            _menu[0] = "SET REFERENCE";
            _menu[1] = "LIMIT: " + s.Limit.Name.ToUpper();
            _menu[2] = "LAYOUT: " + s.Layout.Name;
            _menu[3] = "WAVELENGTH: " + ((int)s.Wavelength).ToString();
            _menu[4] = "POLARITY: " + PolarityTemplates.Name(s.ExpectedPolarity).ToUpper();
            _menu[5] = "EXIT";
            _core.Screens.Menu(_menu, _menuIndex);
            _do.Show();
        }

        private void SelectMenu()
        {
            InspectionSettings s = _core.Settings;
            switch (_menuIndex)
            {
                case 0:
                    TakeReference();
                    return;
                case 1:
                    s.Limit = s.Limit == LimitProfile.Elite ? LimitProfile.Standard : LimitProfile.Elite;
                    break;
                case 2:
                    s.Layout = MpoLayout.FromId(NextLayout(s.Layout.Id));
                    if (!PolarityTemplates.Applies(s.ExpectedPolarity, s.Layout))
                    {
                        s.ExpectedPolarity = PolarityType.TypeA;
                    }

                    break;
                case 3:
                    s.Wavelength = s.Wavelength == Wavelength.Nm850 ? Wavelength.Nm1300 : (s.Wavelength == Wavelength.Nm1300 ? Wavelength.Nm1310 : (s.Wavelength == Wavelength.Nm1310 ? Wavelength.Nm1550 : Wavelength.Nm850));
                    break;
                case 4:
                    PolarityType[] types = PolarityTemplates.For(s.Layout);
                    int at = 0;
                    while (at < types.Length && types[at] != s.ExpectedPolarity)
                    {
                        at++;
                    }

                    s.ExpectedPolarity = types[(at + 1) % types.Length];
                    break;
                default:
                    Ready();
                    return;
            }

            _do.SettingsChanged();
            ShowMenu();
        }

        private static LayoutId NextLayout(LayoutId id)
        {
            return id == LayoutId.Mpo8 ? LayoutId.Mpo12 : (id == LayoutId.Mpo12 ? LayoutId.Mpo16 : (id == LayoutId.Mpo16 ? LayoutId.Mpo24 : (id == LayoutId.Mpo24 ? LayoutId.Mpo32 : LayoutId.Mpo8)));
        }

        private void Ready()
        {
            State = ProbeState.Ready;
            _core.Screens.Ready(_core.Settings, _core.Reference, _core.NowMs, _core.Hardware.BatteryPercent, _core.Calibration.ScreenNote(CalibrationDates.Now(_core.Log)));
            _do.Show();
        }

        private void CleanPrompt()
        {
            State = ProbeState.CleanPrompt;
            _core.Screens.CleanPrompt(_do.LastNotPassing);
            _do.Show();
        }

        private void Error(string title, string message, string code)
        {
            State = ProbeState.Error;
            _core.Screens.Error(title, message);
            _do.Show();
            if (code != null)
            {
                _do.Stamp();
                _core.Log.Error(code, message);
            }
        }
    }
}
