using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Saves and loads the job settings (layout, wavelength, limit, guard band, expected
    /// polarity, link label, the job's reference re-check counts) as a checksummed <see cref="TextRecord"/>, writing a temporary file and replacing
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
        private readonly TextRecord _record;

        /// <summary>A store over <paramref name="storage"/>.</summary>
        public SettingsStore(IStorage storage)
            : this(storage, new TextRecord())
        {
        }

        /// <summary>
        /// A store over <paramref name="storage"/> writing and reading through <paramref name="record"/>,
        /// which the other stores may share: each call begins and ends its use of it, and the probe
        /// runs one store call at a time (ProbeCore shares one record among all its stores).
        /// </summary>
        public SettingsStore(IStorage storage, TextRecord record)
        {
            _storage = storage ?? throw new ArgumentNullException("storage");
            _record = record ?? throw new ArgumentNullException("record");
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
            _record.Put("recheck_every", settings.RecheckEvery);
            _record.Put("recheck_minutes", settings.RecheckMinutes);
            _storage.Write(TempName, _record.Finish());
            _storage.Replace(TempName, FileName);
        }

        /// <summary>
        /// Loads into <paramref name="settings"/>. A file that is cut, altered (checksum) or of
        /// another version leaves every setting at its default. Otherwise each field passes the
        /// same checks as the <c>set</c> command (layout, wavelength allowed for the fiber, limit
        /// 0.05–20 dB or a named profile, guard 0–1 dB, a polarity defined for the layout, a
        /// printable link label of at most 24 characters); a field that fails keeps its default
        /// and is named in <see cref="Problem"/> (then the result is Corrupted).
        /// </summary>
        public LoadStatus Load(InspectionSettings settings)
        {
            Problem = string.Empty;
            string text = _storage.Read(FileName);
            if (text == null)
            {
                Problem = FileName + " not found: defaults in use";
                return LoadStatus.Missing;
            }

            int version;
            if (!_record.Parse(text) || !_record.TryGet("version", Version, Version, out version))
            {
                return Corrupted(_record.Error);
            }

            string problems = string.Empty;
            int layout = Whole("layout", 8, 32, ref problems);
            MpoLayout mpo = IsLayout(layout) ? MpoLayout.FromId((LayoutId)layout) : null;
            problems += mpo == null && layout != int.MinValue ? "layout " + layout.ToString() + " is not 8, 12, 16, 24 or 32; " : string.Empty;
            settings.Layout = mpo ?? MpoLayout.Mpo12;
            int fiber = Whole("fiber", 0, 3, ref problems);
            settings.Fiber = fiber == int.MinValue ? FiberType.OM4 : (FiberType)fiber;
            int wavelength = Whole("wavelength", 850, 1550, ref problems);
            bool allowed = IsWavelength(wavelength) && FiberProfiles.Allows(settings.Fiber, (Wavelength)wavelength);
            problems += !allowed && wavelength != int.MinValue ? "wavelength " + wavelength.ToString() + " nm is not a test wavelength of " + FiberProfiles.Name(settings.Fiber) + "; " : string.Empty;
            settings.Wavelength = allowed ? (Wavelength)wavelength : FiberProfiles.Wavelengths(settings.Fiber)[0];
            settings.Limit = Limit(ref problems);
            double guard;
            settings.GuardBandDb = Decimal("guard_db", 0, 1, ref problems, out guard) ? guard : 0.10;
            int polarity = Whole("polarity", 0, 5, ref problems);
            bool applies = polarity != int.MinValue && PolarityTemplates.Applies((PolarityType)polarity, settings.Layout);
            problems += !applies && polarity != int.MinValue ? "polarity " + polarity.ToString() + " is not defined for " + settings.Layout.Name + "; " : string.Empty;
            settings.ExpectedPolarity = applies ? (PolarityType)polarity : PolarityTemplates.Fitting(PolarityType.TypeB, settings.Layout);
            settings.LinkLabel = Label(ref problems);
            settings.RecheckEvery = Recheck("recheck_every", 1000, InspectionSettings.DefaultRecheckEvery, ref problems);
            settings.RecheckMinutes = Recheck("recheck_minutes", 1440, InspectionSettings.DefaultRecheckMinutes, ref problems);
            if (problems.Length > 0)
            {
                Problem = FileName + ": " + problems + "those settings are at their defaults";
                return LoadStatus.Corrupted;
            }

            return LoadStatus.Ok;
        }

        /// <summary>A whole-number field within bounds, or int.MinValue (and a problem) when missing or out of range.</summary>
        private int Whole(string key, int min, int max, ref string problems)
        {
            int value;
            if (_record.TryGet(key, min, max, out value))
            {
                return value;
            }

            problems += _record.Error + "; ";
            return int.MinValue;
        }

        /// <summary>
        /// A re-check count (0 to <paramref name="most"/>, as <c>set recheck_every|recheck_minutes</c>);
        /// a file written before the setting was saved has none and keeps <paramref name="standard"/>.
        /// </summary>
        private int Recheck(string key, int most, int standard, ref string problems)
        {
            if (_record.Get(key) == null)
            {
                return standard;
            }

            int value = Whole(key, 0, most, ref problems);
            return value == int.MinValue ? standard : value;
        }

        /// <summary>A stored finite double within bounds; false (and a problem) when missing, not finite or out of bounds.</summary>
        private bool Decimal(string key, double min, double max, ref string problems, out double value)
        {
            if (!_record.TryGet(key, out value))
            {
                problems += _record.Error + "; ";
                return false;
            }

            if (!(value >= min && value <= max))
            {
                problems += key + " " + Format.Fixed(value, 3) + " is outside " + Format.Db(min) + ".." + Format.Db(max) + "; ";
                return false;
            }

            return true;
        }

        /// <summary>Elite or Standard by name and value, or a custom limit of 0.05–20 dB (as <c>set limit</c>; a link budget's up to <see cref="LinkBudget.MaxLimitDb"/>); else Standard.</summary>
        private LimitProfile Limit(ref string problems)
        {
            string name = _record.Get("limit_name");
            double db;
            // A link budget's limit may pass a typed one's bounds (10 m alone is 0.035 dB, the longest 91 dB); it is summed again from job.txt at boot.
            bool budget = name == LinkBudget.ProfileName;
            if (!Decimal("limit_db", budget ? 1e-9 : 0.05, budget ? LinkBudget.MaxLimitDb : 20.0, ref problems, out db))
            {
                return LimitProfile.Standard;
            }

            if (name == null || name.Length == 0 || name.Length > 32 || !Printable(name))
            {
                problems += "limit_name is missing or not printable text of at most 32 characters; ";
                return LimitProfile.Standard;
            }

            bool named = name == LimitProfile.Elite.Name || name == LimitProfile.Standard.Name;
            LimitProfile limit = LimitProfile.Restore(name, db);
            if (named && limit != LimitProfile.Elite && limit != LimitProfile.Standard)
            {
                problems += "limit " + name + " stored with " + Format.Db(db) + " dB; ";
                return LimitProfile.Standard;
            }

            return limit;
        }

        /// <summary>The link label (null when empty); a label <c>link</c> would refuse is a problem.</summary>
        private string Label(ref string problems)
        {
            string link = _record.Get("link");
            if (link == null || link.Length == 0)
            {
                return null;
            }

            if (link.Length > CommandProcessor.MaxLinkLength || !Printable(link) || link.Trim() != link)
            {
                problems += "link label is not printable text of at most " + CommandProcessor.MaxLinkLength.ToString() + " characters; ";
                return null;
            }

            return link;
        }

        private static bool Printable(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < ' ' || text[i] > '~')
                {
                    return false;
                }
            }

            return true;
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
