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
    /// The used-range rule on a position that is not the brightest (so the sweep never sees it), on
    /// scans written by hand: which neighbour it is judged against, when it is not judged, the fault's
    /// values, and how a stuck path is told from a range line.
    /// </summary>
    public partial class RangeCheckTests
    {
        /// <summary>
        /// Position 12 read 1311 codes in range 8: half of it (range 7) is under 0.435 V, so range 9 is
        /// its neighbour. 8 % on range 9 is a range line naming range 10 (9 plus one) with measured ÷
        /// expected 1.08; the healthy channel passes. The judgement uses channel 11's own calibration
        /// (channel 12's is set to 0.8 or 1.3 to show it), and a scan reading of exactly 0.435 V is judged.
        /// </summary>
        [TestMethod]
        public void UsedReadingIsJudgedAgainstTheRangeAboveWhenTheOneBelowIsTooLow()
        {
            for (int i = 0; i < 2; i++)
            {
                double other = i == 0 ? 0.8 : 1.3;
                RangeCheckBench b = DimUsed(1311, 1311, 9, 1.0, other);
                Check.True(b.Judge(), "healthy, next channel calibrated " + Format.Fixed(other, 1));
                Check.False(b.Faults.HasFault, "healthy: no fault");
                Check.True(b.Fe.ReadsOf(11, 9) > 0, "range 9 read");
                Check.Equal(0, b.Fe.ReadsOf(11, 7), "range 7 not read");

                b = DimUsed(1311, 1311, 9, 1.08, other);
                Check.False(b.Judge(), "8 % on range 9 refused, next channel calibrated " + Format.Fixed(other, 1));
                Check.True(b.Faults.Kind == FaultKind.RangeLine, "range line, not " + FaultCatalogue.Code(b.Faults.Kind));
                Check.Equal(12, b.Faults.Position, "the used position, not the swept one");
                Check.Near(10, b.Faults.Value, 1e-9, "range 9 plus one");
                Check.Near(1.08, b.Faults.Limit, 0.003, "measured ÷ expected in range 9");
            }

            RangeCheckBench edge = DimUsed(RangeCheck.UsedRangeMinSignalCodes, 1311, 9, 1.08, 1.0);
            Check.False(edge.Judge(), "a scan reading of exactly 0.435 V is judged");
            Check.Equal(12, edge.Faults.Position, "at position 12");
        }

        /// <summary>
        /// The used rule judges only a reading it measures again inside 0.435–2.1 V: light that fell to
        /// 655 codes since the scan, or a reading of 3500 codes, is not judged at 5 % (8 % on its
        /// neighbour passes; the sweep judges the brightest position).
        /// </summary>
        [TestMethod]
        public void UsedRuleSkipsAReadingOutsideItsWindow()
        {
            RangeCheckBench b = DimUsed(1311, 655, 9, 1.08, 1.0);
            Check.True(b.Judge(), "655 codes measured: not judged");
            Check.False(b.Faults.HasFault, "no fault");
            Check.Equal(0, b.Fe.ReadsOf(11, 9), "range 9 not read");

            b = new RangeCheckBench(MpoLayout.Mpo12);
            Bright(b);
            b.Fe.Amps[11] = RangeCheckBench.AmpsFor(3500, 8);
            b.Fe.FaultChannel = 11;
            b.Fe.Gain[7] = 1.08;
            b.Place(12, 8, 3500);
            Check.True(b.Judge(), "3500 codes: above 2.1 V, not judged");
            Check.False(b.Faults.HasFault, "no fault");
            Check.Equal(0, b.Fe.ReadsOf(11, 7), "range 7 not read");
        }

        /// <summary>
        /// A used reading in range 0 has only range 1 beside it; at 1760 codes range 1 is expected at
        /// 3520, above 2.1 V, so the used rule does not judge it: range 1 reading 8 % low there passes
        /// (the sweep cannot judge that pair either).
        /// </summary>
        [TestMethod]
        public void UsedRuleSkipsANeighbourExpectedAboveTheWindow()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            Bright(b);
            b.Fe.Amps[11] = RangeCheckBench.AmpsFor(1760, 0);
            b.Fe.FaultChannel = 11;
            b.Fe.Gain[1] = 0.92;
            b.Place(12, 0, 1760);
            Check.True(b.Judge(), "range 1 expected at 3520 codes: not judged, got " + FaultCatalogue.Code(b.Faults.Kind));
            Check.False(b.Faults.HasFault, "no fault");
            Check.True(b.Fe.ReadsOf(11, 1) > 0, "range 1 was read");
        }

        /// <summary>
        /// A used reading whose burst spans more than half its signal is a path that breaks (the
        /// test-current check names it), not judged: 1312 codes with ±400 is skipped; ±328, a span of
        /// exactly half, is judged and its 8 % error on range 9 refused. The same holds for the
        /// neighbour range's burst, and a burst reaching the knee is not judged either.
        /// </summary>
        [TestMethod]
        public void UsedReadingWithABurstOverHalfItsSignalIsNotJudged()
        {
            RangeCheckBench b = DimUsed(1312, 1312.2, 9, 1.08, 1.0);
            b.Fe.Ripple = 328;
            Check.False(b.Judge(), "span 656 of 1312: judged, refused");
            Check.True(b.Faults.Kind == FaultKind.RangeLine, "range line, not " + FaultCatalogue.Code(b.Faults.Kind));
            Check.Equal(12, b.Faults.Position, "at position 12");

            b = DimUsed(1312, 1312.2, 9, 1.08, 1.0);
            b.Fe.Ripple = 400;
            Check.True(b.Judge(), "span 800 of 1312: not judged");
            Check.False(b.Faults.HasFault, "no range line from a breaking burst");

            b = DimUsed(2621.4, 2621.4, 7, 1.08, 1.0);
            b.Fe.Ripple = 400;
            Check.True(b.Judge(), "2621 codes with a span of 800 are read; the neighbour range 7 (1416 codes, span 800) is not judged");
            Check.False(b.Faults.HasFault, "no range line from the neighbour's breaking burst");
            Check.True(b.Fe.ReadsOf(11, 7) > 0, "range 7 was read");

            b = DimUsed(3300.2, 3300.2, 7, 1.08, 1.0);
            b.Fe.Ripple = 304;
            Check.True(b.Judge(), "3300 codes whose burst reaches the 2.45 V knee (code 4014): not judged");
            Check.False(b.Faults.HasFault, "no fault");
            Check.Equal(0, b.Fe.ReadsOf(11, 7), "range 7 not read");
        }

        /// <summary>
        /// Range 7 reads like range 8 (the same code where half was expected): the used rule reads
        /// range 2 (the same PGA gain on the 2.2 kΩ resistor), which differs, so it is a range line
        /// naming range 9 (8 plus one) with expected ÷ measured 0.5, not a stuck channel.
        /// </summary>
        [TestMethod]
        public void NeighbourReadingTheSameCodeIsARangeLineWhenAnotherResistorDiffers()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[3] = BrightAmps;
            b.Fe.FaultChannel = 3;
            b.Fe.Alias[7] = 8;
            b.Blank(12);
            b.Place(4, 8, RangeCheckBench.Codes(BrightAmps, 8));
            Check.False(b.Judge(), "refused");
            Check.True(b.Faults.Kind == FaultKind.RangeLine, "range line, not " + FaultCatalogue.Code(b.Faults.Kind));
            Check.Equal(4, b.Faults.Position, "at position 4");
            Check.Near(9, b.Faults.Value, 1e-9, "range 8 plus one");
            Check.Near(0.5, b.Faults.Limit, 0.003, "expected ÷ measured");
            Check.True(b.Fe.ReadsOf(3, 2) > 0, "range 2 read to tell the path from the line");
        }

        /// <summary>
        /// A path stuck on one code, judged by the used rule in range 13 or 6: the range six below on
        /// another resistor (7, or 0 for range 6) reads the same code: channel stuck.
        /// </summary>
        [TestMethod]
        public void StuckPathIsToldByTheRangeOnAnotherResistor()
        {
            for (int i = 0; i < 2; i++)
            {
                int range = i == 0 ? 13 : 6;
                int below = range - 6;
                RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
                b.Fe.StuckChannel = 3;
                b.Fe.StuckCode = RangeCheckBench.Pedestal + 2000;
                b.Blank(12);
                b.Place(4, range, 2000);
                Check.False(b.Judge(), "stuck path in range " + range.ToString() + " refused");
                Check.True(b.Faults.Kind == FaultKind.ChannelStuck, "channel stuck, not " + FaultCatalogue.Code(b.Faults.Kind));
                Check.Equal(4, b.Faults.Position, "at position 4");
                Check.Near(range + 1, b.Faults.Value, 1e-9, "the reading's range plus one");
                Check.True(b.Fe.ReadsOf(3, below) > 0, "range " + below.ToString() + " read");
                Check.Equal(0, b.Fe.ReadsOf(3, range + 6 < FrontEndDesign.RangeCount ? range + 6 : 0), "not the range six above");
            }
        }

        /// <summary>A check without an acquirer is refused at construction.</summary>
        [TestMethod]
        public void RangeCheckNeedsAnAcquirer()
        {
            Check.Throws(typeof(ArgumentNullException), () => new RangeCheck(null), "no acquirer");
        }

        /// <summary>
        /// Bright healthy position 4 placed in range 7 (2621 codes); position 12 placed in range 8 at
        /// <paramref name="scanCodes"/> with light for <paramref name="codes"/>, <paramref name="gain"/> on
        /// its range <paramref name="faultRange"/>; channel 12 (position 13, not on MPO-12) calibrated at <paramref name="nextCal"/>.
        /// </summary>
        private static RangeCheckBench DimUsed(double scanCodes, double codes, int faultRange, double gain, double nextCal)
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                b.Gains.Set(12, r, nextCal);
            }

            Bright(b);
            b.Fe.Amps[11] = RangeCheckBench.AmpsFor(codes, 8);
            b.Fe.FaultChannel = 11;
            b.Fe.Gain[faultRange] = gain;
            b.Place(12, 8, scanCodes);
            return b;
        }

        private static void Bright(RangeCheckBench b)
        {
            b.Fe.Amps[3] = 2 * BrightAmps;
            b.Blank(12);
            b.Place(4, 7, RangeCheckBench.Codes(2 * BrightAmps, 7));
        }
    }
}
