using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Who the test is for and who made it: job number, operator, customer and site, each bounded
    /// printable text or null. Carried in every log record (like <c>link</c>) and kept in
    /// <c>job.txt</c> (checksummed, written to a temporary file and then replaced) across reboots.
    /// </summary>
    public sealed class JobInfo
    {
        /// <summary>Longest value, characters.</summary>
        public const int MaxLength = 32;

        /// <summary>The field names, as commands and log fields.</summary>
        public static readonly string[] Fields = { "job", "operator", "customer", "site" };

        /// <summary>File name of the job data.</summary>
        public const string FileName = "job.txt";

        private const string TempName = "job.tmp";
        private readonly string[] _values = new string[4];
        private readonly TextRecord _record;

        /// <summary>
        /// No field set. Each slot is assigned explicitly: an initializer of nulls emits no
        /// stores, and a never-assigned element is not null on the interpreter (docs/device-rules.md §3).
        /// </summary>
        public JobInfo()
            : this(new TextRecord())
        {
        }

        /// <summary>
        /// No field set; saved and loaded through <paramref name="record"/>, which the stores may share:
        /// each call begins and ends its use of it (ProbeCore shares one among its stores).
        /// </summary>
        public JobInfo(TextRecord record)
        {
            _record = record ?? throw new ArgumentNullException("record");
            for (int i = 0; i < _values.Length; i++)
            {
                _values[i] = null;
            }
        }

        /// <summary>The link's make-up (<c>set link …</c>), kept in the same file.</summary>
        public LinkBudget Budget { get; } = new LinkBudget();

        /// <summary>The value of field <paramref name="index"/> (see <see cref="Fields"/>), or null.</summary>
        public string Get(int index)
        {
            return _values[index];
        }

        /// <summary>Sets field <paramref name="index"/>; empty text clears it.</summary>
        public void Set(int index, string value)
        {
            _values[index] = value == null || value.Length == 0 ? null : value;
        }

        /// <summary>Adds the fields that are set to a record.</summary>
        public void AddTo(JsonLine record)
        {
            for (int i = 0; i < Fields.Length; i++)
            {
                if (_values[i] != null)
                {
                    record.Add(Fields[i], _values[i]);
                }
            }
        }

        /// <summary>
        /// Saves to <paramref name="storage"/> when the probe has one, for a command's reply:
        /// empty when saved (or nothing to save to), else " (not saved: reason)".
        /// </summary>
        public string SaveForReply(IStorage storage)
        {
            if (storage == null)
            {
                return string.Empty;
            }

            try
            {
                Save(storage);
                return string.Empty;
            }
            catch (Exception e)
            {
                return " (not saved: " + e.Message + ")";
            }
        }

        /// <summary>Writes the job data; throws (leaving the previous file intact) if the storage fails.</summary>
        public void Save(IStorage storage)
        {
            _record.Begin();
            for (int i = 0; i < Fields.Length; i++)
            {
                _record.Put(Fields[i], _values[i] == null ? string.Empty : _values[i]);
            }

            Budget.Put(_record);
            storage.Write(TempName, _record.Finish());
            storage.Replace(TempName, FileName);
        }

        /// <summary>Loads the job data; false (fields unchanged) when the file is missing or damaged (<see cref="Damaged"/>).</summary>
        public bool Load(IStorage storage)
        {
            string text = storage.Read(FileName);
            Damaged = text != null && !_record.Parse(text);
            if (text == null || Damaged)
            {
                return false;
            }

            for (int i = 0; i < Fields.Length; i++)
            {
                string value = _record.Get(Fields[i]);
                Set(i, value != null && value.Length <= MaxLength ? value : null);
            }

            Budget.Read(_record);

            return true;
        }

        /// <summary>True when the last <see cref="Load"/> found the file there but damaged (a missing file is a first start).</summary>
        public bool Damaged { get; private set; }

        /// <summary>Why <paramref name="value"/> cannot be a field value, or null when it can.</summary>
        public static string Check(string value)
        {
            if (value.Length > MaxLength)
            {
                return "at most " + MaxLength.ToString() + " characters (" + value.Length.ToString() + " given)";
            }

            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] == '"' || value[i] == '\\' || value[i] == '=')
                {
                    return "character '" + value[i].ToString() + "' at column " + (i + 1).ToString() + " is not allowed";
                }
            }

            return null;
        }
    }
}
