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
        private const int MenuCount = MenuItems.Count;
        private readonly ProbeCore _core;
        private readonly ProbeActions _do;
        private readonly ReferenceFlow _reference;
        private readonly string[] _menu = new string[MenuCount];
        private int _menuIndex;
        private PromptKind _prompt;

        /// <summary>A workflow over a built <paramref name="core"/>.</summary>
        public ProbeWorkflow(ProbeCore core)
        {
            _core = core ?? throw new ArgumentNullException("core");
            _do = new ProbeActions(core);
            _reference = new ReferenceFlow(core, _do);
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
            _core.Job.Load(_core.Storage);
            _core.Results.Open();
            _core.Log.Boot(ProbeCore.Version, "MPO female PC");
            if (_core.CalibrationLoad != LoadStatus.Ok)
            {
                _core.Log.Warning(_core.CalibrationLoad == LoadStatus.Missing ? "calibration_missing" : "calibration_corrupted", _core.CalibrationStore.Problem);
            }

            if (_core.Results.IndexRebuilt != null)
            {
                _core.Log.Warning("results_index_rebuilt", ResultsStore.IndexName + " missing or damaged: the newest results are in " + _core.Results.IndexRebuilt + ", found from the segments; nothing deleted");
            }

            if (_core.Job.Damaged)
            {
                _core.Log.Warning("job_reset", JobInfo.FileName + " corrupted: job, operator, customer, site and link budget start empty; set them again (job, set link)");
            }

            LoadStatus settings = _core.SettingsStore.Load(_core.Settings);
            if (settings == LoadStatus.Missing)
            {
                _core.Log.Notice("settings_defaults", _core.SettingsStore.Problem);
            }
            else if (settings != LoadStatus.Ok || _core.SettingsStore.Problem.Length > 0)
            {
                _core.Log.Warning("settings_defaults", _core.SettingsStore.Problem);
            }

            if (_core.Job.Budget.Reconcile(_core.Settings))
            {
                _core.Log.Warning("settings_defaults", "the limit was a link budget's, but " + JobInfo.FileName + " holds none that applies: Standard in use; set link again");
            }

            _core.Log.Link = _core.Settings.LinkLabel;
            _core.Log.Settings(_core.Settings);
            if (_core.Wear.Load(_core.Storage) == LoadStatus.Corrupted)
            {
                _core.Log.Warning("wear_reset", _core.Wear.Damaged + " corrupted: what could not be read starts afresh (mating counts from 0, mating repeatability from its prior)");
            }

            _do.RestoreChecks();

            MpoLayout layout = _core.SelfTest.AcceptHead(_core.Settings.Layout);
            if (layout != _core.Settings.Layout)
            {
                _core.Log.Warning("layout_from_head", "a " + _core.SelfTest.FittedHead.ToString() + "-position head is fitted: layout " + layout.Name + " instead of " + _core.Settings.Layout.Name);
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

        /// <summary>Most command lines run per <see cref="Tick"/>, so a flood of input cannot starve the button.</summary>
        public const int LinesPerTick = 16;

        /// <summary>Call from the main loop: long-press timing, then every serial command line that has arrived, in order.</summary>
        public void Tick()
        {
            Handle(Button.Tick(_core.NowMs));
            CommandAction action;
            for (int i = 0; i < LinesPerTick; i++)
            {
                // Each line's records (and a clock set by `time`) carry the uptime it ran at.
                _do.Stamp();
                if (!_core.Commands.Next(out action))
                {
                    break;
                }

                Command(action);
                _core.Commands.Finish();
            }
        }

        /// <summary>Runs what a serial command asked for (<see cref="Command"/> guards it).</summary>
        private void RunCommand(CommandAction action)
        {
            switch (action)
            {
                case CommandAction.Inspect:
                    Inspect(State == ProbeState.CleanPrompt && Prompts.StartsCleanCycle(_prompt));
                    break;
                case CommandAction.Reference:
                    TakeReference();
                    break;
                case CommandAction.Status:
                    _do.Stamp();
                    _do.Status(StateText.Name(State));
                    break;
                case CommandAction.VerifyReference:
                    VerifyReference();
                    break;
                case CommandAction.Recheck:
                    Recheck();
                    break;
                case CommandAction.Last:
                    _do.Stamp();
                    if (!_do.HasResult)
                    {
                        _core.Log.Error("no_result", "no inspection result to send again (none since boot, or the last one was refused): inspect first");
                        break;
                    }

                    _do.LogResult(true);
                    break;
                case CommandAction.CordChanged:
                case CommandAction.SettingsChanged:
                    // The 1-cord reference belongs to the cord and port it was taken through.
                    if (action == CommandAction.CordChanged)
                    {
                        _do.CordChanged();
                    }

                    _do.SettingsChanged();
                    _do.SaveWear();
                    if (State == ProbeState.Ready)
                    {
                        Ready();
                    }

                    break;
            }
        }

        /// <summary>Acts on a button event in the current state (<see cref="Handle"/> guards it).</summary>
        private void Dispatch(ButtonEvent e)
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
                    // Either press retries the checks: a technician with a fault on screen has one thing to do.
                    // When only a new reference clears it, the press goes on to the reference cord.
                    bool newReference = FaultCatalogue.NeedsReference(_core.SelfTest.Faults.Kind);
                    if (BootChecks())
                    {
                        if (newReference)
                        {
                            Go(_reference.Connect());
                        }
                        else
                        {
                            Ready();
                        }
                    }

                    return;
                case ProbeState.ConfirmReference:
                    Go(_reference.Answer(!shortPress));
                    return;
                case ProbeState.ConnectReference:
                    if (shortPress)
                    {
                        TakeReference();
                    }
                    else
                    {
                        Go(_reference.Cancel());
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

        /// <summary>Enters a state a helper returned: ready and fault screens are drawn here, the others were drawn by the helper.</summary>
        private void Go(ProbeState next)
        {
            if (next == ProbeState.Ready)
            {
                Ready();
                return;
            }

            if (next == ProbeState.Fault)
            {
                Fault();
                return;
            }

            State = next;
        }

        /// <summary>Measures the reference through the connected cord (after the self-checks) and acts on the decision (<see cref="ReferenceFlow"/>).</summary>
        private void TakeReference()
        {
            _core.Screens.Measuring("REFERENCE", 0);
            if (!Guard())
            {
                return;
            }

            Go(_reference.Measure());
        }

        private void Ready()
        {
            State = ProbeState.Ready;
            _core.Screens.Ready(_core.Settings, _core.Reference, _core.NowMs, _core.Hardware.BatteryPercent, _core.Calibration.ScreenNote(CalibrationDates.Now(_core.Log)));
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
