using System;
using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// Every screen the probe shows, each in a fixed, seeded situation, and a representative
    /// result per layout. The golden-frame test compares these frames with the checked-in files;
    /// the simulator's <c>--golden</c> command regenerates those files and their pictures.
    /// </summary>
    public static class ScreenGallery
    {
        /// <summary>Names of the frames, also their file names.</summary>
        public static readonly string[] Names =
        {
            "boot", "ready", "ready_no_reference", "ready_uncalibrated", "measuring",
            "result_mpo8_pass", "result_mpo12_dirty_pair", "result_mpo16_marginal", "result_mpo24_row2_fail", "result_mpo32_no_reference",
            "result_mpo24_polarity_crossed", "result_power_only", "result_mpo32_source_corrected",
            "clean_prompt", "prompt_re_reference", "prompt_check_break", "prompt_marginal", "clean_result_improved", "escalate",
            "polarity_type_b", "polarity_crossed_pair", "polarity_power_only", "polarity_mpo24_crossed",
            "menu", "connect_reference", "confirm_reference",
            "error_no_reference", "error_corrupted_reference", "error_front_end", "error_head_missing",
            "ready_link_budget", "result_link_budget", "result_link_budget_pass", "fault_source_changed"
        };

        /// <summary>Draws frame <paramref name="name"/> into <paramref name="fb"/>.</summary>
        public static void Render(string name, Framebuffer fb)
        {
            Screens screens = new Screens(fb);
            ChartScreens charts = new ChartScreens(fb);
            switch (name)
            {
                case "boot": screens.Boot("DARK CAPTURE: KEEP THE PORT CAPPED"); return;
                case "ready": Ready(screens, true); return;
                case "ready_no_reference": Ready(screens, false); return;
                case "ready_uncalibrated": ReadyUncalibrated(screens); return;
                case "measuring": screens.Measuring("POSITION 7/12", 58); return;
                case "result_mpo8_pass": charts.Result(Inspect(MpoLayout.Mpo8, 0.22, 0, 0, 0, true)); return;
                case "result_mpo12_dirty_pair": charts.Result(Inspect(MpoLayout.Mpo12, 0.25, 4, 5, 9, true)); return;
                case "result_mpo16_marginal": charts.Result(Inspect(MpoLayout.Mpo16, 0.68, 0, 0, 0, true)); return;
                case "result_mpo24_row2_fail": charts.Result(Inspect(MpoLayout.Mpo24, 0.3, 20, 0, 0, true)); return;
                case "result_mpo32_no_reference": charts.Result(Inspect(MpoLayout.Mpo32, 0.3, 0, 0, 0, false)); return;
                case "result_mpo24_polarity_crossed": CodedResult(charts, true); return;
                case "result_mpo32_source_corrected": charts.Result(Corrected(Inspect(MpoLayout.Mpo32, 0.22, 0, 0, 0, true), -0.27)); return;
                case "result_power_only": charts.Result(Inspect(MpoLayout.Mpo12, 0.22, 0, 0, 0, true), Verdict.Pass, PolarityText.NotTested, "CAP OR CONNECT NOW"); return;
                case "clean_prompt": screens.Prompt(PromptKind.Clean, PositionMask.Of(4) | PositionMask.Of(5)); return;
                case "prompt_re_reference": screens.Prompt(PromptKind.ReReference, MpoLayout.Mpo12.UsedMask); return;
                case "prompt_check_break": screens.Prompt(PromptKind.CheckBreak, PositionMask.Of(9)); return;
                case "prompt_marginal": screens.Prompt(PromptKind.Marginal, PositionMask.Of(3) | PositionMask.Of(11)); return;
                case "clean_result_improved": CleanResult(charts); return;
                case "escalate": Escalate(screens); return;
                case "polarity_type_b": Polarity(charts, false, true); return;
                case "polarity_crossed_pair": Polarity(charts, true, true); return;
                case "polarity_power_only": Polarity(charts, false, false); return;
                case "polarity_mpo24_crossed": CodedResult(charts, false); return;
                case "menu": Menu(screens); return;
                case "connect_reference": screens.Instruction("CONNECT REFERENCE CORD", "SOURCE > 1 CLEAN CORD > PROBE. MPO-12 850 NM.", "PRESS: MEASURE", "HOLD: CANCEL"); return;
                case "confirm_reference": screens.Confirm("CORD UNEVEN, LOW: 5SL", "USE IT ANYWAY? NO: CLEAN THE CORD AND MEASURE AGAIN."); return;
                case "error_no_reference": screens.Error("NO REF", "NO REFERENCE FOR MPO-12 AT 850 NM. HOLD: MENU, SET REFERENCE."); return;
                case "error_corrupted_reference": screens.Error("BAD REF", "STORED REFERENCE FAILED ITS CHECKSUM AND WAS CLEARED. SET A NEW ONE."); return;
                case "error_front_end": screens.Error("FAULT", "FRONT END: POSITION 3 DARK OUTPUT IN THE ADC DEAD ZONE. SERVICE THE PROBE."); return;
                case "error_head_missing": screens.Error("NO HEAD", "NO MPO HEAD DETECTED. FIT A 12/16/24/32 HEAD."); return;
                case "ready_link_budget": ReadyBudget(screens); return;
                case "result_link_budget": charts.BudgetInForce = true; charts.Budget = Budget(1, 0, 30); charts.Result(Inspect(MpoLayout.Mpo12, 0.25, 4, 5, 0, true, charts.Budget)); return;
                case "result_link_budget_pass": charts.BudgetInForce = true; charts.Budget = Budget(2, 1, 90); charts.Result(Inspect(MpoLayout.Mpo12, 0.25, 4, 5, 0, true, charts.Budget)); return;
                case "fault_source_changed": SourceChanged(fb); return;
                default: throw new ArgumentOutOfRangeException("name", "no screen named " + name);
            }
        }

        private static void Ready(Screens screens, bool withReference)
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 701);
            if (withReference)
            {
                probe.TakeReference(-20.0);
            }

            screens.Ready(probe.Settings, probe.Reference, 1000 + (12 * 60000), 87);
        }

        /// <summary>Ready with a link budget in force (2 connector pairs, 1 splice, 90 m of OM4) and a link label.</summary>
        private static void ReadyBudget(Screens screens)
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 703);
            probe.TakeReference(-20.0);
            LinkBudget budget = Budget(2, 1, 90);
            budget.Apply(probe.Settings);
            probe.Settings.LinkLabel = "Trunk A-17";
            screens.Budget = budget;
            screens.Ready(probe.Settings, probe.Reference, 1000 + (12 * 60000), 87);
        }

        private static LinkBudget Budget(int connectors, int splices, int lengthM)
        {
            LinkBudget budget = new LinkBudget();
            budget.Set(connectors, splices, lengthM, false);
            return budget;
        }

        /// <summary>The fault a reference that no longer applies raises: its press goes on to a new reference.</summary>
        private static void SourceChanged(Framebuffer fb)
        {
            FaultLatch latch = new FaultLatch();
            latch.Raise(FaultKind.SourceChanged, 6, -0.65, 0);
            FaultReport.Show(fb, latch);
        }

        /// <summary>A probe booted without its calibration file: the note comes from its own state.</summary>
        private static void ReadyUncalibrated(Screens screens)
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 702, false);
            probe.TakeReference(-20.0);
            screens.Ready(probe.Settings, probe.Reference, 1000 + (12 * 60000), 87, probe.Core.Calibration.ScreenNote(null));
        }

        /// <summary>A result whose losses were corrected for the coded source's drift (the foot line names it).</summary>
        private static InspectionResult Corrected(InspectionResult r, double correctionDb)
        {
            r.SourceCorrectionState = SourceCorrection.Applied;
            r.SourceCorrectionDb = correctionDb;
            return r;
        }

        private static InspectionResult Inspect(MpoLayout layout, double loss, int dirtyA, int dirtyB, int dark, bool reference)
        {
            return Inspect(layout, loss, dirtyA, dirtyB, dark, reference, null);
        }

        /// <summary>As above, judged against <paramref name="budget"/> when not null.</summary>
        private static InspectionResult Inspect(MpoLayout layout, double loss, int dirtyA, int dirtyB, int dark, bool reference, LinkBudget budget)
        {
            SimulatedProbe probe = new SimulatedProbe(layout, (uint)(710 + layout.PositionCount));
            if (budget != null)
            {
                budget.Apply(probe.Settings);
            }

            if (reference)
            {
                probe.TakeReference(-20.0);
            }

            double[] losses = SimulatedProbe.Losses(layout.PositionCount, loss);
            for (int i = 0; i < losses.Length; i++)
            {
                losses[i] += 0.02 * (i % 3);
            }

            if (dirtyA > 0)
            {
                losses[dirtyA - 1] = 1.2;
            }

            if (dirtyB > 0)
            {
                losses[dirtyB - 1] = 0.95;
            }

            if (dark > 0)
            {
                losses[dark - 1] = SimulatedProbe.DarkLossDb;
            }

            probe.LightWithLoss(-20.0, losses);
            return probe.Inspect();
        }

        private static void CleanResult(ChartScreens charts)
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 730);
            probe.TakeReference(-20.0);
            double[] losses = SimulatedProbe.Losses(12, 0.25);
            losses[3] = 1.4;
            losses[4] = 1.1;
            probe.LightWithLoss(-20.0, losses);
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(probe.Inspect());
            losses[3] = 0.9;
            losses[4] = 0.3;
            probe.LightWithLoss(-20.0, losses);
            InspectionResult after = probe.Inspect();
            cycle.Compare(after);
            charts.CleanResult(cycle, after);
        }

        private static void Escalate(Screens screens)
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 731);
            probe.TakeReference(-20.0);
            double[] losses = SimulatedProbe.Losses(12, 0.25);
            losses[6] = 1.6;
            probe.LightWithLoss(-20.0, losses);
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(probe.Inspect());
            cycle.Compare(probe.Inspect());
            cycle.Compare(probe.Inspect());
            screens.Escalate(cycle, cycle.PersistentMask, EscalationCause.Of(cycle.PersistentMask, MpoLayout.Mpo12));
        }

        private static void Menu(Screens screens)
        {
            string[] items = new string[MenuItems.Count];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = string.Empty;
            }

            MenuItems.Build(new InspectionSettings(), items);
            screens.Menu(items, 2);
        }

        /// <summary>Scenario 06 in one frame: an MPO-24 full-rotation B trunk with 21↔22 crossed, as result or polarity screen.</summary>
        private static void CodedResult(ChartScreens charts, bool result)
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo24, 750);
            probe.TakeReference(-20.0);
            SimulatedCodedSource source = new SimulatedCodedSource(24, -20.4, true);
            int[] map = SimulatedCodedSource.TemplateMap(PolarityType.TypeBFullRotation, MpoLayout.Mpo24);
            int a = 0;
            int b = 0;
            for (int i = 0; i < map.Length; i++)
            {
                a = map[i] == 21 ? i : a;
                b = map[i] == 22 ? i : b;
            }

            map[a] = 22;
            map[b] = 21;
            source.RouteAll(map);
            probe.Attach(source);
            PolarityMap decoded = probe.InspectCoded();
            PolarityResult polarity = new PolarityResult();
            polarity.Match(decoded, MpoLayout.Mpo24);
            polarity.Judge(PolarityType.TypeBFullRotation);
            if (!result)
            {
                charts.Polarity(polarity, decoded, MpoLayout.Mpo24, PolarityType.TypeBFullRotation);
                return;
            }

            InspectionResult r = probe.Inspector.Result;
            charts.Result(r, OverallVerdict.Of(r.Overall, polarity.Verdict), PolarityText.Short(polarity, PolarityType.TypeBFullRotation), null);
        }

        private static void Polarity(ChartScreens charts, bool crossed, bool coded)
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 740);
            probe.TakeReference(-20.0);
            SimulatedCodedSource source = new SimulatedCodedSource(12, -20.0, coded);
            int[] map = SimulatedCodedSource.TemplateMap(PolarityType.TypeB, MpoLayout.Mpo12);
            if (crossed)
            {
                map[8] = 3;
                map[9] = 4;
            }

            source.RouteAll(map);
            probe.Attach(source);
            PolarityMap decoded = probe.InspectCoded();
            PolarityResult result = new PolarityResult();
            result.Match(decoded, MpoLayout.Mpo12);
            result.Judge(PolarityType.TypeB);
            charts.Polarity(result, decoded, MpoLayout.Mpo12, PolarityType.TypeB);
        }
    }
}
