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
    [TestClass]
    public class FieldHabitTests
    {
        [TestMethod]
        public void LinkLabelKeepsItsCaseAndIsCarriedInEveryRecord()
        {
            InspectionSettings s = new InspectionSettings();
            MemoryLogPort port = new MemoryLogPort();
            ProbeLog log = new ProbeLog(port);
            CommandProcessor p = new CommandProcessor(s, log, "0.2.0");
            Check.True(p.Execute("link Trunk A3 / port 7") == CommandAction.SettingsChanged, "set");
            Check.Equal("Trunk A3 / port 7", s.LinkLabel, "label kept as typed");
            log.Error("x", "y");
            Check.Contains("\"link\":\"Trunk A3 / port 7\"", port.Last, "carried in a record");
            p.Execute("link 0123456789012345678901234567");
            Check.Contains("at most 24 characters", port.Last, "too long");
            Check.Equal("Trunk A3 / port 7", s.LinkLabel, "unchanged");
            p.Execute("link");
            Check.True(s.LinkLabel == null, "cleared");
        }

        [TestMethod]
        public void FiberProfileSetsWavelengthAndLimitAndGuardsWavelengths()
        {
            InspectionSettings s = new InspectionSettings();
            s.Limit = LimitProfile.Elite;
            MemoryLogPort port = new MemoryLogPort();
            CommandProcessor p = new CommandProcessor(s, new ProbeLog(port), "0.2.0");
            p.Execute("set fiber os2");
            Check.True(s.Fiber == FiberType.OS2 && s.Wavelength == Wavelength.Nm1310, "OS2 → 1310 nm");
            Check.True(s.Limit == LimitProfile.Standard, "default limit");
            p.Execute("set wavelength 850");
            Check.Contains("not a test wavelength of OS2", port.Last, "850 nm refused on OS2");
            Check.True(s.Wavelength == Wavelength.Nm1310, "unchanged");
            p.Execute("set wavelength 1550");
            Check.True(s.Wavelength == Wavelength.Nm1550, "1550 nm allowed");
            p.Execute("set fiber om5");
            Check.True(s.Wavelength == Wavelength.Nm850, "OM5 → 850 nm");
            Check.Contains("fiber set to OM5", port.Last, "said in the log");
        }

        [TestMethod]
        public void FiberAndLinkSurviveAPowerCycle()
        {
            MemoryStorage storage = new MemoryStorage();
            InspectionSettings s = new InspectionSettings();
            FiberProfiles.Apply(FiberType.OS2, s);
            s.LinkLabel = "DC2-R14";
            new SettingsStore(storage).Save(s);
            InspectionSettings loaded = new InspectionSettings();
            Check.True(new SettingsStore(storage).Load(loaded) == LoadStatus.Ok, "loads");
            Check.True(loaded.Fiber == FiberType.OS2, "fiber");
            Check.Equal("DC2-R14", loaded.LinkLabel, "link label");
        }

        private static ProbeWorkflow WithReference(SimulatedHardware hw, out ProbeCore core)
        {
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Reference);
            return flow;
        }

        [TestMethod]
        public void MatingCountsSurviveAPowerCycleAndWarnAtTheThreshold()
        {
            SimulatedHardware hw = new SimulatedHardware(911);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            hw.Light(-20, SimulatedProbe.Losses(12, 0.2));
            flow.Command(CommandAction.Inspect);
            flow.Command(CommandAction.Inspect);
            Check.Equal(2, core.Wear.PortMatings, "two inspections");
            ProbeCore rebooted;
            ProbeWorkflow again = WorkflowFixture.Boot(hw, out rebooted);
            Check.Equal(2, rebooted.Wear.PortMatings, "port count after a power cycle");
            Check.Equal(2, rebooted.Wear.CordMatings, "cord count after a power cycle");
            rebooted.Wear.PortLimit = 3;
            again.Command(CommandAction.Inspect);
            Check.True(rebooted.Wear.PortWorn, "third mating reaches the limit of 3");
            Check.True(WorkflowFixture.Logged(hw, "wear_port"), "warning logged");
            Check.Equal("PORT WORN: INSPECT", again.Actions.ResultNote, "wear outranks the cap prompt on screen");
            MemoryLogPort port = new MemoryLogPort();
            new CommandProcessor(rebooted.Settings, new ProbeLog(port), "x", rebooted.Wear).Execute("reset port");
            Check.Equal(0, rebooted.Wear.PortMatings, "reset port");
        }

        [TestMethod]
        public void PassPromptsToCapAndASlowReturnAsksToReinspect()
        {
            SimulatedHardware hw = new SimulatedHardware(912);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            hw.Light(-20, SimulatedProbe.Losses(12, 0.2));
            flow.Command(CommandAction.Inspect);
            Check.Equal("CAP OR CONNECT NOW", flow.Actions.ResultNote, "after a pass");
            hw.Sim.Settle(5 * 60 * 1000000);
            flow.Command(CommandAction.Inspect);
            Check.False(WorkflowFixture.Logged(hw, "\"code\":\"exposed\""), "5 minutes later: fine");
            hw.Sim.Settle(15 * 60 * 1000000);
            flow.Command(CommandAction.Inspect);
            Check.Equal("EXPOSED: RE-INSPECT", flow.Actions.ResultNote, "15 minutes uncovered");
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"exposed\""), "logged");
        }

        [TestMethod]
        public void AnotherLinkIsNotExposed()
        {
            SimulatedHardware hw = new SimulatedHardware(913);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            hw.Light(-20, SimulatedProbe.Losses(12, 0.2));
            flow.Command(CommandAction.Inspect);
            hw.Sim.Settle(20 * 60 * 1000000);
            core.Settings.LinkLabel = "next trunk";
            flow.Command(CommandAction.Inspect);
            Check.Equal("CAP OR CONNECT NOW", flow.Actions.ResultNote, "a different link label starts fresh");
        }

        [TestMethod]
        public void WholeConnectorWorseThanTheLastGoodOnePointsAtTheProbePort()
        {
            SimulatedHardware hw = new SimulatedHardware(914);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            hw.Light(-20, SimulatedProbe.Losses(12, 0.2));
            flow.Command(CommandAction.Inspect);
            // Raised on every fiber but unevenly (0.8 / 1.0 dB): a port, not a source or reference that
            // moved (every fiber alike within the probe's own scatter reads RE-REFERENCE instead).
            double[] worse = SimulatedProbe.Losses(12, 0.8);
            for (int i = 1; i < 12; i += 2)
            {
                worse[i] = 1.0;
            }

            hw.Light(-20, worse);
            flow.Command(CommandAction.Inspect);
            Check.Equal("CHECK PROBE PORT", flow.Actions.ResultNote, "uniformly 0.7 dB worse");
            Check.True(WorkflowFixture.Logged(hw, "probe_port_suspect"), "logged");
        }

        [TestMethod]
        public void EveryNthLinkIsReMatedAndMeasuresTheProbesRepeatability()
        {
            SimulatedHardware hw = new SimulatedHardware(915);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            core.Settings.RemateEvery = 2;
            hw.Light(-20, SimulatedProbe.Losses(12, 0.2));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.Actions.LastPrompt == PromptKind.Remate, "learning (no re-mate yet): the first link is re-mated at once");
            double[] again = SimulatedProbe.Losses(12, 0.2);
            again[0] = 0.22;
            hw.Light(-20, again);
            flow.Command(CommandAction.Inspect);
            Check.True(flow.Actions.LastWasRemate, "the learning re-mate counts");
            // Past the learning re-mates the probe asks every RemateEvery links.
            for (int i = 1; i < MatingRepeatability.LearningRemates; i++)
            {
                core.Inspector.Budget.Mating.Observe(SimulatedProbe.Losses(12, 0.01 * (1 - (2 * (i % 2)))), 12);
            }

            hw.Light(-20, SimulatedProbe.Losses(12, 0.2));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.Actions.LastPrompt == PromptKind.None, "first link after learning: nothing to ask");
            flow.Command(CommandAction.Inspect);
            Check.True(flow.Actions.LastPrompt == PromptKind.Remate, "second link: re-mate it");
            Check.Equal(MatingRepeatability.LearningRemates, core.Inspector.Budget.Mating.Remates, "no link evidence yet");
            double[] remated = SimulatedProbe.Losses(12, 0.2);
            for (int p = 0; p < 12; p++)
            {
                remated[p] += (p % 2) == 0 ? 0.03 : -0.03;
            }

            hw.Light(-20, remated);

            flow.Command(CommandAction.Inspect);
            Check.True(flow.Actions.LastWasRemate, "the re-inspection is compared with the held one");
            Check.Equal(MatingRepeatability.LearningRemates + 1, core.Inspector.Budget.Mating.Remates, "one re-mate of evidence");
            Check.True(WorkflowFixture.Logged(hw, "\"type\":\"remate\""), "remate record");
            Check.True(WorkflowFixture.Logged(hw, "\"mating_sigma_db\""), "inspection and remate records carry the figure");
            hw.Light(-20, SimulatedProbe.Losses(12, 0.6));
            flow.Command(CommandAction.Inspect);
            Check.False(flow.Actions.LastWasRemate, "an unlabelled next link is not a re-mate");
        }

        [TestMethod]
        public void AReMateThatMovedALotIsNotScatter()
        {
            SimulatedHardware hw = new SimulatedHardware(916);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            core.Settings.RemateEvery = 1;
            hw.Light(-20, SimulatedProbe.Losses(12, 0.2));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.Actions.LastPrompt == PromptKind.Remate, "re-mate asked");
            double[] moved = SimulatedProbe.Losses(12, 0.2);
            moved[3] = 1.0;
            hw.Light(-20, moved);
            flow.Command(CommandAction.Inspect);
            Check.False(flow.Actions.LastWasRemate, "0.8 dB at 4 (limit 5 × √2 × 0.071 = 0.50 dB): dirt moved, no evidence");
            Check.Equal(0, core.Inspector.Budget.Mating.Remates, "nothing added");
            Check.True(WorkflowFixture.Logged(hw, "remate_refused"), "said in the log");
        }

        [TestMethod]
        public void ScatteringCordIsNamedAndResetCordForgetsIt()
        {
            SimulatedHardware hw = new SimulatedHardware(917);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            double[] loose = new double[12];
            for (int i = 0; i < 12; i++)
            {
                loose[i] = (i % 2) == 0 ? 0.2 : -0.2;
            }

            for (int r = 0; r < 6; r++)
            {
                core.Inspector.Budget.Mating.Observe(loose, 12);
            }

            hw.Light(-20, SimulatedProbe.Losses(12, 0.2));
            flow.Command(CommandAction.Inspect);
            Check.Equal("CORD SCATTERS: CLEAN", flow.Actions.ResultNote, "scatter above 0.10 dB asks for a clean or a new cord");
            core.Commands.Processor.Execute("reset cord");
            Check.Equal(0, core.Inspector.Budget.Mating.Remates, "a new cord starts from the prior");
        }
    }
}
