using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MpoProbe.Tests.Gate
{
    /// <summary>
    /// The rules that need to know what a name means: every framework symbol the code touches
    /// must be in the allowlist (by documentation-comment ID), generic and LINQ symbols are
    /// refused even where the syntax hides them (inferred type arguments, <c>var</c>), and an
    /// enum turned into text is caught wherever it happens.
    /// </summary>
    public sealed class SemanticRules
    {
        /// <summary>MSTest names map onto the nanoFramework.TestFramework names they mirror.</summary>
        private const string MsTestNamespace = "Microsoft.VisualStudio.TestTools.UnitTesting.";
        private const string NanoTestNamespace = "nanoFramework.TestFramework.";
        private readonly ISet<string> _allowlist;

        public SemanticRules(ISet<string> allowlist)
        {
            _allowlist = allowlist;
        }

        /// <summary>IDs of framework symbols seen that the allowlist lacks (to help whoever extends it).</summary>
        public SortedSet<string> Missing { get; } = new SortedSet<string>();

        public void Check(SemanticModel model, string file, List<GateViolation> found)
        {
            IAssemblySymbol own = model.Compilation.Assembly;
            foreach (SyntaxNode node in model.SyntaxTree.GetRoot().DescendantNodes())
            {
                int line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                CheckEnumText(model, node, file, line, found);
                if (!IsReference(node))
                {
                    continue;
                }

                ISymbol symbol = model.GetSymbolInfo(node).Symbol;
                if (symbol == null || !IsChecked(symbol))
                {
                    continue;
                }

                CheckSymbol(symbol, own, file, line, found);
            }
        }

        private static bool IsReference(SyntaxNode node)
        {
            return node is SimpleNameSyntax || node is PredefinedTypeSyntax || node is BaseObjectCreationExpressionSyntax
                || node is ElementAccessExpressionSyntax || node is AttributeSyntax || node is ConstructorInitializerSyntax
                || node is BinaryExpressionSyntax || node is PrefixUnaryExpressionSyntax;
        }

        private static bool IsChecked(ISymbol symbol)
        {
            switch (symbol.Kind)
            {
                case SymbolKind.NamedType:
                case SymbolKind.Method:
                case SymbolKind.Property:
                case SymbolKind.Field:
                case SymbolKind.Event:
                    return true;
                default:
                    return false;
            }
        }

        private void CheckSymbol(ISymbol symbol, IAssemblySymbol own, string file, int line, List<GateViolation> found)
        {
            if (symbol is IMethodSymbol method)
            {
                if (method.MethodKind == MethodKind.BuiltinOperator || method.MethodKind == MethodKind.LocalFunction || method.MethodKind == MethodKind.AnonymousFunction)
                {
                    return;
                }

                if (method.ReducedFrom != null)
                {
                    symbol = method = method.ReducedFrom;
                }

                if (method.IsGenericMethod)
                {
                    found.Add(new GateViolation(file, line, GateRule.GenericUsed, "generic method " + method.ToDisplayString()));
                }
            }

            INamedTypeSymbol type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
            if (type != null && (type.IsGenericType || type.IsTupleType))
            {
                found.Add(new GateViolation(file, line, GateRule.GenericUsed, "generic type " + type.ToDisplayString()));
                return;
            }

            if (SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, own) || symbol.ContainingAssembly == null)
            {
                return;
            }

            string id = NanoId(symbol);
            if (id.StartsWith("M:System.Linq.") || id.StartsWith("T:System.Linq."))
            {
                found.Add(new GateViolation(file, line, GateRule.Linq, id));
            }
            else if (id == "P:System.DateTime.Now")
            {
                found.Add(new GateViolation(file, line, GateRule.DateTimeNow, id));
            }
            else if (id.StartsWith("M:System.String.Join("))
            {
                found.Add(new GateViolation(file, line, GateRule.StringJoin, id));
            }
            else if (id.StartsWith("M:System.Enum.GetValues("))
            {
                found.Add(new GateViolation(file, line, GateRule.EnumGetValues, id));
            }
            else if (id == "M:System.Enum.ToString")
            {
                found.Add(new GateViolation(file, line, GateRule.EnumToStringForText, "enum ToString() gives a number on the device"));
            }
            else if (!_allowlist.Contains(id))
            {
                Missing.Add(id);
                found.Add(new GateViolation(file, line, GateRule.NotInAllowlist, id));
            }
        }

        /// <summary>The symbol's documentation-comment ID under its nanoFramework name.</summary>
        public static string NanoId(ISymbol symbol)
        {
            string id = symbol.OriginalDefinition.GetDocumentationCommentId() ?? symbol.ToDisplayString();
            return id.Replace(MsTestNamespace, NanoTestNamespace);
        }

        private static void CheckEnumText(SemanticModel model, SyntaxNode node, string file, int line, List<GateViolation> found)
        {
            ExpressionSyntax operand = null;
            if (node is InterpolationSyntax interpolation)
            {
                operand = interpolation.Expression;
            }
            else if (node is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
            {
                ITypeSymbol left = model.GetTypeInfo(binary.Left).Type;
                ITypeSymbol right = model.GetTypeInfo(binary.Right).Type;
                if (left?.SpecialType == SpecialType.System_String)
                {
                    operand = binary.Right;
                }
                else if (right?.SpecialType == SpecialType.System_String)
                {
                    operand = binary.Left;
                }
            }

            if (operand != null && model.GetTypeInfo(operand).Type?.TypeKind == TypeKind.Enum)
            {
                found.Add(new GateViolation(file, line, GateRule.EnumToStringForText, "enum " + operand + " turned into text"));
            }
        }
    }
}
