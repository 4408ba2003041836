using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The coded polarity source's light pattern (docs/source-protocol.md), shared by the probe's
    /// decoder and by any source built on this code, so both agree by construction.
    /// One frame: <see cref="GapSlots"/> slots all dark, <see cref="SyncSlots"/> slots all lit (the
    /// probe measures power there), one monitor slot (every fiber together: a dark start
    /// sub-slot, then the source's monitored output power as a 12-bit <see cref="SourceMonitorWord"/>
    /// in Manchester half-slots of 1/25 slot), then for each bit b of the fiber code (fiber − 1) a
    /// pair of slots: the first lit when bit b is 1, the second when it is 0 (Manchester). A fiber
    /// is never dark for more than two slots in a row after the gap, so three dark slots mark the
    /// frame start whatever the fiber count or the link.
    /// </summary>
    public sealed class CodedSourceSequencer
    {
        /// <summary>Nominal slot length in microseconds (25 ms).</summary>
        public const long SlotMicroseconds = 25000;

        /// <summary>All-dark slots that start a frame.</summary>
        public const int GapSlots = 3;

        /// <summary>All-lit slots after the gap: the sync edge and the power window.</summary>
        public const int SyncSlots = 5;

        /// <summary>Slots of the monitor field after the sync (common to every fiber).</summary>
        public const int MonitorSlots = 1;

        /// <summary>Sub-slots the monitor slot is cut into: one dark start sub-slot and two per monitor bit.</summary>
        public const int MonitorSubSlots = 1 + (2 * SourceMonitorWord.Bits);

        /// <summary>First slot of the fiber-code data.</summary>
        public const int DataStartSlot = GapSlots + SyncSlots + MonitorSlots;

        /// <summary>Builds the sequence for a source of <paramref name="fiberCount"/> positions (2..32).</summary>
        public CodedSourceSequencer(int fiberCount)
        {
            if (fiberCount < 2 || fiberCount > MpoLayout.MaxPositions)
            {
                throw new ArgumentOutOfRangeException("fiberCount", "a coded source has 2..32 fiber positions, not " + fiberCount.ToString());
            }

            FiberCount = fiberCount;
            Bits = BitsFor(fiberCount);
        }

        /// <summary>Fiber positions of the source.</summary>
        public int FiberCount { get; }

        /// <summary>Bits that number every fiber (1..FiberCount).</summary>
        public int Bits { get; }

        /// <summary>
        /// The 12-bit monitor word the source sends (<see cref="SourceMonitorWord.Encode"/>); by
        /// default "no monitor value". A source sets it from its monitor photodiode.
        /// </summary>
        public int MonitorWord { get; set; } = SourceMonitorWord.Encode(SourceMonitorWord.NoValue);

        /// <summary>Data slots per frame (two per bit).</summary>
        public int DataSlots => 2 * Bits;

        /// <summary>Slots per frame.</summary>
        public int FrameSlots => DataStartSlot + DataSlots;

        /// <summary>Frame length at the nominal slot length, microseconds.</summary>
        public long FrameMicroseconds => FrameSlots * SlotMicroseconds;

        /// <summary>Bits needed to write every fiber code 0..<paramref name="fiberCount"/> − 1 in binary (at least 1).</summary>
        public static int BitsFor(int fiberCount)
        {
            int bits = 1;
            while ((1 << bits) < fiberCount)
            {
                bits++;
            }

            return bits;
        }

        /// <summary>
        /// True when fiber <paramref name="fiber"/> (1-based) is lit in slot <paramref name="slot"/>
        /// of the frame; in the monitor slot, at its start (see <see cref="IsMonitorLit"/>).
        /// </summary>
        public bool IsLitInSlot(int fiber, int slot)
        {
            if (slot < GapSlots)
            {
                return false;
            }

            if (slot < GapSlots + SyncSlots)
            {
                return true;
            }

            if (slot < DataStartSlot)
            {
                return IsMonitorLit(0);
            }

            int data = slot - DataStartSlot;
            bool bitSet = (((fiber - 1) >> (data / 2)) & 1) == 1;
            return (data % 2) == 0 ? bitSet : !bitSet;
        }

        /// <summary>
        /// True when every fiber is lit in sub-slot <paramref name="subSlot"/> (0..24) of the monitor
        /// slot: sub-slot 0 is dark (the start edge), then bit b of the monitor word lights the first
        /// of sub-slots 1 + 2b, 2 + 2b when it is 1 and the second when it is 0.
        /// </summary>
        public bool IsMonitorLit(int subSlot)
        {
            if (subSlot <= 0)
            {
                return false;
            }

            int half = subSlot - 1;
            bool bitSet = ((MonitorWord >> (half / 2)) & 1) == 1;
            return (half % 2) == 0 ? bitSet : !bitSet;
        }

        /// <summary>True when the fiber is lit at <paramref name="sourceMicroseconds"/> of the source's own clock (frames repeat).</summary>
        public bool IsLit(int fiber, long sourceMicroseconds)
        {
            long inFrame = sourceMicroseconds % FrameMicroseconds;
            if (inFrame < 0)
            {
                inFrame += FrameMicroseconds;
            }

            int slot = (int)(inFrame / SlotMicroseconds);
            if (slot >= GapSlots + SyncSlots && slot < DataStartSlot)
            {
                long inSlot = inFrame - (slot * SlotMicroseconds);
                return IsMonitorLit((int)(inSlot * MonitorSubSlots / SlotMicroseconds));
            }

            return IsLitInSlot(fiber, slot);
        }
    }
}
