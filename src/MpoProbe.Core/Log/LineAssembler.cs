namespace MpoProbe.Core
{
    /// <summary>
    /// Collects received bytes into command lines in a fixed buffer. A line longer than
    /// <see cref="MaxLineLength"/> is discarded up to its newline and reported once as oversized;
    /// nothing a host sends can grow memory.
    /// </summary>
    public sealed class LineAssembler
    {
        /// <summary>Longest accepted command line, in characters.</summary>
        public const int MaxLineLength = 96;

        private readonly char[] _line = new char[MaxLineLength];
        private int _length;
        private bool _overflow;

        /// <summary>True when the line just completed was too long (its text is dropped).</summary>
        public bool LastWasOversized { get; private set; }

        /// <summary>
        /// Feeds one byte; returns true when it completed a line (then read <see cref="Line"/> or
        /// <see cref="LastWasOversized"/>). CR and LF end a line; an empty line is ignored.
        /// </summary>
        public bool Feed(byte value)
        {
            if (value == (byte)'\n' || value == (byte)'\r')
            {
                bool complete = _length > 0 || _overflow;
                LastWasOversized = _overflow;
                Line = _overflow ? string.Empty : new string(_line, 0, _length);
                _length = 0;
                _overflow = false;
                return complete;
            }

            if (_length == MaxLineLength)
            {
                _overflow = true;
                return false;
            }

            _line[_length++] = (char)value;
            return false;
        }

        /// <summary>The last completed line.</summary>
        public string Line { get; private set; } = string.Empty;
    }
}
