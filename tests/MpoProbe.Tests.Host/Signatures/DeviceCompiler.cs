using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>
    /// Compiles device code the way the nanoFramework project system does — C# 9,
    /// <c>NANOFRAMEWORK_1_0</c> defined — against the generated reference assemblies of exactly
    /// the references the project lists, and nothing else (no host framework).
    /// </summary>
    public static class DeviceCompiler
    {
        /// <summary>The nanoFramework project system defines this symbol for every .nfproj.</summary>
        public const string DeviceSymbol = "NANOFRAMEWORK_1_0";

        private static readonly CSharpParseOptions Parse = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { DeviceSymbol });

        /// <summary>Compiles a project's files from the checkout.</summary>
        public static DeviceBuild Compile(DeviceProject project, ReferenceAssemblies references)
        {
            return Compile(project, references, new DeviceBuild[0]);
        }

        /// <summary>
        /// Compiles a project's files against its listed references and the already compiled
        /// device projects it references (its <c>ProjectReference</c> items, not their references:
        /// a .nfproj compiles against exactly what it lists).
        /// </summary>
        public static DeviceBuild Compile(DeviceProject project, ReferenceAssemblies references, IEnumerable<DeviceBuild> projectReferences)
        {
            var sources = project.Sources.ToDictionary(s => s, s => File.ReadAllText(Path.Combine(project.Root, s)));
            return Compile(project.Name, project.AssemblyName ?? project.Name, sources, project.References, project.IsExe, references, projectReferences);
        }

        /// <summary>Compiles sources (path → text) against the named references.</summary>
        public static DeviceBuild Compile(string name, IDictionary<string, string> sources, IEnumerable<string> referenceNames, bool exe, ReferenceAssemblies references)
        {
            return Compile(name, name, sources, referenceNames, exe, references, new DeviceBuild[0]);
        }

        /// <summary>Compiles sources (path → text) as <paramref name="assemblyName"/> against the named references and compiled device projects.</summary>
        public static DeviceBuild Compile(string name, string assemblyName, IDictionary<string, string> sources, IEnumerable<string> referenceNames, bool exe, ReferenceAssemblies references, IEnumerable<DeviceBuild> projectReferences)
        {
            var build = new DeviceBuild(name);
            var metadata = new List<MetadataReference>();
            foreach (DeviceBuild dependency in projectReferences)
            {
                if (dependency.Image == null)
                {
                    build.Errors.Add(name + ": the referenced project " + dependency.Name + " did not compile");
                    continue;
                }

                metadata.Add(MetadataReference.CreateFromImage(dependency.Image));
            }

            foreach (string reference in referenceNames)
            {
                MetadataReference r = references.Get(reference);
                if (r == null)
                {
                    build.ReferencesWithoutSignatures.Add(reference);
                }
                else
                {
                    metadata.Add(r);
                }
            }

            var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Value, Parse, s.Key, System.Text.Encoding.UTF8)).ToList();
            var options = new CSharpCompilationOptions(exe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release);
            build.Compilation = CSharpCompilation.Create(assemblyName, trees, metadata, options);
            using var pe = new MemoryStream();
            using var pdb = new MemoryStream();
            EmitResult result = build.Compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
            foreach (Diagnostic d in result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
            {
                List<string> target = d.Severity == DiagnosticSeverity.Error ? build.Errors : build.Warnings;
                if (d.Location.IsInSource)
                {
                    target.Add(Where(d.Location) + ": " + d.Id + ": " + d.GetMessage());
                    continue;
                }

                // A member the compiler itself needs (CS0656) has no location: it is needed by a
                // compiler-generated construct; anonymous types are the one that needs
                // EqualityComparer<T> and string.Format, so name each of them.
                var anonymous = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<AnonymousObjectCreationExpressionSyntax>()).ToList();
                target.AddRange(anonymous.Select(a => Where(a.GetLocation()) + ": " + d.Id + ": anonymous type: " + d.GetMessage()));
                if (anonymous.Count == 0)
                {
                    target.Add(name + ": " + d.Id + ": " + d.GetMessage());
                }
            }

            if (result.Success && build.Errors.Count == 0)
            {
                build.Image = pe.ToArray();
                build.Pdb = pdb.ToArray();
            }

            return build;
        }

        private static string Where(Location location)
        {
            FileLinePositionSpan span = location.GetMappedLineSpan();
            return span.Path + ":" + (span.StartLinePosition.Line + 1);
        }
    }

    /// <summary>The outcome of one device compilation.</summary>
    public sealed class DeviceBuild
    {
        /// <summary>Names the compilation.</summary>
        public DeviceBuild(string name)
        {
            Name = name;
        }

        /// <summary>The project name (MpoProbe.Firmware, MpoProbe.Core.Measurement…) or a test's own name.</summary>
        public string Name { get; }

        /// <summary>The project compiled, or null for sources compiled directly.</summary>
        public DeviceProject Project { get; set; }

        /// <summary>Errors as <c>file:line: CSnnnn: message</c>.</summary>
        public List<string> Errors { get; } = new List<string>();

        /// <summary>Warnings as <c>file:line: CSnnnn: message</c>.</summary>
        public List<string> Warnings { get; } = new List<string>();

        /// <summary>Listed references that have no signature data (the test launcher executable).</summary>
        public List<string> ReferencesWithoutSignatures { get; } = new List<string>();

        /// <summary>The Roslyn compilation (for locating symbols).</summary>
        public CSharpCompilation Compilation { get; set; }

        /// <summary>The compiled assembly, or null when it did not compile.</summary>
        public byte[] Image { get; set; }

        /// <summary>Its portable PDB (maps IL back to file and line).</summary>
        public byte[] Pdb { get; set; }
    }
}
