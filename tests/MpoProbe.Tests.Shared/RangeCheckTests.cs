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
    /// The range-line check's decisions, each from the design figures (docs/faults.md): which ranges
    /// the sweep reads (predicted within ×4 of the 0.22–2.1 V window), which pairs it judges, the
    /// 15 % and 5 % ratio tolerances, the fault raised and its values. A linear fake front end
    /// (photocurrent × nominal transimpedance on a 410-code pedestal) makes every ratio exact, so a
    /// fault can only come from the faults each test plants.
    /// </summary>
    [TestClass]
    public partial class RangeCheckTests
    {
        /// <summary>Bright channel's photocurrent: 1.6 V in range 8 (400 kΩ), judged pairs 5–6, 6–7, 7–8.</summary>
        private const double BrightAmps = 4e-6;

        [TestMethod]
        public void NoLightAnywhereCannotBeJudgedAndPassesWithoutReading()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            Check.True(b.Run(), "no light: the check cannot judge and passes");
            Check.False(b.Faults.HasFault, "no light: no fault");
            Check.Equal(0, b.Fe.TotalReads, "no light: nothing read");
        }

        [TestMethod]
        public void HealthyLadderPasses()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[3] = BrightAmps;
            b.Fe.Amps[1] = BrightAmps / 4;
            Check.True(b.Run(), "exact ratios everywhere");
            Check.False(b.Faults.HasFault, "healthy: no fault");
            Check.True(b.Fe.ReadsOf(3) >= 5, "the brightest channel is swept");
        }

        /// <summary>
        /// A range is read only when the bright channel's signal is predicted in [0.22 V ÷ 4, 2.1 V × 4];
        /// the photocurrent is set 2 % inside or outside either edge for range 3 (17.6 kΩ) or 12 (4.7 MΩ).
        /// </summary>
        [TestMethod]
        public void SweepReadsOnlyRangesPredictedWithinFourTimesTheWindow()
        {
            double low = RangeCheck.MinSignalCodes / RangeCheck.ReadMargin * FrontEndDesign.AdcVoltsPerCode / FrontEndDesign.NominalTransimpedanceOhms(3);
            RangeCheckBench b = Swept(low * 1.02);
            Check.True(b.Fe.ReadsOf(3, 3) > 0, "range 3 predicted 2 % above a quarter of 0.22 V is read");
            Check.Equal(0, b.Fe.ReadsOf(3, 2), "range 2 (÷2 below it) is not read");
            b = Swept(low * 0.98);
            Check.Equal(0, b.Fe.ReadsOf(3, 3), "range 3 predicted 2 % below a quarter of 0.22 V is not read");
            Check.True(b.Fe.ReadsOf(3, 4) > 0, "range 4 is read");

            double high = RangeCheck.MaxSignalCodes * RangeCheck.ReadMargin * FrontEndDesign.AdcVoltsPerCode / FrontEndDesign.NominalTransimpedanceOhms(12);
            b = Swept(high * 0.98);
            Check.True(b.Fe.ReadsOf(3, 12) > 0, "range 12 predicted 2 % under 4 × 2.1 V is read");
            Check.Equal(0, b.Fe.ReadsOf(3, 13), "range 13 is not read");
            b = Swept(high * 1.02);
            Check.Equal(0, b.Fe.ReadsOf(3, 12), "range 12 predicted 2 % over 4 × 2.1 V is not read");
            Check.True(b.Fe.ReadsOf(3, 11) > 0, "range 11 is read");
        }

        /// <summary>
        /// Range 6 (100 kΩ) of the bright channel reads like range 5 (70.4 kΩ): the pair 5–6 is judged
        /// (461 and 655 codes, both in the window, no used range next to it) and its ratio is off by
        /// 70.4/100: a range line, at the bright position, naming range 6 and the measured ratio.
        /// </summary>
        [TestMethod]
        public void RangeReadingLikeItsNeighbourIsARangeLineNamingRangeAndRatio()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[3] = BrightAmps;
            b.Fe.FaultChannel = 3;
            b.Fe.Alias[6] = 5;
            Check.False(b.Run(), "stuck range line refused");
            Check.True(b.Faults.Kind == FaultKind.RangeLine, "a range line, not " + FaultCatalogue.Code(b.Faults.Kind));
            Check.Equal(4, b.Faults.Position, "bright position");
            Check.Near(6, b.Faults.Value, 1e-9, "upper range of the pair");
            Check.Near(FrontEndDesign.NominalTransimpedanceOhms(5) / FrontEndDesign.NominalTransimpedanceOhms(6), b.Faults.Limit, 0.003, "measured ÷ expected");
        }

        /// <summary>
        /// 8 % gain error: inside the 15 % tolerance of a pair away from the ranges the scan used
        /// (range 5), outside the 5 % tolerance next to one (range 7, the bright reading is in range 8).
        /// 20 % fails either way.
        /// </summary>
        [TestMethod]
        public void GainErrorIsJudgedWithTheTightToleranceOnlyNextToAUsedRange()
        {
            Check.True(GainError(5, 1.08) == FaultKind.None, "8 % on range 5: within 15 %");
            Check.True(GainError(5, 1.14) == FaultKind.None, "14 % on range 5: within 15 %");
            RangeCheckBench b = Faulted(5, 1.20);
            Check.True(b.Faults.Kind == FaultKind.RangeLine, "20 % on range 5: range line");
            Check.Near(6, b.Faults.Value, 1e-9, "pair 5-6 names range 6");
            Check.Near(1 / 1.20, b.Faults.Limit, 0.003, "ratio measured ÷ expected");

            Check.True(GainError(7, 1.04) == FaultKind.None, "4 % next to the used range 8: within 5 %");
            b = Faulted(7, 1.08);
            Check.True(b.Faults.Kind == FaultKind.RangeLine, "8 % next to the used range 8: range line");
            Check.Equal(4, b.Faults.Position, "position of the used reading");
            Check.Near(9, b.Faults.Value, 1e-9, "the higher range of the pair 7-8, plus one");
            Check.Near(1 / 1.08, b.Faults.Limit, 0.003, "expected ÷ measured in the lower range");
        }

        /// <summary>
        /// A path stuck on one code reads it in every range: the used reading's neighbour range reads
        /// the same code instead of half or 0.7 of it, and a range of another TIA resistor too: channel stuck.
        /// </summary>
        [TestMethod]
        public void PathStuckOnOneCodeIsChannelStuckNotARangeLine()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.StuckChannel = 6;
            b.Fe.StuckCode = 2000;
            b.Acquire(12);
            int r = b.Scan.At(7).Range;
            Check.True(r > 0, "stuck reading taken above range 0");
            Check.False(b.Range.Run(b.Scan, b.Layout, b.Faults), "stuck path refused");
            Check.True(b.Faults.Kind == FaultKind.ChannelStuck, "channel stuck, not " + FaultCatalogue.Code(b.Faults.Kind));
            Check.Equal(7, b.Faults.Position, "stuck position");
            Check.Near(r + 1, b.Faults.Value, 1e-9, "range of the reading, plus one");
            Check.Near(FrontEndDesign.NominalTransimpedanceOhms(r - 1) / FrontEndDesign.NominalTransimpedanceOhms(r), b.Faults.Limit, 0.003, "expected ÷ measured");
        }

        /// <summary>
        /// The swept position is the used one with the most photocurrent (codes ÷ transimpedance), not
        /// the most codes; unused positions are never read.
        /// </summary>
        [TestMethod]
        public void BrightestUsedPositionByPhotocurrentIsSwept()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[1] = BrightAmps / 4;
            b.Fe.Amps[4] = BrightAmps;
            b.Acquire(12);
            Check.True(b.Scan.At(2).Range > b.Scan.At(5).Range, "the dim position is read in a more sensitive range");
            Check.True(b.Range.Run(b.Scan, b.Layout, b.Faults), "healthy");
            Check.True(b.Fe.ReadsOf(4) >= 5, "the position with the most current is swept");
            Check.True(b.Fe.ReadsOf(1) <= 3, "the dim position is only checked in its own range");

            // Position 6 is unused on MPO-8: its light and its stuck line are ignored.
            b = new RangeCheckBench(MpoLayout.Mpo8);
            b.Fe.Amps[3] = BrightAmps / 4;
            b.Fe.Amps[5] = BrightAmps;
            b.Fe.FaultChannel = 5;
            b.Fe.Alias[6] = 5;
            Check.True(b.Run(), "unused position ignored");
            Check.Equal(0, b.Fe.ReadsOf(5), "unused position never read");
            Check.True(b.Fe.ReadsOf(3) >= 5, "the used position swept");

            b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[3] = BrightAmps / 4;
            b.Fe.Amps[5] = BrightAmps;
            b.Fe.FaultChannel = 5;
            b.Fe.Alias[6] = 5;
            Check.False(b.Run(), "position 6 used on MPO-12: its stuck line found");
            Check.Equal(6, b.Faults.Position, "at position 6");
        }

        /// <summary>
        /// A burst spanning more than half its signal is a breaking path, not a range: range 5 reads
        /// 461 codes, so a span of 240 codes hides the planted stuck line and 220 does not.
        /// </summary>
        [TestMethod]
        public void BurstSpanningHalfItsSignalIsNotJudged()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[3] = BrightAmps;
            b.Fe.FaultChannel = 3;
            b.Fe.Alias[6] = 5;
            b.Acquire(12);
            b.Fe.Ripple = 110;
            Check.False(b.Range.Run(b.Scan, b.Layout, b.Faults), "span 220 < 230: judged");
            Check.True(b.Faults.Kind == FaultKind.RangeLine, "range line");

            b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[3] = BrightAmps;
            b.Fe.FaultChannel = 3;
            b.Fe.Alias[6] = 5;
            b.Acquire(12);
            b.Fe.Ripple = 120;
            Check.True(b.Range.Run(b.Scan, b.Layout, b.Faults), "span 240 > 230: not judged");
            Check.False(b.Faults.HasFault, "no fault from a breaking burst");
        }

        private static RangeCheckBench Swept(double amps)
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[3] = amps;
            Check.True(b.Run(), "healthy sweep at " + Format.Fixed(amps * 1e6, 4) + " uA");
            return b;
        }

        private static RangeCheckBench Faulted(int range, double gain)
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[3] = BrightAmps;
            b.Fe.FaultChannel = 3;
            b.Fe.Gain[range] = gain;
            Check.False(b.Run(), "gain error " + Format.Fixed(gain, 2) + " on range " + range.ToString() + " refused");
            Check.Equal(4, b.Faults.Position, "bright position");
            return b;
        }

        private static FaultKind GainError(int range, double gain)
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[3] = BrightAmps;
            b.Fe.FaultChannel = 3;
            b.Fe.Gain[range] = gain;
            bool ok = b.Run();
            Check.True(ok != b.Faults.HasFault, "result agrees with the latch");
            return b.Faults.Kind;
        }
    }
}
