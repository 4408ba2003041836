using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MpoProbe.Tests.Gate
{
    /// <summary>The rules that need only the syntax tree; they also cover #if NANOFRAMEWORK_1_0 branches and firmware code.</summary>
    public static class SyntaxRules
    {
        public static void Check(SyntaxTree tree, string file, List<GateViolation> found)
        {
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
            {
                GateRule? rule = RuleFor(node, out string detail);
                if (rule.HasValue)
                {
                    int line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    found.Add(new GateViolation(file, line, rule.Value, detail));
                }
            }

            foreach (SyntaxToken token in tree.GetRoot().DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.AsyncKeyword) && token.Parent is not IdentifierNameSyntax)
                {
                    found.Add(new GateViolation(file, token.GetLocation().GetLineSpan().StartLinePosition.Line + 1, GateRule.AsyncAwait, "async modifier"));
                }
            }
        }

        private static GateRule? RuleFor(SyntaxNode node, out string detail)
        {
            detail = node.ToString();
            if (detail.Length > 80)
            {
                detail = detail.Substring(0, 80) + "…";
            }

            switch (node)
            {
                case TypeParameterListSyntax:
                    return GateRule.GenericDeclared;
                case GenericNameSyntax:
                    return GateRule.GenericUsed;
                case QueryExpressionSyntax:
                    return GateRule.Linq;
                case UsingDirectiveSyntax u when u.Name != null && u.Name.ToString().StartsWith("System.Linq"):
                    return GateRule.Linq;
                case AwaitExpressionSyntax:
                    return GateRule.AsyncAwait;
                case TupleTypeSyntax:
                case TupleExpressionSyntax:
                case ParenthesizedVariableDesignationSyntax:
                    return GateRule.Tuple;
                case NullableTypeSyntax:
                    return GateRule.NullableValueType;
                case RecordDeclarationSyntax:
                    return GateRule.Record;
                case RangeExpressionSyntax:
                    return GateRule.RangeOrIndex;
                case PrefixUnaryExpressionSyntax p when p.IsKind(SyntaxKind.IndexExpression):
                    return GateRule.RangeOrIndex;
                case ArrayRankSpecifierSyntax a when a.Rank > 1:
                    return GateRule.MultiDimensionalArray;
                case MemberAccessExpressionSyntax m:
                    return MemberRule(m);
                default:
                    return null;
            }
        }

        private static GateRule? MemberRule(MemberAccessExpressionSyntax m)
        {
            string target = m.Expression.ToString();
            string name = m.Name.Identifier.Text;
            if ((target == "DateTime" || target == "System.DateTime") && name == "Now")
            {
                return GateRule.DateTimeNow;
            }

            if ((target == "string" || target == "String" || target == "System.String") && name == "Join")
            {
                return GateRule.StringJoin;
            }

            if ((target == "Enum" || target == "System.Enum") && name == "GetValues")
            {
                return GateRule.EnumGetValues;
            }

            return null;
        }
    }
}
