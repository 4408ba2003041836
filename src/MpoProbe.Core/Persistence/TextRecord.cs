using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The stored-file format: lines <c>key=value</c> (the value is everything after the first
    /// '=', so a text value may hold any printable character, " ;" included), closed by
    /// <c>crc=XXXXXXXX</c>, the CRC-32 of the UTF-8 bytes of everything before that line (for
    /// ASCII, one byte per character as before). Doubles are kept as the hex of their IEEE 754
    /// bits so they come back exactly, followed by the readable value as a <c> ; comment</c> that
    /// only the double reader skips. Build with <see cref="Put(string, string)"/> and <see cref="Finish"/>; read with
    /// <see cref="Parse"/> and the getters.
    /// Memory (docs/core.md, "Memory on the device"): a parsed record keeps the text it was given
    /// and two offsets per field (no string per key or value until a getter asks for one); a
    /// record being written grows one character buffer, kept between records only while it is
    /// small (<see cref="KeptChars"/>).
    /// </summary>
    public sealed partial class TextRecord
    {
        private const int MaxFields = 128;
        private static readonly char[] NoChars = new char[0];
        private static readonly int[] NoFields = new int[0];

        // Sized at each parse to the record's lines (at most MaxFields) and dropped by Release:
        // a store that is not reading holds no field table.
        private int[] _equals = NoFields;
        private int[] _ends = NoFields;
        private readonly Crc32 _crc = new Crc32();
        private int _count;

        // The parsed text as characters: the interpreter keeps a string as UTF-8, so each
        // text[i] and text.Length counts from its start; an array is read in constant time.
        private char[] _text = NoChars;

        /// <summary>Why the last <see cref="Parse"/> failed (or the first invalid field), empty if it did not.</summary>
        public string Error { get; private set; } = string.Empty;

        /// <summary>Reads a record; false (with <see cref="Error"/>) when the text is cut, altered or malformed.</summary>
        public bool Parse(string text)
        {
            Release();
            Error = string.Empty;
            if (text == null || text.Length == 0)
            {
                return Fail("empty file");
            }

            int crcAt = text.LastIndexOf("crc=");
            if (crcAt < 0 || (crcAt > 0 && text[crcAt - 1] != '\n'))
            {
                return Fail("no checksum line (file cut short?)");
            }

            uint stored;
            string crcText = text.Substring(crcAt + 4).Trim();
            if (crcText.Length != 8 || !TryParseHex(crcText.ToCharArray(), 0, 8, out stored))
            {
                return Fail("checksum line '" + crcText + "' is not 8 hex digits");
            }

            char[] chars = text.ToCharArray();
            uint actual = Checksum(chars, crcAt);
            if (stored != actual)
            {
                return Fail("checksum " + actual.ToString("X8") + " does not match stored " + stored.ToString("X8"));
            }

            _text = chars;
            int lines = 0;
            for (int i = 0; i < crcAt; i++)
            {
                lines += chars[i] == '\n' ? 1 : 0;
            }

            lines = lines < MaxFields ? lines : MaxFields;
            if (_equals.Length < lines)
            {
                _equals = new int[lines];
                _ends = new int[lines];
            }

            int number = 1;
            for (int start = 0; start < crcAt; number++)
            {
                int end = start;
                while (end < crcAt && chars[end] != '\n')
                {
                    end++;
                }

                if (end > start && !AddLine(start, end, number))
                {
                    Release();
                    return false;
                }

                start = end + 1;
            }

            return true;
        }

        /// <summary>A text field, or null.</summary>
        public string Get(string key)
        {
            int i = Find(key);
            return i < 0 ? null : new string(_text, _equals[i] + 1, _ends[i] - _equals[i] - 1);
        }

        /// <summary>An integer field within bounds; false (with <see cref="Error"/>) if missing or out of range.</summary>
        public bool TryGet(string key, int min, int max, out int value)
        {
            value = 0;
            string text = Get(key);
            if (text == null)
            {
                return Fail("field '" + key + "' is missing");
            }

            if (!ParseInt(text, out value) || value < min || value > max)
            {
                return Fail("field '" + key + "' = '" + text + "' is not a whole number in " + min.ToString() + ".." + max.ToString());
            }

            return true;
        }

        /// <summary>A finite double field stored by <see cref="Put(string, double)"/>; false if missing, malformed or not finite.</summary>
        public bool TryGet(string key, out double value)
        {
            bool present;
            return TryGet(key, out present, out value) && (present || Fail("field '" + key + "' holds no value"));
        }

        /// <summary>A double field that may hold <see cref="Reference.AbsentBits"/> (<see cref="PutAbsent"/>): <paramref name="present"/> false and 0 then; false if missing, malformed or not finite.</summary>
        public bool TryGet(string key, out bool present, out double value)
        {
            value = 0;
            present = false;
            int i = Find(key);
            if (i < 0)
            {
                return Fail("field '" + key + "' is missing");
            }

            int at = _equals[i] + 1;
            int length = _ends[i] - at;
            if (length > 17 && _text[at + 16] == ' ' && _text[at + 17] == ';')
            {
                // The readable value after " ;" is a comment.
                length = 16;
            }

            uint high, low;
            if (length != 16 || !TryParseHex(_text, at, 8, out high) || !TryParseHex(_text, at + 8, 8, out low))
            {
                return Fail("field '" + key + "' = '" + new string(_text, at, length) + "' is not 16 hex digits");
            }

            long bits = ((long)high << 32) | low;
            if (bits == Reference.AbsentBits)
            {
                return true;
            }

            if (!Finite(bits))
            {
                return Fail("field '" + key + "' = '" + new string(_text, at, length) + "' is not a finite number");
            }

            present = true;
            value = BitConverter.Int64BitsToDouble(bits);
            return true;
        }

        /// <summary>A list stored by <see cref="PutList"/> of exactly <paramref name="count"/> doubles; false if missing or malformed.</summary>
        public bool TryGetList(string key, double[] values, int count)
        {
            int i = Find(key);
            int from = i < 0 ? 0 : _equals[i] + 1;
            if (i < 0 || _ends[i] - from != (count * 17) - 1)
            {
                return Fail("field '" + key + "' is missing or does not hold " + count.ToString() + " values");
            }

            for (int v = 0; v < count; v++)
            {
                uint high, low;
                int at = from + (v * 17);
                if ((v > 0 && _text[at - 1] != ',') || !TryParseHex(_text, at, 8, out high) || !TryParseHex(_text, at + 8, 8, out low) || !Finite(((long)high << 32) | low))
                {
                    return Fail("field '" + key + "' value " + (v + 1).ToString() + " is not 16 hex digits of a finite number");
                }

                values[v] = BitConverter.Int64BitsToDouble(((long)high << 32) | low);
            }

            return true;
        }

        /// <summary>An 8-hex-digit field (a CRC); false if missing or malformed.</summary>
        public bool TryGetHex(string key, out uint value)
        {
            string text = Get(key);
            value = 0;
            if (text == null || text.Length != 8 || !TryParseHex(text.ToCharArray(), 0, 8, out value))
            {
                return Fail("field '" + key + "' = '" + text + "' is not 8 hex digits");
            }

            return true;
        }

        /// <summary>False for the bits of a NaN or an infinity (exponent all ones): never read as a number (docs/device-rules.md §5).</summary>
        private static bool Finite(long bits) => ((bits >> 52) & 0x7FF) != 0x7FF;

        /// <summary>A 64-bit integer field; false if missing or malformed.</summary>
        public bool TryGetLong(string key, out long value)
        {
            string text = Get(key);
            value = 0;
            if (text == null || !long.TryParse(text, out value))
            {
                return Fail("field '" + key + "' = '" + text + "' is not a whole number");
            }

            return true;
        }

        /// <summary>Forgets the parsed text (a store calls it once it has read what it needs, so a large file is not kept).</summary>
        public void Release()
        {
            _count = 0;
            _text = NoChars;
            _equals = NoFields;
            _ends = NoFields;
        }

        /// <summary>The first field named <paramref name="key"/>, or -1.</summary>
        private int Find(string key)
        {
            int start = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_equals[i] - start == key.Length && Same(start, key))
                {
                    return i;
                }

                start = _ends[i] + 1;
                while (_text[start] == '\n')
                {
                    start++;
                }
            }

            return -1;
        }

        private bool Same(int at, string key)
        {
            for (int c = 0; c < key.Length; c++)
            {
                if (_text[at + c] != key[c])
                {
                    return false;
                }
            }

            return true;
        }

        private bool AddLine(int start, int end, int number)
        {
            int eq = start;
            while (eq < end && _text[eq] != '=')
            {
                eq++;
            }

            if (eq == end || eq == start || _count == _equals.Length)
            {
                return Fail("line " + number.ToString() + " '" + new string(_text, start, end - start) + "' is not key=value");
            }

            _equals[_count] = eq;
            _ends[_count] = end;
            _count++;
            return true;
        }

        private bool Fail(string error)
        {
            Error = error;
            return false;
        }
    }
}
