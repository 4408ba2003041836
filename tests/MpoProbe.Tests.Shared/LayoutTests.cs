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
    public class LayoutTests
    {
        [TestMethod]
        public void Mpo8UsesOuterFourOnEachSideAndLeavesFiveToEightDark()
        {
            MpoLayout layout = MpoLayout.Mpo8;
            Check.Equal(12, layout.PositionCount, "MPO-8 ferrule positions");
            Check.Equal(8, layout.UsedCount, "MPO-8 used positions");
            for (int p = 1; p <= 12; p++)
            {
                bool expected = p <= 4 || p >= 9;
                Check.True(layout.IsUsed(p) == expected, "MPO-8 position " + p.ToString() + " used=" + expected.ToString());
            }
        }

        [TestMethod]
        public void EveryLayoutHasItsRowsAndPositions()
        {
            Check.Equal(12, MpoLayout.FromId(LayoutId.Mpo12).UsedCount, "MPO-12");
            Check.Equal(16, MpoLayout.FromId(LayoutId.Mpo16).UsedCount, "MPO-16");
            Check.Equal(2, MpoLayout.FromId(LayoutId.Mpo24).Rows, "MPO-24 rows");
            Check.Equal(24, MpoLayout.FromId(LayoutId.Mpo24).UsedCount, "MPO-24");
            Check.Equal(2, MpoLayout.FromId(LayoutId.Mpo32).Rows, "MPO-32 rows");
            Check.Equal(16, MpoLayout.FromId(LayoutId.Mpo32).PositionsPerRow, "MPO-32 per row");
            Check.Equal(32, MpoLayout.FromId(LayoutId.Mpo32).UsedCount, "MPO-32");
        }

        [TestMethod]
        public void SecondRowStartsAfterTheFirstRow()
        {
            Check.Equal(2, MpoLayout.Mpo24.RowOf(13), "MPO-24 position 13 row");
            Check.Equal(1, MpoLayout.Mpo24.ColumnOf(13), "MPO-24 position 13 column");
            Check.Equal(12, MpoLayout.Mpo24.ColumnOf(24), "MPO-24 position 24 column");
            Check.Equal(2, MpoLayout.Mpo32.RowOf(17), "MPO-32 position 17 row");
            Check.Equal(1, MpoLayout.Mpo32.RowOf(16), "MPO-32 position 16 row");
        }

        [TestMethod]
        public void NeighboursAreSideBySideOrAboveEachOther()
        {
            Check.True(MpoLayout.Mpo12.AreNeighbours(4, 5), "4 and 5 touch");
            Check.False(MpoLayout.Mpo12.AreNeighbours(4, 6), "4 and 6 do not touch");
            Check.True(MpoLayout.Mpo24.AreNeighbours(3, 15), "MPO-24: 3 sits above 15");
            Check.False(MpoLayout.Mpo24.AreNeighbours(12, 13), "MPO-24: 12 ends row 1, 13 starts row 2");
            Check.False(MpoLayout.Mpo32.AreNeighbours(16, 17), "MPO-32: 16 ends row 1, 17 starts row 2");
            Check.Equal(PositionMask.Of(2) | PositionMask.Of(13), MpoLayout.Mpo24.NeighbourMask(1), "MPO-24 neighbours of 1");
        }

        [TestMethod]
        public void PositionOutsideTheLayoutIsRefusedWithItsNumber()
        {
            string message = Check.Throws(typeof(ArgumentOutOfRangeException), () => MpoLayout.Mpo12.IsUsed(13), "position 13 on MPO-12");
            Check.Contains("13", message, "message names the position");
            Check.Contains("MPO-12", message, "message names the layout");
        }

        [TestMethod]
        public void ColoursFollowTia598WithStripesFrom13()
        {
            Check.Equal("blue", FiberColors.Name(1), "position 1");
            Check.Equal("aqua", FiberColors.Name(12), "position 12");
            Check.Equal("blue striped", FiberColors.Name(13), "position 13");
            Check.Equal("aqua striped", FiberColors.Name(24), "position 24");
            Check.Equal("blue double-striped", FiberColors.Name(25), "position 25");
            Check.Equal("BK", FiberColors.ShortName(8), "position 8 short");
            Check.Equal("ORs", FiberColors.ShortName(14), "position 14 short");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => FiberColors.Name(33), "position 33");
        }
    }
}
