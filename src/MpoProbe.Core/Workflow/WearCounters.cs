using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Matings of the probe's own receptacle and of the reference cord (each inspection mates
    /// both once), kept across power cycles in <c>wear.txt</c>, and the mating repeatability
    /// measured on them (<see cref="Mating"/>) in <c>mating.txt</c>, written only when its evidence
    /// changed (variances as whole nano-dB², no number text made). Warning thresholds from connector
    /// durability figures (issue 9): plain MPO guide holes wear after ≈ 500 matings, MTP after
    /// ≈ 600; test leads are replaced after ≈ 1000.
    /// </summary>
    public sealed class WearCounters
    {
        /// <summary>File name of the counters.</summary>
        public const string FileName = "wear.txt";

        private const string TempName = "wear.tmp";

        // Saved on every inspection: names made once, not a literal per save (docs/core.md, "Memory on the device").
        private static readonly string TempFile = TempName;
        private static readonly string File = FileName;
        private static readonly string PortKey = "port";
        private static readonly string CordKey = "cord";
        private static readonly string SinceCheckKey = "since_check";
        private static readonly string CheckedKey = "checked_utc_min";
        private static readonly string RematesKey = "mating_remates";
        private static readonly string HeadKey = "head";
        private static readonly string HeadSerialKey = "head_serial";
        private static readonly string CommonKey = "mating_common_ndb2";
        private static readonly string CommonDofKey = "mating_common_dof";
        private static readonly string OwnKey = "mating_own_ndb2";
        private static readonly string OwnDofKey = "mating_own_dof";
        private const double Nano = 1e9;
        private static readonly string MatingTemp = "mating.tmp";

        /// <summary>File name of the mating repeatability.</summary>
        public const string MatingFileName = "mating.txt";

        private static readonly string MatingFile = MatingFileName;
        private int _savedChanges = -1;
        private readonly TextRecord _record;

        /// <summary>Counters at zero, with a record of their own.</summary>
        public WearCounters()
            : this(new TextRecord())
        {
        }

        /// <summary>
        /// Counters at zero, saved and loaded through <paramref name="record"/>, which the stores may
        /// share: each call begins and ends its use of it (ProbeCore shares one among its stores).
        /// </summary>
        public WearCounters(TextRecord record)
        {
            _record = record ?? throw new ArgumentNullException("record");
        }

        /// <summary>The fitted head, whose port the repeatability was measured on (null: the repeatability is not restored).</summary>
        public IProbeHardware Head { get; set; }

        /// <summary>The probe's mating repeatability, saved and restored with the counts (null: not kept).</summary>
        public MatingRepeatability Mating { get; set; }

        /// <summary>Inspections since the reference or the last good re-check, kept so a restart does not restart the re-check's count.</summary>
        public int SinceCheck { get; set; }

        /// <summary>UTC of the reference or the last good re-check in whole minutes since 1970, 0 when the clock was not set then: the re-check's time survives a restart.</summary>
        public int CheckedUtcMinutes { get; set; }

        /// <summary>Matings of the probe's receptacle since it was last replaced.</summary>
        public int PortMatings { get; private set; }

        /// <summary>Matings of the reference cord since it was last replaced.</summary>
        public int CordMatings { get; private set; }

        /// <summary>Receptacle warning threshold (default 500, plain MPO; 600 for MTP).</summary>
        public int PortLimit { get; set; } = 500;

        /// <summary>Reference cord warning threshold (default 1000).</summary>
        public int CordLimit { get; set; } = 1000;

        /// <summary>True once the receptacle reached its threshold.</summary>
        public bool PortWorn => PortMatings >= PortLimit;

        /// <summary>True once the cord reached its threshold.</summary>
        public bool CordWorn => CordMatings >= CordLimit;

        /// <summary>Counts one inspection.</summary>
        public void CountInspection()
        {
            PortMatings++;
            CordMatings++;
        }

        /// <summary>A new reference cord.</summary>
        public void ResetCord()
        {
            CordMatings = 0;
        }

        /// <summary>A new receptacle.</summary>
        public void ResetPort()
        {
            PortMatings = 0;
        }

        /// <summary>Writes the counts (temporary file, then replace), and the repeatability when its evidence changed since it was last saved or loaded.</summary>
        public void Save(IStorage storage)
        {
            _record.Begin();
            _record.Put(PortKey, PortMatings);
            _record.Put(CordKey, CordMatings);
            _record.Put(SinceCheckKey, SinceCheck);
            _record.Put(CheckedKey, CheckedUtcMinutes);
            storage.Write(TempFile, _record.Finish());
            storage.Replace(TempFile, File);
            if (Mating == null || Mating.Changes == _savedChanges)
            {
                return;
            }

            _record.Begin();
            _record.Put(HeadKey, Head == null ? 0 : Head.HeadPositions);
            _record.Put(HeadSerialKey, Head == null || Head.HeadSerial == null ? string.Empty : Head.HeadSerial);
            _record.Put(RematesKey, Mating.Remates);
            _record.Put(CommonKey, Nanos(Mating.CommonVarianceDb2));
            _record.Put(CommonDofKey, (int)Mating.CommonDegrees);
            _record.Put(OwnKey, Nanos(Mating.OwnVarianceDb2));
            _record.Put(OwnDofKey, (int)Mating.OwnDegrees);
            storage.Write(MatingTemp, _record.Finish());
            storage.Replace(MatingTemp, MatingFile);
            _savedChanges = Mating.Changes;
        }

        /// <summary>
        /// Reads the counts and the repeatability, each on its own: a missing or damaged file starts
        /// its part afresh (Corrupted says one was damaged, whatever the other's state), and the other part is kept.
        /// </summary>
        public LoadStatus Load(IStorage storage)
        {
            LoadStatus counts = LoadCounts(storage);
            bool mating = LoadMating(storage);
            bool countsDamaged = counts == LoadStatus.Corrupted;
            Damaged = countsDamaged && !mating ? FileName + " and " + MatingFileName : countsDamaged ? FileName : !mating ? MatingFileName : null;
            return !mating ? LoadStatus.Corrupted : counts;
        }

        /// <summary>The file or files the last <see cref="Load"/> found damaged, or null.</summary>
        public string Damaged { get; private set; }

        private LoadStatus LoadCounts(IStorage storage)
        {
            string text = storage.Read(FileName);
            if (text == null)
            {
                return LoadStatus.Missing;
            }

            int port, cord;
            if (!_record.Parse(text) || !_record.TryGet("port", 0, int.MaxValue, out port) || !_record.TryGet("cord", 0, int.MaxValue, out cord))
            {
                return LoadStatus.Corrupted;
            }

            PortMatings = port;
            CordMatings = cord;
            // A file written before these were kept has none: 0.
            SinceCheck = Optional(SinceCheckKey);
            CheckedUtcMinutes = Optional(CheckedKey);
            return LoadStatus.Ok;
        }

        /// <summary>A whole number field of the parsed record that older files lack: 0 when missing or malformed.</summary>
        private int Optional(string key)
        {
            int value;
            return _record.Get(key) != null && _record.TryGet(key, 0, int.MaxValue, out value) ? value : 0;
        }

        /// <summary>
        /// The saved repeatability, when it was measured on the head fitted now (another head is
        /// another port: the prior). None saved leaves the prior. False when the file is damaged;
        /// anything not restored is written afresh at the next save.
        /// </summary>
        private bool LoadMating(IStorage storage)
        {
            _savedChanges = -1;
            string text = Mating == null ? null : storage.Read(MatingFileName);
            if (text == null)
            {
                return true;
            }

            if (!_record.Parse(text))
            {
                return false;
            }

            if (!SameHead())
            {
                // Another head's port: the prior, no warning.
                return true;
            }

            bool restored = RestoreMating();
            _savedChanges = restored ? Mating.Changes : -1;
            return restored;
        }

        /// <summary>True when the parsed record names the head fitted now (its positions and serial).</summary>
        private bool SameHead()
        {
            int positions;
            string serial = _record.Get(HeadSerialKey);
            return Head != null && _record.TryGet(HeadKey, 0, int.MaxValue, out positions) && positions == Head.HeadPositions && serial == (Head.HeadSerial ?? string.Empty);
        }

        private bool RestoreMating()
        {
            int remates, common, commonDof, own, ownDof;
            return _record.TryGet(RematesKey, 0, int.MaxValue, out remates) && _record.TryGet(CommonKey, 0, int.MaxValue, out common)
                && _record.TryGet(CommonDofKey, 1, int.MaxValue, out commonDof) && _record.TryGet(OwnKey, 0, int.MaxValue, out own)
                && _record.TryGet(OwnDofKey, 1, int.MaxValue, out ownDof) && Mating.Restore(remates, common / Nano, commonDof, own / Nano, ownDof);
        }

        /// <summary>A variance in whole nano-dB², rounded; at most int.MaxValue (σ ≈ 1.5 dB, far past any usable cord).</summary>
        private static int Nanos(double variance)
        {
            double n = (variance * Nano) + 0.5;
            return n >= int.MaxValue ? int.MaxValue : (int)n;
        }

        /// <summary>The warning text, or null when nothing is worn.</summary>
        public string Warning()
        {
            if (PortWorn)
            {
                return "probe receptacle mated " + PortMatings.ToString() + " times (limit " + PortLimit.ToString() + "): inspect it, replace it soon";
            }

            return CordWorn ? "reference cord mated " + CordMatings.ToString() + " times (limit " + CordLimit.ToString() + "): replace it and retake the reference" : null;
        }
    }
}
