using System;
using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>The range-line check where the sweep and the used-range rule divide the work (see RangeCheckTests).</summary>
    public partial class RangeCheckTests
    {
        /// <summary>
        /// One channel per distinct range is checked against its neighbour: when an earlier position
        /// claimed range 8, the bright position's pair 7–8 is judged by the sweep alone, and with the
        /// 5 % tolerance (range 8 was used, both signals ≥ 0.58 V): 8 % on range 7 is a range line
        /// naming range 8, 4 % is not. The pair 6–7 (no used range, 0.4 V) keeps 15 %.
        /// </summary>
        [TestMethod]
        public void SweepJudgesAPairNextToAUsedRangeWithTheTightTolerance()
        {
            RangeCheckBench b = SharedRange(1.08);
            Check.True(b.Faults.Kind == FaultKind.RangeLine, "8 % on range 7 next to used range 8: range line, not " + FaultCatalogue.Code(b.Faults.Kind));
            Check.Equal(4, b.Faults.Position, "bright position");
            Check.Near(8, b.Faults.Value, 1e-9, "sweep pair 7-8 names range 8 (range 7 plus one)");
            Check.Near(1 / 1.08, b.Faults.Limit, 0.003, "measured ÷ expected in range 8");
            b = SharedRange(1.04);
            Check.False(b.Faults.HasFault, "4 % within 5 %");
        }

        /// <summary>
        /// A path stuck on 1990 codes above the pedestal, in range 9 like an earlier position (so only
        /// the sweep sees it): the pair 5–6 reads one code where 70.4/100 of it was expected, and range
        /// 11 (another TIA resistor) reads it too: channel stuck, naming range 6 and the ratio.
        /// </summary>
        [TestMethod]
        public void SweepNamesAPathStuckInEveryRangeChannelStuck()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[1] = 1836 * FrontEndDesign.AdcVoltsPerCode / FrontEndDesign.NominalTransimpedanceOhms(9);
            b.Fe.StuckChannel = 2;
            b.Fe.StuckCode = RangeCheckBench.Pedestal + 1990;
            b.Acquire(12);
            Check.Equal(9, b.Scan.At(2).Range, "dim position read in range 9");
            Check.Equal(9, b.Scan.At(3).Range, "stuck position read in range 9");
            Check.False(b.Range.Run(b.Scan, b.Layout, b.Faults), "stuck path refused");
            Check.True(b.Faults.Kind == FaultKind.ChannelStuck, "channel stuck, not " + FaultCatalogue.Code(b.Faults.Kind));
            Check.Equal(3, b.Faults.Position, "stuck position");
            Check.Near(6, b.Faults.Value, 1e-9, "pair 5-6 names range 6");
            Check.Near(FrontEndDesign.NominalTransimpedanceOhms(5) / FrontEndDesign.NominalTransimpedanceOhms(6), b.Faults.Limit, 0.003, "measured ÷ expected");
            Check.True(b.Fe.ReadsOf(2, 11) > 0, "range 11 (range 5 + one TIA resistor) read to tell the path from the line");
        }

        /// <summary>
        /// A used reading in the top range is judged against range 16 only when half of it is at least
        /// 0.435 V: at 1600 codes an 8 % error of range 16 is a range line naming range 18 (17 plus one);
        /// at 800 codes there is no neighbour to judge it (range 18 does not exist) and the sweep's
        /// 15 % passes it.
        /// </summary>
        [TestMethod]
        public void TopRangeReadingNeedsItsLowerNeighbourAboveTheUsedMinimum()
        {
            Check.True(TopRange(800).Faults.Kind == FaultKind.None, "800 codes: range 16 at 400 codes cannot be judged at 5 %");
            RangeCheckBench b = TopRange(1600);
            Check.True(b.Faults.Kind == FaultKind.RangeLine, "1600 codes: range line, not " + FaultCatalogue.Code(b.Faults.Kind));
            Check.Near(18, b.Faults.Value, 1e-9, "higher range of the pair, plus one");
            Check.Near(1 / 1.08, b.Faults.Limit, 0.003, "expected ÷ measured in range 16");
        }

        /// <summary>
        /// Only positions both scanned and in the layout count: a bright position with a stuck line left
        /// from a longer scan (positions 9–12) or beyond MPO-12 (13–16) is ignored, while the last
        /// position of each (8 of an 8-position scan, 12 of MPO-12) is swept.
        /// </summary>
        [TestMethod]
        public void OnlyPositionsScannedAndInTheLayoutAreJudged()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[7] = BrightAmps / 4;
            b.Fe.Amps[9] = BrightAmps;
            b.Fe.FaultChannel = 9;
            b.Fe.Alias[6] = 5;
            b.Acquire(12);
            b.Acquire(8);
            Check.True(b.Range.Run(b.Scan, b.Layout, b.Faults), "position 10 is left from the longer scan");
            Check.Equal(0, b.Fe.ReadsOf(9), "position 10 not read");
            Check.True(b.Fe.ReadsOf(7) >= 5, "position 8, the last scanned, swept");

            b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[11] = BrightAmps / 4;
            b.Fe.Amps[13] = BrightAmps;
            b.Fe.FaultChannel = 13;
            b.Fe.Alias[6] = 5;
            b.Acquire(16);
            Check.True(b.Range.Run(b.Scan, b.Layout, b.Faults), "position 14 is not on MPO-12");
            Check.Equal(0, b.Fe.ReadsOf(13), "position 14 not read");
            Check.True(b.Fe.ReadsOf(11) >= 5, "position 12, the last of MPO-12, swept");

            b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[11] = BrightAmps;
            b.Fe.FaultChannel = 11;
            b.Fe.Alias[6] = 5;
            Check.False(b.Run(), "stuck line on position 12 found");
            Check.Equal(12, b.Faults.Position, "at position 12");
        }

        private static RangeCheckBench TopRange(double codes)
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[3] = codes * FrontEndDesign.AdcVoltsPerCode / FrontEndDesign.NominalTransimpedanceOhms(FrontEndDesign.TopRange);
            b.Fe.FaultChannel = 3;
            b.Fe.Gain[FrontEndDesign.TopRange - 1] = 1.08;
            b.Acquire(12);
            Check.Equal(FrontEndDesign.TopRange, b.Scan.At(4).Range, "dim light read in the top range");
            bool ok = b.Range.Run(b.Scan, b.Layout, b.Faults);
            Check.True(ok != b.Faults.HasFault, "result agrees with the latch");
            return b;
        }

        private static RangeCheckBench SharedRange(double gain)
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[1] = BrightAmps * 0.875;
            b.Fe.Amps[3] = BrightAmps;
            b.Fe.FaultChannel = 3;
            b.Fe.Gain[7] = gain;
            b.Acquire(12);
            Check.Equal(8, b.Scan.At(2).Range, "earlier position read in range 8");
            Check.Equal(8, b.Scan.At(4).Range, "bright position read in range 8");
            bool ok = b.Range.Run(b.Scan, b.Layout, b.Faults);
            Check.True(ok != b.Faults.HasFault, "result agrees with the latch");
            return b;
        }
    }
}
