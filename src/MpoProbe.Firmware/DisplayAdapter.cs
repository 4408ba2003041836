using System.Device.I2c;
using Iot.Device.Ssd13xx;
using MpoProbe.Core;

namespace MpoProbe.Firmware
{
    /// <summary>
    /// The SSD1306 over I2C. The binding keeps its own page-layout buffer, the same layout as
    /// Core's framebuffer: every pixel is copied, then <c>Display()</c> sends the pages.
    /// Exceptions from the bus reach the workflow, which logs them once and carries on.
    /// </summary>
    public sealed class DisplayAdapter : IDisplay
    {
        private readonly Ssd1306 _oled;

        /// <summary>Opens the display on I2C bus 1 at <see cref="Pins.DisplayAddress"/>.</summary>
        public DisplayAdapter()
        {
            I2cDevice device = I2cDevice.Create(new I2cConnectionSettings(1, Pins.DisplayAddress));
            _oled = new Ssd1306(device, Ssd13xx.DisplayResolution.OLED128x64);
        }

        /// <inheritdoc />
        public void Show(Framebuffer frame)
        {
            for (int y = 0; y < Framebuffer.Height; y++)
            {
                for (int x = 0; x < Framebuffer.Width; x++)
                {
                    _oled.DrawPixel(x, y, frame.Get(x, y));
                }
            }

            _oled.Display();
        }
    }
}
