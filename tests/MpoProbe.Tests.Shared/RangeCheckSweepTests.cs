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
    /// The brightest channel's sweep on scans written by hand (RangeCheckBench.Blank/Place), so the
    /// ranges the scan used, the read window's edges and the judged pairs can each be set alone.
    /// </summary>
    public partial class RangeCheckTests
    {
        /// <summary>
        /// The sweep's pair 7–8 gets the 5 % tolerance when a position the scan judged used range 8:
        /// the bright position reads in range 6 (655 codes, below the used rule, so only the sweep sees
        /// its 8 % error on range 8). Range 8 used by the last scanned position alone, or by two
        /// positions, is enough; an unused position, a position beyond the scan or none is not.
        /// </summary>
        [TestMethod]
        public void AnyScannedUsedPositionInARangeTightensTheSweepNextToIt()
        {
            RangeCheckBench b = Range8Used(MpoLayout.Mpo12, 12, 12, 0);
            Check.True(b.Faults.Kind == FaultKind.RangeLine, "range 8 used by position 12 only: range line, not " + FaultCatalogue.Code(b.Faults.Kind));
            Check.Equal(4, b.Faults.Position, "the swept position");
            Check.Near(8, b.Faults.Value, 1e-9, "pair 7-8 names range 8");
            Check.Near(1.08, b.Faults.Limit, 0.003, "measured ÷ expected in range 8");
            Check.True(Range8Used(MpoLayout.Mpo12, 12, 11, 12).Faults.Kind == FaultKind.RangeLine, "range 8 used by positions 11 and 12: range line");
            Check.False(Range8Used(MpoLayout.Mpo12, 12, 0, 0).Faults.HasFault, "range 8 used by nobody: 8 % within 15 %");
            Check.False(Range8Used(MpoLayout.Mpo8, 12, 6, 0).Faults.HasFault, "range 8 on position 6, unused on MPO-8: 8 % within 15 %");
            Check.False(Range8Used(MpoLayout.Mpo12, 8, 10, 0).Faults.HasFault, "range 8 on position 10, left from a longer scan: 8 % within 15 %");
        }

        /// <summary>
        /// The tight tolerance needs a used range on either side of the pair and both signals from
        /// 0.58 V: range 7 used by a dimmer position (655 codes, not judged by the used rule) tightens
        /// pair 7–8 (1311 → 2621 codes), so 8 % on range 8 is a range line. With only range 5 used, an
        /// 8 % error of range 7 (pairs 6–7 at 655 → 1311 and 7–8) stays within 15 %; 20 % does not.
        /// </summary>
        [TestMethod]
        public void TightToleranceOnlyForPairsTouchingAUsedRangeWithBothSignalsHigh()
        {
            RangeCheckBench b = Placed(5, 8, 1.08);
            b.Fe.Amps[1] = BrightAmps / 2;
            b.Place(2, 7, RangeCheckBench.Codes(BrightAmps / 2, 7));
            Check.False(b.Judge(), "range 7 used below: refused");
            Check.True(b.Faults.Kind == FaultKind.RangeLine, "range line, not " + FaultCatalogue.Code(b.Faults.Kind));
            Check.Near(8, b.Faults.Value, 1e-9, "pair 7-8 names range 8");

            b = Placed(5, 7, 1.08);
            Check.True(b.Judge(), "8 % on range 7, no used range next to it: within 15 %");
            Check.False(b.Faults.HasFault, "no fault");
            Check.True(b.Fe.ReadsOf(3, 8) > 0, "range 8 was read and judged");
            b = Placed(5, 7, 1.20);
            Check.False(b.Judge(), "20 % on range 7: refused");
            Check.Near(7, b.Faults.Value, 1e-9, "pair 6-7 names range 7");
        }

        /// <summary>
        /// The sweep reads a range whose predicted signal is exactly 0.22 V ÷ 4 or exactly 2.1 V × 4:
        /// the window's edges belong to it (range 8 predicted at the low edge; range 10 at the high
        /// edge from 2.1 V in range 8, 4 × its transimpedance).
        /// </summary>
        [TestMethod]
        public void SweepWindowEdgesAreRead()
        {
            double z = FrontEndDesign.NominalTransimpedanceOhms(8);
            double low = RangeCheck.MinSignalCodes / RangeCheck.ReadMargin;
            Check.True(low / z * z == low, "setup: the low edge is predicted exactly");
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Blank(12);
            b.Place(4, 8, low);
            Check.True(b.Judge(), "nothing to judge in the dark");
            Check.True(b.Fe.ReadsOf(3, 8) > 0, "range 8 at the low edge is read");
            Check.Equal(0, b.Fe.ReadsOf(3, 7), "range 7 below it is not");

            double high = RangeCheck.MaxSignalCodes * RangeCheck.ReadMargin;
            Check.True(RangeCheck.MaxSignalCodes / z * FrontEndDesign.NominalTransimpedanceOhms(10) == high, "setup: the high edge is predicted exactly");
            b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Blank(12);
            b.Place(4, 8, RangeCheck.MaxSignalCodes);
            Check.True(b.Judge(), "nothing to judge in the dark");
            Check.True(b.Fe.ReadsOf(3, 10) > 0, "range 10 at the high edge is read");
            Check.Equal(0, b.Fe.ReadsOf(3, 11), "range 11 above it is not");
        }

        /// <summary>
        /// The light fell 8× between the scan and the sweep: the scan predicts range 8 above 2.1 V × 4,
        /// so it is not read, and the pair 7–8 is not judged with an unread range 8 (a healthy probe
        /// is not refused); the pairs below it still are.
        /// </summary>
        [TestMethod]
        public void OnlyPairsOfTwoReadRangesAreJudged()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[3] = BrightAmps;
            b.Blank(12);
            b.Place(4, 2, 8 * RangeCheckBench.Codes(BrightAmps, 2));
            Check.True(b.Judge(), "healthy probe passes");
            Check.False(b.Faults.HasFault, "no fault");
            Check.Equal(0, b.Fe.ReadsOf(3, 8), "range 8 not read");
            Check.True(b.Fe.ReadsOf(3, 7) > 0, "range 7 read");
        }

        /// <summary>Position 1 (channel 0) is a position like any other: its stuck range line is found.</summary>
        [TestMethod]
        public void FirstPositionIsSwept()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[0] = BrightAmps;
            b.Fe.FaultChannel = 0;
            b.Fe.Alias[6] = 5;
            Check.False(b.Run(), "stuck line on position 1 refused");
            Check.True(b.Faults.Kind == FaultKind.RangeLine, "range line, not " + FaultCatalogue.Code(b.Faults.Kind));
            Check.Equal(1, b.Faults.Position, "at position 1");
        }

        /// <summary>
        /// Light strong enough for the least sensitive ranges: 1000 codes in range 0 (read in range 1)
        /// puts the pair 0–1 in the sweep; 2500 codes, read in range 0 itself, is judged against range 1
        /// by the used rule (whose 5000 codes are above the window). Both healthy: both pass.
        /// </summary>
        [TestMethod]
        public void LeastSensitiveRangesAreJudgedOnAHealthyProbe()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[2] = RangeCheckBench.AmpsFor(1000, 0);
            Check.True(b.Run(), "1000 codes in range 0: healthy");
            Check.True(b.Fe.ReadsOf(2, 0) > 0, "range 0 swept");

            b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[2] = RangeCheckBench.AmpsFor(2500, 0);
            b.Acquire(12);
            Check.Equal(0, b.Scan.At(3).Range, "2500 codes read in range 0");
            Check.True(b.Range.Run(b.Scan, b.Layout, b.Faults), "healthy");
            Check.True(b.Fe.ReadsOf(2, 0) > 0, "range 0 read");
        }

        /// <summary>Two positions with the same photocurrent: the first is swept, the second only checked in its range.</summary>
        [TestMethod]
        public void FirstOfEquallyBrightPositionsIsSwept()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[1] = BrightAmps;
            b.Fe.Amps[3] = BrightAmps;
            Check.True(b.Run(), "healthy");
            Check.True(b.Fe.ReadsOf(1) >= 5, "position 2 swept");
            Check.Equal(0, b.Fe.ReadsOf(3), "position 4 shares position 2's range and is not read");
        }

        /// <summary>
        /// The brightest position is judged by calibrated photocurrent: channel 3 has 0.8 of the nominal
        /// gain, calibrated, and 2097 codes from 4 µA; channel 2 has 2359 codes from 3.6 µA. Channel 3 is swept.
        /// </summary>
        [TestMethod]
        public void BrightestUsesEachChannelsCalibration()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[2] = BrightAmps * 0.9;
            b.Fe.Amps[3] = BrightAmps;
            b.Fe.ChannelGain[3] = 0.8;
            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                b.Gains.Set(3, r, 0.8);
            }

            b.Acquire(12);
            Check.Equal(b.Scan.At(3).Range, b.Scan.At(4).Range, "setup: both read in one range");
            Check.True(b.Scan.At(3).SignalCodes > b.Scan.At(4).SignalCodes, "setup: channel 2 shows more codes");
            Check.True(b.Range.Run(b.Scan, b.Layout, b.Faults), "healthy, calibrated");
            Check.True(b.Fe.ReadsOf(3) >= 5, "channel 3 (more current) swept");
            Check.True(b.Fe.ReadsOf(2) <= 2, "channel 2 only checked in its range");
        }

        /// <summary>
        /// The burst-span rule of a judged pair at its edge: range 6 reads like range 5 (460 codes) with
        /// a ±115-code burst, a span of exactly half the signal, still judged: a range line naming range
        /// 6. A burst spanning more than half of the upper range's own signal (range 6 reads like range 4,
        /// 231 codes, span 200) is a path that breaks, not judged.
        /// </summary>
        [TestMethod]
        public void SpanOfExactlyHalfIsJudgedAndMoreThanHalfOfTheUpperRangeIsNot()
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[3] = RangeCheckBench.AmpsFor(460.2, 5);
            b.Fe.FaultChannel = 3;
            b.Fe.Alias[6] = 5;
            b.Acquire(12);
            b.Fe.Ripple = 115;
            Check.False(b.Range.Run(b.Scan, b.Layout, b.Faults), "span 230 of 460: judged, refused");
            Check.True(b.Faults.Kind == FaultKind.RangeLine, "range line, not " + FaultCatalogue.Code(b.Faults.Kind));
            Check.Near(6, b.Faults.Value, 1e-9, "pair 5-6 names range 6");

            b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[3] = BrightAmps;
            b.Fe.FaultChannel = 3;
            b.Fe.Alias[6] = 4;
            b.Acquire(12);
            b.Fe.Ripple = 100;
            Check.True(b.Range.Run(b.Scan, b.Layout, b.Faults), "span 200 over 231 codes in range 6: not judged");
            Check.False(b.Faults.HasFault, "no range line from a breaking burst");
            Check.True(b.Fe.ReadsOf(3, 6) > 0, "range 6 was read");
        }

        /// <summary>
        /// Bright position 4 placed in range 6 (655 codes, judged by the sweep only) with 8 % gain error
        /// on range 8; positions <paramref name="first"/> and <paramref name="second"/> (0: none) placed in
        /// range 8 at half its current. <paramref name="scanned"/> positions in the last scan.
        /// </summary>
        private static RangeCheckBench Range8Used(MpoLayout layout, int scanned, int first, int second)
        {
            RangeCheckBench b = new RangeCheckBench(layout);
            b.Fe.Amps[3] = BrightAmps;
            b.Fe.FaultChannel = 3;
            b.Fe.Gain[8] = 1.08;
            b.Blank(12);
            if (scanned < 12)
            {
                b.Blank(scanned);
            }

            b.Place(4, 6, RangeCheckBench.Codes(BrightAmps, 6));
            if (first > 0)
            {
                b.Fe.Amps[first - 1] = BrightAmps / 2;
                b.Place(first, 8, RangeCheckBench.Codes(BrightAmps / 2, 8));
            }

            if (second > 0)
            {
                b.Fe.Amps[second - 1] = BrightAmps / 2;
                b.Place(second, 8, RangeCheckBench.Codes(BrightAmps / 2, 8));
            }

            bool ok = b.Judge();
            Check.True(ok != b.Faults.HasFault, "result agrees with the latch");
            return b;
        }

        /// <summary>Bright position 4 placed in <paramref name="range"/>, gain error on one range of its channel.</summary>
        private static RangeCheckBench Placed(int range, int faultRange, double gain)
        {
            RangeCheckBench b = new RangeCheckBench(MpoLayout.Mpo12);
            b.Fe.Amps[3] = BrightAmps;
            b.Fe.FaultChannel = 3;
            b.Fe.Gain[faultRange] = gain;
            b.Blank(12);
            b.Place(4, range, RangeCheckBench.Codes(BrightAmps, range));
            return b;
        }
    }
}
