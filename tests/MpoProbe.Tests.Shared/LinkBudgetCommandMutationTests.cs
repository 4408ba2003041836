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
    /// <c>set link</c> on its own (Stryker survivors in <see cref="LinkBudgetCommands"/>): the
    /// refusal names what each key allows, numbers are at most five digits and nothing else, long
    /// words are cut after 16 characters, an accepted or dropped budget is saved to job.txt, and
    /// a budget follows a changed wavelength.
    /// </summary>
    [TestClass]
    public class LinkBudgetCommandMutationTests
    {
        private const string Two = "set link connectors 2 ";
        private const string Count = "a whole number from 0 to 20";
        private const string Metres = "whole metres from 0 to 20000";
        private const string Keys = "one of connectors, splices, length_m, plant, standard";

        /// <summary>The commands over a fresh job, default settings (OM4, 850 nm), a log and a storage.</summary>
        private sealed class Bench
        {
            public readonly JobInfo Job = new JobInfo();
            public readonly InspectionSettings Settings = new InspectionSettings();
            public readonly MemoryLogPort Port = new MemoryLogPort();
            public readonly MemoryStorage Storage = new MemoryStorage();
            public readonly LinkBudgetCommands Commands;

            public Bench()
            {
                Commands = new LinkBudgetCommands(Job, Settings, new ProbeLog(Port), Storage);
            }

            /// <summary>
            /// Runs <paramref name="line"/> and checks it is refused as a bad value with exactly
            /// "link <paramref name="key"/> '<paramref name="value"/>' is not valid: <paramref name="allowed"/>".
            /// </summary>
            public void Refused(string line, string key, string value, string allowed)
            {
                Check.True(Commands.Run(line) == CommandAction.None, line + ": nothing changes");
                Check.Contains("\"code\":\"bad_value\"", Port.Last, line + ": a bad value");
                Check.Contains("\"message\":\"link " + key + " '" + value + "' is not valid: " + allowed + "\"", Port.Last, line + ": the message");
                Check.False(Job.Budget.IsSet, line + ": no budget set");
            }

            /// <summary>A refused length after two connectors.</summary>
            public void RefusedLength(string value)
            {
                Refused(Two + "length_m " + value, "length_m", value, Metres);
            }

            public void Accepted(string line)
            {
                Check.True(Commands.Run(line) == CommandAction.SettingsChanged, line + ": accepted, " + Port.Last);
            }
        }

        [TestMethod]
        public void TheRefusalNamesWhatEachKeyAllows()
        {
            Bench b = new Bench();
            b.Refused("set link connectors x", "connectors", "x", Count);
            b.Refused(Two + "splices 21", "splices", "21", Count);
            b.RefusedLength("20001");
            b.Refused(Two + "plant attic", "plant", "attic", "inside or outside");
            b.Refused(Two + "standard ieee", "standard", "ieee", "tia or iso");
            b.Refused(Two + "fibers 4", "fibers", "4", Keys);
        }

        [TestMethod]
        public void ACountIsAtMostFiveDigitsAndNothingElse()
        {
            Bench b = new Bench();
            b.RefusedLength("000020");
            b.RefusedLength("1a");
            b.RefusedLength("a1");
            b.RefusedLength("-1");
            b.Refused("set link connectors +2", "connectors", "+2", Count);
            b.Refused("set link connectors 4294967298", "connectors", "4294967298", Count);
            b.Accepted(Two + "length_m 00020");
            Check.Equal(20, b.Job.Budget.LengthM, "five digits with leading zeros are 20 m");
            b.Accepted("set link connectors 20 splices 20 length_m 20000");
            Check.Equal(20, b.Job.Budget.Connectors, "the largest counts");
            Check.Equal(20000, b.Job.Budget.LengthM, "the longest link");
        }

        [TestMethod]
        public void WordsLongerThanSixteenCharactersAreCut()
        {
            Bench b = new Bench();
            b.Refused("set link abcdefghijklmnop 1", "abcdefghijklmnop", "1", Keys);
            b.Refused("set link abcdefghijklmnopq 1", "abcdefghijklmnop...", "1", Keys);
            b.Refused(Two + "plant abcdefghijklmnopq", "plant", "abcdefghijklmnop...", "inside or outside");
        }

        [TestMethod]
        public void SetLinkAloneAnswersWithItsUsage()
        {
            Check.True(LinkBudgetCommands.Matches("set link"), "'set link' is this command");
            Check.True(LinkBudgetCommands.Matches(Two.Trim()), "so is a line with words after it");
            Check.False(LinkBudgetCommands.Matches("set linkx 2"), "not another word starting with link");
            Bench b = new Bench();
            Check.True(b.Commands.Run("set link") == CommandAction.None, "nothing changes");
            Check.Contains("\"code\":\"usage\"", b.Port.Last, "the usage");
        }

        [TestMethod]
        public void AnAcceptedBudgetIsRepliedToAndSaved()
        {
            Bench b = new Bench();
            b.Accepted(Two + "length_m 90");
            Check.Contains("\"type\":\"reply\"", b.Port.Last, "a reply");
            Check.Contains("\"command\":\"set\"", b.Port.Last, "to a set command");
            Check.Contains("\"message\":\"link budget 2 connector pairs x 0.75 dB + 0 splices x 0.30 dB + 90 m x 3.50 dB/km (OM4, 850 nm) = 1.82 dB (TIA-568.3-E)\"",
                b.Port.Last, "naming the terms");
            JobInfo loaded = new JobInfo();
            Check.True(loaded.Load(b.Storage), "job.txt written");
            Check.True(loaded.Budget.IsSet, "with the budget");
            Check.Equal(2, loaded.Budget.Connectors, "connectors");
            Check.Equal(90, loaded.Budget.LengthM, "length");
        }

        [TestMethod]
        public void ADroppedBudgetIsSavedAsDropped()
        {
            Bench b = new Bench();
            b.Commands.Drop();
            Check.True(b.Storage.Read(JobInfo.FileName) == null, "no budget to drop: nothing written");
            b.Accepted(Two + "length_m 90");
            b.Commands.Drop();
            Check.False(b.Job.Budget.IsSet, "dropped");
            JobInfo loaded = new JobInfo();
            Check.True(loaded.Load(b.Storage), "job.txt there");
            Check.False(loaded.Budget.IsSet, "and it no longer holds the budget: a reboot does not bring it back");
        }

        [TestMethod]
        public void ABudgetFollowsAChangedWavelength()
        {
            Bench b = new Bench();
            Check.False(b.Commands.Reapply(), "no budget: nothing to re-apply");
            Check.Equal(LimitProfile.Standard.Name, b.Settings.Limit.Name, "the per-pair limit stays");
            b.Accepted(Two + "length_m 1000");
            Check.Near(1.5 + 3.5, b.Settings.Limit.LimitDb, 1e-9, "850 nm: 2 x 0.75 + 1 km x 3.5 dB/km");
            b.Settings.Wavelength = Wavelength.Nm1300;
            Check.True(b.Commands.Reapply(), "re-applied for 1300 nm");
            Check.Near(1.5 + 1.5, b.Settings.Limit.LimitDb, 1e-9, "1300 nm: 1 km x 1.5 dB/km");
            b.Settings.Fiber = FiberType.OS2;
            Check.False(b.Commands.Reapply(), "OS2 has no figure at 1300 nm");
        }
    }
}
