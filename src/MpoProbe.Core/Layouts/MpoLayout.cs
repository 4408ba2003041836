using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Geometry of one MPO layout: rows, positions per row, which positions carry fibers.
    /// Positions are numbered from 1 as on the connector (white dot = position 1).
    /// </summary>
    public sealed class MpoLayout
    {
        /// <summary>Largest position count of any layout (MPO-32).</summary>
        public const int MaxPositions = 32;

        /// <summary>MPO-8: 1 × 12 ferrule with positions 5–8 dark by design.</summary>
        public static readonly MpoLayout Mpo8 = new MpoLayout(LayoutId.Mpo8, "MPO-8", 1, 12, 0x00000F0Fu);

        /// <summary>MPO-12: 1 × 12.</summary>
        public static readonly MpoLayout Mpo12 = new MpoLayout(LayoutId.Mpo12, "MPO-12", 1, 12, 0x00000FFFu);

        /// <summary>MPO-16: 1 × 16.</summary>
        public static readonly MpoLayout Mpo16 = new MpoLayout(LayoutId.Mpo16, "MPO-16", 1, 16, 0x0000FFFFu);

        /// <summary>MPO-24: 2 × 12.</summary>
        public static readonly MpoLayout Mpo24 = new MpoLayout(LayoutId.Mpo24, "MPO-24", 2, 12, 0x00FFFFFFu);

        /// <summary>MPO-32: 2 × 16.</summary>
        public static readonly MpoLayout Mpo32 = new MpoLayout(LayoutId.Mpo32, "MPO-32", 2, 16, 0xFFFFFFFFu);

        private MpoLayout(LayoutId id, string name, int rows, int positionsPerRow, uint usedMask)
        {
            Id = id;
            Name = name;
            Rows = rows;
            PositionsPerRow = positionsPerRow;
            UsedMask = usedMask;
            UsedCount = PositionMask.Count(usedMask);
        }

        /// <summary>Which layout this is.</summary>
        public LayoutId Id { get; }

        /// <summary>Display name, e.g. "MPO-24".</summary>
        public string Name { get; }

        /// <summary>Fiber rows in the ferrule (1 or 2).</summary>
        public int Rows { get; }

        /// <summary>Positions in each row (12 or 16).</summary>
        public int PositionsPerRow { get; }

        /// <summary>All positions of the ferrule, used or dark (Rows × PositionsPerRow).</summary>
        public int PositionCount => Rows * PositionsPerRow;

        /// <summary>Positions that carry a fiber.</summary>
        public int UsedCount { get; }

        /// <summary>Bit p−1 is set when position p carries a fiber.</summary>
        public uint UsedMask { get; }

        /// <summary>Returns the layout for <paramref name="id"/>.</summary>
        public static MpoLayout FromId(LayoutId id)
        {
            switch (id)
            {
                case LayoutId.Mpo8: return Mpo8;
                case LayoutId.Mpo12: return Mpo12;
                case LayoutId.Mpo16: return Mpo16;
                case LayoutId.Mpo24: return Mpo24;
                case LayoutId.Mpo32: return Mpo32;
                default: throw new ArgumentOutOfRangeException("id", "unknown layout " + ((int)id).ToString());
            }
        }

        /// <summary>True when position <paramref name="position"/> (1-based) carries a fiber.</summary>
        public bool IsUsed(int position)
        {
            CheckPosition(position);
            return PositionMask.Contains(UsedMask, position);
        }

        /// <summary>Row (1-based) of a position.</summary>
        public int RowOf(int position)
        {
            CheckPosition(position);
            return ((position - 1) / PositionsPerRow) + 1;
        }

        /// <summary>Column (1-based, left to right with the key up) of a position.</summary>
        public int ColumnOf(int position)
        {
            CheckPosition(position);
            return ((position - 1) % PositionsPerRow) + 1;
        }

        /// <summary>
        /// True when two positions sit next to each other on the ferrule: the same row and
        /// columns one apart, or the same column in the two rows. A particle on the endface
        /// often covers such neighbours.
        /// </summary>
        public bool AreNeighbours(int a, int b)
        {
            int rowA = RowOf(a);
            int rowB = RowOf(b);
            int colA = ColumnOf(a);
            int colB = ColumnOf(b);
            if (rowA == rowB)
            {
                return colA - colB == 1 || colB - colA == 1;
            }

            return colA == colB;
        }

        /// <summary>Bit mask of the ferrule neighbours of a position (see <see cref="AreNeighbours"/>).</summary>
        public uint NeighbourMask(int position)
        {
            CheckPosition(position);
            uint mask = 0;
            int col = ColumnOf(position);
            int row = RowOf(position);
            if (col > 1)
            {
                mask = PositionMask.With(mask, position - 1);
            }

            if (col < PositionsPerRow)
            {
                mask = PositionMask.With(mask, position + 1);
            }

            if (row > 1)
            {
                mask = PositionMask.With(mask, position - PositionsPerRow);
            }

            if (row < Rows)
            {
                mask = PositionMask.With(mask, position + PositionsPerRow);
            }

            return mask;
        }

        private void CheckPosition(int position)
        {
            if (position < 1 || position > PositionCount)
            {
                throw new ArgumentOutOfRangeException(
                    "position",
                    "position " + position.ToString() + " is outside " + Name + " (1.." + PositionCount.ToString() + ")");
            }
        }
    }
}
