namespace MpoProbe.Core
{
    /// <summary>
    /// A CRC-32 over the calibration in use: every channel's gain factor in every range, whether
    /// it is a calibration at all, the residual per range and the cross-range ratio uncertainty. A reference stores it
    /// (<see cref="GainSignature.CalibrationCrc"/>): a reference measured with one set of gains
    /// is dropped when the probe later runs with another (calibration lost, replaced or
    /// corrupted, docs/calibration.md). Allocates nothing.
    /// </summary>
    public static class CalibrationChecksum
    {
        private static readonly Crc32 Crc = new Crc32();

        /// <summary>The checksum of <paramref name="gain"/> and <paramref name="info"/>.</summary>
        public static uint Of(GainCalibration gain, CalibrationInfo info)
        {
            Crc32 crc = Crc;
            crc.Reset();
            crc.AddInt64(gain.IsCalibrated ? 1 : 0);
            crc.AddInt64(info.IsCalibrated ? 1 : 0);
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                for (int r = 0; r < FrontEndDesign.RangeCount; r++)
                {
                    crc.AddDouble(gain.Get(c, r));
                }
            }

            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                crc.AddDouble(info.ResidualDb(r));
            }

            // The cross-range ratio's uncertainty feeds every band (since 2026-12-03: a reference
            // taken before it was covered is re-taken once, as after any calibration change).
            crc.AddDouble(gain.RatioUncertaintyDb);

            return crc.Value;
        }
    }
}
