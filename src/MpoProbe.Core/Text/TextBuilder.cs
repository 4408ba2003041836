namespace MpoProbe.Core
{
    /// <summary>
    /// A line of text composed in a character buffer allocated once, for messages the log and the
    /// screens write on every button press (advice, position lists, numbers) without building a
    /// string. Text beyond <see cref="Capacity"/> is cut and <see cref="Truncated"/> says so.
    /// </summary>
    public sealed class TextBuilder
    {
        /// <summary>Characters a default builder holds (a list of all 32 positions with colours fits).</summary>
        public const int Capacity = 512;

        private readonly char[] _chars;
        private readonly byte[] _digits = new byte[24];

        /// <summary>A builder of <see cref="Capacity"/> characters.</summary>
        public TextBuilder()
            : this(Capacity)
        {
        }

        /// <summary>A builder of <paramref name="capacity"/> characters (a screen line needs few).</summary>
        public TextBuilder(int capacity)
        {
            _chars = new char[capacity];
        }

        /// <summary>Characters held.</summary>
        public int Length { get; private set; }

        /// <summary>True when something did not fit.</summary>
        public bool Truncated { get; private set; }

        /// <summary>Character <paramref name="index"/>.</summary>
        public char this[int index] => _chars[index];

        /// <summary>Empties the builder.</summary>
        public TextBuilder Clear()
        {
            Length = 0;
            Truncated = false;
            return this;
        }

        /// <summary>Keeps the first <paramref name="length"/> characters (nothing changes when fewer are held).</summary>
        public TextBuilder Cut(int length)
        {
            if (length >= 0 && length < Length)
            {
                Length = length;
            }

            return this;
        }

        /// <summary>Appends <paramref name="text"/> (null appends nothing).</summary>
        public TextBuilder Add(string text)
        {
            if (text != null)
            {
                for (int i = 0; i < text.Length; i++)
                {
                    Add(text[i]);
                }
            }

            return this;
        }

        /// <summary>Appends <paramref name="text"/> in lower case (ASCII letters).</summary>
        public TextBuilder AddLower(string text)
        {
            if (text != null)
            {
                for (int i = 0; i < text.Length; i++)
                {
                    char c = text[i];
                    Add(c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c);
                }
            }

            return this;
        }

        /// <summary>Appends one character.</summary>
        public TextBuilder Add(char c)
        {
            if (Length == _chars.Length)
            {
                Truncated = true;
                return this;
            }

            _chars[Length++] = c;
            return this;
        }

        /// <summary>Appends a whole number.</summary>
        public TextBuilder Add(long value)
        {
            return Digits(NumberText.Integer(_digits, 0, _digits.Length, value));
        }

        /// <summary>Appends a number with <paramref name="decimals"/> decimals ("n/a" when not finite), as <see cref="Format.Fixed"/>.</summary>
        public TextBuilder Add(double value, int decimals)
        {
            return Digits(NumberText.Fixed(_digits, 0, _digits.Length, value, decimals, "n/a"));
        }

        /// <summary>Appends a dB value with two decimals, as <see cref="Format.Db"/>.</summary>
        public TextBuilder AddDb(double value)
        {
            return Add(value, 2);
        }

        /// <summary>Appends "3 (green), 4 (brown)" for the positions in the mask, as <see cref="Format.Positions"/>.</summary>
        public TextBuilder AddPositions(uint mask)
        {
            bool first = true;
            for (int p = 1; p <= MpoLayout.MaxPositions; p++)
            {
                if (PositionMask.Contains(mask, p))
                {
                    Add(first ? string.Empty : ", ").Add(p).Add(" (").Add(FiberColors.Name(p)).Add(')');
                    first = false;
                }
            }

            return this;
        }

        /// <summary>True when the text equals <paramref name="text"/>.</summary>
        public bool Is(string text)
        {
            if (text == null || text.Length != Length)
            {
                return false;
            }

            for (int i = 0; i < Length; i++)
            {
                if (_chars[i] != text[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The text as a string (allocates: tests, commands and messages outside the button cycle).</summary>
        public override string ToString()
        {
            return new string(_chars, 0, Length);
        }

        private TextBuilder Digits(int end)
        {
            for (int i = 0; i < end; i++)
            {
                Add((char)_digits[i]);
            }

            return this;
        }
    }
}
