using System.Collections;
using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// <see cref="IStorage"/> in memory, for the simulator and the tests, with the failures a
    /// device meets: a write cut short after some characters (power lost mid-write) and a failing
    /// rename. Holds up to <see cref="MaxFiles"/> files. An append adds a piece to the file's list
    /// instead of copying the whole text again (a results segment grows by ≈ 70 appends to 12 kB:
    /// copying it each time put ≈ 56 MB of garbage through the interpreter's heap in the full-ring
    /// test); a read joins the pieces once.
    /// </summary>
    public sealed class MemoryStorage : IStorage
    {
        /// <summary>Files the fake can hold.</summary>
        public const int MaxFiles = 160;

        private readonly string[] _names = new string[MaxFiles];
        private readonly ArrayList[] _pieces = new ArrayList[MaxFiles];

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

            for (int i = 0; i < _pieces.Length; i++)
            {
                _pieces[i] = new ArrayList();
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
            return i < 0 ? null : Joined(i);
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
            if (FailWriteAfterChars >= 0)
            {
                int keep = FailWriteAfterChars < text.Length ? FailWriteAfterChars : text.Length;
                AddPiece(name, text.Substring(0, keep));
                FailWriteAfterChars = -1;
                throw new System.IO.IOException("power lost appending to " + name + " after " + keep.ToString() + " characters");
            }

            AddPiece(name, text);
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
                _pieces[i].Clear();
            }
        }

        /// <summary>Overwrites a stored file directly (tests: corruption).</summary>
        public void Poke(string name, string text)
        {
            Store(name, text);
        }

        private void Store(string name, string text)
        {
            int i = Slot(name);
            _pieces[i].Clear();
            _pieces[i].Add(text);
        }

        private void AddPiece(string name, string text)
        {
            _pieces[Slot(name)].Add(text);
        }

        /// <summary>The slot of <paramref name="name"/>, taking a free one for a new file; throws when full.</summary>
        private int Slot(string name)
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
            return i;
        }

        /// <summary>The text of slot <paramref name="i"/>: its pieces joined once and kept as one.</summary>
        private string Joined(int i)
        {
            ArrayList pieces = _pieces[i];
            if (pieces.Count == 1)
            {
                return (string)pieces[0];
            }

            string text = string.Empty;
            if (pieces.Count > 1)
            {
                string[] parts = new string[pieces.Count];
                for (int k = 0; k < parts.Length; k++)
                {
                    parts[k] = (string)pieces[k];
                }

                text = string.Concat(parts);
            }

            pieces.Clear();
            pieces.Add(text);
            return text;
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
