using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// <see cref="IStorage"/> in memory, for the simulator and the tests, with the failures a
    /// device meets: a write cut short after some characters (power lost mid-write) and a failing
    /// rename. Holds up to <see cref="MaxFiles"/> files.
    /// </summary>
    public sealed class MemoryStorage : IStorage
    {
        /// <summary>Files the fake can hold.</summary>
        public const int MaxFiles = 160;

        private readonly string[] _names = new string[MaxFiles];
        private readonly string[] _texts = new string[MaxFiles];

        /// <summary>
        /// An empty store. Every slot is set to null explicitly: on the nanoFramework interpreter
        /// a never-assigned element of a <c>new string[n]</c> crashes or compares wrong with
        /// <c>==</c> (docs/device-rules.md), and <see cref="IndexOf"/> compares them all.
        /// </summary>
        public MemoryStorage()
        {
            for (int i = 0; i < _names.Length; i++)
            {
                _names[i] = null;
            }

            for (int i = 0; i < _texts.Length; i++)
            {
                _texts[i] = null;
            }
        }

        /// <summary>When ≥ 0, the next write or append stores only this many characters of it and then throws (power loss).</summary>
        public int FailWriteAfterChars { get; set; } = -1;

        /// <summary>When true every write throws and nothing is stored (a worn-out or unmounted flash).</summary>
        public bool Failing { get; set; }

        /// <summary>When true, the next replace throws and changes nothing.</summary>
        public bool FailNextReplace { get; set; }

        /// <inheritdoc />
        public string Read(string name)
        {
            int i = IndexOf(name);
            return i < 0 ? null : _texts[i];
        }

        /// <inheritdoc />
        public void Write(string name, string text)
        {
            if (Failing)
            {
                throw new System.IO.IOException("write to " + name + " failed: storage not responding");
            }

            if (FailWriteAfterChars >= 0)
            {
                int keep = FailWriteAfterChars < text.Length ? FailWriteAfterChars : text.Length;
                Store(name, text.Substring(0, keep));
                FailWriteAfterChars = -1;
                throw new System.IO.IOException("power lost writing " + name + " after " + keep.ToString() + " characters");
            }

            Store(name, text);
        }

        /// <inheritdoc />
        public void Append(string name, string text)
        {
            string before = Read(name);
            before = before == null ? string.Empty : before;
            if (FailWriteAfterChars >= 0)
            {
                int keep = FailWriteAfterChars < text.Length ? FailWriteAfterChars : text.Length;
                Store(name, before + text.Substring(0, keep));
                FailWriteAfterChars = -1;
                throw new System.IO.IOException("power lost appending to " + name + " after " + keep.ToString() + " characters");
            }

            Store(name, before + text);
        }

        /// <inheritdoc />
        public void Append(string name, byte[] data, int offset, int count)
        {
            Append(name, AsciiText.From(data, offset, count));
        }

        /// <inheritdoc />
        public void Replace(string from, string to)
        {
            if (FailNextReplace)
            {
                FailNextReplace = false;
                throw new System.IO.IOException("rename " + from + " to " + to + " failed");
            }

            string text = Read(from);
            if (text == null)
            {
                throw new System.IO.IOException(from + " does not exist");
            }

            Store(to, text);
            Delete(from);
        }

        /// <inheritdoc />
        public void Delete(string name)
        {
            int i = IndexOf(name);
            if (i >= 0)
            {
                _names[i] = null;
                _texts[i] = null;
            }
        }

        /// <summary>Overwrites a stored file directly (tests: corruption).</summary>
        public void Poke(string name, string text)
        {
            Store(name, text);
        }

        private void Store(string name, string text)
        {
            int i = IndexOf(name);
            if (i < 0)
            {
                i = FreeSlot();
            }

            if (i < 0)
            {
                throw new System.IO.IOException("storage full: " + MaxFiles.ToString() + " files");
            }

            _names[i] = name;
            _texts[i] = text;
        }

        private int IndexOf(string name)
        {
            for (int i = 0; i < MaxFiles; i++)
            {
                // Null check first: a string comparison never sees an empty slot.
                if (_names[i] != null && name != null && _names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }

        private int FreeSlot()
        {
            for (int i = 0; i < MaxFiles; i++)
            {
                if (_names[i] == null)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
