namespace MpoProbe.Core
{
    /// <summary>
    /// The elements drawn since the last clear (text lines and graphics with their boxes), kept
    /// for the layout check and the tests: a text's characters are copied into a pool allocated
    /// once, so drawing from a <see cref="TextBuilder"/> builds no string.
    /// </summary>
    public sealed partial class Framebuffer
    {
        private readonly short[] _elementBox = new short[MaxElements * 4];
        private readonly ElementKind[] _elementKind = new ElementKind[MaxElements];
        private readonly short[] _textStart = new short[MaxElements];
        private readonly short[] _textLength = new short[MaxElements];
        private readonly char[] _textPool = new char[MaxElementChars];
        private int _poolUsed;

        /// <summary>The box of element <paramref name="index"/> as drawn (it may reach outside the screen).</summary>
        public void ElementBox(int index, out int x, out int y, out int w, out int h)
        {
            x = _elementBox[index * 4];
            y = _elementBox[(index * 4) + 1];
            w = _elementBox[(index * 4) + 2];
            h = _elementBox[(index * 4) + 3];
        }

        /// <summary>What element <paramref name="index"/> is.</summary>
        public ElementKind ElementKindAt(int index)
        {
            return _elementKind[index];
        }

        /// <summary>The text of element <paramref name="index"/> (null for graphics).</summary>
        public string ElementTextAt(int index)
        {
            return _textLength[index] < 0 ? null : new string(_textPool, _textStart[index], _textLength[index]);
        }

        /// <summary>True when a text element equal to <paramref name="text"/> is on the screen.</summary>
        public bool ShowsText(string text)
        {
            for (int i = 0; i < ElementCount; i++)
            {
                if (_elementKind[i] == ElementKind.Text && text != null && _textLength[i] == text.Length && PoolEquals(_textStart[i], text))
                {
                    return true;
                }
            }

            return false;
        }

        private bool PoolEquals(int start, string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (_textPool[start + i] != text[i])
                {
                    return false;
                }
            }

            return true;
        }

        private void Record(ElementKind kind, int x, int y, int w, int h, string text)
        {
            Record(kind, x, y, w, h, text, null, 0, text == null ? -1 : text.Length);
        }

        /// <summary>Remembers an element; its text is <paramref name="count"/> characters from <paramref name="start"/> of the string or builder (count −1: none).</summary>
        private void Record(ElementKind kind, int x, int y, int w, int h, string text, TextBuilder built, int start, int count)
        {
            if (ElementCount == MaxElements)
            {
                ElementsOverflowed = true;
                return;
            }

            _textStart[ElementCount] = (short)_poolUsed;
            _textLength[ElementCount] = (short)count;
            for (int c = 0; c < count; c++)
            {
                if (_poolUsed == MaxElementChars)
                {
                    // Kept cut: the layout check reads element texts only to name them.
                    _textLength[ElementCount] = (short)c;
                    break;
                }

                _textPool[_poolUsed++] = text != null ? text[start + c] : built[start + c];
            }

            int i = ElementCount * 4;
            _elementBox[i] = (short)x;
            _elementBox[i + 1] = (short)y;
            _elementBox[i + 2] = (short)w;
            _elementBox[i + 3] = (short)h;
            _elementKind[ElementCount] = kind;
            ElementCount++;
        }
    }
}
