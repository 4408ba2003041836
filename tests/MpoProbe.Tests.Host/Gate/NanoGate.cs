using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MpoProbe.Tests.Gate
{
    /// <summary>
    /// Reads C# sources with Roslyn and lists every use of something the nanoFramework 1.x
    /// device toolchain or runtime rejects (see <see cref="GateRule"/>). Syntax rules run on
    /// the sources as the host and as the device preprocess them; the semantic rules compile
    /// the host view against the host framework and the test framework.
    /// </summary>
    public sealed class NanoGate
    {
        private static readonly CSharpParseOptions HostParse = new CSharpParseOptions(LanguageVersion.CSharp9);
        private static readonly CSharpParseOptions DeviceParse = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0" });
        private readonly SemanticRules _semantic;

        public NanoGate(ISet<string> allowlist)
        {
            _semantic = new SemanticRules(allowlist);
        }

        /// <summary>Framework IDs used but not allowlisted, from the last run.</summary>
        public SortedSet<string> Missing => _semantic.Missing;

        /// <summary>Compile errors of the semantic view (the gate cannot judge code it cannot bind).</summary>
        public List<string> CompileErrors { get; } = new List<string>();

        /// <summary>
        /// Checks sources (path → text). <paramref name="semanticSources"/> also get the
        /// semantic rules; <paramref name="syntaxOnlySources"/> (code whose references are not
        /// on the host, such as the firmware) get the syntax rules only.
        /// </summary>
        public List<GateViolation> Check(IDictionary<string, string> semanticSources, IDictionary<string, string> syntaxOnlySources)
        {
            var found = new List<GateViolation>();
            var hostTrees = new List<SyntaxTree>();
            foreach (KeyValuePair<string, string> source in semanticSources.Concat(syntaxOnlySources))
            {
                SyntaxTree host = CSharpSyntaxTree.ParseText(source.Value, HostParse, source.Key);
                SyntaxTree device = CSharpSyntaxTree.ParseText(source.Value, DeviceParse, source.Key);
                SyntaxRules.Check(host, source.Key, found);
                SyntaxRules.Check(device, source.Key, found);
                if (semanticSources.ContainsKey(source.Key))
                {
                    hostTrees.Add(host);
                }
            }

            CSharpCompilation compilation = CSharpCompilation.Create(
                "NanoGate",
                hostTrees,
                References(),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            foreach (Diagnostic d in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                CompileErrors.Add(d.ToString());
            }

            foreach (SyntaxTree tree in hostTrees)
            {
                _semantic.Check(compilation.GetSemanticModel(tree), tree.FilePath, found);
                ArrayFillRule.Check(compilation.GetSemanticModel(tree), tree.FilePath, found);
                ArrayFillRule.CheckInitializers(compilation.GetSemanticModel(tree), tree.FilePath, found);
                StaticInitRule.Check(compilation.GetSemanticModel(tree), tree.FilePath, found);
                if (NonFiniteRule.Applies(tree.FilePath))
                {
                    NonFiniteRule.Check(compilation.GetSemanticModel(tree), tree.FilePath, found);
                }
            }

            return found
                .GroupBy(v => v.File + ":" + v.Line + ":" + v.Rule)
                .Select(g => g.First())
                .OrderBy(v => v.File).ThenBy(v => v.Line)
                .ToList();
        }

        private static IEnumerable<MetadataReference> References()
        {
            string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES");
            foreach (string path in tpa.Split(Path.PathSeparator))
            {
                // The host build of Core is on the test host's path; the gate reads Core from source.
                if (!Path.GetFileName(path).StartsWith("MpoProbe.", StringComparison.Ordinal))
                {
                    yield return MetadataReference.CreateFromFile(path);
                }
            }

            yield return MetadataReference.CreateFromFile(typeof(Microsoft.VisualStudio.TestTools.UnitTesting.Assert).Assembly.Location);
        }
    }
}
