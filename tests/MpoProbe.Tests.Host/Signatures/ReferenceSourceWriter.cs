using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>
    /// Writes C# reference declarations for one <see cref="SignatureLibrary"/>: every type and
    /// member with its exact signature, bodies <c>extern</c> (a reference assembly only has to
    /// bind), no member that the data does not list. A class the data lists no constructor for
    /// gets a private one, so that code outside cannot construct or derive from it.
    /// </summary>
    public sealed class ReferenceSourceWriter
    {
        private static readonly Dictionary<string, string> Operators = new Dictionary<string, string>
        {
            { "op_Equality", "==" }, { "op_Inequality", "!=" }, { "op_Addition", "+" }, { "op_Subtraction", "-" },
            { "op_Multiply", "*" }, { "op_Division", "/" }, { "op_Modulus", "%" }, { "op_UnaryNegation", "-" },
            { "op_UnaryPlus", "+" }, { "op_GreaterThan", ">" }, { "op_LessThan", "<" }, { "op_GreaterThanOrEqual", ">=" },
            { "op_LessThanOrEqual", "<=" }, { "op_BitwiseAnd", "&" }, { "op_BitwiseOr", "|" }, { "op_ExclusiveOr", "^" },
            { "op_LogicalNot", "!" }, { "op_OnesComplement", "~" }, { "op_Increment", "++" }, { "op_Decrement", "--" },
        };

        private readonly Func<string, string> _kindOf;
        private readonly StringBuilder _out = new StringBuilder();
        private IDictionary<string, List<string>> _extras = new Dictionary<string, List<string>>();

        /// <param name="kindOf">The kind (class, struct, enum…) of any type of any library, or null if unknown.</param>
        public ReferenceSourceWriter(Func<string, string> kindOf)
        {
            _kindOf = kindOf;
        }

        /// <summary>The C# source of the library's reference declarations.</summary>
        /// <param name="library">The library.</param>
        /// <param name="extras">Declarations to add inside types, by full name (explicit interface implementations the data does not list).</param>
        public string Write(SignatureLibrary library, IDictionary<string, List<string>> extras = null)
        {
            _extras = extras ?? new Dictionary<string, List<string>>();
            _out.Clear();
            _out.AppendLine("#pragma warning disable 626, 660, 661, 824, 67, 108, 114");
            foreach (var group in library.Types.Values.Where(t => t.Container == null).GroupBy(Namespace))
            {
                _out.Append("namespace ").Append(group.Key).AppendLine(" {");
                foreach (SignatureType type in group)
                {
                    WriteType(type);
                }

                _out.AppendLine("}");
            }

            return _out.ToString();
        }

        private static string Namespace(SignatureType type)
        {
            return type.FullName.Substring(0, type.FullName.LastIndexOf('.'));
        }

        private void WriteType(SignatureType type)
        {
            SignatureLine line = type.Line;
            string name = Identifier(line.Name.Split('`')[0]);
            string typeParams = line.Value("typeparams") == null ? "" : "<" + line.Value("typeparams") + ">";
            string access = line.Modifiers.Contains("protected") ? "protected" : "public";
            switch (type.Kind)
            {
                case "delegate":
                    _out.Append(access).Append(" delegate ").Append(TypeRef(line.Value("returns"))).Append(' ').Append(name).Append(typeParams)
                        .Append('(').Append(ParameterList(line.Parameters())).AppendLine(");");
                    return;
                case "enum":
                    WriteEnum(type, access, name);
                    return;
            }

            string modifiers = type.Kind == "class" ? string.Join(" ", new[] { "static", "abstract", "sealed" }.Where(line.Modifiers.Contains)) : "";
            _out.Append(access).Append(' ').Append(modifiers).Append(modifiers.Length > 0 ? " " : "").Append(type.Kind).Append(' ').Append(name).Append(typeParams);
            var bases = new List<string>();
            string baseType = line.Value("base");
            if (type.Kind == "class" && baseType != null && baseType != "System.Object")
            {
                bases.Add(TypeRef(baseType));
            }

            string implements = line.Value("implements");
            if (!string.IsNullOrEmpty(implements))
            {
                bases.AddRange(implements.Split(',').Select(TypeRef));
            }

            if (bases.Count > 0)
            {
                _out.Append(" : ").Append(string.Join(", ", bases));
            }

            _out.AppendLine(" {");
            bool isInterface = type.Kind == "interface";
            if (type.Kind == "class" && !line.Modifiers.Contains("static") && !type.Members.Any(m => m.Kind == "ctor"))
            {
                _out.Append("private extern ").Append(name).AppendLine("();");
            }

            foreach (SignatureLine member in type.Members)
            {
                WriteMember(type, member, name, isInterface);
            }

            foreach (SignatureType nested in type.Nested)
            {
                WriteType(nested);
            }

            if (_extras.TryGetValue(type.FullName, out List<string> extra))
            {
                extra.ForEach(e => _out.AppendLine(e));
            }

            _out.AppendLine("}");
        }

        private void WriteEnum(SignatureType type, string access, string name)
        {
            _out.Append(access).Append(" enum ").Append(name).Append(" : ").Append(Keyword(type.Line.Value("underlying"))).AppendLine(" {");
            foreach (SignatureLine member in type.Members.Where(m => m.Kind == "const"))
            {
                _out.Append(Identifier(member.Name)).Append(" = ").Append(member.Value("value")).AppendLine(",");
            }

            _out.AppendLine("}");
        }

        private void WriteMember(SignatureType type, SignatureLine member, string typeName, bool isInterface)
        {
            if ((member.Kind == "ctor" && (type.Kind == "struct" || type.Kind == "enum") && member.Parameters().Count == 0) || type.Kind == "delegate")
            {
                return;
            }

            string modifiers = isInterface ? "" : Modifiers(member);
            string name = Identifier(member.Name);
            if (member.Kind == "method" && member.Name == "Finalize" && member.Parameters().Count == 0 && !isInterface)
            {
                // C# declares a finalizer as a destructor, in System.Object too.
                _out.Append("extern ~").Append(typeName).AppendLine("();");
                return;
            }

            switch (member.Kind)
            {
                case "ctor":
                    _out.Append(modifiers).Append(' ').Append(typeName).Append('(').Append(ParameterList(member.Parameters())).AppendLine(");");
                    break;
                case "method":
                    _out.Append(modifiers).Append(' ').Append(TypeRef(member.Value("returns"))).Append(' ').Append(name)
                        .Append('(').Append(ParameterList(member.Parameters())).AppendLine(");");
                    break;
                case "operator":
                    WriteOperator(member, modifiers);
                    break;
                case "property":
                case "indexer":
                    string head = member.Kind == "indexer" ? "this[" + ParameterList(member.Parameters()) + "]" : name;
                    string accessors = string.Join(" ", member.Value("accessors").Split(' ').Select(a => a + ";"));
                    _out.Append(modifiers).Append(' ').Append(TypeRef(member.Value("type"))).Append(' ').Append(head).Append(" { ").Append(accessors).AppendLine(" }");
                    break;
                case "event":
                    bool body = !isInterface && !member.Modifiers.Contains("abstract");
                    _out.Append(modifiers.Replace("extern", "").Trim()).Append(" event ").Append(TypeRef(member.Value("type"))).Append(' ').Append(name)
                        .AppendLine(body ? " { add { } remove { } }" : ";");
                    break;
                case "const":
                    _out.Append(modifiers.Replace("static", "").Trim()).Append(" const ").Append(TypeRef(member.Value("type"))).Append(' ').Append(name)
                        .Append(" = ").Append(Literal(member.Value("type"), member.Value("value"))).AppendLine(";");
                    break;
                case "field":
                    _out.Append(modifiers).Append(' ').Append(TypeRef(member.Value("type"))).Append(' ').Append(name).AppendLine(";");
                    break;
                default:
                    throw new FormatException("unknown member kind: " + member.Id);
            }
        }

        private void WriteOperator(SignatureLine member, string modifiers)
        {
            string returns = TypeRef(member.Value("returns"));
            string parameters = ParameterList(member.Parameters());
            if (member.Name == "op_Implicit" || member.Name == "op_Explicit")
            {
                string conversion = member.Name == "op_Implicit" ? "implicit" : "explicit";
                _out.Append(modifiers).Append(' ').Append(conversion).Append(" operator ").Append(returns).Append('(').Append(parameters).AppendLine(");");
                return;
            }

            if (!Operators.TryGetValue(member.Name, out string symbol))
            {
                throw new FormatException("unknown operator: " + member.Id);
            }

            _out.Append(modifiers).Append(' ').Append(returns).Append(" operator ").Append(symbol).Append('(').Append(parameters).AppendLine(");");
        }

        private static string Modifiers(SignatureLine member)
        {
            var list = new List<string>();
            foreach (string m in new[] { "public", "protected", "static", "abstract", "virtual", "override", "sealed", "readonly" })
            {
                if (member.Modifiers.Contains(m))
                {
                    list.Add(m);
                }
            }

            bool hasBody = member.Kind == "ctor" || member.Kind == "method" || member.Kind == "operator" || member.Kind == "property" || member.Kind == "indexer";
            if (hasBody && !member.Modifiers.Contains("abstract"))
            {
                list.Add("extern");
            }

            return string.Join(" ", list);
        }

        private string ParameterList(List<SignatureParameter> parameters)
        {
            return string.Join(", ", parameters.Select(p =>
                (p.Modifier.Length > 0 ? p.Modifier + " " : "") + TypeRef(p.Type) + " " + Identifier(p.Name)
                + (p.Default == null ? "" : " = " + Literal(p.Type, p.Default))));
        }

        /// <summary>A C# literal of a constant or default value as the data writes it.</summary>
        private string Literal(string type, string value)
        {
            string kind = _kindOf(type);
            if (value == "null")
            {
                return kind == "struct" || kind == "enum" ? "default" : "null";
            }

            switch (type)
            {
                case "System.String":
                case "System.Boolean":
                    return value;
                case "System.Char":
                    return value.Length == 3 ? "'\\u" + ((int)value[1]).ToString("X4", CultureInfo.InvariantCulture) + "'" : value;
                case "System.Double":
                case "System.Single":
                    string number = value == "NaN" ? "0.0 / 0.0" : value == "Infinity" ? "1.0 / 0.0" : value == "-Infinity" ? "-1.0 / 0.0" : value;
                    return "(" + TypeRef(type) + ")(" + number + ")";
                default:
                    return "unchecked((" + TypeRef(type) + ")(" + value + "))";
            }
        }

        /// <summary>A type as the data writes it, as C#: fully qualified, generic parameters by name.</summary>
        public static string TypeRef(string type)
        {
            if (type.EndsWith("[]", StringComparison.Ordinal))
            {
                return TypeRef(type.Substring(0, type.Length - 2)) + "[]";
            }

            if (type.StartsWith("`", StringComparison.Ordinal))
            {
                return type.Substring(1);
            }

            return type == "System.Void" ? "void" : "global::" + type;
        }

        private static string Keyword(string type)
        {
            return type == null ? "int" : TypeRef(type);
        }

        private static string Identifier(string name)
        {
            return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.VarKeyword ? "@" + name : name;
        }
    }
}
