namespace MpoProbe.Core
{
    /// <summary>What a drawn element is, for the layout check (<see cref="LayoutCheck"/>).</summary>
    public enum ElementKind
    {
        /// <summary>A line of text: must fit the screen and touch no other text or graphic.</summary>
        Text = 0,

        /// <summary>A bar, frame, line, tick or dot: must fit the screen; graphics may overlap each other.</summary>
        Graphic = 1,

        /// <summary>A highlight drawn under text (the menu's inverted bar): may lie under text.</summary>
        Backdrop = 2,

        /// <summary>Text a wrapped block had no line left for: always a layout problem.</summary>
        Dropped = 3
    }
}
