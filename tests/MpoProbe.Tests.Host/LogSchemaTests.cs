using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Tests
{
    /// <summary>Every record type parses as JSON and carries back the values it was built from.</summary>
    [TestClass]
    public class LogSchemaTests
    {
        private static JsonElement Parse(string line, string type)
        {
            JsonElement root = JsonDocument.Parse(line).RootElement;
            Assert.AreEqual(type, root.GetProperty("type").GetString(), "type");
            Assert.AreEqual(ProbeLog.SchemaVersion, root.GetProperty("v").GetInt32(), "schema version");
            Assert.IsTrue(root.GetProperty("t_ms").GetInt64() >= 0, "uptime");
            Assert.IsFalse(line.Contains("\n"), "one line");
            return root;
        }

        [TestMethod]
        public void EveryRecordTypeRoundTrips()
        {
            var port = new MemoryLogPort();
            var log = new ProbeLog(port) { UptimeMs = 1234, Utc = "2026-11-21T12:00:00Z", Link = "trunk \"A\"\\7" };
            var probe = new SimulatedProbe(MpoLayout.Mpo12, 601);
            probe.TakeReference(-20);
            var check = new ReferenceCheck(new ReferencePolicy());
            check.Evaluate(probe.Inspector.Scan, MpoLayout.Mpo12);
            double[] losses = SimulatedProbe.Losses(12, 0.25);
            losses[3] = 1.1;
            losses[4] = 0.95;
            losses[8] = SimulatedProbe.DarkLossDb;
            probe.LightWithLoss(-20, losses);
            InspectionResult result = probe.Inspect();

            log.Boot("0.1.0", "MPO-12 female PC");
            JsonElement boot = Parse(port.Last, "boot");
            Assert.AreEqual("trunk \"A\"\\7", boot.GetProperty("link").GetString(), "escaped link label");
            Assert.AreEqual("2026-11-21T12:00:00Z", boot.GetProperty("utc").GetString(), "utc");

            log.Settings(probe.Settings);
            Assert.AreEqual("MPO-12", Parse(port.Last, "settings").GetProperty("layout").GetString());

            log.Reference(probe.Reference, check, MpoLayout.Mpo12);
            JsonElement reference = Parse(port.Last, "reference");
            Assert.AreEqual(12, reference.GetProperty("positions").GetArrayLength());
            Assert.AreEqual(probe.Reference.Checksum.ToString("X8"), reference.GetProperty("checksum").GetString());

            log.Inspection(result, probe.Settings.Limit.Name);
            JsonElement inspection = Parse(port.Last, "inspection");
            JsonElement p4 = inspection.GetProperty("positions")[3];
            Assert.AreEqual(result.LossDb(4), p4.GetProperty("loss_db").GetDouble(), 0.0005, "loss at 4");
            Assert.AreEqual("FAIL", p4.GetProperty("verdict").GetString());
            Assert.AreEqual("brown", p4.GetProperty("color").GetString());
            Assert.AreEqual(JsonValueKind.Null, inspection.GetProperty("positions")[8].GetProperty("loss_db").ValueKind, "no loss is null, not a number");

            log.Diagnosis(probe.Inspector.Diagnosis);
            JsonElement diagnosis = Parse(port.Last, "diagnosis");
            Assert.IsTrue(diagnosis.GetProperty("findings").GetArrayLength() >= 2, "findings");

            var cycle = new CleanCycle();
            cycle.SetBefore(result);
            probe.LightWithLoss(-20, SimulatedProbe.Losses(12, 0.25));
            cycle.Compare(probe.Inspect());
            log.Clean(cycle, 12);
            JsonElement clean = Parse(port.Last, "clean");
            Assert.IsTrue(clean.GetProperty("all_clean").GetBoolean(), "all clean");
            Assert.AreEqual(1.1, clean.GetProperty("positions")[3].GetProperty("before_db").GetDouble(), 0.06, "before");
            Assert.AreEqual(0.25, clean.GetProperty("positions")[3].GetProperty("after_db").GetDouble(), 0.06, "after");

            var source = new SimulatedCodedSource(12, -20, true);
            source.RouteAll(SimulatedCodedSource.TemplateMap(PolarityType.TypeB, MpoLayout.Mpo12));
            probe.Attach(source);
            PolarityMap map = probe.InspectCoded();
            var polarity = new PolarityResult();
            polarity.Match(map, MpoLayout.Mpo12);
            polarity.Judge(PolarityType.TypeB);
            log.Polarity(map, polarity);
            JsonElement pol = Parse(port.Last, "polarity");
            Assert.AreEqual("Type B", pol.GetProperty("best").GetString());
            Assert.AreEqual("PASS", pol.GetProperty("verdict").GetString());
            Assert.AreEqual(12, pol.GetProperty("map")[0].GetProperty("from").GetInt32(), "position 1 gets fiber 12");

            log.Error("bad_value", "layout '13' is not valid");
            Assert.AreEqual("bad_value", Parse(port.Last, "error").GetProperty("code").GetString());
            log.Reply("set", "layout set to MPO-24");
            Assert.AreEqual("set", Parse(port.Last, "reply").GetProperty("command").GetString());
        }
    }
}
