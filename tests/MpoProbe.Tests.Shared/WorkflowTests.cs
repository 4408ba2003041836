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
    public class WorkflowTests
    {
        private static double[] Link(int count, double loss, int dirtyA, int dirtyB, double dirt)
        {
            double[] losses = SimulatedProbe.Losses(count, loss);
            if (dirtyA > 0)
            {
                losses[dirtyA - 1] = dirt;
            }

            if (dirtyB > 0)
            {
                losses[dirtyB - 1] = dirt;
            }

            return losses;
        }

        private static ProbeWorkflow WithReference(SimulatedHardware hw, out ProbeCore core)
        {
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Handle(ButtonEvent.LongPress);
            Check.True(flow.State == ProbeState.Menu, "long press opens the menu");
            flow.Handle(ButtonEvent.LongPress);
            Check.True(flow.State == ProbeState.ConnectReference, "SET REFERENCE asks for the reference cord first");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Ready, "a press measures and stores it");
            return flow;
        }

        [TestMethod]
        public void FirstBootWithNothingStoredIsReadyWithoutReference()
        {
            SimulatedHardware hw = new SimulatedHardware(801);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            Check.True(flow.State == ProbeState.Ready, "ready");
            Check.True(WorkflowFixture.Logged(hw, "\"type\":\"boot\""), "boot record");
            Check.True(WorkflowFixture.Logged(hw, "reference_missing"), "missing reference logged");
            Check.True(hw.Screen.Shown >= 2, "screens shown");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Error, "inspect without reference is an error screen");
            Check.True(WorkflowFixture.Logged(hw, "no_reference"), "and logged");
            Check.False(WorkflowFixture.Logged(hw, "\"type\":\"inspection\""), "no inspection, no PASS");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Ready, "back to ready");
        }

        [TestMethod]
        public void InspectCleanReinspectPasses()
        {
            SimulatedHardware hw = new SimulatedHardware(802);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            core.Settings.RemateEvery = 0; // the clean cycle alone: no re-mate prompt after the pass
            Check.True(hw.Files.Read(ReferenceStore.FileName) != null, "reference saved");
            hw.Light(-20, Link(12, 0.2, 4, 5, 1.1));
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Result, "result");
            Check.True(core.Inspector.Result.Overall == Verdict.Fail, "dirty pair fails");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanPrompt, "clean prompt");
            hw.Light(-20, Link(12, 0.2, 0, 0, 0));
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanResult, "clean result");
            Check.True(core.Cycle.AllClean, "cleaned: PASS");
            Check.True(WorkflowFixture.Logged(hw, "\"type\":\"clean\""), "clean record");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Result, "the big verdict of the clean link");
            Check.True(core.Frame.ShowsText("PASS"), "PASS shown");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Ready, "ready again");
        }

        [TestMethod]
        public void TwoFailedCleansEscalate()
        {
            SimulatedHardware hw = new SimulatedHardware(803);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            hw.Light(-20, Link(12, 0.2, 7, 0, 1.5));
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanPrompt, "clean prompt");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanResult, "first clean result");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanPrompt, "asks to clean again");
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Escalate, "escalate after two failed cleans");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Ready, "acknowledged");
            Check.Equal(0, core.Cycle.FailedCleans, "cycle reset");
        }

        [TestMethod]
        public void CorruptedReferenceAtBootIsAnErrorScreen()
        {
            SimulatedHardware hw = new SimulatedHardware(804);
            ProbeCore core;
            WithReference(hw, out core);
            string text = hw.Files.Read(ReferenceStore.FileName);
            hw.Files.Poke(ReferenceStore.FileName, text.Substring(0, text.Length - 3) + "00\n");
            ProbeWorkflow again = WorkflowFixture.Boot(hw, out core);
            Check.True(again.State == ProbeState.Error, "error screen");
            Check.True(WorkflowFixture.Logged(hw, "reference_corrupted"), "logged");
            Check.False(core.Reference.IsValid, "no reference in use");
        }

        [TestMethod]
        public void MissingHeadIsAFaultScreen()
        {
            SimulatedHardware hw = new SimulatedHardware(805);
            hw.HeadPresent = false;
            ProbeCore core;
            Check.True(WorkflowFixture.Boot(hw, out core).State == ProbeState.Fault, "no head");
            Check.True(WorkflowFixture.Logged(hw, "\"type\":\"fault\",\"t_ms\""), "fault record");
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"head_missing\""), "logged");
        }

        [TestMethod]
        public void FrontEndFaultAtBootIsAFaultScreen()
        {
            SimulatedHardware hw = new SimulatedHardware(811);
            hw.Sim.PedestalVolts = 0;
            ProbeCore core;
            Check.True(WorkflowFixture.Boot(hw, out core).State == ProbeState.Fault, "dead-zone dark output");
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"channel_dead\""), "logged");
        }

        [TestMethod]
        public void DeadDisplayIsLoggedOnceAndRefusesMeasuring()
        {
            SimulatedHardware hw = new SimulatedHardware(806);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            hw.Screen.Failing = true;
            hw.Light(-20, Link(12, 0.2, 0, 0, 0));
            hw.Serial.Clear();
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.ShortPress);
            int failures = 0;
            for (int i = 0; i < hw.Serial.Count; i++)
            {
                failures += hw.Serial.LineAt(i).IndexOf("display_error") >= 0 ? 1 : 0;
            }

            Check.Equal(1, failures, "display exception logged once");
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"display_failed\""), "fault record");
            Check.False(WorkflowFixture.Logged(hw, "\"overall\":\"PASS\""), "no verdict the screen cannot show");
        }

        [TestMethod]
        public void UnevenReferenceNeedsConfirmation()
        {
            SimulatedHardware hw = new SimulatedHardware(807);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            hw.Light(-20, Link(12, 0, 5, 0, 0.8));
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.LongPress);
            Check.True(flow.State == ProbeState.ConnectReference, "connect the cord first");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.ConfirmReference, "asks to confirm");
            Check.True(WorkflowFixture.Logged(hw, "\"decision\":\"needs_confirmation\""), "the question is logged");
            flow.Handle(ButtonEvent.ShortPress);
            Check.False(core.Reference.IsValid, "a short press declines");
            Check.True(WorkflowFixture.Logged(hw, "\"decision\":\"declined\""), "declining is logged");
            Check.True(flow.State == ProbeState.ConnectReference, "and asks for the (cleaned) cord again");
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.LongPress);
            Check.True(core.Reference.IsValid, "a long press keeps it");
            Check.True(WorkflowFixture.Logged(hw, "\"decision\":\"forced\""), "forcing is logged");
            Check.True(WorkflowFixture.Logged(hw, "\"weak\":[5]"), "with its weak position");
            Check.Equal(PositionMask.Of(5), core.Reference.WeakMask, "the reference remembers it");
            hw.Light(-20, Link(12, 0.2, 5, 0, 1.0));
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(WorkflowFixture.Logged(hw, "\"reference_weak\":[5]"), "every later result marks it");
        }

        [TestMethod]
        public void MenuChangesAndSavesSettings()
        {
            SimulatedHardware hw = new SimulatedHardware(808);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.LongPress);
            // The 12-position head measures MPO-12 and MPO-8 only: the menu's next layout is MPO-8.
            Check.True(core.Settings.Layout == MpoLayout.Mpo8, "layout advanced to MPO-8");
            InspectionSettings stored = new InspectionSettings();
            Check.True(new SettingsStore(hw.Files).Load(stored) == LoadStatus.Ok && stored.Layout == MpoLayout.Mpo8, "saved");
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.LongPress);
            Check.True(flow.State == ProbeState.Ready, "EXIT");
        }

        [TestMethod]
        public void SerialCommandsDriveTheSameSteps()
        {
            SimulatedHardware hw = new SimulatedHardware(809);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            hw.Serial.Send(new byte[] { (byte)'r', (byte)'e', (byte)'f', (byte)'e', (byte)'r', (byte)'e', (byte)'n', (byte)'c', (byte)'e', (byte)'\n' });
            flow.Tick();
            Check.True(core.Reference.IsValid, "reference by command");
            hw.Light(-20, SimulatedProbe.Losses(12, 0.3));
            hw.Serial.Send(new byte[] { (byte)'i', (byte)'n', (byte)'s', (byte)'p', (byte)'e', (byte)'c', (byte)'t', (byte)'\n' });
            flow.Tick();
            Check.True(flow.State == ProbeState.Result, "inspection by command");
            Check.True(WorkflowFixture.Logged(hw, "\"overall\":\"PASS\""), "logged PASS");
        }

        [TestMethod]
        public void CodedSourceShowsPolarityAfterTheResult()
        {
            SimulatedHardware hw = new SimulatedHardware(810);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core);
            flow.Actions.ListenForCodedSource = true;
            SimulatedCodedSource source = new SimulatedCodedSource(12, -20.0, true);
            source.RouteAll(SimulatedCodedSource.TemplateMap(PolarityType.TypeB, MpoLayout.Mpo12));
            hw.Sim.LightSource = source;
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Result, "result first");
            Check.True(WorkflowFixture.Logged(hw, "\"type\":\"polarity\""), "polarity logged");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Polarity, "then polarity");
            Check.True(core.Polarity.Verdict == PolarityVerdict.Pass, "type B expected and found");
        }
    }
}
