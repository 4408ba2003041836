using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MpoProbe.Tests.Gate
{
    /// <summary>
    /// The nanoFramework interpreter runs every static constructor once at start-up, one type
    /// after another in definition order (nf-interpreter, <c>SpawnStaticConstructor</c>), not
    /// when a type is first used. A static field initializer or static constructor that reads a
    /// static field or property of another of the project's types may therefore run before that
    /// type is initialized and see 0 or null (<c>CalibrationFit</c> sized its arrays from
    /// <c>FrontEndDesign.RangeCount</c>, which read a static array: IndexOutOfRange on the
    /// interpreter). The rule: such initializers use constants, enum members, their own type's
    /// statics and methods; a value of another type's static state is read where it is used.
    /// Static methods of other types are not followed (documented limit, docs/device-rules.md §5).
    /// </summary>
    public static class StaticInitRule
    {
        /// <summary>Adds a violation for every read of another project type's static field or property in static initialization.</summary>
        public static void Check(SemanticModel model, string file, List<GateViolation> found)
        {
            SyntaxNode root = model.SyntaxTree.GetRoot();
            var scopes = new List<SyntaxNode>();
            foreach (FieldDeclarationSyntax field in root.DescendantNodes().OfType<FieldDeclarationSyntax>())
            {
                if (field.Modifiers.Any(SyntaxKind.StaticKeyword) && !field.Modifiers.Any(SyntaxKind.ConstKeyword))
                {
                    scopes.AddRange(field.Declaration.Variables.Where(v => v.Initializer != null).Select(v => (SyntaxNode)v.Initializer));
                }
            }

            scopes.AddRange(root.DescendantNodes().OfType<ConstructorDeclarationSyntax>().Where(c => c.Modifiers.Any(SyntaxKind.StaticKeyword)));
            foreach (SyntaxNode scope in scopes)
            {
                INamedTypeSymbol own = model.GetDeclaredSymbol(scope.Ancestors().OfType<TypeDeclarationSyntax>().First());
                foreach (SimpleNameSyntax name in scope.DescendantNodesAndSelf().OfType<SimpleNameSyntax>())
                {
                    ISymbol symbol = model.GetSymbolInfo(name).Symbol;
                    bool staticState = (symbol is IFieldSymbol f && f.IsStatic && !f.IsConst) || (symbol is IPropertySymbol p && p.IsStatic);
                    if (staticState && symbol.Locations.Any(l => l.IsInSource) && !SymbolEqualityComparer.Default.Equals(symbol.ContainingType, own))
                    {
                        int line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        found.Add(new GateViolation(file, line, GateRule.StaticInitOrder, "static initialization of " + own.Name + " reads " + symbol.ContainingType.Name + "." + symbol.Name
                            + ": the interpreter may not have initialized " + symbol.ContainingType.Name + " yet; use a constant or read it where it is used"));
                    }
                }
            }
        }
    }
}
