using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Simulator;

namespace MpoProbe.Tests
{
    /// <summary>Every shipped scenario runs scripted, its log parses line by line, and it says what the scenario intends.</summary>
    [TestClass]
    public class ScenarioTests
    {
        private static string Folder => ScenarioRun.Folder;

        private static List<JsonElement> Run(string file, string script, string screens = null) => ScenarioRun.Run(file, script, screens);

        private static IEnumerable<JsonElement> Of(List<JsonElement> records, string type) => ScenarioRun.Of(records, type);

        private static string Verdict(JsonElement inspection, int position) => ScenarioRun.Verdict(inspection, position);

        [TestMethod]
        public void AtLeastTenScenariosAcrossAllLayoutsRunScripted()
        {
            string[] files = Directory.GetFiles(Folder, "*.json");
            Assert.IsTrue(files.Length >= 10, files.Length + " scenarios");
            var layouts = new HashSet<int>();
            foreach (string file in files)
            {
                Scenario s = Scenario.Load(file);
                layouts.Add(s.Layout);
                List<JsonElement> records = Run(Path.GetFileName(file), "reference,hold,inspect,press,press,clean,inspect");
                Assert.IsTrue(Of(records, "boot").Any(), file + ": boot record");
                Assert.IsTrue(Of(records, "inspection").Any() || Of(records, "fault").Any(), file + ": an inspection or a refusal naming a fault");
                Assert.IsTrue(records.All(r => r.GetProperty("v").GetInt32() == 2), file + ": schema version");
            }

            CollectionAssert.IsSubsetOf(new[] { 8, 12, 16, 24, 32 }, layouts.ToList(), "every layout has a scenario");
        }

        [TestMethod]
        public void DirtyPairWithDirtyAdapterNeedsTheAdapterCleaned()
        {
            List<JsonElement> r = Run("01-mpo12-dirty-pair-dirty-adapter.json", "reference,inspect,press,press,clean,inspect,press,clean_adapter,clean,inspect");
            JsonElement diagnosis = Of(r, "diagnosis").First();
            JsonElement finding = diagnosis.GetProperty("findings")[0];
            Assert.AreEqual("suspect_contamination", finding.GetProperty("kind").GetString());
            CollectionAssert.AreEqual(new[] { 4, 5 }, finding.GetProperty("positions").EnumerateArray().Select(e => e.GetInt32()).ToArray());
            var cleans = Of(r, "clean").ToList();
            Assert.AreEqual(2, cleans.Count, "two clean cycles");
            Assert.IsFalse(cleans[0].GetProperty("all_clean").GetBoolean(), "connector-only clean: the adapter put dirt back");
            Assert.IsTrue(cleans[1].GetProperty("all_clean").GetBoolean(), "adapter and connector cleaned: PASS");
        }

        [TestMethod]
        public void CleanEliteLinkPasses()
        {
            JsonElement i = Of(Run("02-mpo12-clean-elite.json", "reference,verify,inspect"), "inspection").First();
            Assert.AreEqual("PASS", i.GetProperty("overall").GetString());
            Assert.AreEqual("Elite", i.GetProperty("limit").GetString());
        }

        [TestMethod]
        public void MarginalLinkIsStarredNeverBare()
        {
            JsonElement i = Of(Run("03-mpo16-marginal.json", "reference,inspect"), "inspection").First();
            string[] verdicts = i.GetProperty("positions").EnumerateArray().Select(p => p.GetProperty("verdict").GetString()).ToArray();
            Assert.IsTrue(verdicts.All(v => v == "PASS*" || v == "FAIL*"), "within the band of the limit: " + string.Join(",", verdicts));
            Assert.IsTrue(verdicts.Contains("PASS*"), "most read just below the limit");
        }

        [TestMethod]
        public void BrokenFiberIsDarkAndMissing()
        {
            List<JsonElement> r = Run("04-mpo12-broken-fiber.json", "reference,inspect");
            Assert.AreEqual("NO_LIGHT", Verdict(Of(r, "inspection").First(), 9));
            Assert.IsTrue(Of(r, "polarity").First().GetProperty("summary").GetString().Contains("fiber 9 missing"));
        }

        [TestMethod]
        public void TypeCTrunkReadsTypeC()
        {
            JsonElement p = Of(Run("05-mpo12-type-c.json", "reference,inspect"), "polarity").First();
            Assert.AreEqual("Type C", p.GetProperty("best").GetString());
            Assert.AreEqual("PASS", p.GetProperty("verdict").GetString());
        }

        private static SimulatorSession Session(string file, string script, StringWriter log)
        {
            var session = new SimulatorSession(Scenario.Load(Path.Combine(Folder, file)), log);
            foreach (string step in script.Split(','))
            {
                Assert.IsTrue(session.Do(step), step);
            }

            return session;
        }

        [TestMethod]
        public void CrossedPairInTheTrunkIsNamed()
        {
            var log = new StringWriter();
            SimulatorSession session = Session("06-mpo24-crossed-pair.json", "reference,inspect", log);
            Assert.AreEqual(MpoProbe.Core.ProbeState.Result, session.Workflow.State, "the first screen after the press is the result");
            Assert.IsTrue(session.Core.Frame.ShowsText("FAIL"), "big FAIL on the first screen");
            Assert.IsTrue(session.Core.Frame.ShowsText("21↔22 CROSSED"), "naming the crossed fibers");
            List<JsonElement> r = log.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            JsonElement inspection = Of(r, "inspection").First();
            Assert.AreEqual("FAIL", inspection.GetProperty("overall").GetString(), "the log's overall verdict includes polarity");
            Assert.AreEqual("PASS", inspection.GetProperty("loss_overall").GetString(), "every loss passes");
            Assert.AreEqual("FAIL", inspection.GetProperty("polarity").GetString());
            StringAssert.Contains(inspection.GetProperty("polarity_issue").GetString(), "21↔22 CROSSED");
            JsonElement p = Of(r, "polarity").First();
            Assert.AreEqual("Type B (full rotation)", p.GetProperty("best").GetString());
            StringAssert.Contains(p.GetProperty("summary").GetString(), "positions 21↔22 crossed");
            Assert.AreEqual("FAIL", p.GetProperty("verdict").GetString());
            string[] logLines = log.ToString().Split('\n');
            MpoProbe.Report.ReportData data = MpoProbe.Report.LogReader.Read(logLines);
            Assert.AreEqual("FAIL", data.Links.Single().Verdict, "report summary (certificate verdict)");
            string csv = MpoProbe.Report.CsvReport.Write(logLines);
            // Counted from the end: the link label "(no label, …)" holds a comma.
            string[] header = MpoProbe.Report.CsvReport.Header.Split(',');
            int fromEnd = header.Length - System.Array.IndexOf(header, "overall");
            Assert.IsTrue(csv.Split('\n').Skip(1).Where(l => l.Length > 0).All(l => l.Split(',')[^fromEnd] == "FAIL"), "CSV overall FAIL (column 'overall', counted from the end):\n" + csv);
        }

        [TestMethod]
        public void Sr4LinkOnMpo8()
        {
            List<JsonElement> r = Run("07-mpo8-sr4-type-b.json", "reference,inspect");
            JsonElement i = Of(r, "inspection").First();
            Assert.AreEqual("UNUSED", Verdict(i, 6));
            Assert.AreEqual("PASS", i.GetProperty("overall").GetString());
            Assert.AreEqual("Type B", Of(r, "polarity").First().GetProperty("best").GetString());
        }

        [TestMethod]
        public void LowPowerSingleModeLinkPasses()
        {
            List<JsonElement> r = Run("08-mpo32-low-power-singlemode.json", "reference,inspect");
            JsonElement i = Of(r, "inspection").First();
            Assert.AreEqual(1310, i.GetProperty("wavelength_nm").GetInt32());
            Assert.AreEqual("PASS", i.GetProperty("overall").GetString());
            Assert.AreEqual("Type B (row mirror)", Of(r, "polarity").First().GetProperty("best").GetString());
        }

        [TestMethod]
        public void UncodedSourceSaysPolarityNotTested()
        {
            var log = new StringWriter();
            SimulatorSession session = Session("09-mpo12-uncoded-source.json", "reference,inspect", log);
            Assert.IsTrue(session.Core.Frame.ShowsText("POLARITY NOT TESTED"), "said on the result screen");
            List<JsonElement> r = log.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            JsonElement inspection = Of(r, "inspection").First();
            Assert.AreEqual("PASS", inspection.GetProperty("overall").GetString(), "loss passes");
            Assert.AreEqual("NOT_TESTED", inspection.GetProperty("polarity").GetString(), "and the log says polarity was not tested");
            JsonElement p = Of(r, "polarity").Single();
            Assert.AreEqual("no_coded_source", p.GetProperty("status").GetString());
            Assert.AreEqual("NOT_TESTED", p.GetProperty("verdict").GetString());
        }

        [TestMethod]
        public void StaleReferenceAsksForANewReferenceNotAClean()
        {
            var log = new StringWriter();
            SimulatorSession session = Session("10-mpo12-stale-reference.json", "reference,inspect", log);
            List<JsonElement> r = log.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            // Every fiber lost the same 0.9 dB: a shift of the source, not the link (issue 25, point 4).
            JsonElement reason = Of(r, "error").Single(e => e.GetProperty("code").GetString() == "re_reference");
            StringAssert.Contains(reason.GetProperty("message").GetString(), "lost light alike");
            Assert.IsFalse(Of(r, "inspection").Any(), "no inspection record: the shift is not the link's loss");
            Assert.AreEqual("source_changed", Of(r, "fault").Single().GetProperty("code").GetString(), "refused: RE-REF");
            Assert.IsFalse(session.Core.Frame.ShowsText("CLEAN"), "no clean prompt");
        }

        [TestMethod]
        public void DirtyReferenceCordAsksForConfirmation()
        {
            List<JsonElement> r = Run("11-mpo12-dirty-reference-cord.json", "reference,hold,inspect");
            JsonElement reference = Of(r, "reference").First();
            Assert.AreEqual("needs_confirmation", reference.GetProperty("decision").GetString());
            Assert.AreEqual("forced", Of(r, "reference").Last().GetProperty("decision").GetString(), "hold = use it anyway: logged as forced");
            JsonElement fault = Of(r, "fault").Single();
            Assert.AreEqual("source_changed", fault.GetProperty("code").GetString(), "a confirmed dirty cord makes position 6 read below zero: refused, not PASS");
            Assert.AreEqual(6, fault.GetProperty("position").GetInt32());
            Assert.IsFalse(Of(r, "inspection").Any(), "no loss that looks valid");
        }

        [TestMethod]
        public void CleaningTheReferenceCordGivesAnAcceptedReference()
        {
            List<JsonElement> r = Run("11-mpo12-dirty-reference-cord.json", "reference,press,clean_cord,press");
            CollectionAssert.AreEqual(new[] { "needs_confirmation", "declined", "accepted" }, Of(r, "reference").Select(x => x.GetProperty("decision").GetString()).ToArray());
        }

        [TestMethod]
        public void EscalationCountIsSetByTheScenario()
        {
            string file = Path.Combine(Path.GetTempPath(), "escalate-after-1.json");
            File.WriteAllText(file, File.ReadAllText(Path.Combine(Folder, "12-mpo24-damaged-fiber.json")).Replace("\"seed\": 21", "\"seed\": 21, \"escalate_after\": 1"));
            var log = new StringWriter();
            Assert.AreEqual(0, ScriptRunner.Run(Scenario.Load(file), "reference,inspect,press,press,clean,inspect,press", log, null, new StringWriter()));
            JsonElement clean = log.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
                .Single(e => e.GetProperty("type").GetString() == "clean");
            Assert.IsTrue(clean.GetProperty("escalate").GetBoolean(), "one failed clean escalates");
            Assert.AreEqual("damaged fiber or tight bend", clean.GetProperty("likely_cause").GetString());
        }

        [TestMethod]
        public void DamagedFiberEscalatesAfterTwoCleans()
        {
            List<JsonElement> r = Run("12-mpo24-damaged-fiber.json", "reference,inspect,press,press,clean,inspect,press,clean,inspect");
            var cleans = Of(r, "clean").ToList();
            Assert.AreEqual(2, cleans.Count);
            Assert.IsTrue(cleans[1].GetProperty("escalate").GetBoolean(), "escalate: not contamination");
            Assert.AreEqual("FAIL", Verdict(Of(r, "inspection").First(), 20));
        }

        [TestMethod]
        public void MovingContaminationIsSaidAndNotCountedAsAFailedClean()
        {
            List<JsonElement> r = Run("13-mpo12-moving-contamination.json", "reference,inspect,press,press,clean,inspect,press,clean,inspect");
            var cleans = Of(r, "clean").ToList();
            Assert.AreEqual(2, cleans.Count);
            Assert.IsTrue(cleans[0].GetProperty("moved").GetBoolean(), "first clean moved the dirt");
            Assert.AreEqual(0, cleans[0].GetProperty("failed_cleans").GetInt32(), "not a failed clean");
            StringAssert.Contains(cleans[0].GetProperty("advice").GetString(), "contamination moved from 4 (brown), 5 (slate) to 6 (white), 7 (red)");
            Assert.IsTrue(cleans[1].GetProperty("all_clean").GetBoolean(), "second clean passes");
        }

        [TestMethod]
        public void ScriptedRunWritesEachDistinctScreenOnceAndIsRepeatable()
        {
            string a = Path.Combine(Path.GetTempPath(), "mpo-screens-a");
            string b = Path.Combine(Path.GetTempPath(), "mpo-screens-b");
            foreach (string d in new[] { a, b })
            {
                if (Directory.Exists(d))
                {
                    Directory.Delete(d, true);
                }
            }

            string first = string.Join("\n", Run("01-mpo12-dirty-pair-dirty-adapter.json", "reference,inspect,press,press", a));
            string second = string.Join("\n", Run("01-mpo12-dirty-pair-dirty-adapter.json", "reference,inspect,press,press", b));
            Assert.AreEqual(first, second, "same seed, same log");
            string[] pngs = Directory.GetFiles(a, "*.png").Select(Path.GetFileName).OrderBy(n => n).ToArray();
            CollectionAssert.AreEqual(new[] { "01-boot-ready.png", "02-reference-ready.png", "03-inspect-result.png", "04-press-polarity.png", "05-press-cleanprompt.png" }, pngs);
            CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(a, pngs[2])), File.ReadAllBytes(Path.Combine(b, pngs[2])), "same screens");
        }

        [TestMethod]
        public void UnknownScriptActionIsRefused()
        {
            var errors = new StringWriter();
            int code = ScriptRunner.Run(Scenario.Load(Path.Combine(Folder, "02-mpo12-clean-elite.json")), "reference,jump", new StringWriter(), null, errors);
            Assert.AreEqual(2, code);
            StringAssert.Contains(errors.ToString(), "unknown script action 'jump'");
        }

        [TestMethod]
        public void BadScenarioFileNamesTheField()
        {
            string file = Path.Combine(Path.GetTempPath(), "bad-scenario.json");
            File.WriteAllText(file, "{\"layout\": 13}");
            var e = Assert.ThrowsExactly<InvalidDataException>(() => Scenario.Load(file));
            StringAssert.Contains(e.Message, "layout 13");
        }
    }
}
