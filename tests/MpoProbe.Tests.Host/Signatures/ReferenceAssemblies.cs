using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>
    /// The pinned nanoFramework libraries as reference assemblies: the real mscorlib.dll of
    /// nanoFramework.CoreLibrary (the one package the source serves; it declares System.Object
    /// itself, so nothing of the host framework is involved), then every other library generated
    /// in memory from shared/nanoframework-api/signatures at test time, each after the libraries
    /// whose types it mentions. The mscorlib signatures still tell the generator each type's kind.
    /// </summary>
    public sealed class ReferenceAssemblies
    {
        private static readonly object Gate = new object();
        private static ReferenceAssemblies _shared;
        private readonly Dictionary<string, MetadataReference> _byName = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);

        /// <summary>The core library's assembly name.</summary>
        public const string Mscorlib = "mscorlib";

        private ReferenceAssemblies()
        {
        }

        /// <summary>The signatures folder beside the checkout.</summary>
        public static string SignaturesFolder => Path.Combine(RepoPaths.NanoApiFolder, "signatures");

        /// <summary>Assembly names available (one per TSV file).</summary>
        public IEnumerable<string> Names => _byName.Keys;

        /// <summary>Built once per test run (the data does not change during a run).</summary>
        public static ReferenceAssemblies Shared
        {
            get
            {
                lock (Gate)
                {
                    return _shared ??= Build(SignaturesFolder, RepoPaths.NanoMscorlib);
                }
            }
        }

        /// <summary>The reference of one assembly by name, or null if the data has no such library.</summary>
        public MetadataReference Get(string assemblyName)
        {
            return _byName.TryGetValue(assemblyName, out MetadataReference r) ? r : null;
        }

        /// <summary>
        /// <paramref name="realMscorlib"/> as mscorlib, and every other library of a signatures
        /// folder generated and compiled against it.
        /// </summary>
        public static ReferenceAssemblies Build(string folder, string realMscorlib)
        {
            List<SignatureLibrary> all = Directory.GetFiles(folder, "*.tsv").OrderBy(f => f, StringComparer.Ordinal).Select(SignatureLibrary.Load).ToList();
            List<SignatureLibrary> libraries = all.Where(l => l.AssemblyName != Mscorlib).ToList();
            var owner = new Dictionary<string, SignatureLibrary>(StringComparer.Ordinal);
            var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (SignatureLibrary library in all)
            {
                foreach (SignatureType type in library.Types.Values)
                {
                    kinds[type.FullName] = type.Kind;
                    if (libraries.Contains(library))
                    {
                        owner[type.FullName] = library;
                    }
                }
            }

            var writer = new ReferenceSourceWriter(t => kinds.TryGetValue(t, out string k) ? k : null);
            var result = new ReferenceAssemblies();
            result._byName[Mscorlib] = MetadataReference.CreateFromFile(realMscorlib);

            foreach (SignatureLibrary library in Order(libraries, owner))
            {
                List<MetadataReference> references = result._byName.Values.ToList();
                CSharpCompilation first = Declarations(library.AssemblyName, writer.Write(library), references);
                Dictionary<string, List<string>> extras = InterfaceCompletion.Find(first);
                CSharpCompilation complete = extras.Count == 0 ? first : Declarations(library.AssemblyName, writer.Write(library, extras), references);
                result._byName[library.AssemblyName] = Emit(complete);
            }

            return result;
        }

        private static IEnumerable<SignatureLibrary> Order(List<SignatureLibrary> libraries, Dictionary<string, SignatureLibrary> owner)
        {
            var done = new HashSet<SignatureLibrary>();
            var dependencies = libraries.ToDictionary(
                l => l,
                l => new HashSet<SignatureLibrary>(l.MentionedTypes().Where(owner.ContainsKey).Select(t => owner[t]).Where(d => d != l)));
            while (done.Count < libraries.Count)
            {
                SignatureLibrary next = libraries.FirstOrDefault(l => !done.Contains(l) && dependencies[l].All(done.Contains));
                if (next == null)
                {
                    throw new InvalidOperationException("the signature libraries depend on each other in a cycle: "
                        + string.Join(", ", libraries.Where(l => !done.Contains(l)).Select(l => l.AssemblyName)));
                }

                done.Add(next);
                yield return next;
            }
        }

        private static CSharpCompilation Declarations(string assemblyName, string source, List<MetadataReference> references)
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9), assemblyName + ".g.cs");
            return CSharpCompilation.Create(assemblyName, new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        }

        private static MetadataReference Emit(CSharpCompilation compilation)
        {
            string assemblyName = compilation.AssemblyName;
            using var pe = new MemoryStream();
            EmitResult emitted = compilation.Emit(pe, options: new EmitOptions(metadataOnly: true));
            if (!emitted.Success)
            {
                var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(40).Select(d => d.ToString());
                throw new InvalidOperationException("the reference declarations generated for " + assemblyName + " do not compile:\n" + string.Join("\n", errors));
            }

            return MetadataReference.CreateFromImage(pe.ToArray(), filePath: assemblyName + ".dll");
        }
    }
}
