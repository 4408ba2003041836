namespace MpoProbe.Core
{
    /// <summary>What the one button said.</summary>
    public enum ButtonEvent
    {
        /// <summary>Nothing yet.</summary>
        None = 0,

        /// <summary>Pressed and released before the long-press time: advance to the obvious next step.</summary>
        ShortPress = 1,

        /// <summary>Held for the long-press time: open the menu or confirm.</summary>
        LongPress = 2
    }
}
