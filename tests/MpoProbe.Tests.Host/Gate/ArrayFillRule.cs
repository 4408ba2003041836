using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MpoProbe.Tests.Gate
{
    /// <summary>
    /// On the nanoFramework interpreter the elements of a fresh <c>new string[n]</c> (or any
    /// reference-type array) are not plain nulls until assigned: comparing one crashes the
    /// runtime or compares wrong (docs/device-rules.md). The rule: an array of a reference type
    /// created without an initializer is stored in a local or field and filled right where it
    /// is made — in the same method after the creation, or, for a field initializer, in every
    /// constructor that does not chain to another — by a loop
    /// <c>for (int i = 0; i &lt; a.Length; i++) { a[i] = …; }</c> (the bound may also be the size
    /// expression of the creation) whose body assigns <c>a[i]</c> unconditionally.
    /// </summary>
    public static class ArrayFillRule
    {
        /// <summary>Adds a violation for every reference-type array that is not filled that way.</summary>
        public static void Check(SemanticModel model, string file, List<GateViolation> found)
        {
            foreach (ArrayCreationExpressionSyntax creation in model.SyntaxTree.GetRoot().DescendantNodes().OfType<ArrayCreationExpressionSyntax>())
            {
                if (creation.Initializer != null || !(model.GetTypeInfo(creation).Type is IArrayTypeSymbol array) || !array.ElementType.IsReferenceType)
                {
                    continue;
                }

                string problem = Problem(model, creation);
                if (problem != null)
                {
                    int line = creation.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    found.Add(new GateViolation(file, line, GateRule.UnfilledReferenceArray, creation + ": " + problem));
                }
            }
        }

        /// <summary>
        /// Adds a violation for every null or default element of a reference-type array
        /// initializer: the compiler emits no store for a default element, so it stays
        /// unassigned, and on the interpreter an unassigned element is not null.
        /// </summary>
        public static void CheckInitializers(SemanticModel model, string file, List<GateViolation> found)
        {
            foreach (InitializerExpressionSyntax init in model.SyntaxTree.GetRoot().DescendantNodes().OfType<InitializerExpressionSyntax>().Where(i => i.IsKind(SyntaxKind.ArrayInitializerExpression)))
            {
                ITypeSymbol type = init.Parent is ArrayCreationExpressionSyntax || init.Parent is ImplicitArrayCreationExpressionSyntax
                    ? model.GetTypeInfo(init.Parent).Type : model.GetTypeInfo(init).ConvertedType;
                if (!(type is IArrayTypeSymbol array) || !array.ElementType.IsReferenceType)
                {
                    continue;
                }

                for (int i = 0; i < init.Expressions.Count; i++)
                {
                    ExpressionSyntax element = init.Expressions[i];
                    Optional<object> constant = model.GetConstantValue(element);
                    if ((constant.HasValue && constant.Value == null) || element.IsKind(SyntaxKind.DefaultLiteralExpression) || element.IsKind(SyntaxKind.DefaultExpression))
                    {
                        int line = element.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        found.Add(new GateViolation(file, line, GateRule.UnfilledReferenceArray, "element " + i + " of a " + array.ToDisplayString()
                            + " initializer is " + element + ": the compiler emits no store for it and the interpreter's unassigned element is not null; assign it explicitly"));
                    }
                }
            }
        }

        private static string Problem(SemanticModel model, ArrayCreationExpressionSyntax creation)
        {
            ISymbol target = Target(model, creation);
            if (target == null)
            {
                return "store it in a local or field and fill every element before use";
            }

            string size = creation.Type.RankSpecifiers[0].Sizes[0].ToString();
            if (creation.Parent is EqualsValueClauseSyntax && creation.Parent.Parent?.Parent?.Parent is FieldDeclarationSyntax field)
            {
                var type = (TypeDeclarationSyntax)field.Parent;
                bool isStatic = field.Modifiers.Any(SyntaxKind.StaticKeyword);
                var constructors = type.Members.OfType<ConstructorDeclarationSyntax>()
                    .Where(c => c.Modifiers.Any(SyntaxKind.StaticKeyword) == isStatic)
                    .Where(c => c.Initializer == null || !c.Initializer.IsKind(SyntaxKind.ThisConstructorInitializer))
                    .ToList();
                if (constructors.Count == 0 || !constructors.All(c => HasFillLoop(model, c, target, size, 0)))
                {
                    return "fill every element in " + (isStatic ? "the static constructor" : "each constructor") + " (for (int i = 0; i < " + target.Name + ".Length; i++) { " + target.Name + "[i] = …; })";
                }

                return null;
            }

            SyntaxNode body = creation.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax || a is AccessorDeclarationSyntax || a is LocalFunctionStatementSyntax || a is AnonymousFunctionExpressionSyntax);
            if (body == null || !HasFillLoop(model, body, target, size, creation.SpanStart))
            {
                return "fill every element right after creating it (for (int i = 0; i < " + target.Name + ".Length; i++) { " + target.Name + "[i] = …; })";
            }

            return null;
        }

        private static ISymbol Target(SemanticModel model, ArrayCreationExpressionSyntax creation)
        {
            if (creation.Parent is EqualsValueClauseSyntax && creation.Parent.Parent is VariableDeclaratorSyntax declarator)
            {
                return model.GetDeclaredSymbol(declarator);
            }

            if (creation.Parent is AssignmentExpressionSyntax assignment && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right == creation)
            {
                ISymbol symbol = model.GetSymbolInfo(assignment.Left).Symbol;
                return symbol is IFieldSymbol || symbol is ILocalSymbol ? symbol : null;
            }

            return null;
        }

        private static bool HasFillLoop(SemanticModel model, SyntaxNode body, ISymbol target, string size, int after)
        {
            foreach (ForStatementSyntax loop in body.DescendantNodes().OfType<ForStatementSyntax>().Where(f => f.SpanStart > after))
            {
                VariableDeclaratorSyntax index = loop.Declaration?.Variables.Count == 1 ? loop.Declaration.Variables[0] : null;
                if (index?.Initializer?.Value.ToString() != "0" || !(loop.Condition is BinaryExpressionSyntax condition) || !condition.IsKind(SyntaxKind.LessThanExpression)
                    || condition.Left.ToString() != index.Identifier.Text || !IsBound(model, condition.Right, target, size)
                    || loop.Incrementors.Count != 1 || loop.Incrementors[0].ToString().Replace("++", "") != index.Identifier.Text)
                {
                    continue;
                }

                IEnumerable<StatementSyntax> statements = loop.Statement is BlockSyntax block ? block.Statements : new[] { loop.Statement };
                if (statements.OfType<ExpressionStatementSyntax>().Any(s => AssignsElement(model, s.Expression, target, index.Identifier.Text)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsBound(SemanticModel model, ExpressionSyntax bound, ISymbol target, string size)
        {
            if (bound.ToString() == size)
            {
                return true;
            }

            return bound is MemberAccessExpressionSyntax access && access.Name.Identifier.Text == "Length"
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(access.Expression).Symbol, target);
        }

        private static bool AssignsElement(SemanticModel model, ExpressionSyntax expression, ISymbol target, string index)
        {
            return expression is AssignmentExpressionSyntax assignment && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                && assignment.Left is ElementAccessExpressionSyntax element && element.ArgumentList.Arguments.Count == 1
                && element.ArgumentList.Arguments[0].Expression.ToString() == index
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(element.Expression).Symbol, target);
        }
    }
}
