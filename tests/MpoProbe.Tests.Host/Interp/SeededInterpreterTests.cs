using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests.Interp
{
    /// <summary>
    /// Proves the interpreter-semantics run can fail, and names the seeded file and line: a
    /// temporary copy of Core is compiled with one seeded defect (the real files are not
    /// touched), then the job tests run against it rewritten.
    /// </summary>
    [TestClass]
    public class SeededInterpreterTests
    {
        private const string SeededFile = "src/MpoProbe.Core/Job/JobInfo.cs";
        private const string Anchor = "            _values[index] = value == null || value.Length == 0 ? null : value;";

        [TestMethod]
        public void ComparisonWithAnOperandFromDoubleNaNFailsNamingFileAndLine()
        {
            string failures = RunSeeded("            double seeded = double.NaN;\n            if (seeded > 1.0)\n            {\n                return;\n            }\n", 1, out int line);
            StringAssert.Contains(failures, SeededFile + ":" + line, "the seeded NaN comparison is named");
            StringAssert.Contains(failures, "cgt NaN, 1", "with what it compared");
        }

        [TestMethod]
        public void StringArrayOfNullsComparedBeforeAssignmentFailsNamingFileAndLine()
        {
            string failures = RunSeeded("            string[] seeded = new string[] { null, null };\n            if (seeded[1] == null)\n            {\n                seeded[0] = value;\n            }\n", 1, out int line);
            StringAssert.Contains(failures, "never assigned", "the unassigned element is refused (recorded even where product code catches the exception)");
            StringAssert.Contains(failures, SeededFile + ":" + line, "the seeded comparison is named");
        }

        /// <summary>Compiles Core with <paramref name="seed"/> before the anchor line, runs the job tests rewritten; returns their failures.</summary>
        private static string RunSeeded(string seed, int comparisonLine, out int line)
        {
            string folder = Path.Combine(Path.GetTempPath(), "mpoprobe-seeded-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                IDictionary<string, string> sources = RepoPaths.Sources("src/MpoProbe.Core");
                string key = sources.Keys.Single(k => k.Replace('\\', '/') == SeededFile);
                string text = sources[key];
                int at = text.IndexOf(Anchor, StringComparison.Ordinal);
                Assert.IsTrue(at > 0, "anchor line not found in " + SeededFile);
                line = text.Substring(0, at).Count(c => c == '\n') + 1 + comparisonLine;
                sources[key] = text.Substring(0, at) + seed + text.Substring(at);
                Compile(sources, Path.Combine(folder, "MpoProbe.Core"));
                foreach (string file in new[] { "MpoProbe.Simulation", Path.GetFileNameWithoutExtension(typeof(SeededInterpreterTests).Assembly.Location) })
                {
                    File.Copy(Path.Combine(AppContext.BaseDirectory, file + ".dll"), Path.Combine(folder, file + ".dll"));
                    File.Copy(Path.Combine(AppContext.BaseDirectory, file + ".pdb"), Path.Combine(folder, file + ".pdb"));
                }

                var run = new RewrittenRun(RepoPaths.Root);
                run.Execute(folder, InterpreterSemanticsTests.Product, Path.GetFileName(typeof(SeededInterpreterTests).Assembly.Location), TimeSpan.FromMinutes(2), c => c == "JobCommandTests");
                Assert.IsTrue(run.Run >= 3, "the job tests ran: " + run.Run);
                return string.Join("\n", run.Failures);
            }
            finally
            {
                try
                {
                    Directory.Delete(folder, true);
                }
                catch (IOException)
                {
                }
            }
        }

        private static void Compile(IDictionary<string, string> sources, string path)
        {
            var options = new CSharpParseOptions(LanguageVersion.CSharp9);
            IEnumerable<SyntaxTree> trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Value, options, Path.Combine(RepoPaths.Root, s.Key), System.Text.Encoding.UTF8));
            string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES");
            IEnumerable<MetadataReference> references = tpa.Split(Path.PathSeparator)
                .Where(p => !Path.GetFileName(p).StartsWith("MpoProbe.", StringComparison.Ordinal))
                .Select(p => MetadataReference.CreateFromFile(p));
            CSharpCompilation compilation = CSharpCompilation.Create("MpoProbe.Core", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using (FileStream pe = File.Create(path + ".dll"))
            using (FileStream pdb = File.Create(path + ".pdb"))
            {
                EmitResult result = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: path + ".pdb"));
                Assert.IsTrue(result.Success, "seeded Core does not compile: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            }
        }
    }
}
