using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// A 1-cord reference (IEC 61280-4-5 / TIA-526-28): the power of every position through
    /// the reference cord, with the wavelength, layout, gain ranges, time and a CRC-32 over all
    /// of it. A reference that is not set or fails its checksum yields no loss and no PASS.
    /// </summary>
    public sealed partial class Reference
    {
        private readonly double[] _powerDbm = new double[MpoLayout.MaxPositions];
        private readonly double[] _uncertaintyDb = new double[MpoLayout.MaxPositions];
        private readonly int[] _range = new int[MpoLayout.MaxPositions];
        private readonly long[] _darkStampMs = new long[MpoLayout.MaxPositions];
        private uint _powerMask;
        private readonly Crc32 _crc = new Crc32();
        private readonly GainSignature _signature = new GainSignature();
        private bool _intact;

        /// <summary>Creates an empty (not set) reference.</summary>
        public Reference()
        {
            Clear();
        }

        /// <summary>True after a capture or restore, until cleared.</summary>
        public bool IsSet { get; private set; }

        /// <summary>Layout the reference was taken on.</summary>
        public LayoutId Layout { get; private set; }

        /// <summary>Wavelength the reference was taken at.</summary>
        public Wavelength Wavelength { get; private set; }

        /// <summary>Milliseconds since boot at capture.</summary>
        public long CapturedUptimeMs { get; private set; }

        /// <summary>UTC ticks at capture, 0 when the clock was not set.</summary>
        public long CapturedUtcTicks { get; private set; }

        /// <summary>
        /// Positions that were low when the operator forced an uneven reference (0 for an accepted
        /// one): every later result and the report mark them, as their losses read too low.
        /// </summary>
        public uint WeakMask { get; private set; }

        /// <summary>Marks the reference as forced by the operator over the low positions <paramref name="weak"/> (re-seals its checksum; from storage: before <see cref="Seal"/>).</summary>
        public void MarkForced(uint weak)
        {
            WeakMask = weak;
            Checksum = ComputeChecksum();
        }

        /// <summary>
        /// The coded source's monitored output when the reference was taken, dB (its monitor field,
        /// docs/source-protocol.md); 0 without one (a plain source, <see cref="HasMonitor"/> false).
        /// Later inspections through a coded source correct their losses by the monitor's change since.
        /// </summary>
        public double MonitorDb { get; private set; }

        /// <summary>True when the reference carries the source's monitor value (<see cref="MonitorDb"/>).</summary>
        public bool HasMonitor { get; private set; }

        /// <summary>Per position: uptime of the dark value the reference reading was corrected with, ms (its dark-drift term).</summary>
        public long DarkStampMs(int position)
        {
            return _darkStampMs[position - 1];
        }

        /// <summary>Records the source's monitor value of a reference just captured, or its absence (re-seals its checksum).</summary>
        public void SetMonitor(bool hasMonitor, double monitorDb)
        {
            RestoreMonitor(hasMonitor, monitorDb);
            Checksum = ComputeChecksum();
        }

        /// <summary>The probe's gain, head and calibration when the reference was taken (<see cref="GainSignature"/>); cleared with it.</summary>
        public GainSignature Signature => _signature;

        /// <summary>Records the gain signature of a reference just captured (re-seals its checksum).</summary>
        public void SetSignature(GainSignature signature)
        {
            _signature.CopyFrom(signature);
            Checksum = ComputeChecksum();
        }

        /// <summary>Restores the monitor value (or its absence) from storage; call before <see cref="Seal"/>.</summary>
        public void RestoreMonitor(bool hasMonitor, double monitorDb)
        {
            MonitorDb = (HasMonitor = hasMonitor) ? monitorDb : 0;
        }

        /// <summary>CRC-32 stored with the reference.</summary>
        public uint Checksum { get; private set; }

        /// <summary>True when set and the stored checksum matched the data when it was sealed.</summary>
        public bool IsValid => IsSet && _intact;

        /// <summary>True when a reference power was measured at a position.</summary>
        public bool HasPower(int position) => PositionMask.Contains(_powerMask, position);

        /// <summary>Reference power of a position (0 unless <see cref="HasPower"/>).</summary>
        public double PowerDbm(int position)
        {
            return _powerDbm[position - 1];
        }

        /// <summary>Standard uncertainty of the reference power of a position, in dB (0 unless <see cref="HasPower"/>).</summary>
        public double UncertaintyDb(int position)
        {
            return _uncertaintyDb[position - 1];
        }

        /// <summary>Gain range the reference power of a position was read in.</summary>
        public int Range(int position)
        {
            return _range[position - 1];
        }

        /// <summary>True when valid and taken on this layout at this wavelength.</summary>
        public bool Matches(LayoutId layout, Wavelength wavelength)
        {
            return IsValid && Layout == layout && Wavelength == wavelength;
        }

        /// <summary>
        /// Probe-port matings the stored powers average: 1 after a capture or a restore from
        /// storage (not persisted: the conservative figure), more once re-mates of the reference
        /// cord were averaged in (<see cref="AverageWith"/>).
        /// </summary>
        public int Matings { get; private set; } = 1;

        /// <summary>
        /// Averages a re-mated scan of the reference cord into the stored powers, so the reference's
        /// own mating error shrinks by √(1/<see cref="Matings"/>) (docs/uncertainty.md). Refused
        /// (false, nothing changed) unless every used position has steady light in the range it was
        /// stored in.
        /// </summary>
        public bool AverageWith(Scan scan, MpoLayout layout)
        {
            if (scan == null || layout == null || !IsValid || layout.Id != Layout)
            {
                return false;
            }

            for (int p = 1; p <= layout.PositionCount; p++)
            {
                ChannelReading r = scan.At(p);
                if (layout.IsUsed(p) && (r.Status != ChannelStatus.Ok || !HasPower(p) || r.Range != _range[p - 1]))
                {
                    return false;
                }
            }

            int m = Matings;
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                if (!layout.IsUsed(p))
                {
                    continue;
                }

                ChannelReading r = scan.At(p);
                double u = _uncertaintyDb[p - 1];
                _powerDbm[p - 1] = ((_powerDbm[p - 1] * m) + r.PowerDbm) / (m + 1);
                _uncertaintyDb[p - 1] = Math.Sqrt((u * u * m * m) + (r.UncertaintyDb * r.UncertaintyDb)) / (m + 1);
            }

            Matings = m + 1;
            Checksum = ComputeChecksum();
            return true;
        }

        /// <summary>Stores the powers of a scan as the reference for its used positions.</summary>
        public void Capture(Scan scan, MpoLayout layout, long uptimeMs, long utcTicks)
        {
            if (scan == null || layout == null)
            {
                throw new ArgumentNullException(scan == null ? "scan" : "layout");
            }

            Clear();
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                ChannelReading reading = scan.At(p);
                bool keep = layout.IsUsed(p) && reading.Status == ChannelStatus.Ok;
                _powerDbm[p - 1] = keep ? reading.PowerDbm : 0;
                _uncertaintyDb[p - 1] = keep ? reading.UncertaintyDb : 0;
                _powerMask |= keep ? PositionMask.Of(p) : 0;
                _range[p - 1] = reading.Range;
                _darkStampMs[p - 1] = reading.DarkStampMs;
            }

            Seal(layout.Id, scan.Wavelength, uptimeMs, utcTicks, 0);
            FromEarlierBoot = false;
            Checksum = ComputeChecksum();
            _intact = true;
        }

        /// <summary>
        /// Restores one position from storage; call <see cref="Seal"/> after the last one.
        /// The stored checksum decides validity.
        /// </summary>
        public void RestorePosition(int position, bool hasPower, double powerDbm, double uncertaintyDb, int range)
        {
            _powerDbm[position - 1] = hasPower ? powerDbm : 0;
            _uncertaintyDb[position - 1] = hasPower ? uncertaintyDb : 0;
            _powerMask = hasPower ? PositionMask.With(_powerMask, position) : _powerMask & ~PositionMask.Of(position);
            _range[position - 1] = range;
        }

        /// <summary>True for a reference restored from storage: it was captured before this power-up, so its uptime stamp says nothing about its age.</summary>
        public bool FromEarlierBoot { get; private set; }

        /// <summary>
        /// Age in minutes at <paramref name="nowUptimeMs"/> (and <paramref name="nowUtcTicks"/>, 0 when
        /// the clock is not set), or -1 when it cannot be known: a reference from an earlier
        /// power-up whose capture and present time are not both on the UTC clock (the probe has no
        /// battery-backed clock, so its uptime restarted).
        /// </summary>
        public long AgeMinutes(long nowUptimeMs, long nowUtcTicks)
        {
            if (!FromEarlierBoot)
            {
                return (nowUptimeMs - CapturedUptimeMs) / 60000;
            }

            if (CapturedUtcTicks > 0 && nowUtcTicks >= CapturedUtcTicks)
            {
                return (nowUtcTicks - CapturedUtcTicks) / 600000000L;
            }

            return -1;
        }

        /// <summary>Re-stamps a reference of this power-up with the UTC time <paramref name="utcTicks"/> its capture had on a clock set since (the age of a reference reloaded after a restart is told from this stamp); the checksum follows.</summary>
        public void Restamp(long utcTicks)
        {
            CapturedUtcTicks = utcTicks;
            Checksum = ComputeChecksum();
        }

        /// <summary>Sets the header fields and the checksum as stored, marking the reference set (and from an earlier power-up).</summary>
        public void Seal(LayoutId layout, Wavelength wavelength, long uptimeMs, long utcTicks, uint checksum)
        {
            Layout = layout;
            Wavelength = wavelength;
            CapturedUptimeMs = uptimeMs;
            CapturedUtcTicks = utcTicks;
            Checksum = checksum;
            IsSet = true;
            FromEarlierBoot = true;
            _intact = checksum == ComputeChecksum();
        }

        /// <summary>Forgets the reference.</summary>
        public void Clear()
        {
            IsSet = false;
            _intact = false;
            Checksum = 0;
            Matings = 1;
            WeakMask = 0;
            RestoreMonitor(false, 0);
            _powerMask = 0;
            _signature.Clear();
            for (int i = 0; i < MpoLayout.MaxPositions; i++)
            {
                _powerDbm[i] = 0;
                _uncertaintyDb[i] = 0;
                _range[i] = 0;
                _darkStampMs[i] = 0;
            }
        }
    }
}
