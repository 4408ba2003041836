using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Property test of the stored files: a healthy session writes every file (calibration, settings,
    /// job, reference, wear, mating repeatability, results), then ONE file is damaged the way flash
    /// and careless edits damage files, and a fresh probe boots on it, inspects and answers
    /// <c>status</c>. Standard: nothing throws; no PASS unless the reference in use is the one taken;
    /// every file either loads exactly what was saved or a log record names it. Half the cases
    /// re-seal the file checksum, as a damage the file CRC misses: then the fields must still be
    /// valid and the reference's own checksum must hold. Session and oracles: StoredFileSession.
    /// </summary>
    [TestClass]
    public class StoredFileFuzzTests
    {
        private const int CasesPerFile = 1000;
        private static readonly string[] Swaps =
        {
            "NaN", "Infinity", "-Infinity", "1e308", "-1", "99999999999999999999", "7FF8000000000000", "7FF0000000000000", "FFF0000000000000",
            "0000000000000000", "8000000000000000", "FFF8000000000000", string.Empty, "0x10", " 12", "+5", "-0", "2147483648", "00000000",
        };

        private static readonly Regex Values = new Regex(@"(?<=[=:])[^\n;,}]*");

        [TestMethod]
        [DataRow(ReferenceStore.FileName)]
        [DataRow(CalibrationStore.FileName)]
        [DataRow(SettingsStore.FileName)]
        [DataRow(WearCounters.FileName)]
        [DataRow(WearCounters.MatingFileName)]
        [DataRow(JobInfo.FileName)]
        [DataRow(ResultsStore.IndexName)]
        [DataRow("results0.txt")]
        [DataRow("results1.txt")]
        public void ADamagedFileNeverCrashesNeverPassesAndIsNamedOrLoadsTheSame(string name)
        {
            var clock = Stopwatch.StartNew();
            StoredFileSession session = StoredFileSession.Shared;
            int runs = 0, changed = 0;
            Arbitrary<int> seeds = Gen.Choose(0, int.MaxValue - 1).ToArbitrary();
            Property property = Prop.ForAll(seeds, seed =>
            {
                runs++;
                var random = new Random(seed);
                var files = new Dictionary<string, string>(session.Files);
                string kind = Mutate(files, name, random);
                changed += files.TryGetValue(name, out string now) && now == session.Files[name] ? 0 : 1;
                string why = session.Judge(files, name, kind.StartsWith("sealed"));
                if (why != null)
                {
                    throw new AssertFailedException(name + " " + kind + ": " + why + "\n--- damaged file ---\n" + (now ?? "(deleted)"));
                }
            });
            var replay = new Replay(new Rnd(0x5EEDF11Eul, 0x9E3779B97F4A7C15ul), FSharpOption<int>.None);
            FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(CasesPerFile).WithReplay(FSharpOption<Replay>.Some(replay)), property);
            Assert.AreEqual(CasesPerFile, runs, "cases run");
            Assert.IsTrue(changed > CasesPerFile / 2, "most cases really changed the file (" + changed + ")");
            Console.WriteLine(name + ": " + runs + " damaged copies in " + clock.ElapsedMilliseconds + " ms");
        }

        /// <summary>Damages <paramref name="name"/> in <paramref name="files"/> once; returns what was done.</summary>
        internal static string Mutate(Dictionary<string, string> files, string name, Random random)
        {
            string text = files[name];
            var lines = text.Split('\n').ToList();
            int line = Line(lines, random);
            string kind;
            switch (random.Next(12))
            {
                case 0:
                    int at = random.Next(text.Length);
                    int bit = random.Next(8);
                    text = text.Substring(0, at) + (char)(text[at] ^ (1 << bit)) + text.Substring(at + 1);
                    kind = "bit " + bit + " of char " + at;
                    break;
                case 1:
                    int keep = random.Next(text.Length);
                    text = text.Substring(0, keep);
                    kind = "cut to " + keep;
                    break;
                case 2:
                    lines.Insert(random.Next(lines.Count), lines[line]);
                    kind = "line " + line + " duplicated";
                    text = string.Join("\n", lines);
                    break;
                case 3:
                    lines.RemoveAt(line);
                    kind = "line " + line + " deleted";
                    text = string.Join("\n", lines);
                    break;
                case 4:
                case 5:
                    MatchCollection values = Values.Matches(lines[line]);
                    string swap = Swaps[random.Next(Swaps.Length)];
                    lines[line] = values.Count == 0 ? lines[line] : lines[line].Substring(0, values[0].Index) + swap + lines[line].Substring(values[0].Index + values[0].Length);
                    kind = "line " + line + " value -> '" + swap + "'";
                    text = string.Join("\n", lines);
                    break;
                case 6:
                    int other = Line(lines, random);
                    int a = lines[line].IndexOf('='), b = lines[other].IndexOf('=');
                    if (a > 0 && b > 0)
                    {
                        (lines[line], lines[other]) = (lines[line].Substring(0, a) + lines[other].Substring(b), lines[other].Substring(0, b) + lines[line].Substring(a));
                    }

                    kind = "values of lines " + line + " and " + other + " swapped";
                    text = string.Join("\n", lines);
                    break;
                case 7:
                    string[] junk = { "=", "crc=", "x=1", "\u00FF\u00FF\u00FF\u00FF", "p1_dbm=", "version=2", new string('=', 300), "\r", "\0" };
                    lines.Insert(random.Next(lines.Count), junk[random.Next(junk.Length)]);
                    kind = "garbage line";
                    text = string.Join("\n", lines);
                    break;
                case 8:
                    text = random.Next(3) == 0 ? null : (random.Next(2) == 0 ? string.Empty : new string('\u00FF', text.Length));
                    kind = text == null ? "deleted" : (text.Length == 0 ? "emptied" : "erased (0xFF)");
                    break;
                case 9:
                    // One hex digit of a value changed to another: still well formed, a different number.
                    int digit = lines[line].IndexOf('=') + 1 + random.Next(16);
                    if (digit > 0 && digit < lines[line].Length && Uri.IsHexDigit(lines[line][digit]))
                    {
                        lines[line] = lines[line].Substring(0, digit) + "0123456789ABCDEF"[random.Next(16)] + lines[line].Substring(digit + 1);
                    }

                    kind = "line " + line + " digit " + digit + " changed";
                    text = string.Join("\n", lines);
                    break;
                case 10:
                    int key = lines[line].IndexOf('=');
                    lines[line] = key > 0 ? lines[line].Substring(0, key - 1) + "q" + lines[line].Substring(key) : lines[line];
                    kind = "key of line " + line + " renamed";
                    text = string.Join("\n", lines);
                    break;
                default:
                    int start = random.Next(text.Length);
                    text = text.Substring(0, start) + new string((char)random.Next(32, 127), random.Next(1, 40)) + text.Substring(start);
                    kind = "text inserted at " + start;
                    break;
            }

            bool seal = text != null && text.Length > 0 && !(name.StartsWith("results", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal)) && random.Next(2) == 0;
            files[name] = seal ? Seal(text) : text;
            return (seal ? "sealed " : "raw ") + kind;
        }

        /// <summary>
        /// A line to damage: a kind of field first (its key without digits: p_dbm, gain, weak, crc…),
        /// then one line of that kind, so a file's one-off fields are hit as often as its long lists.
        /// </summary>
        private static int Line(List<string> lines, Random random)
        {
            var kinds = Enumerable.Range(0, lines.Count).Where(i => lines[i].Length > 0)
                .GroupBy(i => Regex.Replace(lines[i].Split('=', ':')[0], "[0-9]+", "#")).ToList();
            if (kinds.Count == 0)
            {
                return 0;
            }

            List<int> kind = kinds[random.Next(kinds.Count)].ToList();
            return kind[random.Next(kind.Count)];
        }

        /// <summary>The text with its checksum line recomputed as TextRecord writes it: a damage the file CRC cannot see.</summary>
        internal static string Seal(string text)
        {
            int crcAt = text.LastIndexOf("\ncrc=");
            string body = crcAt < 0 ? (text.EndsWith("\n") ? text : text + "\n") : text.Substring(0, crcAt + 1);
            var crc = new Crc32();
            foreach (byte b in Encoding.UTF8.GetBytes(body))
            {
                crc.AddByte(b);
            }

            return body + "crc=" + crc.Value.ToString("X8") + "\n";
        }
    }
}
