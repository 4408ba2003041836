using System;
using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    [TestClass]
    public class ButtonTests
    {
        [TestMethod]
        public void QuickPressIsShort()
        {
            Button b = new Button();
            Check.True(b.OnEdge(true, 1000) == ButtonEvent.None, "press alone says nothing");
            Check.True(b.Tick(1200) == ButtonEvent.None, "no long press at 200 ms");
            Check.True(b.OnEdge(false, 1250) == ButtonEvent.ShortPress, "release at 250 ms is a short press");
        }

        [TestMethod]
        public void HoldingFiresLongPressOnceWhileHeld()
        {
            Button b = new Button();
            b.OnEdge(true, 0);
            Check.True(b.Tick(1499) == ButtonEvent.None, "1499 ms is not long");
            Check.True(b.Tick(1500) == ButtonEvent.LongPress, "1500 ms is long");
            Check.True(b.Tick(1600) == ButtonEvent.None, "fires once");
            Check.True(b.OnEdge(false, 2000) == ButtonEvent.None, "the release after a long press is swallowed");
        }

        [TestMethod]
        public void LongPressWithoutTicksIsReportedAtRelease()
        {
            Button b = new Button();
            b.OnEdge(true, 0);
            Check.True(b.OnEdge(false, 1700) == ButtonEvent.LongPress, "release after 1.7 s");
        }

        [TestMethod]
        public void ChatterIsRejected()
        {
            Button b = new Button();
            b.OnEdge(true, 100);
            Check.True(b.OnEdge(false, 105) == ButtonEvent.None, "bounce 5 ms after the press");
            Check.True(b.OnEdge(true, 110) == ButtonEvent.None, "bounce back");
            Check.True(b.IsPressed, "still pressed");
            Check.True(b.OnEdge(false, 400) == ButtonEvent.ShortPress, "one clean short press");
            Check.True(b.OnEdge(true, 410) == ButtonEvent.None, "bounce after release ignored");
            Check.False(b.IsPressed, "still released");
        }

        [TestMethod]
        public void LongPressTimeIsConfigurableAndBounded()
        {
            Button b = new Button();
            b.LongPressMs = 800;
            b.OnEdge(true, 0);
            Check.True(b.Tick(800) == ButtonEvent.LongPress, "800 ms setting");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => b.LongPressMs = 100, "100 ms long press");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => b.DebounceMs = 500, "500 ms debounce");
        }
    }
}
