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

        /// <summary>Fibers truly above the limit whose logged verdict was PASS.</summary>
        public int BadFiberPasses { get; set; }

        /// <summary>Fibers truly above the limit whose logged verdict was PASS*.</summary>
        public int BadFiberMarginals { get; set; }

        /// <summary>True when some fiber of the link is truly above the limit.</summary>
        public bool BadLink { get; set; }

        /// <summary>True when the job's re-check after the inspection failed (its results are marked, docs/workflow.md).</summary>
        public bool RecheckFailed { get; set; }

        /// <summary>Fibers truly at or below the limit whose logged verdict was not PASS or PASS* (a good fiber failed).</summary>
        public int GoodFiberFails { get; set; }

        /// <summary>
        /// An intermittent joint dropped at least one conversion while it could change the run: from
        /// boot to the end of the inspection for a fault present at boot, during the inspection for one
        /// that appeared after the reference (simulation truth, for the scoring of tests and bench only).
        /// </summary>
        public bool FaultActed { get; set; }
    }

    /// <summary>
    /// Runs one cell of the fault-injection matrix through the real workflow on simulated
    /// hardware: boot, reference, inspection of a 0.3 dB link (PASS when healthy, Standard limit),
    /// the fault injected before boot or after the reference, then the job's re-check with the
    /// reference cord (<see cref="FaultRunOutcome.RecheckFailed"/>). Used by the tests and the benchmark.
    /// </summary>
    public static class FaultMatrix
    {
        /// <summary>Link loss every used position has, dB.</summary>
        public const double LinkLossDb = 0.3;

        /// <summary>Source power at the reference, dBm.</summary>
        public const double SourceDbm = -20.0;

        /// <summary>Links of the benchmark's matrix (issue 24): every fiber 0.1 dB; one at 1.0 dB; one at 2.0 dB; every fiber 1.0 dB.</summary>
        public const int Links = 4;

        /// <summary>The true loss of <paramref name="position"/> on link <paramref name="link"/> (0..3, −1: every fiber <see cref="LinkLossDb"/>), dB.</summary>
        public static double LossOf(int link, int position)
        {
            switch (link)
            {
                case 0: return 0.1;
                case 1: return position == 1 ? 1.0 : 0.1;
                case 2: return position == 1 ? 2.0 : 0.1;
                case 3: return 1.0;
                default: return LinkLossDb;
            }
        }

        /// <summary>Runs <paramref name="kind"/> (0 = healthy) on <paramref name="layout"/> through the 0.3 dB link.</summary>
        public static FaultRunOutcome Run(int kind, MpoLayout layout, bool atBoot, uint seed)
        {
            return Run(kind, layout, atBoot, seed, -1);
        }

        /// <summary>Runs <paramref name="kind"/> (0 = healthy) on <paramref name="layout"/> through link <paramref name="link"/> (<see cref="LossOf"/>).</summary>
        public static FaultRunOutcome Run(int kind, MpoLayout layout, bool atBoot, uint seed, int link)
        {
            SimulatedHardware hw = new SimulatedHardware(seed);
            hw.HeadPositions = HeadRules.HeadFor(layout.Id);
            ProbeCore core = Build(hw, layout);
            bool relative = kind == 21 || kind == 22 || FaultCases.AfterReferenceOnly(kind);
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

            Light(hw, layout, 0.0, link < 0 ? -1 : -2);
            flow.Command(CommandAction.Reference);
            bool shownAtReference = flow.State == ProbeState.Fault && ShowsFault(core);
            if (!atBoot || FaultCases.AfterReferenceOnly(kind))
            {
                FaultCases.Inject(kind, hw, core.Settings);
                if (FaultCases.NeedsRestart(kind))
                {
                    core = new ProbeCore(hw);
                    flow = Start(core, layout, kind == 15);
                    shownAtReference = shownAtReference || (FaultCases.IsWarning(kind) && flow.State == ProbeState.Error);
                }
            }

            if (FaultCases.Dark(kind))
            {
                hw.Sim.SetAllDark();
            }
            else
            {
                Light(hw, layout, FaultCases.SourceDriftDb(kind), link);
            }

            // From boot the joint could act during boot and the reference too; after the reference, only in the inspection.
            int drops = atBoot ? 0 : hw.Faults.IntermittentDrops;
            flow.Command(CommandAction.Inspect);
            FaultRunOutcome outcome = Outcome(hw, core, flow);
            outcome.FaultActed = hw.Faults.IntermittentDrops > drops;
            Verdicts(outcome, core, layout, link);
            outcome.FaultOnScreen = outcome.FaultOnScreen || shownAtReference;
            if (outcome.Inspections > 0)
            {
                // The end of the job: the reference cord again, the fault still present (docs/workflow.md, re-check).
                int logged = hw.Serial.Count;
                Light(hw, layout, FaultCases.SourceDriftDb(kind), -2);
                flow.Command(CommandAction.Recheck);
                for (int i = logged; i < hw.Serial.Count; i++)
                {
                    string line = hw.Serial.LineAt(i);
                    outcome.RecheckFailed = outcome.RecheckFailed || (line.IndexOf("\"type\":\"recheck\"") >= 0 && line.IndexOf("\"passed\":false") >= 0);
                }
            }

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
                Light(hw, layout, 0.0, -1);
            }
            else
            {
                hw.Sim.SetAllDark();
            }

            flow.Start();
            return flow;
        }

        /// <summary>Lights the used positions of <paramref name="layout"/> through link <paramref name="link"/> (−1: every fiber <see cref="LinkLossDb"/>; −2: the reference cord, 0 dB), source brighter by <paramref name="driftDb"/>.</summary>
        private static void Light(SimulatedHardware hw, MpoLayout layout, double driftDb, int link)
        {
            double[] loss = new double[layout.PositionCount];
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                loss[p - 1] = layout.IsUsed(p) ? (link == -2 ? 0.0 : LossOf(link, Index(layout, p))) : SimulatedProbe.DarkLossDb;
            }

            hw.Light(SourceDbm + driftDb, loss);
        }

        /// <summary>1-based index of position <paramref name="p"/> among the used positions of <paramref name="layout"/>.</summary>
        private static int Index(MpoLayout layout, int p)
        {
            int n = 0;
            for (int q = 1; q <= p; q++)
            {
                n += layout.IsUsed(q) ? 1 : 0;
            }

            return n;
        }

        /// <summary>Counts the logged inspection's verdicts on fibers above and below the limit.</summary>
        private static void Verdicts(FaultRunOutcome outcome, ProbeCore core, MpoLayout layout, int link)
        {
            double limit = core.Settings.Limit.LimitDb;
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                double truth = layout.IsUsed(p) ? (link < 0 ? LinkLossDb : LossOf(link, Index(layout, p))) : 0;
                bool bad = layout.IsUsed(p) && truth > limit;
                outcome.BadLink = outcome.BadLink || bad;
                if (outcome.Inspections == 0 || !layout.IsUsed(p))
                {
                    continue;
                }

                Verdict v = core.Inspector.Result.VerdictAt(p);
                bool passing = v == Verdict.Pass || v == Verdict.PassStar;
                outcome.BadFiberPasses += bad && v == Verdict.Pass ? 1 : 0;
                outcome.BadFiberMarginals += bad && v == Verdict.PassStar ? 1 : 0;
                outcome.GoodFiberFails += !bad && !passing ? 1 : 0;
            }
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
                else if (outcome.FaultCode == null && line.IndexOf("\"reference_calibration_changed\"") >= 0)
                {
                    outcome.FaultCode = "reference_calibration_changed";
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
