using System;
using System.Text;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// How many heap blocks the nanoFramework interpreter (nanoCLR) takes for each kind of object,
    /// from its source (nanoframework/nf-interpreter, src/CLR; docs/core.md, "Heap on the
    /// interpreter, predicted by the host"). Sizes in bytes are those of the 64-bit posix build
    /// the project measures on (sizeof read from its debug information); the rules are the same
    /// on the ESP32 with its 32-bit layout.
    /// </summary>
    public sealed class BlockModel
    {
        /// <summary>The 64-bit posix nanoCLR: CLR_RT_HeapBlock 24 B, CLR_RT_HeapBlock_Array 32 B, CLR_RT_HeapBlock_Delegate 56 B, CLR_RT_StackFrame up to m_extension 152 B.</summary>
        public static readonly BlockModel Posix64 = new BlockModel(24, 32, 56, 152);

        /// <summary>A model with the given sizes in bytes.</summary>
        public BlockModel(int blockBytes, int arrayHeaderBytes, int delegateBytes, int frameHeaderBytes)
        {
            BlockBytes = blockBytes;
            ArrayHeaderBytes = arrayHeaderBytes;
            DelegateBytes = delegateBytes;
            FrameHeaderBytes = frameHeaderBytes;
        }

        /// <summary>sizeof(CLR_RT_HeapBlock): one block; also a string's header and each element of a reference array.</summary>
        public int BlockBytes { get; }

        /// <summary>sizeof(CLR_RT_HeapBlock_Array).</summary>
        public int ArrayHeaderBytes { get; }

        /// <summary>sizeof(CLR_RT_HeapBlock_Delegate).</summary>
        public int DelegateBytes { get; }

        /// <summary>offsetof(CLR_RT_StackFrame, m_extension): the frame's fixed part.</summary>
        public int FrameHeaderBytes { get; }

        /// <summary>CLR_RT_StackFrame::c_MinimumStack: locals + evaluation stack are padded to this many blocks.</summary>
        public const int MinimumFrameSlots = 10;

        /// <summary>c_OverheadForNewObjOrInteropMethod (2) + 1 slot for the inline frame: added to a method's evaluation stack.</summary>
        public const int EvalStackOverhead = 3;

        /// <summary>CLR_RT_EventCache::c_maxFastLists: frames below this many blocks are cached by exact size.</summary>
        public const int FastListBlocks = 40;

        /// <summary>CONVERTFROMSIZETOHEAPBLOCKS: bytes rounded up to whole blocks.</summary>
        public int Blocks(long bytes)
        {
            return (int)((bytes + BlockBytes - 1) / BlockBytes);
        }

        /// <summary>
        /// A string built at run time (CLR_RT_HeapBlock_String::CreateInstance(ref, length)): header +
        /// UTF-8 bytes + terminator. A literal (ldstr) takes only the header: it points into the assembly.
        /// </summary>
        public int StringBlocks(string text)
        {
            return Blocks(BlockBytes + Encoding.UTF8.GetByteCount(text) + 1);
        }

        /// <summary>A string of <paramref name="utf8Bytes"/> bytes built at run time.</summary>
        public int StringBlocks(int utf8Bytes)
        {
            return Blocks(BlockBytes + utf8Bytes + 1);
        }

        /// <summary>One executed ldstr (CLR_RT_HeapBlock_String::CreateInstance(ref, token, assm)): the header only.</summary>
        public int LiteralBlocks => Blocks(BlockBytes);

        /// <summary>
        /// A one-dimensional array (CLR_RT_ExecutionEngine::ExtractHeapBlocksForArray): header + length ×
        /// element size from c_CLR_RT_DataTypeLookup (<see cref="ElementBytes"/>), rounded up; an array of
        /// structs also boxes every element (CLR_RT_HeapBlock_Array::ClearElements): <paramref name="blocksPerElement"/> each.
        /// </summary>
        public int ArrayBlocks(int length, int elementBytes, int blocksPerElement)
        {
            int size = elementBytes < 0 ? BlockBytes : elementBytes;
            return Blocks(ArrayHeaderBytes + (long)length * size) + length * blocksPerElement;
        }

        /// <summary>
        /// Bytes per element in c_CLR_RT_DataTypeLookup: bool/byte 1, char/short 2, int/float/enum-of-int 4,
        /// long/double 8; DateTime, TimeSpan, strings, objects, arrays and structs one heap block (−1 here).
        /// </summary>
        public static int ElementBytes(Type type)
        {
            if (type.IsEnum)
            {
                type = Enum.GetUnderlyingType(type);
            }

            switch (Type.GetTypeCode(type))
            {
                case TypeCode.Boolean:
                case TypeCode.Byte:
                case TypeCode.SByte:
                    return 1;
                case TypeCode.Char:
                case TypeCode.Int16:
                case TypeCode.UInt16:
                    return 2;
                case TypeCode.Int32:
                case TypeCode.UInt32:
                case TypeCode.Single:
                    return 4;
                case TypeCode.Int64:
                case TypeCode.UInt64:
                case TypeCode.Double:
                    return 8;
                default:
                    return -1;
            }
        }

        /// <summary>
        /// A class or struct instance (CLR_RT_ExecutionEngine::NewObject): one block for the object header
        /// (HB_Object_Fields_Offset) and one per instance field, inherited ones included.
        /// </summary>
        public static int ObjectBlocks(int instanceFields)
        {
            return 1 + instanceFields;
        }

        /// <summary>A boxed primitive or enum (CLR_RT_HeapBlock::PerformBoxing): two blocks.</summary>
        public const int BoxedPrimitiveBlocks = 2;

        /// <summary>A delegate (CLR_RT_HeapBlock_Delegate::CreateInstance).</summary>
        public int DelegateBlocks => Blocks(DelegateBytes);

        /// <summary>
        /// A stack frame (CLR_RT_StackFrame::Push): locals + evaluation stack + 3, at least
        /// <see cref="MinimumFrameSlots"/>, plus the fixed part. Frames come from the event cache by
        /// exact size and reach the heap only when no cached frame of that size is free.
        /// </summary>
        public int FrameBlocks(int locals, int maxStack)
        {
            return Math.Max(locals + maxStack + EvalStackOverhead, MinimumFrameSlots) + Blocks(FrameHeaderBytes);
        }

        /// <summary>Evaluation-stack slots of a method's frame (padded as in CLR_RT_StackFrame::Push).</summary>
        public static int EvalSlots(int locals, int maxStack)
        {
            return Math.Max(maxStack + EvalStackOverhead, MinimumFrameSlots - locals);
        }

        /// <summary>Bytes of <paramref name="blocks"/> blocks.</summary>
        public long Bytes(long blocks)
        {
            return blocks * BlockBytes;
        }
    }
}
