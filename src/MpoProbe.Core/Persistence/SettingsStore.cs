using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Saves and loads the job settings (layout, wavelength, limit, guard band, expected
    /// polarity) as a checksummed <see cref="TextRecord"/>, writing a temporary file and replacing
    /// the real one only when complete. A missing or corrupted file leaves the defaults in place
    /// and says why.
    /// </summary>
    public sealed class SettingsStore
    {
        /// <summary>File name of the settings.</summary>
        public const string FileName = "settings.txt";

        private const string TempName = "settings.tmp";
        private const int Version = 1;
        private readonly IStorage _storage;
        private readonly TextRecord _record = new TextRecord();

        /// <summary>A store over <paramref name="storage"/>.</summary>
        public SettingsStore(IStorage storage)
        {
            _storage = storage ?? throw new ArgumentNullException("storage");
        }

        /// <summary>Why the last load was not OK, empty when it was.</summary>
        public string Problem { get; private set; } = string.Empty;

        /// <summary>Writes the settings; throws (leaving the previous file intact) if the storage fails.</summary>
        public void Save(InspectionSettings settings)
        {
            _record.Begin();
            _record.Put("version", Version);
            _record.Put("layout", (int)settings.Layout.Id);
            _record.Put("wavelength", (int)settings.Wavelength);
            _record.Put("limit_name", settings.Limit.Name);
            _record.Put("limit_db", settings.Limit.LimitDb);
            _record.Put("guard_db", settings.GuardBandDb);
            _record.Put("polarity", (int)settings.ExpectedPolarity);
            _record.Put("fiber", (int)settings.Fiber);
            _record.Put("link", settings.LinkLabel == null ? string.Empty : settings.LinkLabel);
            _storage.Write(TempName, _record.Finish());
            _storage.Replace(TempName, FileName);
        }

        /// <summary>Loads into <paramref name="settings"/>; on anything but OK the settings keep their values.</summary>
        public LoadStatus Load(InspectionSettings settings)
        {
            Problem = string.Empty;
            string text = _storage.Read(FileName);
            if (text == null)
            {
                Problem = FileName + " not found: defaults in use";
                return LoadStatus.Missing;
            }

            int version = 0, layout = 0, wavelength = 0, polarity = 0, fiber = 0;
            double limitDb = 0, guardDb = 0;
            bool ok = _record.Parse(text)
                && _record.TryGet("version", Version, Version, out version)
                && _record.TryGet("layout", 8, 32, out layout)
                && _record.TryGet("wavelength", 850, 1550, out wavelength)
                && _record.TryGet("polarity", 0, 5, out polarity)
                && _record.TryGet("fiber", 0, 3, out fiber)
                && _record.TryGet("limit_db", out limitDb)
                && _record.TryGet("guard_db", out guardDb);
            if (!ok)
            {
                return Corrupted(_record.Error);
            }

            string limitName = _record.Get("limit_name");
            if (limitName == null || !IsLayout(layout) || !IsWavelength(wavelength) || !(limitDb > 0 && limitDb < 100) || !(guardDb >= 0 && guardDb <= 1))
            {
                return Corrupted("a field is out of range: layout " + layout.ToString() + ", wavelength " + wavelength.ToString()
                    + " nm, limit " + Format.Db(limitDb) + " dB, guard " + Format.Db(guardDb) + " dB");
            }

            settings.Layout = MpoLayout.FromId((LayoutId)layout);
            settings.Wavelength = (Wavelength)wavelength;
            settings.Limit = LimitProfile.Restore(limitName, limitDb);
            settings.GuardBandDb = guardDb;
            settings.ExpectedPolarity = (PolarityType)polarity;
            settings.Fiber = (FiberType)fiber;
            string link = _record.Get("link");
            settings.LinkLabel = link == null || link.Length == 0 ? null : link;
            return LoadStatus.Ok;
        }

        private LoadStatus Corrupted(string why)
        {
            Problem = FileName + " corrupted (" + why + "): defaults in use";
            return LoadStatus.Corrupted;
        }

        private static bool IsLayout(int value)
        {
            return value == 8 || value == 12 || value == 16 || value == 24 || value == 32;
        }

        private static bool IsWavelength(int value)
        {
            return value == 850 || value == 1300 || value == 1310 || value == 1550;
        }
    }
}
