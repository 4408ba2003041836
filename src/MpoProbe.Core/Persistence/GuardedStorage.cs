using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The probe's flash as the Core reads it: a read that throws (a damaged LittleFS block) reads as
    /// a missing file, so every store falls back to its defaults and says so, and the names are kept
    /// for the boot to log (<see cref="Unreadable"/>). Writes, appends, replaces and deletes pass
    /// through: their callers already catch and report a failure. A review, 2026-12-04: a read that
    /// threw stopped the boot before any screen.
    /// </summary>
    public sealed class GuardedStorage : IStorage
    {
        private readonly IStorage _inner;

        /// <summary>Guards <paramref name="inner"/>.</summary>
        public GuardedStorage(IStorage inner)
        {
            _inner = inner ?? throw new ArgumentNullException("inner");
        }

        /// <summary>Files whose read threw since the last <see cref="TakeUnreadable"/>, comma separated; empty when none.</summary>
        public string Unreadable { get; private set; } = string.Empty;

        /// <summary>Returns <see cref="Unreadable"/> and clears it.</summary>
        public string TakeUnreadable()
        {
            string names = Unreadable;
            Unreadable = string.Empty;
            return names;
        }

        /// <inheritdoc />
        public string Read(string name)
        {
            try
            {
                return _inner.Read(name);
            }
            catch (Exception)
            {
                Unreadable = Unreadable.Length == 0 ? name : (Unreadable.IndexOf(name) >= 0 ? Unreadable : Unreadable + ", " + name);
                return null;
            }
        }

        /// <inheritdoc />
        public void Write(string name, string text)
        {
            _inner.Write(name, text);
        }

        /// <inheritdoc />
        public void Replace(string from, string to)
        {
            _inner.Replace(from, to);
        }

        /// <inheritdoc />
        public void Append(string name, string text)
        {
            _inner.Append(name, text);
        }

        /// <inheritdoc />
        public void Append(string name, byte[] data, int offset, int count)
        {
            _inner.Append(name, data, offset, count);
        }

        /// <inheritdoc />
        public void Delete(string name)
        {
            _inner.Delete(name);
        }
    }
}
