using System;

namespace MpoProbe.Core
{
    /// <summary>The reference's checksum: what a stored reference must match to be used.</summary>
    public sealed partial class Reference
    {
        /// <summary>Bits the file and the checksum hold for an absent power or uncertainty (the NaN pattern earlier firmware wrote; a format constant, never compared).</summary>
        public const long AbsentBits = unchecked((long)0xFFF8000000000000UL);

        /// <summary>CRC-32 over the header, every position's power, uncertainty and range, the monitor and weak positions when present, and the signature.</summary>
        public uint ComputeChecksum()
        {
            Crc32 crc = _crc;
            crc.Reset();
            crc.AddInt64((long)Layout);
            crc.AddInt64((long)Wavelength);
            crc.AddInt64(CapturedUptimeMs);
            crc.AddInt64(CapturedUtcTicks);
            for (int i = 0; i < MpoLayout.MaxPositions; i++)
            {
                bool has = PositionMask.Contains(_powerMask, i + 1);
                crc.AddInt64(has ? BitConverter.DoubleToInt64Bits(_powerDbm[i]) : AbsentBits);
                crc.AddInt64(has ? BitConverter.DoubleToInt64Bits(_uncertaintyDb[i]) : AbsentBits);
                crc.AddInt64(_range[i]);
            }

            // Each only when present, so references stored without one keep their checksum (a forced
            // reference stored before 2026-12-03 fails it and is cleared: its weak positions were unprotected).
            if (HasMonitor)
            {
                crc.AddDouble(MonitorDb);
            }

            if (WeakMask != 0)
            {
                crc.AddInt64(WeakMask);
            }

            _signature.AddTo(crc);

            return crc.Value;
        }
    }
}
