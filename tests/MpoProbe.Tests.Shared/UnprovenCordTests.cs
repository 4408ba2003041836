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
    /// A cord whose upper mating figure has not proven it steady gives no bare verdict; the probe
    /// then says why and keeps asking for re-mates until the evidence decides (review 2026-12-03:
    /// every verdict stayed starred for good, with a clean prompt that could not help and no re-mate
    /// ever asked).
    /// </summary>
    [TestClass]
    public class UnprovenCordTests
    {
        [TestMethod]
        public void AnUnprovenCordIsReMatedUntilTheEvidenceDecides()
        {
            SimulatedHardware hw = new SimulatedHardware(4112);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            flow.Command(core.Commands.Processor.Execute("link A"));
            core.Settings.RemateEvery = 2;
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Reference);
            MatingRepeatability m = core.Inspector.Budget.Mating;
            double[] changes = new double[12];
            for (int k = 0; k < 4; k++)
            {
                for (int i = 0; i < 12; i++)
                {
                    changes[i] = ((k % 2) == 0 ? 0.12 : -0.12) + ((((i + k) % 3) - 1) * 0.02);
                }

                m.Observe(changes, 12);
            }

            Check.True(m.SteadinessUnproven && !m.ScatterTooHigh, "the upper figure is above 0.10 dB, the point figure not");
            hw.Light(-20, SimulatedProbe.Losses(12, 0.1));
            flow.Command(CommandAction.Inspect);
            Check.True(core.Inspector.Result.MaskOf(Verdict.Pass) == 0, "no bare verdict while the cord is unproven");
            Check.Equal("CORD UNSURE: RE-MATE", flow.Actions.ResultNote, "the screen says why");

            // Steady re-mates of the same link, asked for on the usual schedule, until the evidence proves the cord.
            int remates = m.Remates;
            for (int r = 0; r < 40 && m.SteadinessUnproven; r++)
            {
                bool asked = flow.Actions.LastPrompt == PromptKind.Remate;
                hw.Light(-20, SimulatedProbe.Losses(12, 0.1 + ((r % 2) * 0.004)));
                flow.Command(CommandAction.Inspect);
                Check.True(flow.Actions.LastWasRemate == asked, "an inspection counts as a re-mate exactly when one was asked");
            }

            Check.True(m.Remates > remates, "the re-mates were asked and counted");
            Check.False(m.SteadinessUnproven, "the evidence proved the cord steady");
            Check.False(flow.Actions.ResultNote == "CORD UNSURE: RE-MATE", "no longer said");
        }

        private static ProbeWorkflow Loose(SimulatedHardware hw, out ProbeCore core, double common)
        {
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            flow.Command(core.Commands.Processor.Execute("link A"));
            core.Settings.RemateEvery = 1;
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Reference);
            double[] changes = new double[12];
            for (int k = 0; k < 4; k++)
            {
                for (int i = 0; i < 12; i++)
                {
                    changes[i] = ((k % 2) == 0 ? common : -common) + ((((i + k) % 3) - 1) * 0.02);
                }

                core.Inspector.Budget.Mating.Observe(changes, 12);
            }

            return flow;
        }

        [TestMethod]
        public void AScatteringCordIsNamedAndNotReMatedAgain()
        {
            SimulatedHardware hw = new SimulatedHardware(4117);
            ProbeCore core;
            ProbeWorkflow flow = Loose(hw, out core, 0.25);
            Check.True(core.Inspector.Budget.Mating.ScatterTooHigh, "the point figure is above 0.10 dB");
            for (int i = 0; i < 3; i++)
            {
                hw.Light(-20, SimulatedProbe.Losses(12, 0.1));
                flow.Command(CommandAction.Inspect);
                Check.Equal("CORD SCATTERS: CLEAN", flow.Actions.ResultNote, "named: clean or replace it");
                Check.False(flow.Actions.LastPrompt == PromptKind.Remate, "no re-mate: more evidence cannot prove a cord that scatters");
            }
        }

        [TestMethod]
        public void AFixedMatingFigureIsNotAnUnprovenCord()
        {
            SimulatedHardware hw = new SimulatedHardware(4118);
            ProbeCore core;
            ProbeWorkflow flow = Loose(hw, out core, 0.12);
            core.Inspector.Budget.MatingSigmaDb = 0.2;
            for (int i = 0; i < 3; i++)
            {
                hw.Light(-20, SimulatedProbe.Losses(12, 0.1));
                flow.Command(CommandAction.Inspect);
                Check.False(flow.Actions.ResultNote == "CORD UNSURE: RE-MATE", "a contract's fixed figure is not evidence to prove");
                Check.False(flow.Actions.LastPrompt == PromptKind.Remate, "and asks for no re-mate to prove it");
            }
        }
    }
}
