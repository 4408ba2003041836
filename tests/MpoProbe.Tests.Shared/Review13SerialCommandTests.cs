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
    /// <summary>Review 13: serial commands on the whole probe.</summary>
    [TestClass]
    public class Review13SerialCommandTests
    {
        private static string Send(SimulatedHardware hw, ProbeWorkflow flow, string line)
        {
            int before = hw.Serial.Count;
            byte[] bytes = new byte[line.Length + 1];
            for (int i = 0; i < line.Length; i++)
            {
                bytes[i] = (byte)line[i];
            }

            bytes[line.Length] = (byte)'\n';
            hw.Serial.Send(bytes);
            flow.Tick();
            string answer = string.Empty;
            for (int i = before; i < hw.Serial.Count; i++)
            {
                answer += hw.Serial.LineAt(i) + "\n";
            }

            return answer;
        }

        [TestMethod]
        public void Review13_Explore()
        {
            SimulatedHardware hw = new SimulatedHardware(1313);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            string[] lines =
            {
                "set guard 0", "set guard .", "set guard 1.", "set limit 0.05", "set limit 20", "set limit 20.000001", "set limit 0.0499",
                "cal begin P-1  1.5 2026-01-01", "cal begin P-1 -20 2026-01-01", "cal abort", "cal begin P-1 -. 2026-01-01", "cal begin P-1 10.0 2099-12-31",
                "cal status", "cal abort", "link a\"b\\c", "status", "job x\"y", "time 2026-13-01T00:00:00Z", "time 2026-01-01T25:00:00Z",
                "set link connectors 2 standard foo", "set link bogus 2", "set link connectors 2 connectors 20", "set  layout 12", "SET LINK connectors 2",
                "set link off", "set layout 8", "set polarity c", "set layout 12",
            };
            string all = string.Empty;
            for (int i = 0; i < lines.Length; i++)
            {
                all += ">> " + lines[i] + "\n" + Send(hw, flow, lines[i]);
            }

            Console.WriteLine(all);
        }

        [TestMethod]
        public void Review13_AcceptedLinkBudgetSurvivesARestartWithoutASettingsWarning()
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

            Check.True(boot.Length == 0, "a budget the probe accepted (limit " + Format.Db(limit) + " dB) warns at the next boot: " + boot
                + " (limit after boot: " + rebooted.Settings.Limit.Name + " " + Format.Db(rebooted.Settings.Limit.LimitDb) + " dB)");
        }

        [TestMethod]
        public void Review13_SetLinkRefusesAKeyGivenTwice()
        {
            SimulatedHardware hw = new SimulatedHardware(1315);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            string answer = Send(hw, flow, "set link connectors 2 connectors 20");
            Check.Contains("\"type\":\"error\"", answer, "'connectors' given twice should be refused, got: " + answer);
        }

        [TestMethod]
        public void Review13_SetLinkBadStandardNamesTheAllowedValues()
        {
            SimulatedHardware hw = new SimulatedHardware(1316);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            string answer = Send(hw, flow, "set link connectors 2 standard foo");
            Check.Contains("tia or iso", answer, "the refusal names the allowed standards");
        }
    }
}
