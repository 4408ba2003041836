using MpoProbe.Core;

namespace MpoProbe.Benchmark
{
    /// <summary>A serial line that counts the lines it is given and keeps none (a UART keeps nothing on the managed heap).</summary>
    public sealed class DiscardingPort : ILogPort
    {
        /// <summary>Lines written.</summary>
        public long Lines { get; private set; }

        /// <summary>Bytes written.</summary>
        public long Bytes { get; private set; }

        /// <inheritdoc />
        public void WriteLine(string line)
        {
            Lines++;
            Bytes += line.Length + 1;
        }

        /// <inheritdoc />
        public void WriteLine(byte[] line, int offset, int count)
        {
            Lines++;
            Bytes += count + 1;
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int count)
        {
            return 0;
        }
    }
}

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// The simulated flash with appended bytes counted and dropped: what the simulation would keep
    /// of the results store's appends is the host's memory, not the probe's (the device writes
    /// them to LittleFS from the record buffer). Everything else goes to the simulated flash.
    /// </summary>
    public sealed class DiscardingStorage : MpoProbe.Core.IStorage
    {
        private readonly MpoProbe.Core.IStorage _inner;

        /// <summary>Over <paramref name="inner"/>.</summary>
        public DiscardingStorage(MpoProbe.Core.IStorage inner)
        {
            _inner = inner;
        }

        /// <summary>Bytes appended and dropped.</summary>
        public long Dropped { get; private set; }

        /// <inheritdoc />
        public string Read(string name) => _inner.Read(name);

        /// <inheritdoc />
        public void Write(string name, string text) => _inner.Write(name, text);

        /// <inheritdoc />
        public void Replace(string from, string to) => _inner.Replace(from, to);

        /// <inheritdoc />
        public void Append(string name, string text) => _inner.Append(name, text);

        /// <inheritdoc />
        public void Append(string name, byte[] data, int offset, int count) => Dropped += count;

        /// <inheritdoc />
        public void Delete(string name) => _inner.Delete(name);
    }
}
