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
        public void FrameIsGapThenSyncThenMonitorThenManchesterBits()
        {
            CodedSourceSequencer s = new CodedSourceSequencer(24);
            Check.Equal(5, s.Bits, "24 fibers (codes 0..23) need 5 bits");
            Check.Equal(3 + 5 + 1 + 10, s.FrameSlots, "slots per frame");
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
                    int slot = CodedSourceSequencer.DataStartSlot + d;
                    bool first = s.IsLitInSlot(fiber, slot);
                    Check.True(first != s.IsLitInSlot(fiber, slot + 1), "fiber " + fiber.ToString() + " lit in exactly one slot of pair " + (d / 2).ToString());
                    decoded |= first ? 1 << (d / 2) : 0;
                }

                for (int slot = CodedSourceSequencer.DataStartSlot; slot < s.FrameSlots; slot++)
                {
                    darkRun = s.IsLitInSlot(fiber, slot) ? 0 : darkRun + 1;
                    Check.True(darkRun < CodedSourceSequencer.GapSlots, "fiber " + fiber.ToString() + " never dark as long as the gap inside the data");
                }

                Check.Equal(fiber - 1, decoded, "the pairs spell the fiber code (fiber − 1)");
            }
        }

        [TestMethod]
        public void BitsGrowWithTheFiberCount()
        {
            Check.Equal(4, CodedSourceSequencer.BitsFor(12), "12 fibers");
            Check.Equal(4, CodedSourceSequencer.BitsFor(16), "16 fibers: codes 0..15");
            Check.Equal(5, CodedSourceSequencer.BitsFor(24), "24 fibers");
            Check.Equal(5, CodedSourceSequencer.BitsFor(32), "32 fibers: codes 0..31");
            Check.True(new CodedSourceSequencer(32).FrameMicroseconds == 19 * 25000L, "MPO-32 frame 475 ms");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => new CodedSourceSequencer(33), "33 fibers");
        }

        [TestMethod]
        public void MonitorSlotSendsTheWordWithItsCheckAfterADarkStart()
        {
            CodedSourceSequencer s = new CodedSourceSequencer(12);
            int steps = -37;
            s.MonitorWord = SourceMonitorWord.Encode(steps);
            Check.False(s.IsMonitorLit(0), "the monitor slot starts dark (the sync's end, on every fiber)");
            int word = 0;
            for (int b = 0; b < SourceMonitorWord.Bits; b++)
            {
                bool first = s.IsMonitorLit(1 + (2 * b));
                Check.True(first != s.IsMonitorLit(2 + (2 * b)), "Manchester: one half of bit " + b.ToString() + " lit");
                word |= first ? 1 << b : 0;
            }

            int decoded;
            Check.True(SourceMonitorWord.TryDecode(word, out decoded), "the check matches");
            Check.Equal(steps, decoded, "signed value back");
            long monitorStart = (CodedSourceSequencer.GapSlots + CodedSourceSequencer.SyncSlots) * CodedSourceSequencer.SlotMicroseconds;
            long sub = CodedSourceSequencer.SlotMicroseconds / CodedSourceSequencer.MonitorSubSlots;
            for (int fiber = 1; fiber <= 12; fiber++)
            {
                Check.True(s.IsLit(fiber, monitorStart + (sub / 2)) == false, "every fiber dark in the start sub-slot");
                Check.True(s.IsLit(fiber, monitorStart + sub + (sub / 2)) == s.IsMonitorLit(1), "every fiber follows the monitor word");
            }
        }

        [TestMethod]
        public void EveryMisreadBitOrPairOfBitsFailsTheMonitorCheck()
        {
            for (int steps = -128; steps <= 127; steps += 5)
            {
                int word = SourceMonitorWord.Encode(steps);
                for (int a = 0; a < SourceMonitorWord.Bits; a++)
                {
                    int decoded;
                    Check.False(SourceMonitorWord.TryDecode(word ^ (1 << a), out decoded), "one flipped bit " + a.ToString() + " of value " + steps.ToString() + " refused");
                    for (int b = a + 1; b < SourceMonitorWord.Bits; b++)
                    {
                        Check.False(SourceMonitorWord.TryDecode(word ^ (1 << a) ^ (1 << b), out decoded), "two flipped bits refused");
                    }
                }
            }

            Check.Equal(30, SourceMonitorWord.StepsFor(0.3), "0.30 dB is 30 steps of 0.01 dB");
            Check.Equal(-30, SourceMonitorWord.StepsFor(-0.304), "rounded");
            Check.Equal(127, SourceMonitorWord.StepsFor(2.0), "clamped (saturated)");
            Check.False(SourceMonitorWord.IsUsable(127), "a saturated value is not used");
            Check.False(SourceMonitorWord.IsUsable(SourceMonitorWord.NoValue), "nor 'no value'");
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
