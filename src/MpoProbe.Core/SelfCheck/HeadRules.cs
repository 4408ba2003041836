namespace MpoProbe.Core
{
    /// <summary>
    /// Which layouts a fitted head can measure. The head's ID resistor tells its positions
    /// (<see cref="HeadIdentification"/>): a 12-position head measures MPO-12 and MPO-8 (SR4
    /// parallel optics use positions 1–4 and 9–12 of the same 12-fiber ferrule); 16, 24 and 32
    /// measure only their own layout (MPO-16's offset key does not mate with MPO-12/24).
    /// </summary>
    public static class HeadRules
    {
        /// <summary>True when a head of <paramref name="headPositions"/> can measure <paramref name="layout"/>.</summary>
        public static bool Fits(int headPositions, LayoutId layout)
        {
            switch (headPositions)
            {
                case 12: return layout == LayoutId.Mpo12 || layout == LayoutId.Mpo8;
                case 16: return layout == LayoutId.Mpo16;
                case 24: return layout == LayoutId.Mpo24;
                case 32: return layout == LayoutId.Mpo32;
                default: return false;
            }
        }

        /// <summary>
        /// The layout to use with a head: <paramref name="current"/> when the head fits it (so MPO-8
        /// stays MPO-8 on a 12 head), else the head's own layout; <paramref name="current"/> for no head.
        /// </summary>
        public static MpoLayout LayoutFor(int headPositions, MpoLayout current)
        {
            if (current != null && Fits(headPositions, current.Id))
            {
                return current;
            }

            switch (headPositions)
            {
                case 12: return MpoLayout.Mpo12;
                case 16: return MpoLayout.Mpo16;
                case 24: return MpoLayout.Mpo24;
                case 32: return MpoLayout.Mpo32;
                default: return current;
            }
        }

        /// <summary>The head a layout needs (12 for MPO-8 and MPO-12).</summary>
        public static int HeadFor(LayoutId layout)
        {
            switch (layout)
            {
                case LayoutId.Mpo16: return 16;
                case LayoutId.Mpo24: return 24;
                case LayoutId.Mpo32: return 32;
                default: return 12;
            }
        }
    }
}
