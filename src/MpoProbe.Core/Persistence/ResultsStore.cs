using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Results kept on the probe (LittleFS, I:\): every inspection, clean and polarity record, as
    /// the JSON line the log sent, appended to one of <see cref="SegmentCount"/> segment files used
    /// as a ring; when the ring is full the oldest segment is dropped. Each record is framed as
    /// <c>R&lt;length, 4 hex&gt;&lt;CRC-32, 8 hex&gt; &lt;json&gt;\n</c>: a power cut at any byte leaves a
    /// torn last record that fails its length or CRC and is skipped, and never touches an older
    /// record (appends only; the index file that names the current segment is replaced
    /// atomically). Budget and capacity: docs/results-store.md.
    /// </summary>
    public sealed class ResultsStore
    {
        /// <summary>Segments on a 4 MB ESP32-WROOM-32E (192 kB of its 256 kB LittleFS partition): ≈ 130 MPO-12 inspections.</summary>
        public const int SegmentsFor4MbFlash = 16;

        /// <summary>Segments on the 8 MB ESP32-WROOM-32E-N8 of hardware/ (1.5 MB of its 2 MB LittleFS partition): ≥ 1 000 MPO-12 inspections.</summary>
        public const int SegmentsFor8MbFlash = 128;

        /// <summary>Characters per segment before the next one is started (12 kB: read whole by <c>history</c>).</summary>
        public const int SegmentChars = 12 * 1024;

        /// <summary>Longest record kept (an MPO-32 clean record with job data is about 5 kB).</summary>
        public const int MaxRecordChars = JsonLine.MaxChars;

        /// <summary>Index file naming the current segment.</summary>
        public const string IndexName = "results.idx";

        // Rotation runs every few records: names made once, not a literal per use (docs/core.md, "Memory on the device").
        internal static readonly string CurrentKey = "current";
        private static readonly string SegmentPrefix = "results";
        private static readonly string SegmentSuffix = ".txt";
        private readonly IStorage _storage;
        private readonly TextRecord _index;
        private int _current;
        private int _currentChars;
        private bool _needsNewline;
        private string _currentName;
        private byte[] _settingsFrame;
        private byte[] _scratch;
        private static readonly byte[] Newline = new byte[] { (byte)'\n' };

        /// <summary>A store over <paramref name="storage"/> sized for the probe's 8 MB module; call <see cref="Open"/> at boot.</summary>
        public ResultsStore(IStorage storage)
            : this(storage, SegmentsFor8MbFlash)
        {
        }

        /// <summary>A store of <paramref name="segmentCount"/> segments (2–999) over <paramref name="storage"/>.</summary>
        public ResultsStore(IStorage storage, int segmentCount)
            : this(storage, segmentCount, new TextRecord())
        {
        }

        /// <summary>
        /// A store of <paramref name="segmentCount"/> segments over <paramref name="storage"/> writing
        /// and reading its index through <paramref name="record"/>, which other stores may share
        /// (each call begins and ends its use of it; ProbeCore shares one record among its stores).
        /// </summary>
        public ResultsStore(IStorage storage, int segmentCount, TextRecord record)
        {
            _storage = storage ?? throw new ArgumentNullException("storage");
            _index = record ?? throw new ArgumentNullException("record");
            if (segmentCount < 2 || segmentCount > 999)
            {
                throw new ArgumentOutOfRangeException("segmentCount", "segment count " + segmentCount.ToString() + " is not from 2 to 999");
            }

            SegmentCount = segmentCount;
        }

        /// <summary>Segment files in the ring.</summary>
        public int SegmentCount { get; }

        /// <summary>The flash the store may use, characters (segments × segment size).</summary>
        public int BudgetChars => SegmentCount * SegmentChars;

        /// <summary>Name of segment file <paramref name="index"/>.</summary>
        public static string SegmentName(int index)
        {
            return SegmentPrefix + index.ToString() + SegmentSuffix;
        }

        /// <summary>True for the record types kept: inspection, clean, polarity, recheck (a failed one marks the results before it), reference (it closes a re-check's interval) and settings (when they changed).</summary>
        public static bool Keeps(string type)
        {
            return type == LogKeys.Inspection || type == LogKeys.Clean || type == LogKeys.Polarity || type == LogKeys.Settings || type == LogKeys.Recheck || type == LogKeys.Reference;
        }

        /// <summary>
        /// Keeps a settings record only when the settings differ from the last one kept (the
        /// expected polarity and probe identity a certificate needs), so <c>status</c> costs nothing.
        /// </summary>
        public bool AddSettings(JsonLine record)
        {
            return AddSettings(record.Bytes, record.Length);
        }

        /// <summary>As <see cref="AddSettings(JsonLine)"/> for a record given as text (ASCII only; tests and tools).</summary>
        public bool AddSettings(string json)
        {
            return Copied(json) && AddSettings(_scratch, json.Length);
        }

        /// <summary>Keeps one record from the log's record buffer; false (nothing else changed) when it is too long or the storage failed.</summary>
        public bool Add(JsonLine record)
        {
            return Add(record.Bytes, record.Length);
        }

        /// <summary>Keeps one record given as text (ASCII only; tests and tools); false when it cannot be kept.</summary>
        public bool Add(string json)
        {
            return Copied(json) && Add(_scratch, json.Length);
        }

        /// <summary>Finds the current segment and its size: from the index file, else from the segments (<see cref="ResultsRecovery"/>, the index written anew).</summary>
        public void Open()
        {
            int current = 0;
            string text = _storage.Read(IndexName);
            bool rebuilt = false;
            bool named = text != null && _index.Parse(text) && _index.TryGet(CurrentKey, 0, SegmentCount - 1, out current);
            string segment = named ? _storage.Read(SegmentName(current)) : null;
            if (!named || ResultsRecovery.Contradicted(_storage, current, segment, SegmentCount))
            {
                current = ResultsRecovery.Current(_storage, SegmentCount, text != null, out rebuilt);
                segment = _storage.Read(SegmentName(current));
            }

            _current = current;
            _currentName = SegmentName(current);
            IndexRebuilt = rebuilt ? _currentName : null;
            if (rebuilt)
            {
                ResultsRecovery.Keep(_storage, _index, current);
            }

            _currentChars = segment == null ? 0 : segment.Length;
            _needsNewline = segment != null && segment.Length > 0 && segment[segment.Length - 1] != '\n';
        }

        /// <summary>The framed text of one record.</summary>
        public static string Frame(string json)
        {
            return "R" + json.Length.ToString("X4") + ResultsFrames.Checksum(json).ToString("X8") + " " + json + "\n";
        }

        /// <summary>Sends every intact record, oldest first, to <paramref name="sink"/>; returns the count of damaged lines skipped.</summary>
        public int ReadAll(ILogPort sink, out int records)
        {
            records = 0;
            int damaged = 0;
            for (int n = 1; n <= SegmentCount; n++)
            {
                string text = _storage.Read(SegmentName((_current + n) % SegmentCount));
                if (text != null)
                {
                    damaged += ResultsFrames.Scan(text, sink, ref records);
                }
            }

            return damaged;
        }

        /// <summary>Deletes every stored record.</summary>
        public void Clear()
        {
            for (int i = 0; i < SegmentCount; i++)
            {
                _storage.Delete(SegmentName(i));
            }

            _storage.Delete(IndexName);
            _current = 0;
            _currentChars = 0;
            _needsNewline = false;
            _currentName = SegmentName(0);

            try
            {
                // The settings in force stay: results kept after a clear need their expected polarity and probe identity too.
                StartWithSettings();
            }
            catch (Exception)
            {
                _settingsFrame = null;
            }
        }

        /// <summary>
        /// Keeps the record of <paramref name="length"/> bytes at <see cref="JsonLine.FrameRoom"/> in
        /// <paramref name="buffer"/>: its frame header goes in the room before it, its newline after it.
        /// </summary>
        private bool Add(byte[] buffer, int length)
        {
            if (length == 0 || length > MaxRecordChars)
            {
                return false;
            }

            int frameLength = ResultsFrames.Enclose(buffer, length);
            try
            {
                if (_currentChars + frameLength > SegmentChars && _currentChars > 0)
                {
                    Rotate();
                }

                if (_needsNewline)
                {
                    _storage.Append(CurrentName, Newline, 0, 1);
                    _currentChars++;
                }

                _needsNewline = true;
                _storage.Append(CurrentName, buffer, 0, frameLength);
                _needsNewline = false;
                _currentChars += frameLength;
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        private bool AddSettings(byte[] buffer, int length)
        {
            int fields = ResultsFrames.IndexOf(buffer, JsonLine.FrameRoom, JsonLine.FrameRoom + length, "\"layout\"");
            int from = fields < 0 ? JsonLine.FrameRoom : fields;
            if (_settingsFrame != null && ResultsFrames.SameTail(buffer, from, JsonLine.FrameRoom + length, _settingsFrame, _settingsFrame.Length - 1))
            {
                return true;
            }

            if (!Add(buffer, length))
            {
                return false;
            }

            // Only when the settings changed: the copy each new segment starts with.
            int frameLength = JsonLine.FrameRoom + length + 1;
            _settingsFrame = new byte[frameLength];
            Array.Copy(buffer, _settingsFrame, frameLength);
            return true;
        }

        /// <summary>Copies an ASCII record into the scratch buffer; false for empty, too long or non-ASCII text.</summary>
        private bool Copied(string json)
        {
            if (json == null || json.Length == 0 || json.Length > MaxRecordChars)
            {
                return false;
            }

            if (_scratch == null)
            {
                _scratch = new byte[JsonLine.FrameRoom + MaxRecordChars + 1];
            }

            for (int i = 0; i < json.Length; i++)
            {
                if (json[i] > 0x7F)
                {
                    return false;
                }

                _scratch[JsonLine.FrameRoom + i] = (byte)json[i];
            }

            return true;
        }

        private string CurrentName => _currentName ?? (_currentName = SegmentName(_current));

        /// <summary>The current segment's name when the last <see cref="Open"/> found it from the segments (<see cref="IndexName"/> missing or damaged while they held results); else null.</summary>
        public string IndexRebuilt { get; private set; }

        private void Rotate()
        {
            int next = (_current + 1) % SegmentCount;
            string name = SegmentName(next);
            _storage.Delete(name);
            ResultsRecovery.WriteIndex(_storage, _index, next);
            _current = next;
            _currentName = name;
            _currentChars = 0;
            _needsNewline = false;

            // Each segment starts with the settings in force, so dropping an older segment
            // never leaves results without their expected polarity and probe identity.
            StartWithSettings();
        }

        /// <summary>The settings in force start the empty current segment; a copy cut short is ended by the next record's newline.</summary>
        private void StartWithSettings()
        {
            if (_settingsFrame != null)
            {
                _needsNewline = true;
                _storage.Append(_currentName, _settingsFrame, 0, _settingsFrame.Length);
                _needsNewline = false;
                _currentChars = _settingsFrame.Length;
            }
        }
    }
}
