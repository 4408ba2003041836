namespace MpoProbe.Core
{
    /// <summary>
    /// Builds one JSON object on one line (JSON Lines) straight into a byte buffer allocated once:
    /// no string is built per field or per record. Strings are escaped and written as ASCII
    /// (anything outside printable ASCII as <c>\uXXXX</c>), NaN and infinities become null,
    /// numbers use a fixed number of decimals with '.' and '-' whatever the culture
    /// (<see cref="NumberText"/>). The record starts after <see cref="FrameRoom"/> bytes the
    /// results store fills with its frame header, and one byte is kept for its newline.
    /// A record that would outgrow <see cref="MaxChars"/> is marked <see cref="Overflowed"/>
    /// and must not be sent.
    /// </summary>
    public sealed partial class JsonLine
    {
        /// <summary>
        /// Longest record, characters (the results store's limit). The longest the tests and
        /// scenarios write is an MPO-32 inspection of 4 060 characters (issue 28, docs/core.md):
        /// 6 kB leaves half as much again for the optional fields, and 2 kB less heap than 8 kB.
        /// </summary>
        public const int MaxChars = 6 * 1024;

        /// <summary>Bytes kept in front of the record for the results store's frame header.</summary>
        public const int FrameRoom = 14;

        private const int Nesting = 4;

        // Made once: a literal here would allocate a string per field on the interpreter (docs/core.md, "Memory on the device").
        private static readonly string NullText = "null";
        private static readonly string TrueText = "true";
        private static readonly string FalseText = "false";
        private readonly byte[] _bytes = new byte[FrameRoom + MaxChars + 1];
        private readonly bool[] _comma = new bool[Nesting];
        private readonly char[] _closer = new char[Nesting];
        private int _end;
        private int _depth;

        /// <summary>The buffer: the record is <see cref="Length"/> bytes from <see cref="FrameRoom"/>.</summary>
        public byte[] Bytes => _bytes;

        /// <summary>Bytes of the record written so far.</summary>
        public int Length => _end - FrameRoom;

        /// <summary>True when something did not fit: the record is incomplete.</summary>
        public bool Overflowed { get; private set; }

        /// <summary>Starts an object.</summary>
        public JsonLine Begin()
        {
            _end = FrameRoom;
            _depth = 0;
            _comma[0] = false;
            Overflowed = false;
            Byte('{');
            return this;
        }

        /// <summary>Adds a string field (null gives JSON null).</summary>
        public JsonLine Add(string name, string value)
        {
            Name(name);
            if (value == null)
            {
                Ascii(NullText);
            }
            else
            {
                Quoted(value);
            }

            return this;
        }

        /// <summary>Adds a string field from a builder's text (null gives JSON null).</summary>
        public JsonLine Add(string name, TextBuilder value)
        {
            Name(name);
            if (value == null)
            {
                Ascii(NullText);
                return this;
            }

            Byte('"');
            for (int i = 0; i < value.Length; i++)
            {
                Escaped(value[i]);
            }

            Byte('"');
            return this;
        }

        /// <summary>Adds an integer field.</summary>
        public JsonLine Add(string name, long value)
        {
            Name(name);
            return Written(NumberText.Integer(_bytes, _end, Limit, value));
        }

        /// <summary>Adds a boolean field.</summary>
        public JsonLine Add(string name, bool value)
        {
            Name(name);
            Ascii(value ? TrueText : FalseText);
            return this;
        }

        /// <summary>Adds a number with <paramref name="decimals"/> decimals (null when not finite).</summary>
        public JsonLine Add(string name, double value, int decimals)
        {
            Name(name);
            return Number(value, decimals);
        }

        /// <summary>Adds a number with <paramref name="decimals"/> decimals, or null when it is not <paramref name="present"/>.</summary>
        public JsonLine Add(string name, bool present, double value, int decimals)
        {
            Name(name);
            if (!present)
            {
                Ascii(NullText);
                return this;
            }

            return Number(value, decimals);
        }

        /// <summary>Adds an ISO 8601 UTC time field ("2026-11-20T09:30:00Z") from UTC seconds since 1970.</summary>
        public JsonLine AddUtc(string name, long epochSeconds)
        {
            Name(name);
            Byte('"');
            Written(UtcClock.Write(_bytes, _end, Limit, epochSeconds));
            Byte('"');
            return this;
        }

        /// <summary>Adds "name":[p, …] listing the positions in <paramref name="mask"/>.</summary>
        public JsonLine AddMask(string name, uint mask)
        {
            BeginArray(name);
            for (int p = 1; p <= MpoLayout.MaxPositions; p++)
            {
                if (PositionMask.Contains(mask, p))
                {
                    Item(p);
                }
            }

            return EndArray();
        }

        /// <summary>Opens "name":[ … ; close with <see cref="EndArray"/>.</summary>
        public JsonLine BeginArray(string name)
        {
            Name(name);
            return Open('[');
        }

        /// <summary>Opens "name":{ … ; close with <see cref="EndObject"/>.</summary>
        public JsonLine BeginObjectField(string name)
        {
            Name(name);
            return Open('{');
        }

        /// <summary>Closes the open array.</summary>
        public JsonLine EndArray()
        {
            return Close(']');
        }

        /// <summary>Opens an object as the next array element; close with <see cref="EndObject"/>.</summary>
        public JsonLine BeginObject()
        {
            Separator();
            return Open('{');
        }

        /// <summary>Closes the open element object.</summary>
        public JsonLine EndObject()
        {
            return Close('}');
        }

        /// <summary>Adds an integer array element.</summary>
        public JsonLine Item(long value)
        {
            Separator();
            return Written(NumberText.Integer(_bytes, _end, Limit, value));
        }

        /// <summary>Adds a number array element with <paramref name="decimals"/> decimals.</summary>
        public JsonLine Item(double value, int decimals)
        {
            Separator();
            return Number(value, decimals);
        }

        /// <summary>Adds a string array element.</summary>
        public JsonLine Item(string value)
        {
            Separator();
            Quoted(value);
            return this;
        }

        /// <summary>Closes the object (any array or element left open is closed first).</summary>
        public void End()
        {
            while (_depth > 0)
            {
                Close(_closer[_depth]);
            }

            Byte('}');
        }

        /// <summary>The record as text (tests and the simulator; allocates).</summary>
        public override string ToString()
        {
            return AsciiText.From(_bytes, FrameRoom, Length);
        }
    }
}
