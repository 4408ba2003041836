using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// Each measurement belongs to the link and the action it was made for (review 2026-12-03): a
    /// re-mate asked of link A is not link B's inspection, a press on the re-check prompt measures
    /// the reference cord as the re-check, and link B after A's clean prompt is B's first inspection.
    /// </summary>
    [TestClass]
    public class LinkAttributionTests
    {
        private static ProbeWorkflow Booted(SimulatedHardware hw, out ProbeCore core, string label)
        {
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            Label(core, flow, label);
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Reference);
            return flow;
        }

        private static void Label(ProbeCore core, ProbeWorkflow flow, string label)
        {
            flow.Command(core.Commands.Processor.Execute("link " + label));
        }

        [TestMethod]
        public void AReMateAskedOfOneLinkIsNotTheNextLinksInspection()
        {
            SimulatedHardware hw = new SimulatedHardware(4103);
            ProbeCore core;
            ProbeWorkflow flow = Booted(hw, out core, "A");
            MatingRepeatability m = core.Inspector.Budget.Mating;
            hw.Light(-20, SimulatedProbe.Losses(12, 0.10));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.Actions.LastPrompt == PromptKind.Remate, "learning: A is to be re-mated");
            int remates = m.Remates;

            // The technician moves on instead: link B, 0.15 dB more on every fiber.
            Label(core, flow, "B");
            hw.Light(-20, SimulatedProbe.Losses(12, 0.25));
            flow.Command(CommandAction.Inspect);
            Check.False(flow.Actions.LastWasRemate, "B is not A's re-mate");
            Check.Equal(remates, m.Remates, "no mating evidence from two different links");

            // B's own re-mate, asked now, counts.
            Check.True(flow.Actions.LastPrompt == PromptKind.Remate, "B is asked for a re-mate");
            hw.Light(-20, SimulatedProbe.Losses(12, 0.26));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.Actions.LastWasRemate, "B re-mated counts");
            Check.Equal(remates + 1, m.Remates, "one re-mate of B");
        }

        [TestMethod]
        public void TheSameLinkAgainWithinHalfAnHourIsAReMate()
        {
            SimulatedHardware hw = new SimulatedHardware(4119);
            ProbeCore core;
            ProbeWorkflow flow = Booted(hw, out core, "A");
            core.Settings.RemateEvery = 0;
            // Well into the job, so the window is measured between the two inspections, not from boot.
            hw.Sim.Settle(35 * 60 * 1000000);
            hw.Light(-20, SimulatedProbe.Losses(12, 0.1));
            flow.Command(CommandAction.Inspect);
            hw.Sim.Settle(29 * 60 * 1000000);
            hw.Light(-20, SimulatedProbe.Losses(12, 0.11));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.Actions.LastWasRemate, "A again after 29 min with nothing to clean: a re-mate");
            hw.Sim.Settle(31 * 60 * 1000000);
            hw.Light(-20, SimulatedProbe.Losses(12, 0.1));
            flow.Command(CommandAction.Inspect);
            Check.False(flow.Actions.LastWasRemate, "after 31 min the link may have changed: not a re-mate");
        }

        [TestMethod]
        public void APressOnTheRecheckPromptRunsTheRecheck()
        {
            SimulatedHardware hw = new SimulatedHardware(4102);
            ProbeCore core;
            ProbeWorkflow flow = Booted(hw, out core, "TRUNK-7");
            core.Settings.RemateEvery = 0;
            core.Settings.RecheckEvery = 1;
            hw.Light(-20, SimulatedProbe.Losses(12, 0.35));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.Actions.LastPrompt == PromptKind.Recheck, "the re-check is due");
            double linkLoss = core.Inspector.Result.WorstLossDb;
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanPrompt, "the prompt is shown");
            Check.Equal("PRESS: RE-CHECK", Prompts.PressAction(PromptKind.Recheck), "the press is named for what it does");

            // The technician fits the reference cord, as asked, and presses.
            int remates = core.Inspector.Budget.Mating.Remates;
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(WorkflowFixture.Logged(hw, "\"type\":\"recheck\""), "the press ran the re-check");
            Check.True(flow.State == ProbeState.Ready, "a passed re-check: ready for the next link");
            Check.Near(linkLoss, core.Inspector.Result.WorstLossDb, 1e-12, "the link's result is untouched: the cord was not inspected as the link");
            Check.Equal(remates, core.Inspector.Budget.Mating.Remates, "the cord is not a re-mate of the link");
        }

        [TestMethod]
        public void TheNextLinkAfterACleanPromptIsItsFirstInspection()
        {
            SimulatedHardware hw = new SimulatedHardware(4108);
            ProbeCore core;
            ProbeWorkflow flow = Booted(hw, out core, "A");
            core.Settings.RemateEvery = 0;
            double[] dirtyA = SimulatedProbe.Losses(12, 0.2);
            dirtyA[2] = 1.6;
            dirtyA[3] = 1.5;
            hw.Light(-20, dirtyA);
            flow.Command(CommandAction.Inspect);
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanPrompt, "A is to be cleaned");

            // The technician moves on to link B (dirty elsewhere) without cleaning A.
            Label(core, flow, "B");
            double[] dirtyB = SimulatedProbe.Losses(12, 0.2);
            dirtyB[8] = 1.6;
            dirtyB[9] = 1.5;
            hw.Light(-20, dirtyB);
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Result, "B's first result, not a clean result of A");
            Check.False(WorkflowFixture.Logged(hw, "\"type\":\"clean\""), "no clean record compares B with A");
            Check.Equal(0, core.Cycle.FailedCleans, "no failed clean counted for B");
        }
    }
}
