using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MpoProbe.Tests.Gate
{
    /// <summary>
    /// On the nanoFramework interpreter a NaN operand makes <c>&gt;</c> and <c>&gt;=</c> true and
    /// two infinities compare equal (docs/device-rules.md §5). The Core and the Simulation therefore
    /// never make such a value: an absent value is a flag, a mask or a count, and a logarithm's
    /// input is checked first. The rule is exact: every expression whose compile-time constant is a
    /// NaN or an infinity (<c>double.NaN</c>, <c>double.PositiveInfinity</c>,
    /// <c>double.NegativeInfinity</c>, their <c>float</c> twins, a constant that holds one, or a
    /// folded <c>0.0 / 0.0</c>) fails, naming file and line. Tests are not checked: they feed
    /// such values to the guards on external input on purpose. Nothing is allow-listed.
    /// </summary>
    public static class NonFiniteRule
    {
        /// <summary>True for a source the rule applies to (not a test source).</summary>
        public static bool Applies(string file)
        {
            string path = file.Replace('\\', '/');
            return !path.StartsWith("tests/", StringComparison.Ordinal);
        }

        /// <summary>Adds a violation for every outermost expression whose constant value is NaN or an infinity.</summary>
        public static void Check(SemanticModel model, string file, List<GateViolation> found)
        {
            foreach (ExpressionSyntax expression in model.SyntaxTree.GetRoot().DescendantNodes().OfType<ExpressionSyntax>())
            {
                if (!NonFinite(model, expression) || (expression.Parent is ExpressionSyntax parent && NonFinite(model, parent)))
                {
                    continue;
                }

                int line = expression.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                found.Add(new GateViolation(file, line, GateRule.NonFiniteValue, expression + " is NaN or an infinity: in the Core and the Simulation an absent value is a flag, a mask or a count (docs/device-rules.md §5)"));
            }
        }

        private static bool NonFinite(SemanticModel model, ExpressionSyntax expression)
        {
            Optional<object> value = model.GetConstantValue(expression);
            if (value.HasValue && NonFinite(value.Value))
            {
                return true;
            }

            // A name of a constant field that holds one, however the expression around it binds.
            return model.GetSymbolInfo(expression).Symbol is IFieldSymbol field && field.HasConstantValue && NonFinite(field.ConstantValue);
        }

        private static bool NonFinite(object value)
        {
            return (value is double d && !double.IsFinite(d)) || (value is float f && !float.IsFinite(f));
        }
    }
}
