using System;
using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>Screens fit, the button reads a tap as a tap, and the layout menu leads nowhere the head cannot go (a review, 2026-12-04).</summary>
    [TestClass]
    public class ScreenFitAndButtonTests
    {
        /// <summary>A result whose every used position reads <paramref name="lossDb"/> (a hair apart).</summary>
        private static InspectionResult Uniform(MpoLayout layout, double lossDb)
        {
            InspectionResult r = new InspectionResult();
            r.Begin(layout, Wavelength.Nm850, 0.35, 0.1);
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                if (layout.IsUsed(p))
                {
                    r.Set(p, Verdict.Pass, -20, lossDb - (p * 0.01), 0.01);
                }
                else
                {
                    r.SetWithoutLoss(p, Verdict.Unused, false, 0);
                }
            }

            r.Complete();
            return r;
        }

        [TestMethod]
        public void ResultHeaderFitsWhenEveryLossIsNegative()
        {
            // A source that warmed up after the reference: every position reads a little below zero.
            Framebuffer fb = new Framebuffer();
            ChartScreens charts = new ChartScreens(fb);
            charts.Result(Uniform(MpoLayout.Mpo12, -0.3));
            Check.Equal(string.Empty, LayoutCheck.Describe(fb), "MPO-12, every loss -0.3 dB");
            charts.Result(Uniform(MpoLayout.Mpo24, -12.0));
            Check.Equal(string.Empty, LayoutCheck.Describe(fb), "MPO-24, every loss -12 dB");
        }

        [TestMethod]
        public void PromptNamesEveryPositionOrCountsTheRest()
        {
            // Positions 4, 7, 10, 13, 29, 30 (REF WEAK, UNPROVEN, UNSTABLE) and MPO-32's 19, 20, 22, 24, 27 (NEAR LIMIT).
            Framebuffer fb = new Framebuffer();
            Screens screens = new Screens(fb);
            string problems = string.Empty;
            PromptKind[] kinds = { PromptKind.WeakReference, PromptKind.BrightReference, PromptKind.CleanReseat, PromptKind.Marginal };
            uint[] masks = { 0x30001248u, 0x30001248u, 0x30001248u, 0x04AC0000u };
            for (int i = 0; i < kinds.Length; i++)
            {
                screens.Prompt(kinds[i], masks[i]);
                string found = LayoutCheck.Describe(fb);
                problems += found.Length == 0 ? string.Empty : Prompts.Name(kinds[i]) + " " + masks[i].ToString("X8") + ": " + found;
            }

            Check.Equal(string.Empty, problems, "prompts whose position list loses a position without a +n");
        }

        [TestMethod]
        public void UnevenReferenceQuestionNamesEveryLowPosition()
        {
            SimulatedHardware hw = new SimulatedHardware(1303);
            hw.HeadPositions = 32;
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            Check.True(core.Settings.Layout == MpoLayout.Mpo32, "MPO-32 head");
            double[] losses = SimulatedProbe.Losses(32, 0);
            losses[19] = 0.8;
            losses[20] = 0.8;
            losses[24] = 0.8;
            losses[28] = 0.8;
            hw.Light(-20, losses);
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.ConfirmReference, "uneven cord (20, 21, 25, 29 low): asks to confirm");
            Check.Equal(string.Empty, LayoutCheck.Describe(core.Frame), "the question names every low position");
        }

        [TestMethod]
        public void TapHandedInAtOneTimeIsNotALongPress()
        {
            // The firmware's ButtonAdapter queues edges without their times; Program hands them in after
            // a blocking step (an inspection), one after the other, at one NowMs.
            SimulatedHardware hw = new SimulatedHardware(1301);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            Check.True(flow.State == ProbeState.Ready, "ready");
            flow.OnEdge(true);
            flow.OnEdge(false);
            hw.Sim.AdvanceMinutes(2.0 / 60);
            flow.Tick();
            Check.False(flow.State == ProbeState.Menu, "a press and a release handed in together, then 2 s with the button up, do not open the menu");
            Button b = new Button();
            b.OnEdge(true, 10000);
            b.OnEdge(false, 10000);
            Check.True(b.Tick(12000) == ButtonEvent.ShortPress, "Button: a press and release taken at one time is a tap, not a long press 2 s later");
            Check.False(b.IsPressed, "Button: released");
        }

        [TestMethod]
        public void TheLayoutMenuOffersOnlyLayoutsTheFittedHeadMeasures()
        {
            SimulatedHardware hw = new SimulatedHardware(1302);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            Check.True(flow.State == ProbeState.Ready && core.Settings.Layout == MpoLayout.Mpo12, "ready on the 12-position head");
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.ShortPress);
            string seen = string.Empty;
            for (int i = 0; i < 6; i++)
            {
                flow.Handle(ButtonEvent.LongPress);
                seen += core.Settings.Layout.Name + " ";
                Check.True(HeadRules.Fits(12, core.Settings.Layout.Id), "the menu offered " + core.Settings.Layout.Name + " on a 12-position head (WRONG HEAD, whose press only retries)");
            }

            Check.Contains("MPO-8", seen, "it still offers MPO-8, which the 12-position head measures");
        }
    }
}
