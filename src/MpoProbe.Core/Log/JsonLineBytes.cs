namespace MpoProbe.Core
{
    /// <summary>The byte-level writing of a <see cref="JsonLine"/>: separators, nesting, escaping, overflow.</summary>
    public sealed partial class JsonLine
    {
        private const int Limit = FrameRoom + MaxChars;

        private JsonLine Written(int end)
        {
            if (end < 0)
            {
                Overflowed = true;
            }
            else
            {
                _end = end;
            }

            return this;
        }

        private JsonLine Number(double value, int decimals)
        {
            return Written(NumberText.Fixed(_bytes, _end, Limit, value, decimals, NullText));
        }

        private void Name(string name)
        {
            Separator();
            Quoted(name);
            Byte(':');
        }

        private void Separator()
        {
            if (_comma[_depth])
            {
                Byte(',');
            }

            _comma[_depth] = true;
        }

        private JsonLine Open(char bracket)
        {
            Byte(bracket);
            if (_depth < Nesting - 1)
            {
                _depth++;
                _comma[_depth] = false;
                _closer[_depth] = bracket == '[' ? ']' : '}';
            }
            else
            {
                Overflowed = true;
            }

            return this;
        }

        private JsonLine Close(char bracket)
        {
            Byte(bracket);
            if (_depth > 0)
            {
                _depth--;
            }

            return this;
        }

        private void Quoted(string value)
        {
            Byte('"');
            for (int i = 0; i < value.Length; i++)
            {
                Escaped(value[i]);
            }

            Byte('"');
        }

        private void Escaped(char c)
        {
            if (c == '"' || c == '\\')
            {
                Byte('\\');
                Byte(c);
            }
            else if (c < ' ' || c > '~')
            {
                Byte('\\');
                Byte('u');
                Hex(c >> 12);
                Hex(c >> 8);
                Hex(c >> 4);
                Hex(c);
            }
            else
            {
                Byte(c);
            }
        }

        private void Hex(int nibble)
        {
            nibble &= 0xF;
            Byte((char)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10));
        }

        private void Ascii(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                Byte(text[i]);
            }
        }

        private void Byte(char c)
        {
            if (_end >= Limit)
            {
                Overflowed = true;
                return;
            }

            _bytes[_end++] = (byte)c;
        }
    }
}
