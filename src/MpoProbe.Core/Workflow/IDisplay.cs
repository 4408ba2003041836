namespace MpoProbe.Core
{
    /// <summary>The 128×64 OLED: shows a finished frame. May throw when the bus fails; the workflow survives that.</summary>
    public interface IDisplay
    {
        /// <summary>Sends the frame's bytes to the panel.</summary>
        void Show(Framebuffer frame);
    }
}
