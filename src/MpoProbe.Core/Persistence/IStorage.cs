namespace MpoProbe.Core
{
    /// <summary>
    /// Small named text files (the firmware maps them to LittleFS on I:\). A write may fail part
    /// way (power loss); <see cref="Replace"/> must be atomic, so savers write a temporary file and
    /// replace the real one only once it is complete.
    /// </summary>
    public interface IStorage
    {
        /// <summary>The whole file, or null when it does not exist.</summary>
        string Read(string name);

        /// <summary>Creates or overwrites a file; throws if the write fails.</summary>
        void Write(string name, string text);

        /// <summary>Makes <paramref name="from"/> the new <paramref name="to"/> in one step (the old one is gone).</summary>
        void Replace(string from, string to);

        /// <summary>
        /// Adds <paramref name="text"/> at the end of a file, creating it when missing; throws if
        /// the write fails. A power loss may leave any prefix of <paramref name="text"/> written,
        /// never anything before it changed (LittleFS appends are copy-on-write).
        /// </summary>
        void Append(string name, string text);

        /// <summary>
        /// As <see cref="Append(string, string)"/> for <paramref name="count"/> ASCII bytes from
        /// <paramref name="offset"/> (the results store's records, written without a string).
        /// </summary>
        void Append(string name, byte[] data, int offset, int count);

        /// <summary>Deletes a file if it exists.</summary>
        void Delete(string name);
    }
}
