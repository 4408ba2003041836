namespace MpoProbe.Core
{
    /// <summary>End-to-end polarity templates (TIA-568 types and the two-row variants).</summary>
    public enum PolarityType
    {
        /// <summary>Type A: position i arrives at i.</summary>
        TypeA = 0,

        /// <summary>Type B: one row, i arrives at N + 1 − i.</summary>
        TypeB = 1,

        /// <summary>Type C: pairs flipped, 1↔2, 3↔4, … (within each row).</summary>
        TypeC = 2,

        /// <summary>Type B on two rows as a mirror inside each row (j = 13 − i for 12 per row, 17 − i for 16).</summary>
        TypeBRowMirror = 3,

        /// <summary>Type B on two rows as a full rotation, j = N + 1 − i (rows swapped and mirrored).</summary>
        TypeBFullRotation = 4,

        /// <summary>Rows swapped, same column: row 1 ↔ row 2.</summary>
        RowSwap = 5
    }
}
