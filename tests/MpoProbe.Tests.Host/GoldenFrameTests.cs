using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Every screen's framebuffer bytes equal the checked-in golden file. After an intended change,
    /// regenerate with <c>dotnet run --project src/MpoProbe.Simulator -- --golden tests/golden</c>
    /// and look at the PNGs before committing them.
    /// </summary>
    [TestClass]
    public class GoldenFrameTests
    {
        private static string Folder => Path.Combine(RepoPaths.Root, "tests", "golden");

        [TestMethod]
        public void EveryScreenMatchesItsGoldenFrame()
        {
            var fb = new Framebuffer();
            var differing = new System.Collections.Generic.List<string>();
            foreach (string name in ScreenGallery.Names)
            {
                string file = Path.Combine(Folder, name + ".hex");
                Assert.IsTrue(File.Exists(file), "golden frame missing: " + file);
                Assert.IsTrue(File.Exists(Path.ChangeExtension(file, ".png")), "picture missing for " + name);
                byte[] golden = Convert.FromHexString(string.Concat(File.ReadAllLines(file)));
                Assert.AreEqual(Framebuffer.Size, golden.Length, name + ": golden size");
                ScreenGallery.Render(name, fb);
                Assert.IsTrue(fb.Bytes.Any(b => b != 0), name + " renders something");
                int diff = golden.Where((b, i) => b != fb.Bytes[i]).Count();
                if (diff > 0)
                {
                    differing.Add(name + " (" + diff + " bytes)");
                }
            }

            Assert.IsTrue(differing.Count == 0, "frames differ from tests/golden: " + string.Join(", ", differing)
                + ". If intended: dotnet run --project src/MpoProbe.Simulator -- --golden tests/golden, check the PNGs, commit.");
            Assert.AreEqual(ScreenGallery.Names.Length * 2, Directory.GetFiles(Folder).Length, "no stale files in tests/golden");
        }

        [TestMethod]
        public void FramebufferUsesSsd1306PageLayout()
        {
            var fb = new Framebuffer();
            fb.Set(5, 0, true);
            fb.Set(5, 9, true);
            fb.Set(127, 63, true);
            Assert.AreEqual(0x01, fb.Bytes[5], "page 0, x 5, bit 0");
            Assert.AreEqual(0x02, fb.Bytes[128 + 5], "page 1, x 5, bit 1");
            Assert.AreEqual(0x80, fb.Bytes[(7 * 128) + 127], "page 7, x 127, bit 7");
            fb.Set(200, 200, true);
            Assert.AreEqual(3, fb.Bytes.Count(b => b != 0), "outside the screen is ignored");
        }

        [TestMethod]
        public void FontDrawsDistinctGlyphs()
        {
            var seen = new System.Collections.Generic.HashSet<string>();
            for (char c = ' '; c <= '_'; c++)
            {
                string columns = string.Concat(Enumerable.Range(0, Font5x7.GlyphWidth).Select(i => Font5x7.Column(c, i).ToString("X2")));
                Assert.IsTrue(seen.Add(columns) || c == ' ', "glyph for '" + c + "' duplicates another");
            }

            Assert.AreEqual(Font5x7.Column('A', 0), Font5x7.Column('a', 0), "lower case shows as upper case");
            Assert.AreEqual(Font5x7.Column('?', 2), Font5x7.Column('~', 2), "unknown characters show as '?'");
        }
    }
}
