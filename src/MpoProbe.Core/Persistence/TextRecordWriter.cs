using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Writing a <see cref="TextRecord"/>: fields are appended to one character buffer (no string
    /// per field), and <see cref="Finish"/> makes the one string the storage is given.
    /// </summary>
    public sealed partial class TextRecord
    {
        /// <summary>A write buffer up to this size is kept for the next record (the wear counters' every cycle); a larger one is dropped after <see cref="Finish"/>.</summary>
        public const int KeptChars = 128;

        // The readable comment of an absent value, as Put wrote for one before (made once: no string per field).
        private static readonly string AbsentText = "n/a";
        private char[] _out;
        private int _outLength;

        /// <summary>Starts a new record for writing.</summary>
        public void Begin()
        {
            _outLength = 0;
            if (_out == null)
            {
                _out = new char[KeptChars];
            }
        }

        /// <summary>Adds a text field.</summary>
        public void Put(string key, string value)
        {
            Append(key);
            Append('=');
            Append(value);
            Append('\n');
        }

        /// <summary>Adds an integer field.</summary>
        public void Put(string key, int value)
        {
            Append(key);
            Append('=');
            if (value < 0)
            {
                Append('-');
            }

            // Digits of the magnitude, most significant first, without a string (int.MinValue included).
            long magnitude = value < 0 ? -(long)value : value;
            long scale = 1;
            while (scale * 10 <= magnitude)
            {
                scale *= 10;
            }

            for (; scale > 0; scale /= 10)
            {
                Append((char)('0' + (int)((magnitude / scale) % 10)));
            }

            Append('\n');
        }

        /// <summary>Adds a double field (exact bits, readable comment).</summary>
        public void Put(string key, double value)
        {
            Append(key);
            Append('=');
            AppendHex(BitConverter.DoubleToInt64Bits(value), 16);
            Append(' ');
            Append(';');
            Append(' ');
            Append(Format.Fixed(value, 6));
            Append('\n');
        }

        /// <summary>Adds a field that holds no value (<see cref="Reference.AbsentBits"/>, read back by <see cref="TryGet(string, out bool, out double)"/>).</summary>
        public void PutAbsent(string key)
        {
            Append(key);
            Append('=');
            AppendHex(Reference.AbsentBits, 16);
            Append(' ');
            Append(';');
            Append(' ');
            Append(AbsentText);
            Append('\n');
        }

        /// <summary>Adds a list of doubles (exact bits, comma-separated) in one field.</summary>
        public void PutList(string key, double[] values, int count)
        {
            Append(key);
            Append('=');
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    Append(',');
                }

                AppendHex(BitConverter.DoubleToInt64Bits(values[i]), 16);
            }

            Append('\n');
        }

        /// <summary>The record text with its CRC line.</summary>
        public string Finish()
        {
            uint crc = Checksum(_out, _outLength);
            Append('c');
            Append('r');
            Append('c');
            Append('=');
            AppendHex(crc, 8);
            Append('\n');
            string text = new string(_out, 0, _outLength);
            _outLength = 0;
            if (_out.Length > KeptChars)
            {
                _out = null;
            }

            return text;
        }

        private void Append(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                Append(text[i]);
            }
        }

        private void Append(char c)
        {
            if (_out == null)
            {
                _out = new char[KeptChars];
            }

            if (_outLength == _out.Length)
            {
                char[] larger = new char[_out.Length * 2];
                Array.Copy(_out, larger, _outLength);
                _out = larger;
            }

            _out[_outLength++] = c;
        }

        private void AppendHex(long value, int digits)
        {
            for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
            {
                int nibble = (int)((value >> shift) & 0xF);
                Append((char)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10));
            }
        }

        /// <summary>The CRC-32 of the UTF-8 bytes of the first <paramref name="length"/> characters.</summary>
        private uint Checksum(char[] text, int length)
        {
            _crc.Reset();
            for (int i = 0; i < length; i++)
            {
                AddUtf8(text[i]);
            }

            return _crc.Value;
        }

        private void AddUtf8(int c)
        {
            if (c < 0x80)
            {
                _crc.AddByte((byte)c);
            }
            else if (c < 0x800)
            {
                _crc.AddByte((byte)(0xC0 | (c >> 6)));
                _crc.AddByte((byte)(0x80 | (c & 0x3F)));
            }
            else
            {
                // Every other UTF-16 unit (surrogate halves included) as its three-byte form:
                // no character's high byte is left out.
                _crc.AddByte((byte)(0xE0 | (c >> 12)));
                _crc.AddByte((byte)(0x80 | ((c >> 6) & 0x3F)));
                _crc.AddByte((byte)(0x80 | (c & 0x3F)));
            }
        }

        private static bool ParseInt(string text, out int value)
        {
            value = 0;
            int i = text.Length > 0 && text[0] == '-' ? 1 : 0;
            if (i == text.Length || text.Length > 11)
            {
                return false;
            }

            long whole = 0;
            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                whole = (whole * 10) + (c - '0');
            }

            whole = text[0] == '-' ? -whole : whole;
            if (whole < int.MinValue || whole > int.MaxValue)
            {
                return false;
            }

            value = (int)whole;
            return true;
        }

        /// <summary>Reads <paramref name="digits"/> upper-case hex digits of <paramref name="text"/> from <paramref name="at"/>.</summary>
        private static bool TryParseHex(char[] text, int at, int digits, out uint value)
        {
            value = 0;
            if (at + digits > text.Length)
            {
                return false;
            }

            for (int i = at; i < at + digits; i++)
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
