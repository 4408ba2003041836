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
    /// A reference the probe stopped trusting is gone for good: dropped from storage as well as from
    /// memory, so a restart cannot bring it back (review 2026-12-03: a failed re-check followed by a
    /// battery swap gave bare PASSes against the moved reference).
    /// </summary>
    [TestClass]
    public class ReferenceDropTests
    {
        private static ProbeWorkflow Booted(SimulatedHardware hw, out ProbeCore core)
        {
            ProbeWorkflow flow = WorkflowFixture.BootWithClock(hw, out core);
            core.Settings.Limit = LimitProfile.Elite;
            core.Settings.RecheckEvery = 0;
            return flow;
        }

        private static void Run(SimulatedHardware hw, ProbeWorkflow flow, double dbm, double lossDb, CommandAction action)
        {
            WorkflowFixture.Run(hw, flow, dbm, lossDb, action);
        }

        [TestMethod]
        public void AFailedRecheckDropsTheStoredReferenceToo()
        {
            SimulatedHardware hw = new SimulatedHardware(4101);
            ProbeCore core;
            ProbeWorkflow flow = Booted(hw, out core);
            Run(hw, flow, -20, 0, CommandAction.Reference);
            Run(hw, flow, -20, 0.1, CommandAction.Inspect);
            Check.True(core.Inspector.Result.Overall == Verdict.Pass, "a good link passes before the step");

            // The source steps 0.3 dB brighter: the re-check fails on its mean and drops the reference.
            Run(hw, flow, -19.7, 0, CommandAction.Recheck);
            Check.False(core.Reference.IsValid, "dropped in memory");
            Check.True(hw.Files.Read(ReferenceStore.FileName) == null, "and in storage");

            // A restart (battery swap): the dropped reference must not come back.
            ProbeCore rebooted;
            ProbeWorkflow again = Booted(hw, out rebooted);
            Run(hw, again, -19.7, 0.40, CommandAction.Inspect);
            Check.False(rebooted.Reference.IsValid, "no reference after the restart");
            Check.True(rebooted.Inspector.Result.MaskOf(Verdict.Pass) == 0, "no PASS for a 0.40 dB link that reads 0.10 dB against the moved reference");
            Check.True(WorkflowFixture.Logged(hw, "reference_missing"), "the restart says the reference is missing");
        }

        [TestMethod]
        public void TheRechecksCountGoesOnAcrossARestart()
        {
            SimulatedHardware hw = new SimulatedHardware(4113);
            ProbeCore core;
            ProbeWorkflow flow = Booted(hw, out core);
            core.Settings.RecheckEvery = 3;
            flow.Command(CommandAction.SettingsChanged);
            Run(hw, flow, -20, 0, CommandAction.Reference);
            Run(hw, flow, -20, 0.1, CommandAction.Inspect);
            Run(hw, flow, -20, 0.1, CommandAction.Inspect);
            Check.Equal(2, flow.Actions.InspectionsSinceCheck, "two since the reference");

            ProbeCore rebooted;
            ProbeWorkflow again = Booted(hw, out rebooted);
            rebooted.Settings.RecheckEvery = 3;
            Check.Equal(2, again.Actions.InspectionsSinceCheck, "the count survives the restart");
            Run(hw, again, -20, 0.1, CommandAction.Inspect);
            Check.True(again.Actions.LastPrompt == PromptKind.Recheck, "the third inspection asks for the re-check, restart or not");
            Run(hw, again, -20, 0, CommandAction.Recheck);
            Check.Equal(0, again.Actions.InspectionsSinceCheck, "a passed re-check restarts the count");
            ProbeCore third;
            ProbeWorkflow once = Booted(hw, out third);
            Check.Equal(0, once.Actions.InspectionsSinceCheck, "and so it stays after another restart");

            // A new reference restarts the count at once, restart or not.
            Run(hw, once, -20, 0.1, CommandAction.Inspect);
            Check.Equal(1, once.Actions.InspectionsSinceCheck, "one since the re-check");
            Run(hw, once, -20, 0, CommandAction.Reference);
            ProbeCore fourth;
            ProbeWorkflow last = Booted(hw, out fourth);
            Check.Equal(0, last.Actions.InspectionsSinceCheck, "a new reference's count, kept at 0 across a restart");
        }

        [TestMethod]
        public void TheRechecksTimeGoesOnAcrossARestartByTheClock()
        {
            SimulatedHardware hw = new SimulatedHardware(4120);
            ProbeCore core;
            ProbeWorkflow flow = Booted(hw, out core);
            core.Settings.RecheckMinutes = 60;
            flow.Command(CommandAction.SettingsChanged);
            Run(hw, flow, -20, 0, CommandAction.Reference);
            Run(hw, flow, -20, 0.1, CommandAction.Inspect);
            hw.Sim.Settle(20 * 60 * 1000000);
            hw.Sim.Settle(20 * 60 * 1000000);
            long epoch = core.UtcClock.EpochSeconds(core.NowMs);

            // A restart 40 min after the reference; the clock is set again (as `report capture` does).
            ProbeCore rebooted;
            ProbeWorkflow again = Booted(hw, out rebooted);
            rebooted.UtcClock.Set(epoch, rebooted.NowMs);
            hw.Sim.Settle(25 * 60 * 1000000);
            Run(hw, again, -20, 0.1, CommandAction.Inspect);
            Check.True(again.Actions.LastPrompt == PromptKind.Recheck, "65 min since the reference by the clock: the 60 min re-check is due, restart or not");
        }

        [TestMethod]
        public void AHeadChangeStartsTheNewPortAfresh()
        {
            SimulatedHardware hw = new SimulatedHardware(4107);
            ProbeCore core;
            ProbeWorkflow flow = Booted(hw, out core);
            Run(hw, flow, -20, 0, CommandAction.Reference);
            MatingRepeatability m = core.Inspector.Budget.Mating;
            double[] tight = new double[12];
            for (int k = 0; k < 8; k++)
            {
                for (int i = 0; i < 12; i++)
                {
                    tight[i] = ((i + k) % 3 - 1) * 0.01;
                }

                m.Observe(tight, 12);
            }

            Check.False(m.Learning, "the 12-position head's port is learnt");

            // A 24-position head is fitted: another port, another cord.
            hw.HeadPositions = 24;
            hw.Light(-20, SimulatedProbe.Losses(24, 0));
            flow.Command(CommandAction.Inspect);
            Check.True(core.Settings.Layout == MpoLayout.Mpo24, "the new head's layout is adopted");
            Check.False(core.Reference.IsValid, "the old head's reference is dropped");
            Check.True(hw.Files.Read(ReferenceStore.FileName) == null, "and its file");
            Check.Equal(0, m.Remates, "the old port's re-mates do not speak for the new one");
            Check.True(m.Learning, "the new port is learnt from the prior");
        }

        [TestMethod]
        public void ANewCordOrPortDropsTheReferenceTakenThroughTheOldOne()
        {
            string[] what = { "cord", "port" };
            for (int i = 0; i < what.Length; i++)
            {
                SimulatedHardware hw = new SimulatedHardware(4110 + (uint)i);
                ProbeCore core;
                ProbeWorkflow flow = Booted(hw, out core);
                Run(hw, flow, -20, 0, CommandAction.Reference);
                Check.True(core.Reference.IsValid, "a reference through the old " + what[i]);
                CommandAction action = core.Commands.Processor.Execute("reset " + what[i]);
                Check.True(action == CommandAction.CordChanged, "reset " + what[i] + " says the cord or port changed");
                flow.Command(action);
                Check.False(core.Reference.IsValid, "reset " + what[i] + ": the reference is dropped");
                Check.True(hw.Files.Read(ReferenceStore.FileName) == null, "reset " + what[i] + ": and its file");
                Check.True(WorkflowFixture.Logged(hw, "the reference taken through the old " + what[i] + " is dropped"), "the reply says so");

                // A new cord delivering 0.2 dB more light: no bare PASS against the old cord's reference.
                Run(hw, flow, -19.8, 0.30, CommandAction.Inspect);
                Check.True(core.Inspector.Result.MaskOf(Verdict.Pass) == 0, "reset " + what[i] + ": no PASS until a new reference");
            }
        }
    }
}
