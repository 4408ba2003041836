using System.Collections;
using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary><see cref="ILogPort"/> in memory: keeps what was written, replays bytes queued as input.</summary>
    public sealed class MemoryLogPort : ILogPort
    {
        private readonly ArrayList _lines = new ArrayList();
        private byte[] _input = new byte[0];
        private int _inputAt;

        /// <summary>Lines written so far.</summary>
        public int Count => _lines.Count;

        /// <summary>Line <paramref name="index"/>.</summary>
        public string LineAt(int index)
        {
            return (string)_lines[index];
        }

        /// <summary>The last line written, or null.</summary>
        public string Last => _lines.Count == 0 ? null : (string)_lines[_lines.Count - 1];

        /// <summary>Forgets the written lines.</summary>
        public void Clear()
        {
            _lines.Clear();
        }

        /// <summary>Queues bytes as if the host had sent them.</summary>
        public void Send(byte[] bytes)
        {
            _input = bytes;
            _inputAt = 0;
        }

        /// <inheritdoc />
        public void WriteLine(string line)
        {
            _lines.Add(line);
        }

        /// <inheritdoc />
        public void WriteLine(byte[] line, int offset, int count)
        {
            _lines.Add(AsciiText.From(line, offset, count));
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int count)
        {
            int n = 0;
            while (n < count && _inputAt < _input.Length)
            {
                buffer[offset + n] = _input[_inputAt++];
                n++;
            }

            return n;
        }
    }
}
