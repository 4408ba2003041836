using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>What one fault-injection run produced.</summary>
    public sealed class FaultRunOutcome
    {
        /// <summary>Inspection records whose overall verdict was PASS.</summary>
        public int Passes { get; set; }

        /// <summary>Inspection records whose overall verdict was PASS* (within the uncertainty band below the limit).</summary>
        public int Marginals { get; set; }

        /// <summary>Inspection records written at all.</summary>
        public int Inspections { get; set; }

        /// <summary>Code of the first fault record, null when none.</summary>
        public string FaultCode { get; set; }

        /// <summary>True when the workflow showed the fault screen of the fault it held (after the reference or at the end).</summary>
        public bool FaultOnScreen { get; set; }
    }

    /// <summary>
    /// Runs one cell of the fault-injection matrix through the real workflow on simulated
    /// hardware: boot, reference, inspection of a 0.3 dB link (PASS when healthy, Standard limit),
    /// the fault injected before boot or after the reference. Used by the tests and the benchmark.
    /// </summary>
    public static class FaultMatrix
    {
        /// <summary>Link loss every used position has, dB.</summary>
        public const double LinkLossDb = 0.3;

        /// <summary>Source power at the reference, dBm.</summary>
        public const double SourceDbm = -20.0;

        /// <summary>Runs <paramref name="kind"/> (0 = healthy) on <paramref name="layout"/>.</summary>
        public static FaultRunOutcome Run(int kind, MpoLayout layout, bool atBoot, uint seed)
        {
            SimulatedHardware hw = new SimulatedHardware(seed);
            hw.HeadPositions = HeadRules.HeadFor(layout.Id);
            ProbeCore core = Build(hw, layout);
            bool relative = kind == 21 || kind == 22 || FaultCases.SourceDriftDb(kind) > 0;
            if (atBoot && !relative)
            {
                FaultCases.Inject(kind, hw, core.Settings);
            }

            ProbeWorkflow flow = Start(core, layout, atBoot && FaultCases.LightAtBoot(kind));
            if (atBoot && (kind == 21 || kind == 22))
            {
                // Relative to the job: the head is swapped, or the job's layout changed, before the reference.
                FaultCases.Inject(kind, hw, core.Settings);
            }

            Light(hw, layout, 0.0);
            flow.Command(CommandAction.Reference);
            bool shownAtReference = flow.State == ProbeState.Fault && ShowsFault(core);
            if (!atBoot || FaultCases.SourceDriftDb(kind) > 0)
            {
                FaultCases.Inject(kind, hw, core.Settings);
                if (FaultCases.NeedsRestart(kind))
                {
                    core = new ProbeCore(hw);
                    flow = Start(core, layout, true);
                }
            }

            if (FaultCases.Dark(kind))
            {
                hw.Sim.SetAllDark();
            }
            else
            {
                Light(hw, layout, FaultCases.SourceDriftDb(kind));
            }

            flow.Command(CommandAction.Inspect);
            FaultRunOutcome outcome = Outcome(hw, core, flow);
            outcome.FaultOnScreen = outcome.FaultOnScreen || shownAtReference;
            return outcome;
        }

        /// <summary>A calibrated probe whose stored settings hold the layout and the Standard limit.</summary>
        private static ProbeCore Build(SimulatedHardware hw, MpoLayout layout)
        {
            ProbeCore core = new ProbeCore(hw);
            core.Settings.Layout = layout;
            core.Settings.Limit = LimitProfile.Standard;
            core.SettingsStore.Save(core.Settings);
            return core;
        }

        /// <summary>Boots the workflow with the port capped, or lit when <paramref name="lit"/>.</summary>
        private static ProbeWorkflow Start(ProbeCore core, MpoLayout layout, bool lit)
        {
            ProbeWorkflow flow = new ProbeWorkflow(core);
            flow.Actions.ListenForCodedSource = false;
            SimulatedHardware hw = (SimulatedHardware)core.Hardware;
            if (lit)
            {
                Light(hw, layout, 0.0);
            }
            else
            {
                hw.Sim.SetAllDark();
            }

            flow.Start();
            return flow;
        }

        /// <summary>Lights the used positions of <paramref name="layout"/> through the link, source brighter by <paramref name="driftDb"/>.</summary>
        private static void Light(SimulatedHardware hw, MpoLayout layout, double driftDb)
        {
            double[] loss = new double[layout.PositionCount];
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                loss[p - 1] = layout.IsUsed(p) ? LinkLossDb : double.NaN;
            }

            hw.Light(SourceDbm + driftDb, loss);
        }

        private static FaultRunOutcome Outcome(SimulatedHardware hw, ProbeCore core, ProbeWorkflow flow)
        {
            FaultRunOutcome outcome = new FaultRunOutcome();
            for (int i = 0; i < hw.Serial.Count; i++)
            {
                string line = hw.Serial.LineAt(i);
                if (line.IndexOf("\"type\":\"inspection\"") >= 0)
                {
                    outcome.Inspections++;
                    outcome.Passes += line.IndexOf("\"overall\":\"PASS\"") >= 0 ? 1 : 0;
                    outcome.Marginals += line.IndexOf("\"overall\":\"PASS*\"") >= 0 ? 1 : 0;
                }
                else if (outcome.FaultCode == null && line.IndexOf("\"type\":\"fault\"") >= 0)
                {
                    int at = line.IndexOf("\"code\":\"") + 8;
                    outcome.FaultCode = line.Substring(at, line.IndexOf('"', at) - at);
                }
            }

            outcome.FaultOnScreen = flow.State == ProbeState.Fault && ShowsFault(core);
            return outcome;
        }

        /// <summary>True when the probe's frame is exactly the fault screen of the fault it holds.</summary>
        private static bool ShowsFault(ProbeCore core)
        {
            Framebuffer expected = new Framebuffer();
            FaultReport.Show(expected, core.SelfTest.Faults);
            for (int i = 0; i < Framebuffer.Size; i++)
            {
                if (expected.Bytes[i] != core.Frame.Bytes[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
