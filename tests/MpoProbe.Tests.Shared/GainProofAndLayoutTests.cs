using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>Defects a review of the 2026-12-04 changes found: the head-fitted layout and the expectation, the gain proof, link budgets at boot.</summary>
    [TestClass]
    public class GainProofAndLayoutTests
    {
        /// <summary>
        /// The layout a fitted head forces (boot, guard, head swap) must keep an expected polarity the layout has,
        /// as `set layout`, the menu and the settings file now do (PolarityTemplates.Fitting).
        /// </summary>
        [TestMethod]
        public void LayoutFromHeadKeepsAnExpectedPolarityTheLayoutHas()
        {
            SimulatedHardware hw = new SimulatedHardware(1401);
            hw.HeadPositions = 24;
            ProbeCore core;
            WorkflowFixture.Boot(hw, out core);
            Check.True(core.Settings.Layout == MpoLayout.Mpo24, "premise: the 24-position head forces MPO-24");
            Check.True(PolarityTemplates.Applies(core.Settings.ExpectedPolarity, core.Settings.Layout),
                "expected polarity " + PolarityTemplates.Name(core.Settings.ExpectedPolarity) + " is not a template of " + core.Settings.Layout.Name);

            int before = hw.Serial.Count;
            ProbeCore rebooted;
            WorkflowFixture.Boot(hw, out rebooted);
            string warned = string.Empty;
            for (int i = before; i < hw.Serial.Count; i++)
            {
                string l = hw.Serial.LineAt(i);
                warned += l.IndexOf("settings_defaults") >= 0 ? l + "\n" : string.Empty;
            }

            Check.True(warned.Length == 0, "the settings the probe saved itself warn at the next boot: " + warned);
        }

        /// <summary>
        /// gain_unproven depends on the reference alone, so re-inspecting can never clear it: the prompt's
        /// press leads to a new reference (as RE-REF and WEAK REFERENCE do), not to another inspection.
        /// </summary>
        [TestMethod]
        public void GainUnprovenPromptLeadsToANewReference()
        {
            SimulatedHardware hw = new SimulatedHardware(1350);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            WorkflowFixture.Run(hw, flow, -5, 0, CommandAction.Reference);
            WorkflowFixture.Run(hw, flow, -5, 0.1, CommandAction.Inspect);
            Check.True(core.Inspector.Result.GainUnprovenMask != 0, "premise: gain unproven");
            Check.True(WorkflowFixture.Logged(hw, "\"prompt\":\"bright_reference\""), "premise: asks to attenuate and set a new reference");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.CleanPrompt, "premise: the prompt is shown, state " + StateText.Name(flow.State));

            // The technician attenuates the source by 3 dB as asked and presses.
            hw.Light(-8, SimulatedProbe.Losses(12, 0.1));
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.ConnectReference,
                "after ATTENUATE the press re-inspected against the too-bright reference (state " + StateText.Name(flow.State) + ", overall " + VerdictText.Name(core.Inspector.Result.Overall) + ")");
            Check.Equal("PRESS: SET REFERENCE", Prompts.PressAction(PromptKind.BrightReference), "the screen says what the press does");
        }

        /// <summary>
        /// A "Link budget" limit read from settings.txt (up to 91 dB) is not kept when job.txt holds no budget
        /// (lost, corrupted, or a save that failed): 91 dB would judge every fiber with no budget behind it.
        /// </summary>
        [TestMethod]
        public void ALinkBudgetLimitWithoutItsBudgetIsNotKept()
        {
            SimulatedHardware hw = new SimulatedHardware(1402);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            string reply = WorkflowFixture.Send(hw, flow, "set link connectors 20 splices 20 length_m 20000");
            Check.Contains("\"type\":\"reply\"", reply, "premise: budget accepted: " + reply);
            hw.Files.Write(JobInfo.FileName, "damaged");

            ProbeCore rebooted;
            flow = WorkflowFixture.Boot(hw, out rebooted);
            Check.False(rebooted.Job.Budget.IsSet, "premise: job.txt lost the budget");
            WorkflowFixture.Run(hw, flow, -20, 0, CommandAction.Reference);
            WorkflowFixture.Run(hw, flow, -20, 30, CommandAction.Inspect);
            Check.True(rebooted.Settings.Limit.LimitDb <= 20.0,
                "limit '" + rebooted.Settings.Limit.Name + "' " + Format.Db(rebooted.Settings.Limit.LimitDb) + " dB in force with no budget; overall for 30 dB loss: " + VerdictText.Name(rebooted.Inspector.Result.Overall));
        }
    
        /// <summary>
        /// A channel whose gain is far too high (×2.9) at the reference leaves no room for the (nominally sized)
        /// test step in the range Choose picks, so no step is held although its light is dim (−25 dBm, far
        /// below TestCurrent.RoomDbm): where other positions hold one, it is gain-unproven, and a later gain
        /// move cannot pass bare (session fuzz seed 5149, found by the review).
        /// </summary>
        [TestMethod]
        public void APositionWithoutAHeldStepAtADimReferenceGetsNoBareVerdict()
        {
            SimulatedHardware hw = new SimulatedHardware(1403);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            hw.Faults.GainChannel = 8;
            hw.Faults.ChannelGainFactor = 2.9;
            WorkflowFixture.Run(hw, flow, -25, 0, CommandAction.Reference);
            bool accepted = core.Reference.IsValid;
            Check.False(accepted && core.Reference.Signature.HasTest(8), "premise: no step held at position 9");

            // The gain moves on by 24 % (+0.94 dB); position 9's true loss is 1.3 dB, above the 0.75 dB limit.
            hw.Faults.ChannelGainFactor = 3.6;
            double[] losses = SimulatedProbe.Losses(12, 0.2);
            losses[8] = 1.3;
            hw.Light(-25, losses);
            flow.Command(CommandAction.Inspect);
            Verdict v = core.Inspector.Result.VerdictAt(9);
            Check.False(accepted && v == Verdict.Pass,
                "reference accepted with no step on position 9 (gain_unproven mask " + ((int)core.Inspector.Result.GainUnprovenMask).ToString() + "), and its 1.3 dB fiber read "
                + Format.Fixed(core.Inspector.Result.LossDb(9), 2) + " dB: bare PASS");
        }
    
        /// <summary>
        /// As LinkCommandTests.AcceptedLinkBudgetSurvivesARestartWithoutASettingsWarning, at the other end: a budget
        /// `set link` accepts whose sum is below the typed limit's 0.05 dB (10 m of OM4 at 850 nm: 0.035 dB) is
        /// still in force after a restart.
        /// </summary>
        [TestMethod]
        public void ASmallLinkBudgetSurvivesARestart()
        {
            SimulatedHardware hw = new SimulatedHardware(1404);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            string reply = WorkflowFixture.Send(hw, flow, "set link connectors 0 length_m 10");
            Check.Contains("\"type\":\"reply\"", reply, "premise: budget accepted: " + reply);
            double limit = core.Settings.Limit.LimitDb;
            ProbeCore rebooted;
            WorkflowFixture.Boot(hw, out rebooted);
            Check.Equal(LinkBudget.ProfileName, rebooted.Settings.Limit.Name,
                "a " + Format.Fixed(limit, 3) + " dB budget accepted by set link is in force after a restart; limit now " + Format.Db(rebooted.Settings.Limit.LimitDb) + " dB");
        }
    }
}
