using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Simulator;

namespace MpoProbe.Tests
{
    /// <summary>
    /// The simulator's command line and scenario files refuse bad input with a message
    /// naming it and a non-zero exit code (never a stack trace, never a silent default), and what
    /// it prints is what it measured. Each test here failed on the reviewed commit.
    /// </summary>
    [TestClass]
    public class SimulatorReviewTests
    {
        private static string Scenario01 => Path.Combine(RepoPaths.Root, "scenarios", "01-mpo12-dirty-pair-dirty-adapter.json");

        private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "mpo-review13c-" + Guid.NewGuid().ToString("N") + "-" + name);

        private static string WriteScenario(string json)
        {
            string path = Temp("scenario.json");
            File.WriteAllText(path, json);
            return path;
        }

        /// <summary>Runs the simulator's Main with stdout and stderr captured.</summary>
        private static (int Code, string Out, string Err) RunMain(params string[] args)
        {
            TextWriter oldOut = Console.Out;
            TextWriter oldErr = Console.Error;
            var output = new StringWriter();
            var errors = new StringWriter();
            try
            {
                Console.SetOut(output);
                Console.SetError(errors);
                int code = Program.Main(args);
                return (code, output.ToString(), errors.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldErr);
            }
        }

        private static void AssertCleanRefusal((int Code, string Out, string Err) r, string what)
        {
            Assert.AreNotEqual(0, r.Code, what + ": exit code");
            Assert.IsFalse(r.Err.Contains("Unhandled exception", StringComparison.Ordinal) || r.Err.Contains("   at ", StringComparison.Ordinal), what + ": a stack trace instead of a message:\n" + r.Err);
            StringAssert.StartsWith(r.Err, "simulator: ", what + ": the message names the simulator");
        }

        // ---- scenario files: every bad value refused at load, naming the file and the field ----

        [TestMethod]
        [DataRow("{\"broken\": null}", "broken", DisplayName = "broken null (NullReferenceException in Check)")]
        [DataRow("{\"link_loss_db\": null}", "link_loss_db", DisplayName = "link_loss_db null (NullReferenceException in Check)")]
        [DataRow("{\"faults\": [null]}", "faults[0]", DisplayName = "faults [null] (NullReferenceException in Check)")]
        [DataRow("{\"polarity_map\": [99,2,3,4,5,6,7,8,9,10,11,12]}", "polarity_map", DisplayName = "polarity_map entry outside the layout (IndexOutOfRange at inspect)")]
        [DataRow("{\"polarity_map\": [-1,2,3,4,5,6,7,8,9,10,11,12]}", "polarity_map", DisplayName = "polarity_map entry negative (silently 'lost')")]
        [DataRow("{\"connector\": {\"positions\": null, \"added_db\": 1, \"moves_to\": [6]}}", "positions", DisplayName = "moves_to without positions (NullReferenceException at clean)")]
        [DataRow("{\"limit\": \"strict\"}", "limit", DisplayName = "limit word (FormatException stack trace at boot)")]
        [DataRow("{\"limit\": \"0,75\"}", "limit", DisplayName = "limit 0,75 (silently 75 dB)")]
        [DataRow("{\"limit\": \"Infinity\"}", "limit", DisplayName = "limit Infinity (PASS against limit_db null)")]
        [DataRow("{\"limit\": \"1e308\"}", "limit", DisplayName = "limit 1e308 (PASS against limit_db null)")]
        [DataRow("{\"minutes_per_action\": 1e300}", "minutes_per_action", DisplayName = "minutes_per_action huge (the run spins forever)")]
        [DataRow("{\"minutes_per_action\": -100}", "minutes_per_action", DisplayName = "minutes_per_action negative (silently 0)")]
        [DataRow("{\"faults\": [{\"kind\": \"head\", \"when\": \"boot\", \"head\": 7}]}", "head", DisplayName = "fault head 7 (not 0/12/16/24/32)")]
        [DataRow("{\"faults\": [{\"kind\": \"battery\", \"when\": \"boot\", \"percent\": -50}]}", "percent", DisplayName = "fault percent -50")]
        [DataRow("{\"expected_polarity\": \"b-row\"}", "expected_polarity", DisplayName = "expected b-row on MPO-12 (the probe's own set command refuses it)")]
        [DataRow("{\"layout\": 24}", "polarity", DisplayName = "MPO-24 with the default polarity b (probe reports FAIL TYPE B-ROT, NOT B)")]
        [DataRow("{\"link_loss_db\": [-3]}", "link_loss_db", DisplayName = "negative link loss (a link adding light)")]
        [DataRow("{\"field\": {\"ambient_start_c\": -1e6}}", "ambient_start_c", DisplayName = "ambient start −1e6 °C")]
        [DataRow("{\"field\": {\"source_step_at_minutes\": -5}}", "source_step_at_minutes", DisplayName = "source step before the job")]
        [DataRow("{\"connector\": {\"positions\": [4], \"added_db\": 1, \"clean_removes\": 3}}", "clean_removes", DisplayName = "clean_removes 3 (a clean adds light)")]
        public void ScenarioLoadRefusesNamingTheField(string json, string field)
        {
            string path = WriteScenario(json);
            Exception thrown = null;
            try
            {
                Scenario.Load(path);
            }
            catch (Exception e)
            {
                thrown = e;
            }

            Assert.IsNotNull(thrown, json + ": accepted");
            Assert.IsInstanceOfType(thrown, typeof(InvalidDataException), json + ": " + thrown.GetType().Name + " " + thrown.Message);
            StringAssert.Contains(thrown.Message, path, json + ": the message names the file");
            StringAssert.Contains(thrown.Message, field, json + ": the message names the field");
        }

        [TestMethod]
        public void DocumentedFieldKeySourceDriftPer8hIsAccepted()
        {
            // docs/scenarios.md documents field.source_drift_db_per_8h; the snake_case policy makes it source_drift_db_per8h.
            Scenario s = Scenario.Load(WriteScenario("{\"field\": {\"source_drift_db_per_8h\": 0.1}}"));
            Assert.AreEqual(0.1, s.Field.SourceDriftDbPer8h, 1e-12);
        }

        [TestMethod]
        public void ScenarioWithABadLimitExitsWithAMessageNotAStackTrace()
        {
            AssertCleanRefusal(RunMain("--scenario", WriteScenario("{\"limit\": \"strict\"}"), "--script", "reference"), "limit strict");
            var nullLimit = RunMain("--scenario", WriteScenario("{\"limit\": null}"), "--script", "reference");
            AssertCleanRefusal(nullLimit, "limit null");
            StringAssert.Contains(nullLimit.Err, "limit", "limit null: the message names the field, not 'Parameter s'");
        }

        // ---- command line ----

        [TestMethod]
        public void ScenarioPathThatIsAFolderExitsWithAMessage()
        {
            AssertCleanRefusal(RunMain("--scenario", Path.Combine(RepoPaths.Root, "scenarios"), "--script", "inspect"), "--scenario FOLDER");
        }

        [TestMethod]
        public void LogPathThatIsAFolderExitsWithAMessage()
        {
            AssertCleanRefusal(RunMain("--scenario", Scenario01, "--script", "inspect", "--log", Path.GetTempPath()), "--log FOLDER");
        }

        [TestMethod]
        public void OptionsOfAnotherModeAreRefusedNotIgnored()
        {
            var demo = RunMain("--demo", "--scenario", Scenario01, "--script", "inspect");
            Assert.AreEqual(2, demo.Code, "--demo with --scenario/--script: the script is silently not run");
            var golden = RunMain("--golden", Temp("golden"), "--demo");
            Assert.AreEqual(2, golden.Code, "--golden with --demo: the demo is silently not run");
            var script = RunMain("--scenario", Scenario01, "--script", "inspect", "--seconds", "5");
            Assert.AreEqual(2, script.Code, "--seconds only applies to --pty");
        }

        [TestMethod]
        public void PtyRefusesScriptedRunOptions()
        {
            string log = Temp("pty.log");
            var r = RunMain("--pty", "--seconds", "0.2", "--log", log, "--command", "set layout 24");
            Assert.AreEqual(2, r.Code, "--log and --command are silently ignored with --pty");
            Assert.IsFalse(File.Exists(log));
        }

        [TestMethod]
        public void PtySecondsNotANumberOfSecondsIsRefused()
        {
            var r = RunMain("--pty", "--seconds", "NaN");
            Assert.AreNotEqual(0, r.Code, "--seconds NaN ran a session and stopped at once, exit 0");
            StringAssert.Contains(r.Err, "--seconds");
        }

        [TestMethod]
        public void EmptyScriptIsRefused()
        {
            foreach (string script in new[] { "", ",," })
            {
                var r = RunMain("--scenario", Scenario01, "--script", script);
                Assert.AreNotEqual(0, r.Code, "script '" + script + "' runs nothing and exits 0");
            }
        }

        [TestMethod]
        public void ScriptedRunFailsWhenACommandIsRefused()
        {
            var errors = new StringWriter();
            int code = ScriptRunner.Run(Scenario.Load(Scenario01), "reference,inspect", new StringWriter(), null, errors, new[] { "set link connectors -2 length_m 90" });
            Assert.AreNotEqual(0, code, "the refused --command is only an error record in the log; the run goes on without it and exits 0");
        }

        // ---- honesty of what is printed ----

        [TestMethod]
        public void InteractiveUpperCaseNGoesToTheNextScenario()
        {
            var output = new StringWriter();
            Assert.AreEqual(0, Interactive.Run(ScenarioRun.Folder, new StringReader("Nq"), output));
            string[] notes = output.ToString().Split('\n').Where(l => l.StartsWith("> ", StringComparison.Ordinal)).ToArray();
            StringAssert.Contains(notes[1], "scenario 2 of", "N is lower-cased for the switch but compared unlowered for the direction");
        }

        [TestMethod]
        public void CleanFeedbackDoesNotCountAdapterDirtAsConnectorDirt()
        {
            // Scenario 01: connector 0.9 dB and adapter 0.4 dB on 4-5. After one connector clean the
            // connector carries half the adapter's dirt, 0.20 dB; the adapter still holds 0.40 dB.
            var session = new SimulatorSession(Scenario.Load(Scenario01), null);
            session.Do("reference");
            session.Do("inspect");
            session.Do("clean");
            Assert.IsFalse(session.Feedback.Contains("dirt left on the connector: up to 0.60 dB", StringComparison.Ordinal), session.Feedback);
        }

        [TestMethod]
        public void CoreDemoPrintsTheUncertaintyThatDecidesTheStarredVerdicts()
        {
            var output = new StringWriter();
            new CoreDemo(output).Run();
            string[] lines = output.ToString().Split('\n');
            double limit = 0.75;
            foreach (string line in lines.Where(l => l.TrimEnd().EndsWith("PASS*", StringComparison.Ordinal) || l.TrimEnd().EndsWith("FAIL*", StringComparison.Ordinal)))
            {
                string[] cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                double loss = double.Parse(cells[cells.Length - 3], CultureInfo.InvariantCulture);
                double printed = double.Parse(cells[cells.Length - 2], CultureInfo.InvariantCulture);
                Assert.IsTrue(Math.Abs(loss - limit) <= printed + 0.005, "a starred verdict whose printed ±u does not reach the limit (the column is k=1, the verdict band k=2): " + line);
            }
        }

        [TestMethod]
        public void CalibrateWithAnotherModeIsRefused()
        {
            var r = RunMain("--calibrate", "3", "--demo");
            Assert.AreEqual(2, r.Code, "--calibrate with --demo ran the calibration alone");
            StringAssert.Contains(r.Err, "--calibrate");
        }
    }
}
