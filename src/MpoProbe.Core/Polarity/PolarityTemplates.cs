using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The templates that apply to a layout and the end-to-end map each one predicts. One row:
    /// A, B, C. Two rows: A, C, B as a row mirror, B as a full rotation, and a row swap (sources
    /// disagree on two-row type B, so both are tried; shared/domain.md, "Polarity").
    /// </summary>
    public static class PolarityTemplates
    {
        private static readonly PolarityType[] OneRow = { PolarityType.TypeA, PolarityType.TypeB, PolarityType.TypeC };

        private static readonly PolarityType[] TwoRows =
        {
            PolarityType.TypeA, PolarityType.TypeC, PolarityType.TypeBRowMirror, PolarityType.TypeBFullRotation, PolarityType.RowSwap
        };

        /// <summary>Templates tried for a layout (a tie between two is an unknown mapping, <see cref="PolarityResult.IsKnown"/>).</summary>
        public static PolarityType[] For(MpoLayout layout)
        {
            return layout.Rows == 1 ? OneRow : TwoRows;
        }

        /// <summary>True when the template is defined for the layout.</summary>
        public static bool Applies(PolarityType type, MpoLayout layout)
        {
            PolarityType[] all = For(layout);
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i] == type)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The expectation to keep when the layout becomes <paramref name="layout"/>: <paramref name="type"/>
        /// where it applies; a two-row form of B becomes one-row Type B; anything else Type A, since
        /// two-row B is ambiguous (row mirror or full rotation) and must be chosen by name.
        /// </summary>
        public static PolarityType Fitting(PolarityType type, MpoLayout layout)
        {
            if (Applies(type, layout))
            {
                return type;
            }

            bool bForm = type == PolarityType.TypeBRowMirror || type == PolarityType.TypeBFullRotation;
            return bForm && Applies(PolarityType.TypeB, layout) ? PolarityType.TypeB : PolarityType.TypeA;
        }

        /// <summary>The <c>set polarity</c> words of the templates that apply to <paramref name="layout"/>.</summary>
        public static string Words(MpoLayout layout)
        {
            return layout.Rows == 1 ? "a, b or c" : "a, c, b-row, b-rot or row-swap";
        }

        /// <summary>Receive position (1-based) where source fiber <paramref name="fiber"/> arrives under the template.</summary>
        public static int Destination(PolarityType type, MpoLayout layout, int fiber)
        {
            int n = layout.PositionCount;
            int perRow = layout.PositionsPerRow;
            int row = layout.RowOf(fiber) - 1;
            int col = layout.ColumnOf(fiber);
            switch (type)
            {
                case PolarityType.TypeA:
                    return fiber;
                case PolarityType.TypeB:
                case PolarityType.TypeBFullRotation:
                    return n + 1 - fiber;
                case PolarityType.TypeC:
                    return (col % 2) == 1 ? fiber + 1 : fiber - 1;
                case PolarityType.TypeBRowMirror:
                    return (row * perRow) + (perRow + 1 - col);
                case PolarityType.RowSwap:
                    return layout.Rows == 2 ? (row == 0 ? fiber + perRow : fiber - perRow) : fiber;
                default:
                    throw new ArgumentOutOfRangeException("type", "unknown polarity template " + ((int)type).ToString());
            }
        }

        /// <summary>Fills <paramref name="sourceAt"/> (index = receive position − 1) with the fiber each used position should receive, 0 for dark positions.</summary>
        public static void ExpectedSources(PolarityType type, MpoLayout layout, int[] sourceAt)
        {
            for (int j = 0; j < layout.PositionCount; j++)
            {
                sourceAt[j] = 0;
            }

            for (int fiber = 1; fiber <= layout.PositionCount; fiber++)
            {
                if (layout.IsUsed(fiber))
                {
                    sourceAt[Destination(type, layout, fiber) - 1] = fiber;
                }
            }
        }

        /// <summary>Display name, e.g. "Type B (row mirror)".</summary>
        public static string Name(PolarityType type)
        {
            switch (type)
            {
                case PolarityType.TypeA: return "Type A";
                case PolarityType.TypeB: return "Type B";
                case PolarityType.TypeC: return "Type C";
                case PolarityType.TypeBRowMirror: return "Type B (row mirror)";
                case PolarityType.TypeBFullRotation: return "Type B (full rotation)";
                case PolarityType.RowSwap: return "row swap";
                default: return "unknown";
            }
        }
    }
}
