namespace MpoProbe.Core
{
    /// <summary>The MPO connector layouts the probe knows; the value is the fiber count.</summary>
    public enum LayoutId
    {
        /// <summary>1 × 12 ferrule, positions 1–4 and 9–12 used, 5–8 dark by design.</summary>
        Mpo8 = 8,

        /// <summary>1 × 12, all positions used.</summary>
        Mpo12 = 12,

        /// <summary>1 × 16, all positions used (offset key).</summary>
        Mpo16 = 16,

        /// <summary>2 × 12: row 1 = positions 1–12, row 2 = 13–24.</summary>
        Mpo24 = 24,

        /// <summary>2 × 16: row 1 = positions 1–16, row 2 = 17–32.</summary>
        Mpo32 = 32
    }
}
