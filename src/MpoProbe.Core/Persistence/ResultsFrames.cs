namespace MpoProbe.Core
{
    /// <summary>
    /// Reads the framed records of a results segment (<see cref="ResultsStore"/>): one per line,
    /// <c>R</c>, length (4 hex), CRC-32 (8 hex), a space, the JSON. A line whose length or CRC
    /// does not match (a record torn by a power cut, or damaged flash) is counted and skipped.
    /// </summary>
    public static class ResultsFrames
    {
        /// <summary>Characters of a frame header: R, length (4 hex), CRC-32 (8 hex), a space.</summary>
        public const int HeaderChars = JsonLine.FrameRoom;

        /// <summary>CRC-32 of the text's characters (both bytes of each, low first).</summary>
        public static uint Checksum(string text)
        {
            Crc32 crc = new Crc32();
            for (int i = 0; i < text.Length; i++)
            {
                crc.AddByte((byte)(text[i] & 0xFF));
                crc.AddByte((byte)(text[i] >> 8));
            }

            return crc.Value;
        }

        /// <summary>CRC-32 of ASCII bytes, the same value <see cref="Checksum(string)"/> gives for the same text.</summary>
        public static uint Checksum(byte[] buffer, int offset, int count)
        {
            Crc32 crc = new Crc32();
            for (int i = offset; i < offset + count; i++)
            {
                crc.AddByte(buffer[i]);
                crc.AddByte(0);
            }

            return crc.Value;
        }

        /// <summary>
        /// Frames the record of <paramref name="length"/> bytes at <see cref="JsonLine.FrameRoom"/>:
        /// writes its header in the <see cref="HeaderChars"/> bytes before it and a newline after
        /// it; returns the frame's length (it starts at index 0).
        /// </summary>
        public static int Enclose(byte[] buffer, int length)
        {
            uint crc = Checksum(buffer, HeaderChars, length);
            buffer[0] = (byte)'R';
            Hex(buffer, 1, 4, (uint)length);
            Hex(buffer, 5, 8, crc);
            buffer[13] = (byte)' ';
            buffer[HeaderChars + length] = (byte)'\n';
            return HeaderChars + length + 1;
        }

        /// <summary>Index of ASCII <paramref name="pattern"/> in buffer[start, end), or −1.</summary>
        public static int IndexOf(byte[] buffer, int start, int end, string pattern)
        {
            for (int i = start; i + pattern.Length <= end; i++)
            {
                int k = 0;
                while (k < pattern.Length && buffer[i + k] == (byte)pattern[k])
                {
                    k++;
                }

                if (k == pattern.Length)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>True when buffer[from, end) equals the same number of bytes ending at <paramref name="otherEnd"/> in <paramref name="other"/>.</summary>
        public static bool SameTail(byte[] buffer, int from, int end, byte[] other, int otherEnd)
        {
            int count = end - from;
            if (count > otherEnd)
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                if (buffer[from + i] != other[otherEnd - count + i])
                {
                    return false;
                }
            }

            return true;
        }

        private static void Hex(byte[] buffer, int at, int digits, uint value)
        {
            for (int i = digits - 1; i >= 0; i--)
            {
                uint nibble = value & 0xF;
                buffer[at + i] = (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
                value >>= 4;
            }
        }

        /// <summary>Writes each intact record of <paramref name="segment"/> to <paramref name="sink"/>; returns the damaged lines.</summary>
        public static int Scan(string segment, ILogPort sink, ref int records)
        {
            int damaged = 0;
            int start = 0;
            while (start < segment.Length)
            {
                int end = segment.IndexOf('\n', start);
                if (end < 0)
                {
                    end = segment.Length;
                }

                if (end > start)
                {
                    string payload = Payload(segment, start, end - start);
                    if (payload == null)
                    {
                        damaged++;
                    }
                    else
                    {
                        sink.WriteLine(payload);
                        records++;
                    }
                }

                start = end + 1;
            }

            return damaged;
        }

        /// <summary>The JSON of the framed line at <paramref name="start"/>, or null when it is not intact.</summary>
        public static string Payload(string text, int start, int length)
        {
            if (length < HeaderChars + 1 || text[start] != 'R' || text[start + 13] != ' ')
            {
                return null;
            }

            long size = Hex(text, start + 1, 4);
            long crc = Hex(text, start + 5, 8);
            if (size != length - HeaderChars || crc < 0)
            {
                return null;
            }

            string payload = text.Substring(start + HeaderChars, length - HeaderChars);
            return Checksum(payload) == (uint)crc ? payload : null;
        }

        /// <summary>The hex number in <paramref name="count"/> characters at <paramref name="start"/>, or −1.</summary>
        private static long Hex(string text, int start, int count)
        {
            long value = 0;
            for (int i = start; i < start + count; i++)
            {
                char c = text[i];
                int digit = c >= '0' && c <= '9' ? c - '0' : (c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1);
                if (digit < 0)
                {
                    return -1;
                }

                value = (value * 16) + digit;
            }

            return value;
        }
    }
}
