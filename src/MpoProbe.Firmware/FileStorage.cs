using System.IO;
using MpoProbe.Core;

namespace MpoProbe.Firmware
{
    /// <summary>
    /// Files on the ESP32's LittleFS drive I:\. Replace deletes the old file then moves the
    /// complete temporary one into place; a power loss between the two leaves the new data in the
    /// temporary file and no half-written reference (the reference then reads as missing).
    /// </summary>
    public sealed class FileStorage : IStorage
    {
        private const string Drive = "I:\\";

        /// <inheritdoc />
        public string Read(string name)
        {
            string path = Drive + name;
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }

        /// <inheritdoc />
        public void Write(string name, string text)
        {
            File.WriteAllText(Drive + name, text);
        }

        /// <inheritdoc />
        public void Replace(string from, string to)
        {
            if (File.Exists(Drive + to))
            {
                File.Delete(Drive + to);
            }

            File.Move(Drive + from, Drive + to);
        }

        /// <inheritdoc />
        public void Append(string name, string text)
        {
            File.AppendAllText(Drive + name, text);
        }

        /// <inheritdoc />
        public void Append(string name, byte[] data, int offset, int count)
        {
            using (FileStream stream = new FileStream(Drive + name, FileMode.Append))
            {
                stream.Write(data, offset, count);
            }
        }

        /// <inheritdoc />
        public void Delete(string name)
        {
            if (File.Exists(Drive + name))
            {
                File.Delete(Drive + name);
            }
        }
    }
}
