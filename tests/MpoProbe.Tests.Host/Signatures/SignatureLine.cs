using System;
using System.Collections.Generic;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>
    /// One line of shared/nanoframework-api/signatures/*.tsv (format in that folder's README):
    /// a documentation-comment ID, a kind, modifiers, then <c>key=value</c> columns.
    /// </summary>
    public sealed class SignatureLine
    {
        private readonly Dictionary<string, string> _values = new Dictionary<string, string>(StringComparer.Ordinal);

        private SignatureLine(string id, string kind, string[] modifiers)
        {
            Id = id;
            Kind = kind;
            Modifiers = new HashSet<string>(modifiers, StringComparer.Ordinal);
        }

        /// <summary>The documentation-comment ID, e.g. <c>M:System.Math.Log10(System.Double)</c>.</summary>
        public string Id { get; }

        /// <summary>class, struct, enum, interface, delegate, ctor, method, operator, property, indexer, field, const, event.</summary>
        public string Kind { get; }

        /// <summary>public, protected, static, virtual, abstract, override, sealed, readonly.</summary>
        public ISet<string> Modifiers { get; }

        /// <summary>T, M, P, F or E.</summary>
        public char Prefix => Id[0];

        /// <summary>For a type: its full name (nesting with dots); for a member: the declaring type's full name.</summary>
        public string TypeName { get; private set; }

        /// <summary>For a member: its name (<c>#ctor</c> for constructors); for a type: its simple name with arity.</summary>
        public string Name { get; private set; }

        /// <summary>A <c>key=value</c> column, or null.</summary>
        public string Value(string key)
        {
            return _values.TryGetValue(key, out string v) ? v : null;
        }

        /// <summary>Parses one TSV line.</summary>
        public static SignatureLine Parse(string line)
        {
            string[] columns = line.Split('\t');
            if (columns.Length < 3 || columns[0].Length < 3 || columns[0][1] != ':')
            {
                throw new FormatException("not a signature line: " + line);
            }

            var parsed = new SignatureLine(columns[0], columns[1], columns[2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            for (int i = 3; i < columns.Length; i++)
            {
                int eq = columns[i].IndexOf('=');
                if (eq > 0)
                {
                    parsed._values[columns[i].Substring(0, eq)] = columns[i].Substring(eq + 1);
                }
            }

            parsed.SplitName();
            return parsed;
        }

        private void SplitName()
        {
            string body = Id.Substring(2);
            if (Prefix == 'T')
            {
                TypeName = body;
                Name = body.Substring(body.LastIndexOf('.') + 1);
                return;
            }

            int paren = body.IndexOf('(');
            if (paren >= 0)
            {
                body = body.Substring(0, paren);
            }

            int tilde = body.IndexOf('~');
            if (tilde >= 0)
            {
                body = body.Substring(0, tilde);
            }

            int dot = body.LastIndexOf('.');
            TypeName = body.Substring(0, dot);
            Name = body.Substring(dot + 1);
        }

        /// <summary>The parameters of a method, indexer or delegate (<c>params=</c>), parsed.</summary>
        public List<SignatureParameter> Parameters()
        {
            var list = new List<SignatureParameter>();
            string text = Value("params");
            if (string.IsNullOrEmpty(text))
            {
                return list;
            }

            foreach (string part in text.Split(';'))
            {
                list.Add(SignatureParameter.Parse(part));
            }

            return list;
        }

        /// <inheritdoc />
        public override string ToString() => Id;
    }

    /// <summary>One parameter: <c>[ref |out |in |params ]TYPE name[=default]</c>.</summary>
    public sealed class SignatureParameter
    {
        /// <summary>ref, out, in, params or empty.</summary>
        public string Modifier { get; private set; } = "";

        /// <summary>The parameter's type as written in the data.</summary>
        public string Type { get; private set; }

        /// <summary>The parameter's name.</summary>
        public string Name { get; private set; }

        /// <summary>The default value as written in the data, or null.</summary>
        public string Default { get; private set; }

        /// <summary>Parses one parameter.</summary>
        public static SignatureParameter Parse(string text)
        {
            var p = new SignatureParameter();
            foreach (string modifier in new[] { "ref ", "out ", "in ", "params " })
            {
                if (text.StartsWith(modifier, StringComparison.Ordinal))
                {
                    p.Modifier = modifier.Trim();
                    text = text.Substring(modifier.Length);
                    break;
                }
            }

            int space = text.IndexOf(' ');
            p.Type = text.Substring(0, space);
            string rest = text.Substring(space + 1);
            int eq = rest.IndexOf('=');
            p.Name = eq < 0 ? rest : rest.Substring(0, eq);
            p.Default = eq < 0 ? null : rest.Substring(eq + 1);
            return p;
        }
    }
}
