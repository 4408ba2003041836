using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>serial commands on the whole probe.</summary>
    [TestClass]
    public class LinkCommandTests
    {
        private static string Send(SimulatedHardware hw, ProbeWorkflow flow, string line)
        {
            return WorkflowFixture.Send(hw, flow, line);
        }

        [TestMethod]
        public void AcceptedLinkBudgetSurvivesARestartWithoutASettingsWarning()
        {
            SimulatedHardware hw = new SimulatedHardware(1314);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            Send(hw, flow, "set fiber os2");
            string reply = Send(hw, flow, "set link connectors 20 length_m 20000 plant outside");
            Check.Contains("\"type\":\"reply\"", reply, "premise: budget accepted: " + reply);
            double limit = core.Settings.Limit.LimitDb;
            int before = hw.Serial.Count;
            ProbeCore rebooted;
            WorkflowFixture.Boot(hw, out rebooted);
            string boot = string.Empty;
            for (int i = before; i < hw.Serial.Count; i++)
            {
                string l = hw.Serial.LineAt(i);
                boot += l.IndexOf("settings_defaults") >= 0 ? l + "\n" : string.Empty;
            }

            Check.True(boot.Length == 0, "a budget the probe accepted (limit " + Format.Db(limit) + " dB) warns at the next boot: " + boot);
            Check.Equal(LinkBudget.ProfileName, rebooted.Settings.Limit.Name, "the budget is still in force");
            Check.Near(limit, rebooted.Settings.Limit.LimitDb, 1e-9, "at the same limit");
        }

        [TestMethod]
        public void SetLinkRefusesAKeyGivenTwice()
        {
            SimulatedHardware hw = new SimulatedHardware(1315);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            string answer = Send(hw, flow, "set link connectors 2 connectors 20");
            Check.Contains("\"type\":\"error\"", answer, "'connectors' given twice is refused");
            Check.Contains("connectors is given twice", answer, "naming the key");
        }

        [TestMethod]
        public void SetLinkBadStandardNamesTheAllowedValues()
        {
            SimulatedHardware hw = new SimulatedHardware(1316);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            string answer = Send(hw, flow, "set link connectors 2 standard foo");
            Check.Contains("tia or iso", answer, "the refusal names the allowed standards");
        }

        [TestMethod]
        public void ARefusedLimitLeavesTheLinkBudgetInForce()
        {
            SimulatedHardware hw = new SimulatedHardware(1317);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            Send(hw, flow, "set link connectors 2 length_m 100");
            double limit = core.Settings.Limit.LimitDb;
            string answer = Send(hw, flow, "set limit 20.01");
            Check.Contains("\"code\":\"bad_value\"", answer, "premise: refused");
            Check.True(core.Job.Budget.IsSet, "the budget was not dropped by a refused value (found by the session fuzz)");
            Check.Equal(LinkBudget.ProfileName, core.Settings.Limit.Name, "and stays in force");
            Check.Near(limit, core.Settings.Limit.LimitDb, 1e-12, "at its limit");
            Send(hw, flow, "set limit elite");
            Check.False(core.Job.Budget.IsSet, "an accepted per-pair limit drops it");
        }

        [TestMethod]
        public void ABudgetLimitWithoutItsBudgetIsNotKeptAtBoot()
        {
            SimulatedHardware hw = new SimulatedHardware(1318);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            Send(hw, flow, "set fiber os2");
            Send(hw, flow, "set link connectors 20 length_m 20000 plant outside");
            Check.Equal(LinkBudget.ProfileName, core.Settings.Limit.Name, "premise: a budget in force");
            hw.Files.Delete(JobInfo.FileName);
            ProbeCore rebooted;
            WorkflowFixture.Boot(hw, out rebooted);
            Check.Equal(LimitProfile.Standard.Name, rebooted.Settings.Limit.Name, "a limit no budget explains is not judged against (the session fuzz)");
            Check.True(WorkflowFixture.Logged(hw, "holds none that applies"), "and the boot says so");
        }
    }
}
