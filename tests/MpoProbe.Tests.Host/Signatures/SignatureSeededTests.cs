using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>
    /// Proves the signature compile and the metadata check can fail, each at the seeded file and
    /// line: every snippet puts its offending construct on line 4 of Seeded.cs.
    /// </summary>
    [TestClass]
    public class SignatureSeededTests
    {
        private const string Head = "namespace Seeded {\n    public class C\n    {\n";

        /// <summary>Compile errors and metadata findings of one seeded source (mscorlib and System.Math only).</summary>
        public static List<string> Findings(string code)
        {
            var sources = new Dictionary<string, string> { { "Seeded.cs", code } };
            DeviceBuild build = DeviceCompiler.Compile("seeded", sources, new[] { "mscorlib", "System.Math" }, false, ReferenceAssemblies.Shared);
            var findings = new List<string>(build.Errors);
            if (build.Image != null)
            {
                findings.AddRange(MetadataCheck.Check(build));
            }

            return findings;
        }

        [TestMethod]
        [DataRow("missing member", "        public double M(double x) { return System.Math.Round(x, 2); }", "CS1501")]
        [DataRow("wrong types", "        public long M(long a, long b) { return System.Math.Max(a, b); }", "CS0266")]
        [DataRow("member of an unreferenced library", "        public object M() { return new System.Text.StringBuilder(); }", "CS0234")]
        [DataRow("anonymous type", "        public int M() { var a = new { Position = 1, Loss = 2 }; return a.Position; }", "")]
        [DataRow("boxed nullable", "        public object M(string s) { object o = s?.Length; return o; }", "")]
        [DataRow("generic local function", "        public int M() { T Same<T>(T v) { return v; } return Same(3); }", "generic")]
        [DataRow("lambda capturing into a generic closure", "        public int M() { int Twice<T>(T v) { System.Action a = () => v.ToString(); a(); return 2; } return Twice(3); }", "generic")]
        [DataRow("generic type", "        public System.Action<int> Handler;", "generic")]
        [DataRow("multi-dimensional array", "        public int M() { var a = new int[2, 2]; return a.Length; }", "multi-dimensional")]
        public void SeededConstructFailsAtItsFileAndLine(string what, string line4, string expected)
        {
            string code = Head + line4 + "\n    }\n}\n";
            List<string> findings = Findings(code);
            Assert.IsTrue(
                findings.Any(f => f.StartsWith("Seeded.cs:4:", System.StringComparison.Ordinal) && f.Contains(expected)),
                what + ": expected a finding at Seeded.cs:4 containing '" + expected + "'; found:\n" + string.Join("\n", findings));
        }

        [TestMethod]
        public void AReferenceMissingFromTheProjectFileFailsWithFileAndLine()
        {
            DeviceProject core = DeviceProject.Load("core-measurement-without-math", DeviceBuilds.CoreMeasurementProject);
            Assert.IsTrue(core.References.Remove("System.Math"), "the Core measurement library references System.Math");
            DeviceBuild build = DeviceCompiler.Compile(core, ReferenceAssemblies.Shared);
            Assert.IsTrue(
                build.Errors.Any(e => System.Text.RegularExpressions.Regex.IsMatch(e, @"^src/MpoProbe\.Core/.+\.cs:\d+: CS\d+: .*Math")),
                "expected errors naming a Core file and line; found:\n" + string.Join("\n", build.Errors.Take(10)));
        }

        [TestMethod]
        public void CleanSourcePasses()
        {
            string code = Head + "        public double M(double x) { System.Action a = () => x.ToString(); a(); return System.Math.Round(System.Math.Sqrt(x)); }\n    }\n}\n";
            List<string> findings = Findings(code);
            Assert.IsTrue(findings.Count == 0, "clean control: " + string.Join("\n", findings));
        }
    }
}
