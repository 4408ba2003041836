using System;
using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>Every screen fits: no clipped, cut or overlapping text, checked by <see cref="LayoutCheck"/>.</summary>
    [TestClass]
    public class ScreenLayoutTests
    {
#if NANOFRAMEWORK_1_0
        private const int GeneratedStates = 60;
#else
        private const int GeneratedStates = 600;
#endif

        [TestMethod]
        public void TheGapRuleCatchesTextsThatReadAsOneWord()
        {
            // The result header as it was drawn before issue 27: "PASS*" at double size, "MPO-16" 4 px after it.
            Framebuffer fb = new Framebuffer();
            fb.Clear();
            fb.Text(0, 0, "PASS*", 2);
            fb.Text(62, 0, "MPO-16 850", 1);
            string found = LayoutCheck.Describe(fb);
            Check.Contains("too close: 'PASS*'", found, "PASS*MPO-16 is caught");
            Check.Contains("'MPO-16 850' at (62,0", found, "naming both texts");
            fb.Clear();
            fb.Text(0, 0, "PASS*", 2);
            fb.Text(58 + LayoutCheck.MinGapPx, 0, "MPO-16 850", 1);
            Check.Equal(string.Empty, LayoutCheck.Describe(fb), "one character cell apart reads as two words");
        }

        [TestMethod]
        public void EveryGalleryScreenFits()
        {
            Framebuffer fb = new Framebuffer();
            string problems = string.Empty;
            for (int i = 0; i < ScreenGallery.Names.Length; i++)
            {
                ScreenGallery.Render(ScreenGallery.Names[i], fb);
                string found = LayoutCheck.Describe(fb);
                problems += found.Length == 0 ? string.Empty : ScreenGallery.Names[i] + ": " + found;
            }

            Check.Equal(string.Empty, problems, "gallery screens that do not fit");
        }

        [TestMethod]
        public void GeneratedStatesFit()
        {
            Framebuffer fb = new Framebuffer();
            int bad = 0;
            int elements = 0;
            string first = string.Empty;
            for (int i = 0; i < GeneratedStates; i++)
            {
                string name = ScreenStates.Draw(i, fb);
                elements += fb.ElementCount;
                int problems = LayoutCheck.Count(fb);
                if (problems > 0 && first.Length < 1500)
                {
                    first += "state " + i.ToString() + " (" + name + "): " + LayoutCheck.Describe(fb);
                }

                bad += problems > 0 ? 1 : 0;
            }

            Check.Equal(0, bad, "states with clipped, cut or overlapping elements; first: " + first);
            Check.True(elements > GeneratedStates * 10, "states draw their elements (" + elements.ToString() + ")");
        }

        [TestMethod]
        public void SeededOverlongLabelIsCaught()
        {
            Framebuffer fb = new Framebuffer();
            Screens screens = new Screens(fb);
            screens.Menu(new string[] { "SET REFERENCE", "LIMIT: CUSTOM 20.00 DB", "EXIT" }, 0);
            Check.Contains("clipped: 'LIMIT: CUSTOM 20.00 DB'", LayoutCheck.Describe(fb), "a menu label past the right edge");
            screens.Error("FAULT", "FRONT END: POSITION 3 DARK OUTPUT IN THE ADC DEAD ZONE BELOW 0.13 V. SERVICE THE PROBE NOW PLEASE.");
            Check.Contains("text cut:", LayoutCheck.Describe(fb), "a message longer than its lines");
            fb.Clear();
            fb.Text(0, 50, "4BR 5SL", 1);
            fb.Fill(10, 55, 4, 2, true);
            Check.Contains("overlap: '4BR 5SL'", LayoutCheck.Describe(fb), "text over a fail mark");
            Check.Equal(1, LayoutCheck.Count(fb), "one problem");
        }

        [TestMethod]
        public void CrossedPairIsNamedOnTheFirstScreen()
        {
            Framebuffer fb = new Framebuffer();
            ScreenGallery.Render("result_mpo24_polarity_crossed", fb);
            Check.True(fb.ShowsText("FAIL"), "big FAIL although every loss passes");
            Check.True(fb.ShowsText("21\u219422 CROSSED"), "the crossed fibers named");
            ScreenGallery.Render("polarity_mpo24_crossed", fb);
            Check.True(fb.ShowsText("SRC>RX 3>21 4>22"), "the wrong fibers by number on the map screen");
            int lines = 0;
            for (int i = 0; i < fb.ElementCount; i++)
            {
                int x, y, w, h;
                fb.ElementBox(i, out x, out y, out w, out h);
                lines += fb.ElementKindAt(i) == ElementKind.Graphic && h > 3 ? 1 : 0;
            }

            Check.Equal(2, lines, "only the two wrong fibers are drawn on the 24-position map");
        }

        [TestMethod]
        public void AFramebufferKeepingNoElementsDrawsButChecksNothing()
        {
            Framebuffer fb = new Framebuffer();
            fb.KeepsElements = false;
            fb.Clear();
            fb.Text(0, 0, "PASS", 2);
            bool lit = false;
            for (int i = 0; i < Framebuffer.Size; i++)
            {
                lit = lit || fb.Bytes[i] != 0;
            }

            Check.True(lit, "the text is drawn");
            Check.Equal(0, fb.ElementCount, "no element kept");
            Check.Throws(typeof(InvalidOperationException), () => fb.ShowsText("PASS"), "asking what is shown");
            Check.Equal(1, LayoutCheck.Count(fb), "a layout check of nothing kept is a problem, not a pass");
            Check.Contains("nothing checked", LayoutCheck.Describe(fb), "and says so");
            fb.KeepsElements = true;
            fb.Clear();
            fb.Text(0, 0, "PASS", 2);
            Check.True(fb.ShowsText("PASS"), "kept again once turned on");
        }
}
}
