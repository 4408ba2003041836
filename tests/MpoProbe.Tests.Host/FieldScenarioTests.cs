using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Simulator;

namespace MpoProbe.Tests
{
    /// <summary>The field scenarios (issue 12) run scripted, each checked for its intended verdict from the log.</summary>
    [TestClass]
    public class FieldScenarioTests
    {
        private static List<JsonElement> Run(string file, string script)
        {
            var log = new StringWriter();
            var errors = new StringWriter();
            int code = ScriptRunner.Run(Scenario.Load(Path.Combine(RepoPaths.Root, "scenarios", file)), script, log, null, errors);
            Assert.AreEqual(0, code, file + ": " + errors);
            return log.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        }

        private static IEnumerable<JsonElement> Of(List<JsonElement> records, string type) =>
            records.Where(r => r.GetProperty("type").GetString() == type);

        private static string[] Verdicts(JsonElement inspection) =>
            inspection.GetProperty("positions").EnumerateArray().Select(p => p.GetProperty("verdict").GetString()).ToArray();

        private static JsonElement FirstFinding(List<JsonElement> r) => Of(r, "diagnosis").First().GetProperty("findings")[0];

        [TestMethod]
        public void BrighterSourceIsCaughtAndAsksForANewReference()
        {
            List<JsonElement> r = Run("20-mpo12-source-brighter.json", "reference,inspect");
            Assert.IsFalse(Of(r, "inspection").Any(), "no inspection record: no PASS, no loss that looks valid");
            Assert.AreEqual("source_changed", Of(r, "fault").Single().GetProperty("code").GetString(), "fault (screen: RE-REF)");
            JsonElement reason = Of(r, "error").Single(e => e.GetProperty("code").GetString() == "re_reference");
            StringAssert.Contains(reason.GetProperty("message").GetString(), "RE-REFERENCE: loss");
            StringAssert.Contains(reason.GetProperty("message").GetString(), "cannot add light");
        }

        [TestMethod]
        public void CodedSourceDriftIsCorrectedByItsMonitorAndThePassHolds()
        {
            List<JsonElement> r = Run("25-mpo12-coded-source-drift-corrected.json", "reference,inspect");
            JsonElement reference = Of(r, "reference").Single();
            Assert.AreEqual(JsonValueKind.Number, reference.GetProperty("source_monitor_db").ValueKind, "the reference through the coded source records its monitor value");
            Assert.IsFalse(Of(r, "fault").Any(), "no RE-REFERENCE: the shift is explained by the monitor");
            JsonElement i = Of(r, "inspection").Single();
            Assert.AreEqual("applied", i.GetProperty("source_correction").GetString());
            Assert.AreEqual(0, i.GetProperty("drift_bound_db").GetDouble(), "a monitor-corrected band allowed no drift rectangle");
            double correction = i.GetProperty("source_correction_db").GetDouble();
            Assert.IsTrue(Math.Abs(correction - 0.30) <= 0.04, "the 0.30 dB step, within the monitor's tracking error: " + correction);
            Assert.AreEqual("PASS", i.GetProperty("overall").GetString(), string.Join(",", Verdicts(i)));
            foreach (JsonElement p in i.GetProperty("positions").EnumerateArray())
            {
                Assert.IsTrue(Math.Abs(p.GetProperty("loss_db").GetDouble() - 0.05) <= 0.25, "corrected loss near the true 0.05 dB: " + p);
            }
        }

        [TestMethod]
        public void PlainSourceDriftIsNotCorrectedAndAsksForANewReference()
        {
            List<JsonElement> r = Run("26-mpo12-plain-source-drift.json", "reference,inspect");
            Assert.IsFalse(Of(r, "inspection").Any(), "no inspection record: the shift cannot be explained");
            Assert.AreEqual("source_changed", Of(r, "fault").Single().GetProperty("code").GetString(), "RE-REF as before the monitor existed");
            Assert.AreEqual(JsonValueKind.Null, Of(r, "reference").Single().GetProperty("source_monitor_db").ValueKind, "a plain source gives the reference no monitor value");
        }

        [TestMethod]
        public void DimmerSourceIsNeverAPassAndReadsAsReReference()
        {
            List<JsonElement> r = Run("21-mpo12-source-dimmer.json", "reference,inspect");
            Assert.IsFalse(Of(r, "inspection").Any(), "no inspection record: every fiber lost the same light, not the link's loss");
            Assert.AreEqual("source_changed", Of(r, "fault").Single().GetProperty("code").GetString(), "RE-REFERENCE");
            JsonElement reason = Of(r, "error").Single(e => e.GetProperty("code").GetString() == "re_reference");
            StringAssert.Contains(reason.GetProperty("message").GetString(), "lost light alike");
        }

        [TestMethod]
        public void WarmUpRampKeepsTheLinkWithinItsUncertainty()
        {
            List<JsonElement> r = Run("22-mpo12-warm-up-ramp.json", "reference,inspect,inspect,inspect");
            var inspections = Of(r, "inspection").ToList();
            Assert.AreEqual(3, inspections.Count);

            // The drift rectangle each inspection's bands allowed: ±0.1 dB × age / 8 h through this plain source.
            long referenceMs = Of(r, "reference").Single().GetProperty("t_ms").GetInt64();
            double previous = 0;
            foreach (JsonElement i in inspections)
            {
                double minutes = (i.GetProperty("t_ms").GetInt64() - referenceMs) / 60000.0;
                double logged = i.GetProperty("drift_bound_db").GetDouble();
                Assert.AreEqual(0.1 * minutes / 480, logged, 0.0005 + (0.1 / 480), "drift_bound_db " + logged + " at " + minutes + " min");
                Assert.IsTrue(logged > previous, "it grows with the reference's age");
                previous = logged;
            }

            foreach (JsonElement i in inspections)
            {
                Assert.AreEqual("PASS", i.GetProperty("overall").GetString(), "0.30 dB at −36 dBm during the warm-up");
                foreach (JsonElement p in i.GetProperty("positions").EnumerateArray())
                {
                    double loss = p.GetProperty("loss_db").GetDouble();
                    double u = p.GetProperty("u_db").GetDouble();
                    Assert.IsTrue(System.Math.Abs(loss - 0.30) <= 3 * u, "position " + p.GetProperty("pos") + ": " + loss + " ± " + u);
                }
            }

            // The learning re-mates (issue 25) narrow the mating term between these inspections: compare
            // the rest of the budget, u² less the two matings' part (reference of one mating, no verify).
            double first = NonMating(inspections[0]);
            double last = NonMating(inspections[2]);
            Assert.IsTrue(last > first, "the budget grows with time since the dark capture: " + first + " → " + last);
        }

        private static double NonMating(JsonElement inspection)
        {
            double u = inspection.GetProperty("positions")[0].GetProperty("u_db").GetDouble();
            double m = inspection.GetProperty("mating_sigma_db").GetDouble();
            return (u * u) - (2 * m * m);
        }

        [TestMethod]
        public void UncalibratedProbeWidensTheBandAcrossRanges()
        {
            List<JsonElement> r = Run("23-mpo12-uncalibrated.json", "reference,inspect");
            JsonElement i = Of(r, "inspection").First();
            string[] v = Verdicts(i);
            Assert.AreEqual("FAIL", v[8], "fiber 9, 4 dB down");
            Assert.IsTrue(v.Where((x, n) => n != 8).All(x => x == "PASS"), string.Join(",", v));
            double band9 = i.GetProperty("positions")[8].GetProperty("band_db").GetDouble();
            double band1 = i.GetProperty("positions")[0].GetProperty("band_db").GetDouble();
            Assert.IsTrue(band9 > band1 + 0.01, "another range, uncalibrated ratio: band " + band9 + " vs " + band1);
        }

        [TestMethod]
        public void ForcedReferenceThroughADirtyCordIsCaughtLater()
        {
            List<JsonElement> r = Run("24-mpo12-forced-reference.json", "reference,hold,inspect");
            Assert.AreEqual("needs_confirmation", Of(r, "reference").First().GetProperty("decision").GetString(), "the probe asked");
            Assert.IsFalse(Of(r, "inspection").Any(), "no PASS: refused");
            Assert.AreEqual(6, Of(r, "fault").Single().GetProperty("position").GetInt32(), "source_changed at 6");
            StringAssert.Contains(Of(r, "error").Single(e => e.GetProperty("code").GetString() == "re_reference").GetProperty("message").GetString(), "at 6 (white)");
        }

        [TestMethod]
        public void ReferenceCheckPutsTheMeasuredMatingIntoTheBudget()
        {
            List<JsonElement> r = Run("02-mpo12-clean-elite.json", "reference,verify,inspect");
            JsonElement check = Of(r, "reference_check").First();
            Assert.IsTrue(check.GetProperty("passed").GetBoolean());
            double measured = check.GetProperty("measured_sigma_db").GetDouble();
            double budget = check.GetProperty("budget_mating_sigma_db").GetDouble();
            Assert.IsTrue(measured > 0 && measured < 0.25, "measured mating σ " + measured);
            // The re-mate joins the prior; the budget uses the pooled estimate's upper bound.
            double estimate = check.GetProperty("mating_estimate_db").GetDouble();
            Assert.AreEqual(1, check.GetProperty("mating_remates").GetInt32());
            Assert.IsTrue(budget > estimate, "upper bound " + budget + " above the estimate " + estimate);
            Assert.IsTrue(estimate < 0.05 == measured < 0.05, "the estimate moves from the prior towards the re-mate: " + estimate + " vs " + measured);
        }
    }
}
