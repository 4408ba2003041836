using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace MpoProbe.Tests.Signatures
{
    /// <summary>
    /// The signature data lists public members only, so an interface member a library
    /// implements explicitly (e.g. <c>Array</c>'s <c>IList.Add</c>) is not in it. After a first
    /// compile this finds each such member and writes an explicit implementation for it:
    /// callable only through the interface, as in the real library.
    /// </summary>
    public static class InterfaceCompletion
    {
        private static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat;

        /// <summary>Explicit implementations to add, by the implementing type's full name (dotted, with arity).</summary>
        public static Dictionary<string, List<string>> Find(Compilation compilation)
        {
            var extras = new Dictionary<string, List<string>>();
            foreach (INamedTypeSymbol type in AllTypes(compilation.Assembly.GlobalNamespace))
            {
                if (type.TypeKind == TypeKind.Interface)
                {
                    continue;
                }

                foreach (INamedTypeSymbol iface in type.AllInterfaces)
                {
                    foreach (ISymbol member in iface.GetMembers().Where(m => !(m is IMethodSymbol method) || method.MethodKind == MethodKind.Ordinary))
                    {
                        if (type.FindImplementationForInterfaceMember(member) == null)
                        {
                            string key = FullName(type);
                            if (!extras.TryGetValue(key, out List<string> list))
                            {
                                extras[key] = list = new List<string>();
                            }

                            list.Add(Explicit(iface, member));
                        }
                    }
                }
            }

            return extras;
        }

        private static string Explicit(INamedTypeSymbol iface, ISymbol member)
        {
            string owner = iface.ToDisplayString(Qualified);
            switch (member)
            {
                case IMethodSymbol m:
                    return "extern " + m.ReturnType.ToDisplayString(Qualified) + " " + owner + "." + m.Name + "(" + Parameters(m.Parameters) + ");";
                case IPropertySymbol p:
                    string accessors = (p.GetMethod != null ? "get; " : "") + (p.SetMethod != null ? "set; " : "");
                    string head = p.IsIndexer ? "this[" + Parameters(p.Parameters) + "]" : p.Name;
                    return "extern " + p.Type.ToDisplayString(Qualified) + " " + owner + "." + head + " { " + accessors + "}";
                case IEventSymbol e:
                    return "event " + e.Type.ToDisplayString(Qualified) + " " + owner + "." + e.Name + " { add { } remove { } }";
                default:
                    return "";
            }
        }

        private static string Parameters(IEnumerable<IParameterSymbol> parameters)
        {
            return string.Join(", ", parameters.Select(p =>
                (p.RefKind == RefKind.Ref ? "ref " : p.RefKind == RefKind.Out ? "out " : "") + p.Type.ToDisplayString(Qualified) + " @" + p.Name));
        }

        /// <summary>Dotted full name with arity suffixes, the way the signature data names types.</summary>
        public static string FullName(INamedTypeSymbol type)
        {
            string own = type.Name + (type.Arity > 0 ? "`" + type.Arity : "");
            if (type.ContainingType != null)
            {
                return FullName(type.ContainingType) + "." + own;
            }

            return type.ContainingNamespace.IsGlobalNamespace ? own : type.ContainingNamespace.ToDisplayString() + "." + own;
        }

        private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceOrTypeSymbol container)
        {
            foreach (ISymbol member in container.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol inner)
                {
                    if (inner is INamedTypeSymbol type)
                    {
                        yield return type;
                    }

                    foreach (INamedTypeSymbol nested in AllTypes(inner))
                    {
                        yield return nested;
                    }
                }
            }
        }
    }
}
