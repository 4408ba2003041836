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
    public class JobCommandTests
    {
        private static CommandProcessor Processor(MemoryLogPort port, ProbeLog log, JobInfo job, UtcClock clock, MemoryStorage storage)
        {
            log.Job = job;
            log.Clock = clock;
            CommandProcessor p = new CommandProcessor(new InspectionSettings(), log, "0.1.0");
            p.Job = new JobCommands(job, clock, log, storage);
            return p;
        }

        [TestMethod]
        public void JobFieldsAreSetCarriedInEveryRecordAndSaved()
        {
            MemoryLogPort port = new MemoryLogPort();
            ProbeLog log = new ProbeLog(port);
            JobInfo job = new JobInfo();
            MemoryStorage storage = new MemoryStorage();
            CommandProcessor p = Processor(port, log, job, new UtcClock(), storage);
            p.Execute("job J-1001 Phase 2");
            p.Execute("Operator R. Diaz");
            p.Execute("customer ACME Data Centre");
            p.Execute("site Hall 3, row B");
            Check.Equal("J-1001 Phase 2", job.Get(0), "job, case and spaces kept");
            Check.Equal("R. Diaz", job.Get(1), "operator");
            p.Execute("version");
            Check.Contains("\"job\":\"J-1001 Phase 2\",\"operator\":\"R. Diaz\",\"customer\":\"ACME Data Centre\",\"site\":\"Hall 3, row B\"", port.Last, "in the settings record");
            JobInfo reloaded = new JobInfo();
            Check.True(reloaded.Load(storage), "job.txt saved and read back");
            Check.Equal("Hall 3, row B", reloaded.Get(3), "site after a reboot");
            p.Execute("site");
            Check.True(job.Get(3) == null, "site alone clears it");
        }

        [TestMethod]
        public void BadJobTextIsRefusedWithTheReason()
        {
            MemoryLogPort port = new MemoryLogPort();
            JobInfo job = new JobInfo();
            CommandProcessor p = Processor(port, new ProbeLog(port), job, new UtcClock(), new MemoryStorage());
            p.Execute("job 0123456789012345678901234567890123");
            Check.Contains("at most 32 characters (34 given)", port.Last, "too long");
            p.Execute("operator a\"b");
            Check.Contains("at column 2 is not allowed", port.Last, "quote refused");
            Check.True(job.Get(0) == null && job.Get(1) == null, "nothing set");
        }

        [TestMethod]
        public void TimeSetsTheClockAndRecordsCarryUtcCountingFromIt()
        {
            MemoryLogPort port = new MemoryLogPort();
            ProbeLog log = new ProbeLog(port);
            UtcClock clock = new UtcClock();
            CommandProcessor p = Processor(port, log, new JobInfo(), clock, new MemoryStorage());
            log.UptimeMs = 5000;
            p.Execute("version");
            Check.False(port.Last.IndexOf("\"utc\"") >= 0, "no utc before the clock is set");
            p.Execute("time 2026-02-28T23:59:30Z");
            Check.True(clock.IsSet, "set");
            log.UptimeMs = 5000 + 45000;
            p.Execute("version");
            Check.Contains("\"utc\":\"2026-03-01T00:00:15Z\"", port.Last, "45 s later, across the month end");
            p.Execute("time 2026-02-29T10:00:00Z");
            Check.Contains("\"code\":\"bad_value\"", port.Last, "2026 is not a leap year");
            p.Execute("time yesterday");
            Check.Contains("YYYY-MM-DDTHH:MM:SSZ", port.Last, "format named");
        }

        [TestMethod]
        public void ClockTextRoundTripsAcrossLeapYearsAndCenturies()
        {
            long seconds;
            Check.True(UtcClock.TryParse("2000-01-01T00:00:00Z", out seconds), "2000");
            Check.True(seconds == 946684800, "2000-01-01 is 946684800 s after 1970");
            Check.True(UtcClock.TryParse("2024-02-29 12:34:56", out seconds), "leap day, space, no Z");
            Check.Equal("2024-02-29T12:34:56Z", UtcClock.Format(seconds), "round trip");
            Check.Equal("2099-12-31T23:59:59Z", UtcClock.Format(4102444799), "last second of 2099");
            Check.False(UtcClock.TryParse("2026-13-01T00:00:00Z", out seconds), "month 13");
            Check.False(UtcClock.TryParse("2026-04-31T00:00:00Z", out seconds), "31 April");
            Check.False(UtcClock.TryParse("1999-12-31T23:59:59Z", out seconds), "before 2000");
        }

        [TestMethod]
        public void ADamagedJobFileIsSaidAtBootAndAMissingOneIsNot()
        {
            SimulatedHardware hw = new SimulatedHardware(4701);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            flow.Command(core.Commands.Processor.Execute("job J-77"));
            Check.False(WorkflowFixture.Logged(hw, "job_reset"), "a first start has no job file: nothing to say");
            string text = hw.Files.Read(JobInfo.FileName);
            Check.True(text != null, "job.txt saved");
            hw.Files.Poke(JobInfo.FileName, text.Substring(0, text.Length / 2));
            ProbeCore rebooted;
            WorkflowFixture.Boot(hw, out rebooted);
            Check.True(rebooted.Job.Damaged, "the cut file is damaged");
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"job_reset\""), "and the probe says so at boot");
            Check.True(rebooted.Job.Get(0) == null, "the job starts empty");
        }
    }
}
