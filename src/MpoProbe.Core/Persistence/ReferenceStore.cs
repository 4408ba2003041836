using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Saves and loads the 1-cord reference: header, every position's power, uncertainty and range
    /// (exact bits), and the reference's own CRC-32, in a checksummed <see cref="TextRecord"/>
    /// written to a temporary file and then swapped in. A power loss mid-save leaves the previous
    /// file intact. A missing or corrupted file leaves the reference cleared: no PASS until a new
    /// reference is taken.
    /// </summary>
    public sealed class ReferenceStore
    {
        /// <summary>File name of the reference.</summary>
        public const string FileName = "reference.txt";

        private const string TempName = "reference.tmp";
        private const int Version = 2;
        private readonly IStorage _storage;
        private readonly TextRecord _record;
        private readonly GainSignatureRecord _signature = new GainSignatureRecord();

        /// <summary>A store over <paramref name="storage"/>.</summary>
        public ReferenceStore(IStorage storage)
            : this(storage, new TextRecord())
        {
        }

        /// <summary>
        /// A store over <paramref name="storage"/> writing and reading through <paramref name="record"/>,
        /// which the other stores may share: each call begins and ends its use of it, and the probe
        /// runs one store call at a time (ProbeCore shares one record among all its stores).
        /// </summary>
        public ReferenceStore(IStorage storage, TextRecord record)
        {
            _storage = storage ?? throw new ArgumentNullException("storage");
            _record = record ?? throw new ArgumentNullException("record");
        }

        /// <summary>Why the last load was not OK, empty when it was.</summary>
        public string Problem { get; private set; } = string.Empty;

        /// <summary>Writes a valid reference; throws (leaving the previous file intact) if the storage fails.</summary>
        public void Save(Reference reference)
        {
            if (!reference.IsValid)
            {
                throw new InvalidOperationException("only a valid reference is saved");
            }

            _record.Begin();
            _record.Put("version", Version);
            _record.Put("layout", (int)reference.Layout);
            _record.Put("wavelength", (int)reference.Wavelength);
            _record.Put("uptime_ms", reference.CapturedUptimeMs.ToString());
            _record.Put("utc_ticks", reference.CapturedUtcTicks.ToString());
            for (int p = 1; p <= MpoLayout.MaxPositions; p++)
            {
                string key = "p" + p.ToString();
                if (reference.HasPower(p))
                {
                    _record.Put(key + "_dbm", reference.PowerDbm(p));
                    _record.Put(key + "_u", reference.UncertaintyDb(p));
                }
                else
                {
                    _record.PutAbsent(key + "_dbm");
                    _record.PutAbsent(key + "_u");
                }

                _record.Put(key + "_range", reference.Range(p));
            }

            _record.Put("reference_crc", reference.Checksum.ToString("X8"));
            _record.Put("weak", reference.WeakMask.ToString("X8"));
            if (reference.HasMonitor)
            {
                _record.Put("monitor_db", reference.MonitorDb);
            }

            _signature.Write(reference.Signature, _record);

            _storage.Write(TempName, _record.Finish());
            _storage.Replace(TempName, FileName);
        }

        /// <summary>Deletes the stored reference (and a half-written one), so a restart cannot bring back a reference the probe dropped; throws if the storage fails.</summary>
        public void Delete()
        {
            _storage.Delete(TempName);
            _storage.Delete(FileName);
        }

        /// <summary>Loads into <paramref name="reference"/>; anything but OK leaves it cleared.</summary>
        public LoadStatus Load(Reference reference)
        {
            reference.Clear();
            Problem = string.Empty;
            string text = _storage.Read(FileName);
            if (text == null)
            {
                Problem = FileName + " not found: no reference, set one";
                return LoadStatus.Missing;
            }

            bool restored = Restore(text, reference);
            bool older = !restored && _record.Get("version") == "1";
            _record.Release();
            if (!restored)
            {
                reference.Clear();
                string why = older ? "stored by an older firmware, without the gain signature (ladder, test currents, head serial, calibration checksum)"
                    : (_record.Error.Length > 0 ? _record.Error : "its data does not match the reference checksum");
                Problem = FileName + " corrupted (" + why + "): reference cleared, set a new one";
                return LoadStatus.Corrupted;
            }

            return LoadStatus.Ok;
        }

        private bool Restore(string text, Reference reference)
        {
            int version, layout, wavelength;
            if (!_record.Parse(text) || !_record.TryGet("version", Version, Version, out version)
                || !_record.TryGet("layout", 8, 32, out layout) || !_record.TryGet("wavelength", 850, 1550, out wavelength))
            {
                return false;
            }

            for (int p = 1; p <= MpoLayout.MaxPositions; p++)
            {
                string key = "p" + p.ToString();
                double power, uncertainty;
                bool hasPower, hasUncertainty;
                int range;
                if (!_record.TryGet(key + "_dbm", out hasPower, out power) || !_record.TryGet(key + "_u", out hasUncertainty, out uncertainty)
                    || !_record.TryGet(key + "_range", 0, FrontEndDesign.TopRange, out range) || hasPower != hasUncertainty)
                {
                    return false;
                }

                reference.RestorePosition(p, hasPower, power, uncertainty, range);
            }

            long uptime, utc;
            uint crc;
            if (!_record.TryGetLong("uptime_ms", out uptime) || !_record.TryGetLong("utc_ticks", out utc) || !_record.TryGetHex("reference_crc", out crc))
            {
                return false;
            }

            double monitor = 0;
            bool hasMonitor = _record.Get("monitor_db") != null;
            if (hasMonitor && !_record.TryGet("monitor_db", out monitor))
            {
                return false;
            }

            if (!_signature.Read(_record, reference.Signature))
            {
                return false;
            }

            uint weak = 0;
            if (_record.Get("weak") != null && !_record.TryGetHex("weak", out weak))
            {
                return false;
            }

            // The weak positions and the monitor before the seal: the reference checksum covers both.
            reference.RestoreMonitor(hasMonitor, monitor);
            reference.MarkForced(weak);
            reference.Seal((LayoutId)layout, (Wavelength)wavelength, uptime, utc, crc);
            return reference.IsValid;
        }
    }
}
