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
    public class PolaritySourceProtocolTests
    {
        [TestMethod]
        public void FrameIsGapThenSyncThenManchesterBits()
        {
            CodedSourceSequencer s = new CodedSourceSequencer(24);
            Check.Equal(5, s.Bits, "24 fibers need 5 bits");
            Check.Equal(3 + 5 + 10, s.FrameSlots, "slots per frame");
            for (int fiber = 1; fiber <= 24; fiber++)
            {
                for (int slot = 0; slot < CodedSourceSequencer.GapSlots; slot++)
                {
                    Check.False(s.IsLitInSlot(fiber, slot), "gap is dark");
                }

                for (int slot = CodedSourceSequencer.GapSlots; slot < CodedSourceSequencer.GapSlots + CodedSourceSequencer.SyncSlots; slot++)
                {
                    Check.True(s.IsLitInSlot(fiber, slot), "sync is lit");
                }

                int decoded = 0;
                int darkRun = 0;
                for (int d = 0; d < s.DataSlots; d += 2)
                {
                    int slot = CodedSourceSequencer.GapSlots + CodedSourceSequencer.SyncSlots + d;
                    bool first = s.IsLitInSlot(fiber, slot);
                    Check.True(first != s.IsLitInSlot(fiber, slot + 1), "fiber " + fiber.ToString() + " lit in exactly one slot of pair " + (d / 2).ToString());
                    decoded |= first ? 1 << (d / 2) : 0;
                }

                for (int slot = CodedSourceSequencer.GapSlots + CodedSourceSequencer.SyncSlots; slot < s.FrameSlots; slot++)
                {
                    darkRun = s.IsLitInSlot(fiber, slot) ? 0 : darkRun + 1;
                    Check.True(darkRun < CodedSourceSequencer.GapSlots, "fiber " + fiber.ToString() + " never dark as long as the gap inside the data");
                }

                Check.Equal(fiber, decoded, "the pairs spell the fiber number");
            }
        }

        [TestMethod]
        public void BitsGrowWithTheFiberCount()
        {
            Check.Equal(4, CodedSourceSequencer.BitsFor(12), "12 fibers");
            Check.Equal(5, CodedSourceSequencer.BitsFor(16), "16 fibers");
            Check.Equal(6, CodedSourceSequencer.BitsFor(32), "32 fibers");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => new CodedSourceSequencer(33), "33 fibers");
        }

        [TestMethod]
        public void TemplatesMapAsTheStandardDraws()
        {
            Check.Equal(12, PolarityTemplates.Destination(PolarityType.TypeB, MpoLayout.Mpo12, 1), "B: 1→12");
            Check.Equal(2, PolarityTemplates.Destination(PolarityType.TypeC, MpoLayout.Mpo12, 1), "C: 1→2");
            Check.Equal(11, PolarityTemplates.Destination(PolarityType.TypeC, MpoLayout.Mpo12, 12), "C: 12→11");
            Check.Equal(9, PolarityTemplates.Destination(PolarityType.TypeB, MpoLayout.Mpo8, 4), "MPO-8 B keeps used positions: 4→9");
            Check.Equal(12, PolarityTemplates.Destination(PolarityType.TypeBRowMirror, MpoLayout.Mpo24, 1), "24 row mirror: 1→12");
            Check.Equal(24, PolarityTemplates.Destination(PolarityType.TypeBRowMirror, MpoLayout.Mpo24, 13), "24 row mirror: 13→24");
            Check.Equal(1, PolarityTemplates.Destination(PolarityType.TypeBRowMirror, MpoLayout.Mpo32, 16), "32 row mirror: 16→1 (17 − i)");
            Check.Equal(32, PolarityTemplates.Destination(PolarityType.TypeBRowMirror, MpoLayout.Mpo32, 17), "32 row mirror: 17→32");
            Check.Equal(24, PolarityTemplates.Destination(PolarityType.TypeBFullRotation, MpoLayout.Mpo24, 1), "full rotation: 1→24");
            Check.Equal(13, PolarityTemplates.Destination(PolarityType.RowSwap, MpoLayout.Mpo24, 1), "row swap: 1→13");
        }
    }
}
