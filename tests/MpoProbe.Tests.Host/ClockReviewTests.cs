using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Review 2026-12-05 of the clock (UtcClock, JobCommands' <c>time</c>) and of what the clock
    /// stamps: a malformed time is refused, and a reference's age across a restart is not
    /// shortened by a clock that was corrected after the reference was taken.
    /// </summary>
    [TestClass]
    public class ClockReviewTests
    {
        [TestMethod]
        public void ATimeWhoseClockFieldsAreNotDigitsIsRefused()
        {
            // Digits() gives -1 for a non-digit and only `> 23` / `> 59` are checked: the fields
            // below parse as -1 hour, minute or second and move the clock instead of being refused.
            string[] malformed =
            {
                "2026-11-20T 9:30:00Z",   // a space-padded hour, as some tools print it
                "2026-11-20T09:3x:00Z",
                "2026-11-20T09:30:-1Z",
                "2026-11-20Tab:cd:efZ",
            };
            foreach (string text in malformed)
            {
                long seconds;
                Assert.IsFalse(UtcClock.TryParse(text, out seconds), "'" + text + "' is not YYYY-MM-DDTHH:MM:SSZ, parsed as " + UtcClock.Format(seconds));
            }
        }

        [TestMethod]
        public void ASpacePaddedHourSentWithTimeLeavesTheClockUnset()
        {
            MemoryLogPort port = new MemoryLogPort();
            ProbeLog log = new ProbeLog(port);
            UtcClock clock = new UtcClock();
            log.Clock = clock;
            CommandProcessor p = new CommandProcessor(new InspectionSettings(), log, "0.1.0");
            p.Job = new JobCommands(new JobInfo(), clock, log, new MemoryStorage());
            p.Execute("time 2026-11-20T 9:30:00Z");
            Assert.IsTrue(port.Last.IndexOf("\"code\":\"bad_value\"") >= 0, "refused: " + port.Last);
            Assert.IsFalse(clock.IsSet, "the clock stays unset (it was set to " + clock.Text(log.UptimeMs) + ")");
        }

        [TestMethod]
        public void AReferencesAgeAcrossARestartIsNotShortenedByAClockCorrectedAfterIt()
        {
            // 10:00 real time. The clock is first set 7 h ahead (a capture tool sending local time as
            // UTC), the reference is taken, and a minute later the clock is corrected. Its stored UTC
            // stamp keeps the wrong 17:00.
            SimulatedHardware hw = new SimulatedHardware(5203);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            core.Settings.RemateEvery = 0;
            core.Settings.RecheckEvery = 0;
            core.Settings.RecheckMinutes = 0;
            WorkflowFixture.Send(hw, flow, "time 2026-11-20T17:00:00Z");
            WorkflowFixture.Run(hw, flow, -20, 0, CommandAction.Reference);
            Assert.IsTrue(core.Reference.IsValid, "reference taken");
            hw.Sim.AdvanceMinutes(1);
            WorkflowFixture.Send(hw, flow, "time 2026-11-20T10:01:00Z");
            Assert.IsTrue(core.UtcClock.Text(core.NowMs).StartsWith("2026-11-20T10:01"), "clock corrected");

            // Nine hours later (19:01 real) the probe restarts and the clock is set right again.
            hw.Sim.AdvanceMinutes(9 * 60);
            ProbeCore rebooted;
            ProbeWorkflow again = WorkflowFixture.Boot(hw, out rebooted);
            rebooted.Settings.RemateEvery = 0;
            rebooted.Settings.RecheckEvery = 0;
            rebooted.Settings.RecheckMinutes = 0;
            WorkflowFixture.Send(hw, again, "time 2026-11-20T19:01:00Z");
            Assert.IsTrue(rebooted.Reference.IsValid && rebooted.Reference.FromEarlierBoot, "the reference came back from flash");
            WorkflowFixture.Run(hw, again, -20, 0.1, CommandAction.Inspect);
            long age = rebooted.Inspector.ReferenceAgeMinutes(rebooted.Reference);
            Assert.IsTrue(age < 0 || age >= 9 * 60, "the reference is 9 h old (or of unknown age), not " + age + " min");
            Assert.IsTrue(rebooted.Inspector.Result.ReferenceStale, "older than the 8 h allowed: nothing above PASS*");
        }
    }
}
