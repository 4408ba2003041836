using System;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// What the interpreter would allocate, counted by the copies of Core and Simulation that
    /// <see cref="AllocationRewriter"/> instruments: every executed ldstr, newobj, newarr, box,
    /// string or array returned by a framework call, and the stack frames that do not find a
    /// cached frame of their size (<see cref="BlockModel.FrameBlocks"/>). Blocks per kind are
    /// kept in <see cref="Blocks"/>, indexed by <see cref="Kind"/>.
    /// </summary>
    public static class DeviceAllocations
    {
        /// <summary>Kinds of allocation.</summary>
        public enum Kind
        {
            /// <summary>Executed ldstr (header only).</summary>
            Literal,

            /// <summary>String built at run time by a framework call.</summary>
            String,

            /// <summary>Class instance.</summary>
            Object,

            /// <summary>Array.</summary>
            Array,

            /// <summary>Boxed value.</summary>
            Box,

            /// <summary>Stack frame taken from the heap.</summary>
            Frame,
        }

        private const int MaxFrame = 512;
        private static readonly int[] Live = new int[MaxFrame];
        private static readonly int[] Pool = new int[MaxFrame];
        private static int[] _stack = new int[4096];
        private static bool[] _inlined = new bool[4096];
        private static int _depth;
        private static int _pendingFree = int.MinValue;

        /// <summary>The interpreter's block sizes used for byte-sized objects.</summary>
        public static BlockModel Model { get; set; } = BlockModel.Posix64;

        /// <summary>Blocks counted since <see cref="Reset"/>, per <see cref="Kind"/>.</summary>
        public static long[] Blocks { get; } = new long[6];

        /// <summary>Objects counted since <see cref="Reset"/>, per <see cref="Kind"/>.</summary>
        public static long[] Objects { get; } = new long[6];

        /// <summary>
        /// Zeroes the counts and empties the frame cache (the interpreter's garbage collection frees
        /// every cached frame: CLR_RT_EventCache::EventCache_Cleanup); frames now live keep theirs.
        /// </summary>
        public static void Reset()
        {
            Array.Clear(Blocks, 0, Blocks.Length);
            Array.Clear(Objects, 0, Objects.Length);
            Array.Copy(Live, Pool, MaxFrame);
        }

        /// <summary>Zeroes the counts and keeps the frame cache (no garbage collection in between: a steady cycle).</summary>
        public static void ResetCounts()
        {
            Array.Clear(Blocks, 0, Blocks.Length);
            Array.Clear(Objects, 0, Objects.Length);
        }

        /// <summary>All blocks counted since <see cref="Reset"/>.</summary>
        public static long TotalBlocks()
        {
            long total = 0;
            foreach (long b in Blocks)
            {
                total += b;
            }

            return total;
        }

        private static void Add(Kind kind, int blocks)
        {
            Blocks[(int)kind] += blocks;
            Objects[(int)kind]++;
        }

        /// <summary>One executed ldstr.</summary>
        public static void Literal()
        {
            Add(Kind.Literal, Model.LiteralBlocks);
        }

        /// <summary>A new instance of <paramref name="blocks"/> blocks (fields counted by the rewriter).</summary>
        public static void Object(int blocks)
        {
            Add(Kind.Object, blocks);
        }

        /// <summary>A boxed value of <paramref name="blocks"/> blocks.</summary>
        public static void Box(int blocks)
        {
            Add(Kind.Box, blocks);
        }

        /// <summary>A new array (length from the array itself).</summary>
        public static void NewArray(Array array, int elementBytes, int blocksPerElement)
        {
            Add(Kind.Array, Model.ArrayBlocks(array.Length, elementBytes, blocksPerElement));
        }

        /// <summary>What a framework call returned, when the interpreter's library makes it new: a string or an array.</summary>
        public static void Returned(object value)
        {
            if (value is string text)
            {
                Add(Kind.String, Model.StringBlocks(text));
            }
            else if (value is Array array)
            {
                Add(Kind.Array, Model.ArrayBlocks(array.Length, BlockModel.ElementBytes(array.GetType().GetElementType()), 0));
                if (value is string[] parts)
                {
                    // Split and the like make every element new too.
                    foreach (string part in parts)
                    {
                        Returned(part);
                    }
                }
            }
        }

        /// <summary>
        /// A framework object made by newobj: a string or array by its length, a delegate by its
        /// size, an exception by nanoFramework's four Exception fields (+1 for the ArgumentException
        /// family), any other type by the host's instance fields.
        /// </summary>
        public static void Created(object value)
        {
            if (value is string || value is Array)
            {
                Returned(value);
            }
            else if (value is Delegate)
            {
                Add(Kind.Object, Model.DelegateBlocks);
            }
            else if (value is Exception)
            {
                Add(Kind.Object, BlockModel.ObjectBlocks(value is ArgumentException ? 5 : 4));
            }
            else if (value != null)
            {
                Add(Kind.Object, BlockModel.ObjectBlocks(HeapWalker.InstanceFields(value.GetType()).Count));
            }
        }

        /// <summary>Evaluation-stack slots the calling frame has free at the call that follows.</summary>
        public static void Site(int free)
        {
            _pendingFree = free;
        }

        /// <summary>
        /// A method starts: its frame of <paramref name="frameBlocks"/> is pushed, unless the
        /// interpreter runs it inline in its caller's frame (CLR_RT_StackFrame::PushInline: an
        /// instance method, the caller not itself inline, enough free slots: more than
        /// <paramref name="inlineNeed"/>; −1 when the method can never be inlined). Returns the
        /// depth to give <see cref="Exit"/>.
        /// </summary>
        public static int Enter(int frameBlocks, int inlineNeed)
        {
            int free = _pendingFree;
            _pendingFree = int.MinValue;
            bool callerInline = _depth > 0 && _inlined[_depth - 1];
            bool inline = inlineNeed >= 0 && free != int.MinValue && !callerInline && free > inlineNeed;
            return Push(inline ? 0 : frameBlocks, inline);
        }

        /// <summary>A call into the framework: a native method's minimal frame for its duration.</summary>
        public static void NativeEnter()
        {
            _pendingFree = int.MinValue;
            Push(Model.FrameBlocks(0, 0), false);
        }

        /// <summary>The framework call returned.</summary>
        public static void NativeExit()
        {
            if (_depth > 0)
            {
                Exit(_depth - 1);
            }
        }

        /// <summary>
        /// A method returns: every frame above <paramref name="depth"/> is popped (also those an
        /// exception left behind).
        /// </summary>
        public static void Exit(int depth)
        {
            while (_depth > depth && _depth > 0)
            {
                _depth--;
                int size = _stack[_depth];
                if (size > 0)
                {
                    Live[size]--;
                }
            }
        }

        private static int Push(int size, bool inline)
        {
            if (_depth == _stack.Length)
            {
                Array.Resize(ref _stack, _stack.Length * 2);
                Array.Resize(ref _inlined, _inlined.Length * 2);
            }

            int at = _depth;
            size = Math.Min(size, MaxFrame - 1);
            _stack[at] = size;
            _inlined[at] = inline;
            _depth++;
            if (size > 0)
            {
                Live[size]++;
                if (Live[size] > Pool[size])
                {
                    // No cached frame of this size is free: the interpreter takes one from the heap.
                    Pool[size]++;
                    Add(Kind.Frame, size);
                }
            }

            return at;
        }
    }
}
