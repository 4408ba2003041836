namespace MpoProbe.Core
{
    /// <summary>
    /// Reads the framed records of a results segment (<see cref="ResultsStore"/>): one per line,
    /// <c>R</c>, length (4 hex), CRC-32 (8 hex), a space, the JSON. A line whose length or CRC
    /// does not match (a record torn by a power cut, or damaged flash) is counted and skipped.
    /// </summary>
    public static class ResultsFrames
    {
        private const int HeaderChars = 14;

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
