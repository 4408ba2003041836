using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Report;
using MpoProbe.Simulator;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Property test: real simulator logs, mutated the way damaged logs are (cut lines, numbers
    /// turned into fractions, text, null or huge values, fields deleted, text turned into numbers,
    /// junk and invalid UTF-8, lines duplicated or swapped, deep nesting). The reader must never
    /// throw, and every skipped line must carry its number and a reason.
    /// </summary>
    [TestClass]
    public class ReportFuzzTests
    {
        private static readonly Regex Numbers = new Regex(@"(?<=:)-?\d+(\.\d+)?(?=[,}\]])");
        private static readonly Regex Strings = new Regex("(?<=:)\"[^\"]*\"");
        private static readonly Regex Pairs = new Regex("\"[a-z_]+\":(\"[^\"]*\"|-?[0-9.]+|true|false|null),?");
        private static readonly string[] NumberSwaps = { "1.5", "-1", "1e308", "\"x\"", "null", "true", "99999999999999999999", "[]", "{}", "7" };
        private static readonly string[] StringSwaps = { "7", "null", "\"\"", "\"PASS\"", "\"" + new string('a', 2000) + "\"", "\"\\u0000\"", "[\"x\"]", "1.5" };
        private static List<byte[]>[] _logs;

        [ClassInitialize]
        public static void Logs(TestContext context)
        {
            _logs = new[]
            {
                Scripted("01-mpo12-dirty-pair-dirty-adapter.json", "reference,inspect,press,press,clean,inspect", "A"),
                Scripted("06-mpo24-crossed-pair.json", "reference,inspect", null),
                Scripted("12-mpo24-damaged-fiber.json", "reference,inspect,press,press,clean,inspect", "B"),
            };
        }

        [TestMethod]
        public void TenThousandMutatedLogsNeverThrowAndEverySkipHasANumberAndReason()
        {
            int runs = 0;
            Arbitrary<int> seeds = Gen.Choose(0, int.MaxValue - 1).ToArbitrary();
            Property property = Prop.ForAll(seeds, seed =>
            {
                runs++;
                List<byte[]> lines = Mutate(new Random(seed));
                var reader = new LogReader();
                reader.Begin("fuzz");
                for (int i = 0; i < lines.Count; i++)
                {
                    reader.Line(lines[i], "fuzz", i + 1);
                }

                ReportData data = reader.Data;
                bool skipsNamed = data.Skipped.All(s => s.Line >= 1 && s.Line <= lines.Count && !string.IsNullOrWhiteSpace(s.Reason)) && data.SkippedCount == data.Skipped.Count;
                if (seed % 128 == 0)
                {
                    HtmlReport.Write(data, "fuzz", TextWriter.Null);
                }

                return skipsNamed;
            });
            FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(10_000), property);
            Assert.AreEqual(10_000, runs, "mutated logs read");
        }

        private static List<byte[]> Mutate(Random random)
        {
            // A window of each log keeps 10 000 runs within a few seconds; the settings, reference,
            // inspection, diagnosis, clean and polarity records all fall inside windows.
            List<byte[]> log = _logs[random.Next(_logs.Length)];
            int start = random.Next(Math.Max(1, log.Count - 6));
            var lines = log.Skip(start).Take(8).ToList();
            int mutations = 1 + random.Next(3);
            for (int m = 0; m < mutations; m++)
            {
                int i = random.Next(lines.Count);
                string text = Encoding.UTF8.GetString(lines[i]);
                switch (random.Next(10))
                {
                    case 0: lines[i] = Encoding.UTF8.GetBytes(text.Substring(0, random.Next(text.Length))); break;
                    case 1: lines[i] = Replace(text, Numbers, NumberSwaps, random); break;
                    case 2: lines[i] = Replace(text, Strings, StringSwaps, random); break;
                    case 3: lines[i] = Replace(text, Pairs, new[] { string.Empty }, random); break;
                    case 4: lines[i] = Junk(random); break;
                    case 5: lines.Insert(i, lines[random.Next(lines.Count)]); break;
                    case 6: (lines[i], lines[0]) = (lines[0], lines[i]); break;
                    case 7: lines[i] = Encoding.UTF8.GetBytes(text.Replace("\"v\":1", "\"v\":" + NumberSwaps[random.Next(NumberSwaps.Length)])); break;
                    case 8: lines[i] = InvalidUtf8(text, random); break;
                    default: lines[i] = Encoding.UTF8.GetBytes(text.Replace("\"positions\":[", "\"positions\":" + new string('[', 1 + random.Next(200)))); break;
                }
            }

            return lines;
        }

        private static byte[] Replace(string text, Regex pattern, string[] swaps, Random random)
        {
            MatchCollection found = pattern.Matches(text);
            if (found.Count == 0)
            {
                return Encoding.UTF8.GetBytes(text);
            }

            Match hit = found[random.Next(found.Count)];
            return Encoding.UTF8.GetBytes(text.Substring(0, hit.Index) + swaps[random.Next(swaps.Length)] + text.Substring(hit.Index + hit.Length));
        }

        private static byte[] Junk(Random random)
        {
            var bytes = new byte[random.Next(1, 300)];
            random.NextBytes(bytes);
            bytes[0] = random.Next(2) == 0 ? (byte)'{' : bytes[0];
            return bytes.Select(b => b == (byte)'\n' ? (byte)' ' : b).ToArray();
        }

        private static byte[] InvalidUtf8(string text, Random random)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            int quote = Array.IndexOf(bytes, (byte)'"', random.Next(bytes.Length));
            if (quote > 0 && quote + 1 < bytes.Length)
            {
                bytes[quote + 1] = 0xC3;
            }

            return bytes;
        }

        private static List<byte[]> Scripted(string scenario, string script, string link)
        {
            var log = new StringWriter();
            var session = new SimulatorSession(Scenario.Load(Path.Combine(RepoPaths.Root, "scenarios", scenario)), log);
            session.Core.Settings.LinkLabel = link;
            session.Core.Log.Link = link;
            foreach (string step in script.Split(','))
            {
                Assert.IsTrue(session.Do(step), step);
            }

            return log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Encoding.UTF8.GetBytes(l)).ToList();
        }
    }
}
