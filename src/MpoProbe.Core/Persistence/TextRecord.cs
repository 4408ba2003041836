using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The stored-file format: lines <c>key=value</c> (an optional <c> ; comment</c> is ignored),
    /// closed by <c>crc=XXXXXXXX</c>, the CRC-32 of every character before that line. Doubles are
    /// kept as the hex of their IEEE 754 bits so they come back exactly, with the readable value
    /// as a comment. Build with <see cref="Put(string, string)"/> and <see cref="Finish"/>; read with
    /// <see cref="Parse"/> and the getters.
    /// </summary>
    public sealed class TextRecord
    {
        private const int MaxFields = 128;
        private readonly string[] _keys = new string[MaxFields];
        private readonly string[] _values = new string[MaxFields];
        private readonly Crc32 _crc = new Crc32();
        private int _count;
        private string _text = string.Empty;

        /// <summary>An empty record; every key and value slot set to null explicitly (docs/device-rules.md).</summary>
        public TextRecord()
        {
            for (int i = 0; i < _keys.Length; i++)
            {
                _keys[i] = null;
            }

            for (int i = 0; i < _values.Length; i++)
            {
                _values[i] = null;
            }
        }

        /// <summary>Why the last <see cref="Parse"/> failed (or the first invalid field), empty if it did not.</summary>
        public string Error { get; private set; } = string.Empty;

        /// <summary>Starts a new record for writing.</summary>
        public void Begin()
        {
            _text = string.Empty;
        }

        /// <summary>Adds a text field.</summary>
        public void Put(string key, string value)
        {
            _text += key + "=" + value + "\n";
        }

        /// <summary>Adds an integer field.</summary>
        public void Put(string key, int value)
        {
            Put(key, value.ToString());
        }

        /// <summary>Adds a double field (exact bits, readable comment).</summary>
        public void Put(string key, double value)
        {
            Put(key, BitConverter.DoubleToInt64Bits(value).ToString("X16") + " ; " + value.ToString("F6"));
        }

        /// <summary>Adds a list of doubles (exact bits, comma-separated) in one field.</summary>
        public void PutList(string key, double[] values, int count)
        {
            string text = string.Empty;
            for (int i = 0; i < count; i++)
            {
                text += (i > 0 ? "," : string.Empty) + BitConverter.DoubleToInt64Bits(values[i]).ToString("X16");
            }

            Put(key, text);
        }

        /// <summary>The record text with its CRC line.</summary>
        public string Finish()
        {
            return _text + "crc=" + Checksum(_text, _text.Length).ToString("X8") + "\n";
        }

        /// <summary>Reads a record; false (with <see cref="Error"/>) when the text is cut, altered or malformed.</summary>
        public bool Parse(string text)
        {
            _count = 0;
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
            if (!TryParseHex(crcText, 8, out stored))
            {
                return Fail("checksum line '" + crcText + "' is not 8 hex digits");
            }

            uint actual = Checksum(text, crcAt);
            if (stored != actual)
            {
                return Fail("checksum " + actual.ToString("X8") + " does not match stored " + stored.ToString("X8"));
            }

            string[] lines = text.Substring(0, crcAt).Split(new char[] { '\n' });
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length > 0 && !AddLine(lines[i], i + 1))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A text field, or null.</summary>
        public string Get(string key)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_keys[i] == key)
                {
                    return _values[i];
                }
            }

            return null;
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

        /// <summary>A double field stored by <see cref="Put(string, double)"/>; false if missing or malformed.</summary>
        public bool TryGet(string key, out double value)
        {
            value = double.NaN;
            string text = Get(key);
            uint high;
            uint low;
            if (text == null)
            {
                return Fail("field '" + key + "' is missing");
            }

            if (text.Length != 16 || !TryParseHex(text.Substring(0, 8), 8, out high) || !TryParseHex(text.Substring(8), 8, out low))
            {
                return Fail("field '" + key + "' = '" + text + "' is not 16 hex digits");
            }

            value = BitConverter.Int64BitsToDouble(((long)high << 32) | low);
            return true;
        }

        /// <summary>A list stored by <see cref="PutList"/> of exactly <paramref name="count"/> doubles; false if missing or malformed.</summary>
        public bool TryGetList(string key, double[] values, int count)
        {
            string text = Get(key);
            if (text == null || text.Length != (count * 17) - 1)
            {
                return Fail("field '" + key + "' is missing or does not hold " + count.ToString() + " values");
            }

            for (int i = 0; i < count; i++)
            {
                uint high, low;
                int at = i * 17;
                if ((i > 0 && text[at - 1] != ',') || !TryParseHex(text.Substring(at, 8), 8, out high) || !TryParseHex(text.Substring(at + 8, 8), 8, out low))
                {
                    return Fail("field '" + key + "' value " + (i + 1).ToString() + " is not 16 hex digits");
                }

                values[i] = BitConverter.Int64BitsToDouble(((long)high << 32) | low);
            }

            return true;
        }

        /// <summary>An 8-hex-digit field (a CRC); false if missing or malformed.</summary>
        public bool TryGetHex(string key, out uint value)
        {
            string text = Get(key);
            value = 0;
            if (text == null || !TryParseHex(text, 8, out value))
            {
                return Fail("field '" + key + "' = '" + text + "' is not 8 hex digits");
            }

            return true;
        }

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

        private bool AddLine(string line, int number)
        {
            int eq = line.IndexOf('=');
            if (eq <= 0 || _count == MaxFields)
            {
                return Fail("line " + number.ToString() + " '" + line + "' is not key=value");
            }

            string value = line.Substring(eq + 1);
            int comment = value.IndexOf(" ;");
            _keys[_count] = line.Substring(0, eq);
            _values[_count] = comment >= 0 ? value.Substring(0, comment) : value;
            _count++;
            return true;
        }

        private bool Fail(string error)
        {
            Error = error;
            return false;
        }

        private uint Checksum(string text, int length)
        {
            _crc.Reset();
            for (int i = 0; i < length; i++)
            {
                _crc.AddByte((byte)text[i]);
            }

            return _crc.Value;
        }

        private static bool ParseInt(string text, out int value)
        {
            value = 0;
            int i = text.Length > 0 && text[0] == '-' ? 1 : 0;
            if (i == text.Length || text.Length > 10)
            {
                return false;
            }

            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            value = text[0] == '-' ? -value : value;
            return true;
        }

        private static bool TryParseHex(string text, int digits, out uint value)
        {
            value = 0;
            if (text.Length != digits)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                int d = c >= '0' && c <= '9' ? c - '0' : (c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1);
                if (d < 0)
                {
                    return false;
                }

                value = (value << 4) | (uint)d;
            }

            return true;
        }
    }
}
