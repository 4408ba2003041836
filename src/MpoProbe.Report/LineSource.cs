using System;
using System.IO;

namespace MpoProbe.Report
{
    /// <summary>
    /// Reads a log as lines of bytes without ever holding more than one line: a line longer than
    /// <see cref="MaxLineBytes"/> is reported as too long and its bytes are discarded as they
    /// arrive, so a file of junk (or one without a single newline) costs only the buffer.
    /// </summary>
    public sealed class LineSource
    {
        /// <summary>Longest line kept, bytes. An MPO-32 inspection record is about 4 kB.</summary>
        public const int MaxLineBytes = 64 * 1024;

        private readonly Stream _stream;
        private readonly byte[] _buffer = new byte[64 * 1024];
        private byte[] _line = new byte[4096];
        private int _start;
        private int _end;

        /// <summary>Lines from <paramref name="stream"/> (read, never closed here).</summary>
        public LineSource(Stream stream)
        {
            _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        }

        /// <summary>Number (1-based) of the line last returned.</summary>
        public long LineNumber { get; private set; }

        /// <summary>Bytes of the line last returned (valid until the next call).</summary>
        public ReadOnlyMemory<byte> Line { get; private set; }

        /// <summary>True when the line last returned was longer than <see cref="MaxLineBytes"/> (its bytes are dropped).</summary>
        public bool TooLong { get; private set; }

        /// <summary>Length in bytes of the line last returned, including dropped bytes.</summary>
        public long Length { get; private set; }

        /// <summary>Moves to the next line; false at the end of the stream.</summary>
        public bool Next()
        {
            int kept = 0;
            long length = 0;
            bool any = false;
            while (true)
            {
                if (_start == _end && !Fill())
                {
                    if (!any)
                    {
                        return false;
                    }

                    break;
                }

                any = true;
                int newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
                int stop = newline < 0 ? _end : newline;
                int count = stop - _start;
                length += count;
                if (kept + count <= MaxLineBytes)
                {
                    EnsureLine(kept + count);
                    Buffer.BlockCopy(_buffer, _start, _line, kept, count);
                    kept += count;
                }

                _start = newline < 0 ? _end : newline + 1;
                if (newline >= 0)
                {
                    break;
                }
            }

            if (kept > 0 && _line[kept - 1] == (byte)'\r' && length <= MaxLineBytes)
            {
                kept--;
            }

            LineNumber++;
            Length = length;
            TooLong = length > MaxLineBytes;
            Line = TooLong ? ReadOnlyMemory<byte>.Empty : new ReadOnlyMemory<byte>(_line, 0, kept);
            return true;
        }

        private bool Fill()
        {
            _start = 0;
            _end = _stream.Read(_buffer, 0, _buffer.Length);
            return _end > 0;
        }

        private void EnsureLine(int size)
        {
            if (size > _line.Length)
            {
                Array.Resize(ref _line, Math.Max(size, _line.Length * 2));
            }
        }
    }
}
