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
    public class CommandTests
    {
        private static readonly int FuzzLines = TestSize.Pick(12000, 150);

        private static CommandProcessor Processor(InspectionSettings settings, MemoryLogPort port)
        {
            return new CommandProcessor(settings, new ProbeLog(port), "0.1.0");
        }

        [TestMethod]
        public void ValidSetCommandsChangeSettingsAndReply()
        {
            InspectionSettings s = new InspectionSettings();
            MemoryLogPort port = new MemoryLogPort();
            CommandProcessor p = Processor(s, port);
            Check.True(p.Execute("set layout 24") == CommandAction.SettingsChanged, "layout");
            Check.True(s.Layout == MpoLayout.Mpo24, "MPO-24 set");
            Check.Contains("\"type\":\"reply\"", port.Last, "reply record");
            Check.True(p.Execute("  SET   Limit   ELITE ") == CommandAction.SettingsChanged, "case and spaces");
            Check.True(s.Limit == LimitProfile.Elite, "elite");
            p.Execute("set limit 1.5");
            Check.True(s.Limit.LimitDb == 1.5, "custom 1.5 dB");
            p.Execute("set fiber os2");
            p.Execute("set wavelength 1550");
            Check.True(s.Wavelength == Wavelength.Nm1550, "1550 nm on OS2");
            p.Execute("set polarity b-row");
            Check.True(s.ExpectedPolarity == PolarityType.TypeBRowMirror, "b-row");
            p.Execute("set guard 0.2");
            Check.True(s.GuardBandDb == 0.2, "guard 0.2");
        }

        [TestMethod]
        public void RecheckSettingsAreSetOverTheSerialLineAndBadValuesNamed()
        {
            InspectionSettings s = new InspectionSettings();
            MemoryLogPort port = new MemoryLogPort();
            CommandProcessor p = Processor(s, port);
            Check.True(p.Execute("set recheck_every 5") == CommandAction.SettingsChanged, "count set");
            Check.True(s.RecheckEvery == 5, "every 5 inspections");
            Check.Contains("after 5 inspections", port.Last, "reply names the count");
            Check.True(p.Execute("set recheck_minutes 0") == CommandAction.SettingsChanged, "time off");
            Check.True(s.RecheckMinutes == 0, "never by time");
            Check.Contains("never by minutes", port.Last, "reply says never");
            p.Execute("set recheck_minutes 90");
            Check.True(s.RecheckMinutes == 90, "90 minutes");
            p.Execute("set recheck_every 2.5");
            Check.Contains("recheck_every '2.5' is not valid: a whole number of inspections from 0 (never) to 1000", port.Last, "fraction refused");
            Check.True(s.RecheckEvery == 5, "kept after a bad value");
            p.Execute("set recheck_minutes 1441");
            Check.Contains("recheck_minutes '1441' is not valid", port.Last, "too long refused");
            Check.True(s.RecheckMinutes == 90, "kept");
            p.Execute("set recheck_every -3");
            Check.Contains("is not valid", port.Last, "sign refused");
            Check.True(p.Execute("help") == CommandAction.None, "help");
            Check.Contains("set recheck_every <n>", port.Last, "help lists the re-check count");
        }

        [TestMethod]
        public void ActionsAndQueries()
        {
            InspectionSettings s = new InspectionSettings();
            MemoryLogPort port = new MemoryLogPort();
            CommandProcessor p = Processor(s, port);
            Check.True(p.Execute("inspect") == CommandAction.Inspect, "inspect");
            Check.True(p.Execute("reference") == CommandAction.Reference, "reference");
            Check.True(p.Execute("last") == CommandAction.Last, "last");
            Check.True(p.Execute("help") == CommandAction.None, "help");
            Check.Contains("set layout 8|12|16|24|32", port.Last, "help lists set layout");
            Check.Contains("history clear", port.Last, "help lists the results store");
            Check.Contains("cal help", port.Last, "help points to the calibration commands");
            Check.Contains("time <UTC", port.Last, "help lists the clock");
            Check.True(p.Execute("status") == CommandAction.Status, "status: the workflow answers with state and settings");
            p.Execute("version");
            Check.Contains("0.1.0", port.Last, "version");
        }

        [TestMethod]
        public void BadLinesGetErrorsNamingWhatWasWrong()
        {
            InspectionSettings s = new InspectionSettings();
            MemoryLogPort port = new MemoryLogPort();
            CommandProcessor p = Processor(s, port);
            p.Execute("set layout 13");
            Check.Contains("layout '13' is not valid: 8, 12, 16, 24 or 32", port.Last, "bad layout");
            p.Execute("fly");
            Check.Contains("unknown command 'fly'", port.Last, "unknown");
            p.Execute("set colour red");
            Check.Contains("unknown setting 'colour'", port.Last, "unknown setting");
            p.Execute("set limit -1");
            Check.Contains("limit '-1' is not valid", port.Last, "negative limit");
            p.Execute("inspect now");
            Check.Contains("inspect takes no value", port.Last, "extra word");
            p.Execute("set\tlayout 8");
            Check.Contains("character code 9 at column 4", port.Last, "tab");
            Check.True(s.Layout == MpoLayout.Mpo12, "nothing changed");
        }

        [TestMethod]
        public void OversizedAndSplitLinesThroughThePort()
        {
            InspectionSettings s = new InspectionSettings();
            MemoryLogPort port = new MemoryLogPort();
            CommandPort commands = new CommandPort(port, Processor(s, port));
            byte[] bytes = new byte[300];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)'x';
            }

            bytes[299] = (byte)'\n';
            port.Send(bytes);
            CommandAction action;
            Check.False(commands.Next(out action), "first 256 bytes: no line yet");
            Check.True(commands.Next(out action) && action == CommandAction.None, "the oversized line ends and does nothing");
            Check.Contains("longer than 96 characters", port.Last, "reported");
            Check.Contains("\"cmd\":1", port.Last, "as the answer to line 1");
            port.Send(new byte[] { (byte)'s', (byte)'e', (byte)'t', (byte)' ', (byte)'l', (byte)'a', (byte)'y' });
            Check.False(commands.Next(out action), "half a line waits");
            port.Send(new byte[] { (byte)'o', (byte)'u', (byte)'t', (byte)' ', (byte)'1', (byte)'6', (byte)'\r', (byte)'\n' });
            Check.True(commands.Next(out action) && action == CommandAction.SettingsChanged, "completed line runs");
            Check.True(s.Layout == MpoLayout.Mpo16, "MPO-16 set");
        }

        [TestMethod]
        public void FuzzedLinesNeverThrowAndOnlyValidCommandsChangeSettings()
        {
            string[] seeds = { "set layout ", "set limit ", "set wavelength ", "set polarity ", "set guard ", "inspect", "help", "set ", "reference " };
            string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 .-_|*\"\\{}[]";
            SimRandom random = new SimRandom(31337);
            InspectionSettings s = new InspectionSettings();
            MemoryLogPort port = new MemoryLogPort();
            CommandProcessor p = Processor(s, port);
            int errors = 0;
            for (int i = 0; i < FuzzLines; i++)
            {
                string line = random.NextInt(3) == 0 ? seeds[random.NextInt(seeds.Length)] : string.Empty;
                int extra = random.NextInt(random.NextInt(4) == 0 ? 120 : 12);
                for (int k = 0; k < extra; k++)
                {
                    line += random.NextInt(10) == 0 ? ((char)random.NextInt(256)).ToString() : alphabet[random.NextInt(alphabet.Length)].ToString();
                }

                string before = Snapshot(s);
                int records = port.Count;
                CommandAction action = p.Execute(line);
                bool error = port.Count > records && port.Last.IndexOf("\"type\":\"error\"") >= 0;
                Check.True(port.Count > records || action == CommandAction.Inspect || action == CommandAction.Reference || action == CommandAction.Last,
                    "line " + i.ToString() + " got a record or an action");
                Check.True(!error || Snapshot(s) == before, "line " + i.ToString() + " was refused but changed settings");
                Check.True(Snapshot(s) == before || action == CommandAction.SettingsChanged, "line " + i.ToString() + " changed settings without a valid set");
                errors += error ? 1 : 0;
                port.Clear();
            }

            Check.True(errors > FuzzLines / 2, "most fuzzed lines are errors (" + errors.ToString() + ")");
        }

        private static string Snapshot(InspectionSettings s)
        {
            return s.Layout.Name + "|" + ((int)s.Wavelength).ToString() + "|" + s.Limit.Name + "|" + s.GuardBandDb.ToString("F6") + "|" + ((int)s.ExpectedPolarity).ToString();
        }
    }
}
