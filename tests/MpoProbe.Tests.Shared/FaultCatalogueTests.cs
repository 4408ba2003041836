using System;
using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// The fault catalogue as the technician and the log see it (docs/faults.md): every kind names
    /// itself with its own code and its own screen text, what a press does follows from whether the
    /// technician can clear it, and the latch keeps the first cause.
    /// </summary>
    [TestClass]
    public class FaultCatalogueTests
    {
        /// <summary>
        /// Every kind has a code, a title, a screen message and an action; codes and screen messages
        /// are each the kind's own (a log or a screen never confuses two faults). "none" / "OK" is
        /// the no-fault entry, which no fault shares.
        /// </summary>
        [TestMethod]
        public void EveryKindNamesItselfDistinctly()
        {
            Check.Equal("none", FaultCatalogue.Code(FaultKind.None), "no-fault code");
            Check.Equal("OK", FaultCatalogue.Title(FaultKind.None), "no-fault title");
            for (int k = 1; k < FaultCatalogue.Count; k++)
            {
                FaultKind kind = (FaultKind)k;
                string code = FaultCatalogue.Code(kind);
                Check.True(code.Length > 0, "kind " + k.ToString() + " has a code");
                Check.True(FaultCatalogue.Title(kind).Length > 0, code + ": title");
                Check.True(FaultCatalogue.Screen(kind).Length > 0, code + ": screen message");
                Check.False(FaultCatalogue.Action(kind) == FaultCatalogue.Action(FaultKind.None), code + ": an action other than nothing");
                for (int j = 0; j < k; j++)
                {
                    FaultKind earlier = (FaultKind)j;
                    Check.False(code == FaultCatalogue.Code(earlier), code + ": code shared with kind " + j.ToString());
                    Check.False(FaultCatalogue.Screen(kind) == FaultCatalogue.Screen(earlier), code + ": screen shared with " + FaultCatalogue.Code(earlier));
                }
            }
        }

        /// <summary>The last kind is catalogued; a value outside the catalogue reads as no fault, never out of bounds.</summary>
        [TestMethod]
        public void KindsOutsideTheCatalogueReadAsNoFault()
        {
            Check.Equal("settling_slow", FaultCatalogue.Code((FaultKind)(FaultCatalogue.Count - 1)), "last kind");
            int[] outside = { -1, FaultCatalogue.Count, FaultCatalogue.Count + 7 };
            for (int i = 0; i < outside.Length; i++)
            {
                FaultKind kind = (FaultKind)outside[i];
                Check.Equal("none", FaultCatalogue.Code(kind), "code of " + outside[i].ToString());
                Check.Equal("OK", FaultCatalogue.Title(kind), "title of " + outside[i].ToString());
                Check.Equal(FaultCatalogue.Screen(FaultKind.None), FaultCatalogue.Screen(kind), "screen of " + outside[i].ToString());
                Check.Equal("nothing", FaultCatalogue.Action(kind), "action of " + outside[i].ToString());
                Check.False(FaultCatalogue.Recoverable(kind), "not recoverable: " + outside[i].ToString());
            }
        }

        /// <summary>
        /// What a press does, per kind (docs/faults.md): the technician clears light, battery, head,
        /// source, gain drift and ambient light on the spot; a changed source or head needs a new
        /// reference; everything else is a service fault.
        /// </summary>
        [TestMethod]
        public void PressActionFollowsWhoCanClearTheFault()
        {
            for (int k = 0; k < FaultCatalogue.Count; k++)
            {
                FaultKind kind = (FaultKind)k;
                string code = FaultCatalogue.Code(kind);
                bool reference = kind == FaultKind.SourceChanged || kind == FaultKind.HeadChanged;
                bool recoverable = reference || kind == FaultKind.LightDuringDark || kind == FaultKind.BatteryLow
                    || kind == FaultKind.HeadMissing || kind == FaultKind.HeadMismatch || kind == FaultKind.AdcGainChanged
                    || kind == FaultKind.ChannelGainChanged || kind == FaultKind.AmbientLight;
                Check.True(FaultCatalogue.Recoverable(kind) == recoverable, code + (recoverable ? ": the technician clears it" : ": not cleared on the spot"));
                Check.True(FaultCatalogue.NeedsReference(kind) == reference, code + (reference ? ": needs a new reference" : ": no new reference needed"));
                string press = reference ? "PRESS: NEW REFERENCE" : (recoverable ? "PRESS: RETRY" : "SERVICE. PRESS: RETRY");
                Check.Equal(press, FaultCatalogue.PressAction(kind), code + ": press action");
            }
        }

        /// <summary>
        /// The latch keeps the first fault with its position and values; raising "none" records nothing,
        /// even on an empty latch; clearing forgets all four and lets the next fault in.
        /// </summary>
        [TestMethod]
        public void LatchKeepsTheFirstFaultUntilCleared()
        {
            FaultLatch f = new FaultLatch();
            f.Raise(FaultKind.None, 5, 1.5, 2.5);
            Check.False(f.HasFault, "none raised: no fault");
            Check.Equal(0, f.Position, "none raised: no position");
            Check.Near(0, f.Value, 0, "none raised: no value");
            Check.Near(0, f.Limit, 0, "none raised: no limit");

            f.Raise(FaultKind.RangeLine, 4, 9, 1.08);
            f.Raise(FaultKind.ChannelStuck, 7, 3, 0.5);
            f.Raise(FaultKind.None, 1, 1, 1);
            Check.True(f.Kind == FaultKind.RangeLine, "first cause kept, not " + FaultCatalogue.Code(f.Kind));
            Check.Equal(4, f.Position, "first position kept");
            Check.Near(9, f.Value, 0, "first value kept");
            Check.Near(1.08, f.Limit, 0, "first limit kept");

            f.Clear();
            Check.False(f.HasFault, "cleared");
            Check.Equal(0, f.Position, "cleared position");
            Check.Near(0, f.Value, 0, "cleared value");
            Check.Near(0, f.Limit, 0, "cleared limit");
            f.Raise(FaultKind.ChannelStuck, 7, 3, 0.5);
            Check.True(f.Kind == FaultKind.ChannelStuck, "next fault after clearing");
            Check.Equal(7, f.Position, "its position");
        }
    }
}
