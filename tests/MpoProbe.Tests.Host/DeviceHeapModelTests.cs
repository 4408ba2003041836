using MpoProbe.Benchmark;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests
{
    /// <summary>
    /// The benchmark's interpreter block model (src/MpoProbe.Benchmark/Device/BlockModel.cs) against
    /// cases worked by hand from the nanoCLR source (64-bit posix: CLR_RT_HeapBlock 24 B,
    /// CLR_RT_HeapBlock_Array 32 B, CLR_RT_StackFrame up to m_extension 152 B; docs/core.md).
    /// </summary>
    [TestClass]
    public class DeviceHeapModelTests
    {
        private static readonly BlockModel Model = BlockModel.Posix64;

        [TestMethod]
        public void StringsTakeAHeaderPlusTheirUtf8BytesAndATerminator()
        {
            Assert.AreEqual(1, Model.LiteralBlocks, "ldstr: the 24-byte header only");
            Assert.AreEqual(2, Model.StringBlocks("abc"), "24 + 3 + 1 = 28 bytes");
            Assert.AreEqual(2, Model.StringBlocks(""), "24 + 0 + 1 = 25 bytes");
            Assert.AreEqual(2, Model.StringBlocks(new string('x', 23)), "24 + 23 + 1 = 48 bytes, exactly two blocks");
            Assert.AreEqual(3, Model.StringBlocks(new string('x', 24)), "24 + 24 + 1 = 49 bytes");
            Assert.AreEqual(3, Model.StringBlocks(new string('µ', 12)), "µ is two UTF-8 bytes: 24 + 24 + 1 = 49 bytes");
        }

        [TestMethod]
        public void ArraysTakeTheirHeaderAndElementSizesRoundedUp()
        {
            Assert.AreEqual(10, Model.ArrayBlocks(24, BlockModel.ElementBytes(typeof(double)), 0), "32 + 24 × 8 = 224 bytes");
            Assert.AreEqual(2, Model.ArrayBlocks(0, BlockModel.ElementBytes(typeof(int)), 0), "the 32-byte header alone");
            Assert.AreEqual(44, Model.ArrayBlocks(1024, BlockModel.ElementBytes(typeof(byte)), 0), "32 + 1024 = 1056 bytes");
            Assert.AreEqual(5, Model.ArrayBlocks(3, BlockModel.ElementBytes(typeof(string)), 0), "references are one heap block each: 32 + 72 = 104 bytes");
            Assert.AreEqual(2, BlockModel.ElementBytes(typeof(char)), "char is two bytes");
            Assert.AreEqual(4, BlockModel.ElementBytes(typeof(System.IO.SeekOrigin)), "an enum takes its underlying type's size (int)");
            Assert.AreEqual(14, Model.ArrayBlocks(4, -1, 2), "4 struct elements: 32 + 4 × 24 = 128 bytes → 6 blocks, plus a 2-block boxed instance each");
        }

        [TestMethod]
        public void ObjectsFramesAndDelegatesFollowTheInterpretersLayout()
        {
            Assert.AreEqual(4, BlockModel.ObjectBlocks(3), "header block + one block per field");
            Assert.AreEqual(3, Model.DelegateBlocks, "CLR_RT_HeapBlock_Delegate is 56 bytes");
            Assert.AreEqual(17, Model.FrameBlocks(2, 3), "2 + 3 + 3 padded to 10 slots, + 7 blocks of frame header");
            Assert.AreEqual(28, Model.FrameBlocks(10, 8), "10 + 8 + 3 = 21 slots + 7");
            Assert.AreEqual(8, BlockModel.EvalSlots(2, 3), "the padding goes to the evaluation stack");
        }

        [TestMethod]
        public void FramesReachTheHeapOnlyWhenNoCachedFrameOfTheirSizeIsFree()
        {
            DeviceAllocations.Reset();
            long before = DeviceAllocations.Blocks[(int)DeviceAllocations.Kind.Frame];
            int outer = DeviceAllocations.Enter(17, -1);
            int inner = DeviceAllocations.Enter(17, -1);
            DeviceAllocations.Exit(inner);
            int again = DeviceAllocations.Enter(17, -1);
            DeviceAllocations.Exit(outer);
            long frames = DeviceAllocations.Blocks[(int)DeviceAllocations.Kind.Frame] - before;
            Assert.AreEqual(34, frames, "two frames of 17 live at once take two from the heap; the third reuses the freed one");
            Assert.AreEqual(again, inner, "the popped frame's depth is reused");
            DeviceAllocations.Site(100);
            int inlined = DeviceAllocations.Enter(20, 5);
            DeviceAllocations.Exit(inlined);
            Assert.AreEqual(34, DeviceAllocations.Blocks[(int)DeviceAllocations.Kind.Frame] - before, "an instance method with room in its caller's stack runs inline: no frame");
        }

        [TestMethod]
        public void TheWalkerSizesAnObjectGraphOnce()
        {
            var walker = new HeapWalker(Model);
            var holder = new Holder { Values = new double[24], Name = new string('n', 3) };
            holder.Self = holder;
            walker.Walk(new object[] { holder, holder.Values });
            Assert.AreEqual(4 + 10 + 2, walker.Blocks, "holder (3 fields) + double[24] + a 3-character string, each counted once");
        }

        private sealed class Holder
        {
            public double[] Values;
            public string Name;
            public Holder Self;
        }
    }
}
