using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;
using MpoProbe.Simulation;
using MpoProbe.Simulator;

namespace MpoProbe.Tests
{
    /// <summary>
    /// The serial port as a host sees it: bytes in through the real command path (port → line
    /// assembler → processor → workflow), JSON Lines out. Every line gets exactly one answer
    /// record (<c>cmd</c> = its number), in order, of the kind the line asks for; several lines
    /// in one read all run; numbers stay '.'-decimal under a German culture.
    /// </summary>
    [TestClass]
    public class SerialFuzzTests
    {
        private const int FuzzLines = 20000;

        /// <summary>A generated line and the answers it may get: "type" or "type:code/command".</summary>
        private sealed record Line(string Text, string[] Answers);

        private static readonly string[] Valid =
        {
            "help", "version", "status", "set layout 24", "set layout 12", "set guard 0.5", "set guard 0.1", "set limit elite",
            "set limit 1.5", "set polarity a", "set fiber om4", "set wavelength 850", "link JOB ;42", "link", "reset port", "reset cord",
        };

        private static Line Generate(Random random)
        {
            int kind = random.Next(100);
            if (kind < 30)
            {
                string text = Valid[random.Next(Valid.Length)];
                string verb = text.Split(' ')[0];
                string answer = verb is "help" or "version" ? "reply:" + verb : (verb == "status" ? "settings" : "reply:set");
                return new Line(Case(random, text), new[] { answer });
            }

            if (kind < 32)
            {
                return random.Next(3) switch
                {
                    0 => new Line("inspect", new[] { "inspection", "error:no_reference" }),
                    1 => new Line("last", new[] { "inspection", "error:no_result" }),
                    _ => new Line("reference", new[] { "reference" }),
                };
            }

            return kind switch
            {
                < 45 => new Line(Word(random) + (random.Next(2) == 0 ? string.Empty : " " + Word(random)), new[] { "error:unknown_command" }),
                < 55 => new Line("set layout " + random.Next(100, 100000), new[] { "error:bad_value" }),
                < 62 => new Line("set " + Word(random) + " 1", new[] { "error:unknown_setting" }),
                < 68 => new Line(Valid[random.Next(3)] + " " + Word(random), new[] { "error:usage" }),
                < 74 => new Line("set guard " + random.Next(2, 99) + "." + random.Next(10), new[] { "error:bad_value" }),
                < 80 => new Line("help\t" + Word(random), new[] { "error:bad_character" }),
                < 84 => new Line(new string(' ', random.Next(1, 6)), new[] { "error:empty" }),
                < 88 => new Line("link " + new string('x', 30), new[] { "error:bad_value" }),
                < 92 => new Line(new string('y', random.Next(97, 400)), new[] { "error:line_too_long" }),
                < 96 => new Line("set limit " + (char)random.Next(0x80, 0xFF), new[] { "error:bad_character" }),
                _ => new Line("set layout", new[] { "error:usage" }),
            };
        }

        private static string Word(Random random)
        {
            const string letters = "abcdefghijklmnopqrstuvwxyz0123456789-";
            string word;
            do
            {
                word = new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
            }
            while (word is "help" or "status" or "version" or "inspect" or "reference" or "last" or "set" or "reset" or "link");
            return word;
        }

        private static string Case(Random random, string text) => random.Next(4) == 0 ? text.ToUpperInvariant() : text;

        private static string AnswerOf(JsonElement record)
        {
            string type = record.GetProperty("type").GetString();
            if (record.TryGetProperty("code", out JsonElement code))
            {
                return type + ":" + code.GetString();
            }

            return record.TryGetProperty("command", out JsonElement command) ? type + ":" + command.GetString() : type;
        }

        [TestMethod]
        public void TwentyThousandLinesEachGetTheirAnswerInOrder()
        {
            var clock = Stopwatch.StartNew();
            var hw = new SimulatedHardware(1601);
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out ProbeCore core);
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Reference);
            hw.Light(-20, SimulatedProbe.Losses(12, 0.2));
            hw.Serial.Clear();
            var random = new Random(16);
            var lines = new List<Line>();
            int multiLineReads = 0;
            while (lines.Count < FuzzLines)
            {
                int batch = random.Next(1, 9);
                var bytes = new List<byte>();
                for (int i = 0; i < batch; i++)
                {
                    Line line = Generate(random);
                    lines.Add(line);
                    bytes.AddRange(line.Text.Select(c => (byte)c));
                    bytes.AddRange(random.Next(3) == 0 ? new[] { (byte)'\r', (byte)'\n' } : new[] { (byte)'\n' });
                }

                multiLineReads += batch > 1 ? 1 : 0;
                hw.Serial.Send(bytes.ToArray());
                for (int tick = 0; tick < 200 && core.Commands.LineCount < lines.Count; tick++)
                {
                    flow.Tick();
                }

                flow.Tick();
            }

            var answers = new string[lines.Count + 1];
            for (int i = 0; i < hw.Serial.Count; i++)
            {
                JsonElement record = JsonDocument.Parse(hw.Serial.LineAt(i)).RootElement;
                if (!record.TryGetProperty("cmd", out JsonElement cmd))
                {
                    continue;
                }

                int n = cmd.GetInt32();
                Assert.IsTrue(n >= 1 && n <= lines.Count, "answer to a line that was not sent: " + n);
                Assert.IsNull(answers[n], "line " + n + " answered twice: " + answers[n] + " and " + hw.Serial.LineAt(i));
                Assert.IsTrue(n == 1 || answers[n - 1] != null, "line " + n + " answered before line " + (n - 1));
                answers[n] = AnswerOf(record);
            }

            for (int n = 1; n <= lines.Count; n++)
            {
                Line line = lines[n - 1];
                Assert.IsNotNull(answers[n], "line " + n + " '" + line.Text + "' got no answer");
                bool blockedByFault = answers[n].StartsWith("fault:") && line.Text is "inspect" or "reference";
                CollectionAssert.Contains(blockedByFault ? new[] { answers[n] } : line.Answers, answers[n], "line " + n + " '" + line.Text + "' got " + answers[n]);
            }

            Assert.IsTrue(multiLineReads > FuzzLines / 10, "many reads carried several lines (" + multiLineReads + ")");
            Assert.IsTrue(answers.Count(a => a == "inspection") > 50, "inspections ran");
            Console.WriteLine(FuzzLines + " lines in " + clock.ElapsedMilliseconds + " ms");
        }

        [TestMethod]
        public void TwoLinesInOneReadBothRunAndTheSecondIsSaved()
        {
            var hw = new SimulatedHardware(1602);
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out ProbeCore core);
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Reference);
            hw.Light(-20, SimulatedProbe.Losses(12, 0.2));
            hw.Serial.Clear();
            hw.Serial.Send(Encoding.ASCII.GetBytes("inspect\ninspect\nset guard 0.5\nlast\n"));
            flow.Tick();
            Assert.AreEqual(3, Enumerable.Range(0, hw.Serial.Count).Count(i => hw.Serial.LineAt(i).Contains("\"type\":\"inspection\"")), "two inspections and last");
            var reloaded = new InspectionSettings();
            new SettingsStore(hw.Files).Load(reloaded);
            Assert.AreEqual(0.5, reloaded.GuardBandDb, "the guard band of the third line is saved");
        }

        [TestMethod]
        public void LastBeforeAnyInspectionIsAnError()
        {
            var hw = new SimulatedHardware(1603);
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out ProbeCore core);
            hw.Serial.Send(Encoding.ASCII.GetBytes("last\n"));
            flow.Tick();
            StringAssert.Contains(hw.Serial.Last, "\"code\":\"no_result\"");
            Assert.IsFalse(Enumerable.Range(0, hw.Serial.Count).Any(i => hw.Serial.LineAt(i).Contains("\"wavelength_nm\":0")), "no zeros logged");
        }

        [TestMethod]
        public void GermanCultureLogParsesStrictly()
        {
            CultureInfo before = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo("de-DE");
                Assert.AreEqual("0,750", 0.75.ToString("F3"), "the culture really writes a comma");
                var log = new StringWriter();
                Scenario scenario = Scenario.Load(Path.Combine(RepoPaths.Root, "scenarios", "10-mpo12-stale-reference.json"));
                ScriptRunner.Run(scenario, "reference,inspect,press,press", log, null, new StringWriter());
                AssertStrictJsonLines(log.ToString(), "\"limit_db\":0.750");
            }
            finally
            {
                CultureInfo.CurrentCulture = before;
            }
        }

        [TestMethod]
        public void SimulatorUnderGermanLocaleWritesStrictJson()
        {
            string dll = typeof(ScriptRunner).Assembly.Location;
            var info = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in new[] { dll, "--scenario", Path.Combine(RepoPaths.Root, "scenarios", "06-mpo24-crossed-pair.json"), "--script", "reference,inspect" })
            {
                info.ArgumentList.Add(arg);
            }

            info.Environment["LANG"] = "de_DE.UTF-8";
            info.Environment["LC_ALL"] = "de_DE.UTF-8";
            using Process process = Process.Start(info);
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(60000);
            Assert.AreEqual(0, process.ExitCode, process.StandardError.ReadToEnd());
            AssertStrictJsonLines(output, "\"limit_db\":0.750");
        }

        private static void AssertStrictJsonLines(string log, string expected)
        {
            string[] lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.IsTrue(lines.Length > 5, "a log was written");
            var strict = new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };
            foreach (string line in lines)
            {
                using JsonDocument doc = JsonDocument.Parse(line.TrimEnd('\r'), strict);
                Assert.AreEqual(JsonValueKind.Object, doc.RootElement.ValueKind, line);
            }

            StringAssert.Contains(log, expected);
            Assert.IsFalse(log.Contains("0,750"), "no comma decimals");
        }
    }
}
