using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;
using MpoProbe.Report;
using MpoProbe.Simulation;

namespace MpoProbe.Tests
{
    /// <summary>A connector the probe held for a clean, on the certificate: no loss verdict, and why.</summary>
    [TestClass]
    public class ReportHeldTests
    {
        private static List<string> Lines(SimulatedHardware hw)
        {
            var lines = new List<string>();
            for (int i = 0; i < hw.Serial.Count; i++)
            {
                lines.Add(hw.Serial.LineAt(i));
            }

            return lines;
        }

        [TestMethod]
        public void AHeldInspectionSaysItWasHeldNotThatTheReferenceIsMissing()
        {
            var hw = new SimulatedHardware(6117);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.BootWithClock(hw, out core);
            WorkflowFixture.Run(hw, flow, -20, 0, CommandAction.Reference);
            flow.Command(core.Commands.Processor.Execute("link L1"));
            hw.Light(-20, WorkflowFixture.Alternating(0.9, 1.1));
            flow.Command(CommandAction.Inspect);
            Assert.IsTrue(core.Inspector.Result.CleanFirst, "held");

            ReportData data = LogReader.Read(Lines(hw));
            LinkResult link = data.Links.Single();
            Assert.IsTrue(link.Last.HeldForClean, "the record's held_for_clean is read");
            Assert.AreNotEqual("PASS", link.Verdict, "never a pass");
            Assert.AreNotEqual("FAIL", link.Verdict, "nor a fail the probe did not give");
            StringAssert.Contains(link.Reason, "asked for a clean first", "the certificate says why there is no loss verdict");
            StringAssert.Contains(link.Reason, "no re-inspection after it", "none yet");

            // The clean takes nothing off: the re-inspection is refused and writes no inspection record.
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.ShortPress);
            Assert.IsTrue(WorkflowFixture.Logged(hw, "clean_took_nothing_off"), "refused");
            LinkResult refused = LogReader.Read(Lines(hw)).Links.Single();
            Assert.AreEqual(1, refused.InspectionCount, "no second inspection record");
            StringAssert.Contains(refused.Reason, "re-inspection after the clean was refused", "the certificate says what the refused re-inspection found, not that there was none");
            StringAssert.Contains(refused.Reason, "set a new reference");
        }

        [TestMethod]
        public void ALogWithoutTheFieldIsNotHeld()
        {
            var hw = new SimulatedHardware(6118);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.BootWithClock(hw, out core);
            WorkflowFixture.Run(hw, flow, -20, 0, CommandAction.Reference);
            flow.Command(core.Commands.Processor.Execute("link L2"));
            hw.Light(-20, WorkflowFixture.Alternating(0.1, 0.3));
            flow.Command(CommandAction.Inspect);
            List<string> lines = Lines(hw);
            Assert.IsFalse(lines.Any(l => l.Contains("held_for_clean")), "written only when held");
            LinkResult link = LogReader.Read(lines).Links.Single();
            Assert.IsFalse(link.Last.HeldForClean, "absent: not held");
            Assert.IsFalse(link.Reason.Contains("clean first"), "no held reason");
        }
    }
}
