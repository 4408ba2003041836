using System;
using System.IO;
using System.Text;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// Writes every screen of <see cref="ScreenGallery"/> as <c>NAME.hex</c> (the framebuffer,
    /// one line of hex per SSD1306 page: what the golden-frame test compares) and <c>NAME.png</c>
    /// (4× scaled, for a reviewer).
    /// </summary>
    public static class GoldenFrames
    {
        /// <summary>The hex text of a framebuffer: 8 lines of 256 hex digits.</summary>
        public static string ToHex(Framebuffer fb)
        {
            var text = new StringBuilder();
            for (int page = 0; page < Framebuffer.Height / 8; page++)
            {
                text.Append(Convert.ToHexString(fb.Bytes, page * Framebuffer.Width, Framebuffer.Width)).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>Regenerates the files in <paramref name="folder"/>; returns how many frames were written.</summary>
        public static int Write(string folder, TextWriter log)
        {
            Directory.CreateDirectory(folder);
            var fb = new Framebuffer();
            foreach (string name in ScreenGallery.Names)
            {
                ScreenGallery.Render(name, fb);
                File.WriteAllText(Path.Combine(folder, name + ".hex"), ToHex(fb));
                File.WriteAllBytes(Path.Combine(folder, name + ".png"), PngWriter.Encode(fb, 4));
                log.WriteLine("wrote " + Path.Combine(folder, name) + ".hex/.png");
            }

            return ScreenGallery.Names.Length;
        }
    }
}
