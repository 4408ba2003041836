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
        /// <summary>Segment files in the ring.</summary>
        public const int SegmentCount = 16;

        /// <summary>Characters per segment before the next one is started (12 kB: read whole by <c>history</c>).</summary>
        public const int SegmentChars = 12 * 1024;

        /// <summary>Longest record kept (an MPO-32 clean record with job data is about 5 kB).</summary>
        public const int MaxRecordChars = 8 * 1024;

        /// <summary>Index file naming the current segment.</summary>
        public const string IndexName = "results.idx";

        private const string IndexTemp = "results.tmp";
        private readonly IStorage _storage;
        private readonly TextRecord _index = new TextRecord();
        private int _current;
        private int _currentChars;
        private bool _needsNewline;

        /// <summary>A store over <paramref name="storage"/>; call <see cref="Open"/> at boot.</summary>
        public ResultsStore(IStorage storage)
        {
            _storage = storage ?? throw new ArgumentNullException("storage");
        }

        /// <summary>Name of segment file <paramref name="index"/>.</summary>
        public static string SegmentName(int index)
        {
            return "results" + index.ToString() + ".txt";
        }

        /// <summary>True for the record types kept: inspection, clean, polarity.</summary>
        public static bool Keeps(string type)
        {
            return type == "inspection" || type == "clean" || type == "polarity";
        }

        /// <summary>Finds the current segment and its size (index file, else segment 0).</summary>
        public void Open()
        {
            _current = 0;
            int current;
            string text = _storage.Read(IndexName);
            if (text != null && _index.Parse(text) && _index.TryGet("current", 0, SegmentCount - 1, out current))
            {
                _current = current;
            }

            string segment = _storage.Read(SegmentName(_current));
            _currentChars = segment == null ? 0 : segment.Length;
            _needsNewline = segment != null && segment.Length > 0 && segment[segment.Length - 1] != '\n';
        }

        /// <summary>Keeps one JSON record; false (nothing else changed) when it is too long or the storage failed.</summary>
        public bool Add(string json)
        {
            if (json == null || json.Length == 0 || json.Length > MaxRecordChars)
            {
                return false;
            }

            string frame = Frame(json);
            try
            {
                if (_currentChars + frame.Length > SegmentChars && _currentChars > 0)
                {
                    Rotate();
                }

                if (_needsNewline)
                {
                    frame = "\n" + frame;
                }

                _needsNewline = true;
                _storage.Append(SegmentName(_current), frame);
                _needsNewline = false;
                _currentChars += frame.Length;
                return true;
            }
            catch (Exception)
            {
                return false;
            }
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
        }

        private void Rotate()
        {
            int next = (_current + 1) % SegmentCount;
            _storage.Delete(SegmentName(next));
            _index.Begin();
            _index.Put("current", next);
            _storage.Write(IndexTemp, _index.Finish());
            _storage.Replace(IndexTemp, IndexName);
            _current = next;
            _currentChars = 0;
            _needsNewline = false;
        }
    }
}
