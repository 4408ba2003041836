using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Measured gain of every range on every channel relative to its nominal transimpedance
    /// (1.0 = nominal). Loss against a reference taken in the same range cancels gain errors;
    /// a reading in another range does not, so ranging across a boundary needs this table.
    /// </summary>
    public sealed class GainCalibration
    {
        // One flat array, channel-major (channel * RangeCount + range): one object instead of 33
        // on the interpreter heap (docs/core.md, "Memory on the device").
        private readonly double[] _factors = new double[MpoLayout.MaxPositions * FrontEndDesign.RangeCount];

        /// <summary>Creates a table with every factor at 1.0 (uncalibrated).</summary>
        public GainCalibration()
        {
            for (int i = 0; i < _factors.Length; i++)
            {
                _factors[i] = 1.0;
            }

            RatioUncertaintyDb = UncalibratedRatioUncertaintyDb;
        }

        /// <summary>
        /// Ratio uncertainty with no calibration: two ranges each within ±1 % (uniform) give a
        /// ratio σ of ≈0.8 %, ≈0.035 dB; rounded up to 0.05 dB.
        /// </summary>
        public const double UncalibratedRatioUncertaintyDb = 0.05;

        /// <summary>
        /// Ratio uncertainty of a table marked calibrated without a stated figure (tests). A table
        /// loaded from the calibration file carries the figure its procedure achieved instead
        /// (docs/calibration.md, ≈0.03 dB on the simulated fixture).
        /// </summary>
        public const double CalibratedRatioUncertaintyDb = 0.01;

        /// <summary>
        /// Standard uncertainty, in dB, of the gain ratio between two ranges; it enters a loss
        /// whose reference and measurement were taken in different ranges.
        /// </summary>
        public double RatioUncertaintyDb { get; set; }

        /// <summary>True once every range of every channel has been measured.</summary>
        public bool IsCalibrated { get; private set; }

        /// <summary>Marks the table as measured and lowers the ratio uncertainty accordingly.</summary>
        public void MarkCalibrated()
        {
            MarkCalibrated(CalibratedRatioUncertaintyDb);
        }

        /// <summary>Marks the table as measured with the ratio uncertainty its calibration achieved.</summary>
        public void MarkCalibrated(double ratioUncertaintyDb)
        {
            IsCalibrated = true;
            RatioUncertaintyDb = ratioUncertaintyDb;
        }

        /// <summary>Back to nominal: every factor 1.0, uncalibrated ratio uncertainty.</summary>
        public void Reset()
        {
            for (int i = 0; i < _factors.Length; i++)
            {
                _factors[i] = 1.0;
            }

            IsCalibrated = false;
            RatioUncertaintyDb = UncalibratedRatioUncertaintyDb;
        }

        /// <summary>Gain factor of a range on a channel.</summary>
        public double Get(int channel, int range)
        {
            return _factors[(channel * FrontEndDesign.RangeCount) + range];
        }

        /// <summary>Stores a measured gain factor (0.5..2.0).</summary>
        public void Set(int channel, int range, double factor)
        {
            if (double.IsNaN(factor) || factor < 0.5 || factor > 2.0)
            {
                throw new ArgumentOutOfRangeException("factor", "gain factor " + Format.Fixed(factor, 4) + " for channel " + channel.ToString() + " range " + range.ToString() + " is outside 0.5..2.0");
            }

            _factors[(channel * FrontEndDesign.RangeCount) + range] = factor;
        }
    }
}
