using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Simulator;

namespace MpoProbe.Tests
{
    /// <summary>Runs a shipped scenario scripted and reads its log records back (for the scenario tests).</summary>
    internal static class ScenarioRun
    {
        internal static string Folder => Path.Combine(RepoPaths.Root, "scenarios");

        internal static List<JsonElement> Run(string file, string script, string screens = null)
        {
            var log = new StringWriter();
            var errors = new StringWriter();
            int code = ScriptRunner.Run(Scenario.Load(Path.Combine(Folder, file)), script, log, screens, errors);
            Assert.AreEqual(0, code, file + ": " + errors);
            return log.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        }

        internal static IEnumerable<JsonElement> Of(List<JsonElement> records, string type) =>
            records.Where(r => r.GetProperty("type").GetString() == type);

        internal static string Verdict(JsonElement inspection, int position) =>
            inspection.GetProperty("positions")[position - 1].GetProperty("verdict").GetString();
    }
}
