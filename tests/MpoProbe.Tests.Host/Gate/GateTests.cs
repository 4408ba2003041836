using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests.Gate
{
    /// <summary>The gate over the project's own shared and firmware code.</summary>
    [TestClass]
    public class GateTests
    {
        public static string AllowlistPath => Path.Combine(RepoPaths.Root, "docs", "nanoframework-api-allowlist.txt");

        public static HashSet<string> Allowlist() => new HashSet<string>(RepoPaths.DataLines(AllowlistPath));

        public static HashSet<string> RealApi()
        {
            var ids = new HashSet<string>();
            foreach (string file in Directory.GetFiles(RepoPaths.NanoApiFolder, "*.txt"))
            {
                ids.UnionWith(RepoPaths.DataLines(file));
            }

            return ids;
        }

        [TestMethod]
        public void SharedAndFirmwareCodeStayInsideNanoFramework1x()
        {
            var semantic = new Dictionary<string, string>();
            foreach (var s in RepoPaths.Sources("src/MpoProbe.Core").Concat(RepoPaths.Sources("src/MpoProbe.Simulation")).Concat(RepoPaths.Sources("tests/MpoProbe.Tests.Shared")))
            {
                semantic[s.Key] = s.Value;
            }

            var gate = new NanoGate(Allowlist());
            List<GateViolation> violations = gate.Check(semantic, RepoPaths.Sources("src/MpoProbe.Firmware"));
            Assert.IsTrue(gate.CompileErrors.Count == 0, "the gate could not bind the shared code:\n" + string.Join("\n", gate.CompileErrors));
            Assert.IsTrue(semantic.Count > 30, "the gate read " + semantic.Count + " shared files");
            Assert.IsTrue(
                violations.Count == 0,
                violations.Count + " violation(s):\n" + string.Join("\n", violations)
                + "\nframework IDs missing from docs/nanoframework-api-allowlist.txt:\n" + string.Join("\n", gate.Missing));
        }

        [TestMethod]
        public void EveryAllowlistedMemberComesFromAPackageTheDeviceProjectsReference()
        {
            // shared/nanoframework-api/README.md maps each listing file to its package.
            string readme = File.ReadAllText(Path.Combine(RepoPaths.NanoApiFolder, "README.md"));
            var packageOfFile = Regex.Matches(readme, @"^\| ([\w.]+\.txt) \| ([\w.]+)", RegexOptions.Multiline)
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            Assert.IsTrue(packageOfFile.Count >= 10, "package table read from the API README: " + packageOfFile.Count);
            var referenced = new HashSet<string>();
            foreach (string config in MpoProbe.Tests.Signatures.DeviceBuilds.ProjectFiles(RepoPaths.Root).Select(p => Path.GetDirectoryName(p) + "/packages.config"))
            {
                referenced.UnionWith(XDocument.Load(Path.Combine(RepoPaths.Root, config)).Root.Elements("package").Select(p => (string)p.Attribute("id")));
            }

            var idsByFile = Directory.GetFiles(RepoPaths.NanoApiFolder, "*.txt")
                .ToDictionary(Path.GetFileName, f => new HashSet<string>(RepoPaths.DataLines(f)));
            var orphans = Allowlist()
                .Where(id => !idsByFile.Any(kv => kv.Value.Contains(id) && packageOfFile.TryGetValue(kv.Key, out string package) && referenced.Contains(package)))
                .OrderBy(id => id)
                .ToList();
            Assert.IsTrue(orphans.Count == 0, "allowlisted but from no package in the device projects' packages.config:\n" + string.Join("\n", orphans));
        }

        [TestMethod]
        public void EveryAllowlistedMemberExistsInTheRealNanoFrameworkApi()
        {
            HashSet<string> api = RealApi();
            Assert.IsTrue(api.Count > 2000, "the API listing has " + api.Count + " IDs");
            List<string> unknown = Allowlist().Where(id => !api.Contains(id)).OrderBy(id => id).ToList();
            Assert.IsTrue(Allowlist().Count > 20, "allowlist has entries");
            Assert.IsTrue(unknown.Count == 0, "allowlisted but not in shared/nanoframework-api:\n" + string.Join("\n", unknown));
        }
    }
}
