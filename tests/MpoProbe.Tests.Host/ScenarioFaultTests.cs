using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Simulator;

namespace MpoProbe.Tests
{
    /// <summary>The shipped hardware-fault scenarios refuse, name the fault and never pass; the interactive view answers every key.</summary>
    [TestClass]
    public class ScenarioFaultTests
    {
        private static string Folder => ScenarioRun.Folder;

        private static List<JsonElement> Run(string file, string script) => ScenarioRun.Run(file, script);

        private static IEnumerable<JsonElement> Of(List<JsonElement> records, string type) => ScenarioRun.Of(records, type);

        [TestMethod]
        public void InteractiveViewDrawsTheOledAndTheLog()
        {
            var output = new StringWriter();
            int code = Interactive.Run(Folder, new StringReader("r q"), output);
            Assert.AreEqual(0, code);
            string text = output.ToString();
            StringAssert.Contains(text, "Dirty pair, dirty adapter (MPO-12)");
            StringAssert.Contains(text, "█");
            StringAssert.Contains(text, "[space] press");
            StringAssert.Contains(text, "\"type\":\"reference\"");
        }

        [TestMethod]
        public void EveryKeyAnswersOnItsStatusLineOnce()
        {
            const string keys = "rnp hcakx";
            var output = new StringWriter();
            Assert.AreEqual(0, Interactive.Run(Folder, new StringReader(keys + "q"), output));
            string[] notes = output.ToString().Split('\n').Where(l => l.StartsWith("> ", StringComparison.Ordinal)).ToArray();
            Assert.AreEqual(keys.Length + 1, notes.Length, "one status line per screen drawn (start + each key)");
            Assert.IsTrue(notes.All(n => n.Trim().Length > 2), "no empty status line:\n" + string.Join("\n", notes));
            StringAssert.Contains(notes[2], "scenario 2 of", "n names the scenario it loaded");
            StringAssert.Contains(notes[3], "scenario 1 of", "p too");
            StringAssert.Contains(notes[6], "the menu is open", "c in the menu does not promise a re-inspection");
            StringAssert.Contains(notes[9], "does nothing", "an unknown key says so");
        }

        [TestMethod]
        public void StuckConverterIsRefusedNeverPassed()
        {
            List<JsonElement> r = Run("14-mpo12-stuck-converter.json", "reference,inspect,press,inspect");
            Assert.IsFalse(Of(r, "inspection").Any(), "no loss that looks valid");
            Assert.IsTrue(Of(r, "fault").Count() >= 2, "refused at every attempt");
            Assert.IsTrue(Of(r, "fault").All(f => f.GetProperty("code").GetString() == "adc_stuck"), "named adc_stuck");
        }

        [TestMethod]
        public void StuckMultiplexerIsRefusedNeverPassed()
        {
            List<JsonElement> r = Run("15-mpo16-stuck-multiplexer.json", "reference,inspect");
            Assert.AreEqual("accepted", Of(r, "reference").Single().GetProperty("decision").GetString(), "healthy at the reference");
            Assert.IsFalse(Of(r, "inspection").Any(), "no loss that looks valid");
            Assert.AreEqual("mux_select_stuck", Of(r, "fault").Single().GetProperty("code").GetString());
        }

        [TestMethod]
        public void HeadSwappedMidJobRefusesThenAsksForANewReference()
        {
            List<JsonElement> r = Run("16-mpo12-head-swapped-mid-job.json", "reference,inspect,inspect,press,inspect");
            Assert.AreEqual("PASS", Of(r, "inspection").Single().GetProperty("overall").GetString(), "before the swap");
            JsonElement fault = Of(r, "fault").Single();
            Assert.AreEqual("head_changed", fault.GetProperty("code").GetString());
            StringAssert.Contains(fault.GetProperty("message").GetString(), "head 16 was 12");
            Assert.AreEqual("MPO-16", Of(r, "settings").Last().GetProperty("layout").GetString(), "layout follows the new head");
            Assert.AreEqual("no_reference", Of(r, "error").Last().GetProperty("code").GetString(), "the old reference is dropped");
        }
    }
}
