using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The loss a link may have, from what it is built of (docs/link-budget.md): mated connector
    /// pairs × 0.75 dB, splices × 0.3 dB and the fiber's length × its attenuation for the fiber
    /// type and wavelength — the TIA-568.3-E maximum component figures, or with <c>standard iso</c>
    /// ISO/IEC 11801-1's (the same but single-mode cable 0.4 dB/km). Set with <c>set link …</c>
    /// and kept with the job; while it is set the inspection limit is the budget's total instead
    /// of one connector pair's (Elite / Standard, which stay for connector and patch-cord tests).
    /// Counts and length are whole numbers, so no unmeasured value ever reaches the sum.
    /// </summary>
    public sealed class LinkBudget
    {
        /// <summary>TIA-568.3-E: maximum insertion loss of one mated connector pair, dB.</summary>
        public const double ConnectorDb = 0.75;

        /// <summary>TIA-568.3-E: maximum loss of one splice (fusion or mechanical), dB.</summary>
        public const double SpliceDb = 0.3;

        /// <summary>TIA-568.3-E cable attenuation, multimode (OM3/OM4/OM5) at 850 nm, dB/km.</summary>
        public const double Multimode850DbPerKm = 3.5;

        /// <summary>TIA-568.3-E cable attenuation, multimode at 1300 nm, dB/km.</summary>
        public const double Multimode1300DbPerKm = 1.5;

        /// <summary>TIA-568.3-E cable attenuation, single-mode inside-plant cable at 1310 and 1550 nm, dB/km.</summary>
        public const double SingleModeInsideDbPerKm = 1.0;

        /// <summary>TIA-568.3-E cable attenuation, single-mode outside-plant cable at 1310 and 1550 nm, dB/km.</summary>
        public const double SingleModeOutsideDbPerKm = 0.5;

        /// <summary>ISO/IEC 11801-1 cabled single-mode fiber (OS2) attenuation at 1310 and 1550 nm, inside or outside plant, dB/km.</summary>
        public const double IsoSingleModeDbPerKm = 0.4;

        /// <summary>Name of the TIA set of figures.</summary>
        public const string TiaName = "TIA-568.3-E";

        /// <summary>Name of the ISO/IEC set of figures.</summary>
        public const string IsoName = "ISO/IEC 11801-1";

        /// <summary>Most connector pairs or splices one budget takes.</summary>
        public const int MaxCount = 20;

        /// <summary>Longest link, metres.</summary>
        public const int MaxLengthM = 20000;

        /// <summary>Name of the limit profile a budget puts in force.</summary>
        public const string ProfileName = "Link budget";

        /// <summary>The largest limit a budget can sum to: every count and the length at their maxima, at the largest attenuation figure.</summary>
        public const double MaxLimitDb = (MaxCount * ConnectorDb) + (MaxCount * SpliceDb) + (MaxLengthM / 1000.0 * Multimode850DbPerKm);

        /// <summary>True while a budget is set (else the per-pair profile applies).</summary>
        public bool IsSet { get; private set; }

        /// <summary>Mated connector pairs in the link, the two at its ends included.</summary>
        public int Connectors { get; private set; }

        /// <summary>Splices in the link.</summary>
        public int Splices { get; private set; }

        /// <summary>Fiber length, metres.</summary>
        public int LengthM { get; private set; }

        /// <summary>Single-mode outside-plant cable (0.5 dB/km) rather than inside plant (1.0 dB/km); TIA figures only.</summary>
        public bool OutsidePlant { get; private set; }

        /// <summary>The ISO/IEC 11801-1 figures (OS2 0.4 dB/km wherever the cable runs) instead of the TIA-568.3-E ones.</summary>
        public bool Iso { get; private set; }

        /// <summary>The standard whose figures the budget uses.</summary>
        public string StandardName => Iso ? IsoName : TiaName;

        /// <summary>Sets the budget's terms with the TIA-568.3-E figures; false (nothing changed) when one is out of range.</summary>
        public bool Set(int connectors, int splices, int lengthM, bool outsidePlant)
        {
            return Set(connectors, splices, lengthM, outsidePlant, false);
        }

        /// <summary>Sets the budget's terms and the standard of its figures; false (nothing changed) when one is out of range.</summary>
        public bool Set(int connectors, int splices, int lengthM, bool outsidePlant, bool iso)
        {
            if (connectors < 0 || connectors > MaxCount || splices < 0 || splices > MaxCount || lengthM < 0 || lengthM > MaxLengthM || (connectors == 0 && splices == 0 && lengthM == 0))
            {
                return false;
            }

            Connectors = connectors;
            Splices = splices;
            LengthM = lengthM;
            OutsidePlant = outsidePlant;
            Iso = iso;
            IsSet = true;
            return true;
        }

        /// <summary>No budget: the per-pair profile applies.</summary>
        public void Clear()
        {
            IsSet = false;
            Connectors = 0;
            Splices = 0;
            LengthM = 0;
            OutsidePlant = false;
            Iso = false;
        }

        /// <summary>The fiber attenuation for <paramref name="fiber"/> at <paramref name="wavelength"/>, dB/km; false when the table has no figure for them.</summary>
        public bool TryFiberDbPerKm(FiberType fiber, Wavelength wavelength, out double dbPerKm)
        {
            dbPerKm = 0;
            if (fiber == FiberType.OS2)
            {
                if (wavelength != Wavelength.Nm1310 && wavelength != Wavelength.Nm1550)
                {
                    return false;
                }

                dbPerKm = Iso ? IsoSingleModeDbPerKm : (OutsidePlant ? SingleModeOutsideDbPerKm : SingleModeInsideDbPerKm);
                return true;
            }

            if (wavelength == Wavelength.Nm850)
            {
                dbPerKm = Multimode850DbPerKm;
                return true;
            }

            if (wavelength == Wavelength.Nm1300)
            {
                dbPerKm = Multimode1300DbPerKm;
                return true;
            }

            return false;
        }

        /// <summary>The connector term, dB.</summary>
        public double ConnectorTermDb => Connectors * ConnectorDb;

        /// <summary>The splice term, dB.</summary>
        public double SpliceTermDb => Splices * SpliceDb;

        /// <summary>The link's limit, dB: the sum of the three terms; false when the fiber has no figure at this wavelength or nothing is set.</summary>
        public bool TryLimitDb(FiberType fiber, Wavelength wavelength, out double limitDb)
        {
            limitDb = 0;
            double perKm;
            if (!IsSet || !TryFiberDbPerKm(fiber, wavelength, out perKm))
            {
                return false;
            }

            limitDb = ConnectorTermDb + SpliceTermDb + (LengthM / 1000.0 * perKm);
            return limitDb > 0;
        }

        /// <summary>
        /// Puts the budget's limit in force on <paramref name="settings"/> (for its fiber and
        /// wavelength); returns false, leaving the limit unchanged, when no budget is set or the
        /// fiber has no figure at that wavelength.
        /// </summary>
        public bool Apply(InspectionSettings settings)
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            double limit;
            if (!TryLimitDb(settings.Fiber, settings.Wavelength, out limit))
            {
                return false;
            }

            settings.Limit = LimitProfile.Restore(ProfileName, limit);
            return true;
        }

        /// <summary>
        /// At boot, settings and job loaded: a budget in force is summed again for the loaded fiber and
        /// wavelength; a limit that names a budget while none is set, or none applies (job.txt lost, or a
        /// write of it failed while settings.txt was saved), is no limit: Standard, and true (the session
        /// fuzz, 2026-12-04: a 91 dB limit stood with no budget behind it).
        /// </summary>
        public bool Reconcile(InspectionSettings settings)
        {
            if (settings.Limit.Name != ProfileName || (IsSet && Apply(settings)))
            {
                return false;
            }

            settings.Limit = LimitProfile.Standard;
            return true;
        }

        /// <summary>True when <paramref name="settings"/> judge against this budget (it is set and its profile is the limit).</summary>
        public bool InForce(InspectionSettings settings)
        {
            return IsSet && settings != null && settings.Limit.Name == ProfileName;
        }

        /// <summary>Adds <c>link_budget</c> (terms, figures and total) to an inspection or settings record.</summary>
        public void AddTo(JsonLine record, InspectionSettings settings)
        {
            double perKm;
            double limit;
            if (!InForce(settings) || !TryFiberDbPerKm(settings.Fiber, settings.Wavelength, out perKm) || !TryLimitDb(settings.Fiber, settings.Wavelength, out limit))
            {
                return;
            }

            record.BeginObjectField("link_budget").Add("standard", StandardName).Add("connectors", Connectors).Add("connector_db", ConnectorDb, 2).Add("splices", Splices).Add("splice_db", SpliceDb, 2)
                .Add("length_m", LengthM).Add("fiber_db_per_km", perKm, 2).Add("plant", settings.Fiber != FiberType.OS2 || Iso ? null : (OutsidePlant ? "outside" : "inside"))
                .Add("fiber_db", LengthM / 1000.0 * perKm, 3).Add("limit_db", limit, 3).EndObject();
        }

        /// <summary>Writes the terms into a job record.</summary>
        public void Put(TextRecord record)
        {
            record.Put("budget", IsSet ? 1 : 0);
            record.Put("budget_connectors", Connectors);
            record.Put("budget_splices", Splices);
            record.Put("budget_length_m", LengthM);
            record.Put("budget_outside", OutsidePlant ? 1 : 0);
            record.Put("budget_iso", Iso ? 1 : 0);
        }

        /// <summary>Reads the terms from a job record; a record without them, or with one out of range, leaves no budget. A record from before the ISO option (no <c>budget_iso</c>) keeps the TIA figures it was made with.</summary>
        public void Read(TextRecord record)
        {
            Clear();
            int set;
            int connectors;
            int splices;
            int length;
            int outside;
            int iso;
            if (record.TryGet("budget", 0, 1, out set) && set == 1 && record.TryGet("budget_connectors", 0, MaxCount, out connectors)
                && record.TryGet("budget_splices", 0, MaxCount, out splices) && record.TryGet("budget_length_m", 0, MaxLengthM, out length)
                && record.TryGet("budget_outside", 0, 1, out outside))
            {
                Set(connectors, splices, length, outside == 1, record.TryGet("budget_iso", 0, 1, out iso) && iso == 1);
            }
        }
    }
}
