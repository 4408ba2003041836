using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>
    /// One pinned library's public surface (one TSV file; its name is the assembly name):
    /// its types, each with its members, and the types of other libraries it refers to.
    /// </summary>
    public sealed class SignatureLibrary
    {
        private static readonly Regex TypeToken = new Regex(@"[A-Za-z_][\w.`]*");

        private SignatureLibrary(string assemblyName)
        {
            AssemblyName = assemblyName;
        }

        /// <summary>The assembly name, e.g. <c>System.Device.Gpio</c>.</summary>
        public string AssemblyName { get; }

        /// <summary>Types by full name (nested types with dots).</summary>
        public SortedDictionary<string, SignatureType> Types { get; } = new SortedDictionary<string, SignatureType>(StringComparer.Ordinal);

        /// <summary>Reads a TSV file.</summary>
        public static SignatureLibrary Load(string path)
        {
            var library = new SignatureLibrary(Path.GetFileNameWithoutExtension(path));
            var members = new List<SignatureLine>();
            foreach (string line in File.ReadAllLines(path))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                SignatureLine parsed = SignatureLine.Parse(line);
                if (parsed.Prefix == 'T')
                {
                    library.Types[parsed.TypeName] = new SignatureType(parsed);
                }
                else
                {
                    members.Add(parsed);
                }
            }

            foreach (SignatureLine member in members)
            {
                if (!library.Types.TryGetValue(member.TypeName, out SignatureType owner))
                {
                    throw new FormatException(path + ": member of an undeclared type: " + member.Id);
                }

                owner.Members.Add(member);
            }

            foreach (SignatureType type in library.Types.Values)
            {
                int dot = type.FullName.LastIndexOf('.');
                if (dot > 0 && library.Types.TryGetValue(type.FullName.Substring(0, dot), out SignatureType container))
                {
                    type.Container = container;
                    container.Nested.Add(type);
                }
            }

            return library;
        }

        /// <summary>Every type name this library's declarations mention (to order the libraries).</summary>
        public IEnumerable<string> MentionedTypes()
        {
            foreach (SignatureType type in Types.Values)
            {
                foreach (string text in new[] { type.Line.Value("base"), type.Line.Value("implements"), type.Line.Value("params"), type.Line.Value("returns") })
                {
                    foreach (string name in Names(text))
                    {
                        yield return name;
                    }
                }

                foreach (SignatureLine member in type.Members)
                {
                    foreach (string text in new[] { member.Value("type"), member.Value("params"), member.Value("returns") })
                    {
                        foreach (string name in Names(text))
                        {
                            yield return name;
                        }
                    }
                }
            }
        }

        private static IEnumerable<string> Names(string text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return Enumerable.Empty<string>();
            }

            return TypeToken.Matches(text).Select(m => m.Value).Where(v => v.Contains('.'));
        }
    }

    /// <summary>A type of a library with its members and nested types.</summary>
    public sealed class SignatureType
    {
        /// <summary>Wraps a type line.</summary>
        public SignatureType(SignatureLine line)
        {
            Line = line;
        }

        /// <summary>The type's own line.</summary>
        public SignatureLine Line { get; }

        /// <summary>Full name with dots (arity suffix kept, e.g. <c>System.Action`1</c>).</summary>
        public string FullName => Line.TypeName;

        /// <summary>class, struct, enum, interface or delegate.</summary>
        public string Kind => Line.Kind;

        /// <summary>The containing type, for nested types.</summary>
        public SignatureType Container { get; set; }

        /// <summary>The members' lines.</summary>
        public List<SignatureLine> Members { get; } = new List<SignatureLine>();

        /// <summary>Nested types.</summary>
        public List<SignatureType> Nested { get; } = new List<SignatureType>();
    }
}
