using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// A simulated probe running the real workflow in a scenario's world. Every technician action
    /// (press, hold, clean connector, clean adapter, connect the reference cord or the link) is a
    /// method; the probe's serial log is forwarded to a writer as it appears.
    /// </summary>
    public sealed class SimulatorSession
    {
        private readonly TextWriter _log;
        private readonly System.Collections.Generic.HashSet<ScenarioFault> _injected = new System.Collections.Generic.HashSet<ScenarioFault>();
        private int _forwarded;

        /// <summary>Boots a probe in <paramref name="scenario"/>; <paramref name="port"/> null keeps the log in memory and forwards it to <paramref name="log"/>.</summary>
        public SimulatorSession(Scenario scenario, TextWriter log, ILogPort port = null)
        {
            Scenario = scenario ?? throw new ArgumentNullException(nameof(scenario));
            _log = log;
            Hardware = new SimulatedHardware(scenario.Seed, port, scenario.Calibrated);
            Hardware.Sim.NoiseSigmaCodes = scenario.NoiseSigmaCodes;
            Hardware.Sim.Wavelength = (Wavelength)scenario.Wavelength;
            Hardware.HeadPositions = HeadRules.HeadFor(scenario.MpoLayout.Id);
            Hardware.Sim.Field = scenario.BuildField();
            Core = new ProbeCore(Hardware);
            Workflow = new ProbeWorkflow(Core);
            Link = new SimulatedLink(scenario, Hardware);
            ApplySettings();
            Core.Cycle.MaxFailedCleans = scenario.EscalateAfter;
            InjectFaults("boot");
            Hardware.Sim.SetAllDark();
            Workflow.Start();
            Flush();
        }

        /// <summary>The scenario.</summary>
        public Scenario Scenario { get; }

        /// <summary>Simulated peripherals.</summary>
        public SimulatedHardware Hardware { get; }

        /// <summary>The probe's pipeline.</summary>
        public ProbeCore Core { get; }

        /// <summary>The probe's workflow.</summary>
        public ProbeWorkflow Workflow { get; }

        /// <summary>The world around the probe.</summary>
        public SimulatedLink Link { get; }

        /// <summary>Sends one command line to the probe's serial port and lets it answer (scripted runs: <c>--command</c>); false when the probe refused it (an error record).</summary>
        public bool Command(string line)
        {
            int before = Hardware.Serial.Count;
            Hardware.Serial.Send(System.Text.Encoding.ASCII.GetBytes(line + "\n"));
            Core.Log.UptimeMs = Core.NowMs;
            Workflow.Tick();
            Flush();
            for (int i = before; i < Hardware.Serial.Count; i++)
            {
                if (Hardware.Serial.LineAt(i).Contains("\"type\":\"error\"", StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Runs one named action; false for an unknown name.</summary>
        public bool Do(string action)
        {
            string said = null;
            switch (action)
            {
                case "reference":
                    Link.ConnectReferenceCord();
                    Workflow.Command(CommandAction.Reference);
                    InjectFaults("after_reference");
                    break;
                case "verify":
                    Link.RemateReferenceCord();
                    Workflow.Command(CommandAction.VerifyReference);
                    break;
                case "inspect":
                    Link.ConnectLink();
                    Workflow.Command(CommandAction.Inspect);
                    InjectFaults("after_inspect");
                    break;
                case "press":
                    if (Workflow.State == ProbeState.ConnectReference)
                    {
                        Link.ConnectReferenceCord();
                    }
                    else
                    {
                        Link.ConnectLink();
                    }

                    Workflow.Handle(ButtonEvent.ShortPress);
                    break;
                case "hold":
                    Workflow.Handle(ButtonEvent.LongPress);
                    break;
                case "clean":
                    Link.CleanConnector();
                    said = "connector cleaned" + DirtLeft() + "; " + NextStep();
                    break;
                case "clean_adapter":
                    Link.CleanAdapter();
                    said = "adapter cleaned; clean the connector too (c), then " + NextStep();
                    break;
                case "clean_cord":
                    Link.CleanReferenceCord();
                    said = "reference cord cleaned; take the reference again (r, or hold: menu, SET REFERENCE)";
                    break;
                default:
                    Feedback = "unknown action '" + action + "'";
                    return false;
            }

            Feedback = said ?? action + " → state " + StateText.Name(Workflow.State);

            // The technician's next step comes a few minutes later: the field drifts in between.
            Hardware.Sim.AdvanceMinutes(Scenario.MinutesPerAction);
            Flush();
            return true;
        }

        /// <summary>What a press does now, in words, for the feedback after a clean (a clean touches the link, not the probe's state).</summary>
        public string NextStep()
        {
            switch (Workflow.State)
            {
                case ProbeState.Menu:
                    return "the menu is open: space moves, h chooses (EXIT leaves it), then space inspects";
                case ProbeState.ConnectReference:
                    return "space measures the reference cord, h cancels";
                case ProbeState.ConfirmReference:
                    return "the probe asks about the reference: h keeps it, space declines";
                case ProbeState.Fault:
                    return "the fault screen says what a press does: " + FaultCatalogue.PressAction(Core.SelfTest.Faults.Kind).ToLowerInvariant();
                default:
                    return "space re-inspects";
            }
        }

        /// <summary>What the last action did, in words (the interactive view shows it under the screen).</summary>
        public string Feedback { get; private set; } = string.Empty;

        private string DirtLeft()
        {
            double connector = 0;
            double adapter = 0;
            for (int p = 1; p <= Scenario.MpoLayout.PositionCount; p++)
            {
                connector = Math.Max(connector, Link.ConnectorDirtDb(p));
                adapter = Math.Max(adapter, Link.AdapterDirtDb(p));
            }

            // Simulation truth, said as such: the probe's own view is its next inspection.
            var c = System.Globalization.CultureInfo.InvariantCulture;
            return connector > 0.005 || adapter > 0.005
                ? " (simulation truth: dirt left on the connector up to " + connector.ToString("F2", c) + " dB, in the adapter up to " + adapter.ToString("F2", c) + " dB)"
                : " (simulation truth: no dirt left)";
        }

        /// <summary>Polls the serial port for commands (pseudo-terminal mode).</summary>
        public void Tick()
        {
            if (Hardware.Port is PtyPort pty)
            {
                long dropped = pty.TakeDropped();
                if (dropped > 0)
                {
                    Core.Commands.BreakLine();
                    Core.Log.UptimeMs = Core.NowMs;
                    Core.Log.Warning("input_dropped", dropped + " bytes of input dropped: the serial input queue (" + PtyPort.QueueBytes
                        + " bytes) was full; send one command at a time and wait for its answer");
                }
            }

            Link.ConnectLink();
            Workflow.Tick();
            Flush();
        }

        /// <summary>Forwards log lines written since the last call.</summary>
        public void Flush()
        {
            if (_log == null)
            {
                return;
            }

            for (; _forwarded < Hardware.Serial.Count; _forwarded++)
            {
                _log.WriteLine(Hardware.Serial.LineAt(_forwarded));
            }

            _log.Flush();
        }

        /// <summary>Applies, once each, the scenario's faults due at <paramref name="moment"/>.</summary>
        private void InjectFaults(string moment)
        {
            foreach (ScenarioFault fault in Scenario.Faults ?? Array.Empty<ScenarioFault>())
            {
                if (fault.When == moment && _injected.Add(fault))
                {
                    fault.Apply(Hardware);
                }
            }
        }

        private void ApplySettings()
        {
            InspectionSettings s = Core.Settings;
            s.Layout = Scenario.MpoLayout;
            s.Fiber = Scenario.Wavelength >= 1310 ? FiberType.OS2 : FiberType.OM4;
            s.Wavelength = (Wavelength)Scenario.Wavelength;
            s.ExpectedPolarity = Scenario.ParsePolarity(Scenario.ExpectedPolarity, "scenario");
            double db;
            Scenario.TryLimitDb(Scenario.Limit, out db);
            s.Limit = Scenario.Limit == "elite" ? LimitProfile.Elite
                : Scenario.Limit == "standard" ? LimitProfile.Standard
                : LimitProfile.Restore("Custom " + Scenario.Limit + " dB", db);
        }
    }
}
