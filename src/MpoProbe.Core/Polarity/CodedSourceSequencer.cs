using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The coded polarity source's light pattern (docs/source-protocol.md), shared by the probe's
    /// decoder and by any source built on this code, so both agree by construction.
    /// One frame: <see cref="GapSlots"/> slots all dark, <see cref="SyncSlots"/> slots all lit (the
    /// probe measures power there), then for each bit b of the fiber number (1-based) a pair of
    /// slots: the first lit when bit b is 1, the second when it is 0 (Manchester). A fiber is never
    /// dark for more than two slots in a row inside the data, so three dark slots mark the frame
    /// start whatever the fiber count or the link.
    /// </summary>
    public sealed class CodedSourceSequencer
    {
        /// <summary>Nominal slot length in microseconds (25 ms).</summary>
        public const long SlotMicroseconds = 25000;

        /// <summary>All-dark slots that start a frame.</summary>
        public const int GapSlots = 3;

        /// <summary>All-lit slots after the gap: the sync edge and the power window.</summary>
        public const int SyncSlots = 5;

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

        /// <summary>Data slots per frame (two per bit).</summary>
        public int DataSlots => 2 * Bits;

        /// <summary>Slots per frame.</summary>
        public int FrameSlots => GapSlots + SyncSlots + DataSlots;

        /// <summary>Frame length at the nominal slot length, microseconds.</summary>
        public long FrameMicroseconds => FrameSlots * SlotMicroseconds;

        /// <summary>Bits needed to write <paramref name="fiberCount"/> in binary.</summary>
        public static int BitsFor(int fiberCount)
        {
            int bits = 0;
            while ((1 << bits) <= fiberCount)
            {
                bits++;
            }

            return bits;
        }

        /// <summary>True when fiber <paramref name="fiber"/> (1-based) is lit in slot <paramref name="slot"/> of the frame.</summary>
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

            int data = slot - GapSlots - SyncSlots;
            bool bitSet = ((fiber >> (data / 2)) & 1) == 1;
            return (data % 2) == 0 ? bitSet : !bitSet;
        }

        /// <summary>True when the fiber is lit at <paramref name="sourceMicroseconds"/> of the source's own clock (frames repeat).</summary>
        public bool IsLit(int fiber, long sourceMicroseconds)
        {
            long inFrame = sourceMicroseconds % FrameMicroseconds;
            if (inFrame < 0)
            {
                inFrame += FrameMicroseconds;
            }

            return IsLitInSlot(fiber, (int)(inFrame / SlotMicroseconds));
        }
    }
}
