namespace MpoProbe.Core
{
    /// <summary>
    /// Collects received bytes into command lines in a fixed buffer. A line longer than
    /// <see cref="MaxLineLength"/> is discarded up to its newline and reported once as oversized; a
    /// line that lost bytes on the way (<see cref="Break"/>) is discarded the same way and reported
    /// as incomplete. Nothing a host sends can grow memory.
    /// </summary>
    public sealed class LineAssembler
    {
        /// <summary>Longest accepted command line, in characters.</summary>
        public const int MaxLineLength = 96;

        private readonly char[] _line = new char[MaxLineLength];
        private int _length;
        private bool _overflow;
        private bool _broken;

        /// <summary>True when the line just completed was too long (its text is dropped).</summary>
        public bool LastWasOversized { get; private set; }

        /// <summary>True when the line just completed had lost bytes (<see cref="Break"/>; its text is dropped).</summary>
        public bool LastWasBroken { get; private set; }

        /// <summary>True while the line in progress is being discarded (too long, or broken).</summary>
        public bool Discarding => _overflow || _broken;

        /// <summary>
        /// Bytes of the input were lost (an input queue overflowed): the line in progress, or the
        /// next one if none is, is broken and will be discarded up to its end.
        /// </summary>
        public void Break()
        {
            _broken = true;
        }

        /// <summary>
        /// Ends a line being discarded without waiting for its newline (the sender went quiet);
        /// returns true when there was one (then read <see cref="LastWasOversized"/>, <see cref="LastWasBroken"/>).
        /// </summary>
        public bool EndDiscarded()
        {
            if (!Discarding)
            {
                return false;
            }

            if (!_overflow && _length == 0)
            {
                // Nothing of the broken line arrived: the next line is whole.
                _broken = false;
                return false;
            }

            return Feed((byte)'\n');
        }

        /// <summary>
        /// Feeds one byte; returns true when it completed a line (then read <see cref="Line"/> or
        /// <see cref="LastWasOversized"/>). CR and LF end a line; an empty line is ignored.
        /// </summary>
        public bool Feed(byte value)
        {
            if (value == (byte)'\n' || value == (byte)'\r')
            {
                bool complete = _length > 0 || _overflow || (_broken && _length > 0);
                if (!complete)
                {
                    return false;
                }

                LastWasBroken = _broken && !_overflow;
                LastWasOversized = _overflow;
                Line = Discarding ? string.Empty : new string(_line, 0, _length);
                _length = 0;
                _overflow = false;
                _broken = false;
                return true;
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
