using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The elements drawn since the last clear (text lines and graphics with their boxes), kept
    /// for the layout check and the tests: a text's characters are copied into a pool allocated
    /// once, so drawing from a <see cref="TextBuilder"/> builds no string. The record is made at
    /// the first draw and only while <see cref="KeepsElements"/> is on.
    /// </summary>
    public sealed partial class Framebuffer
    {
        private short[] _elementBox;
        private ElementKind[] _elementKind;
        private short[] _textStart;
        private short[] _textLength;
        private char[] _textPool;
        private int _poolUsed;
        private bool _keepsElements = true;

        /// <summary>
        /// True (the default) to remember the drawn elements for the layout check and the tests.
        /// The firmware turns it off: nothing on the device reads them, and the record is about
        /// 5 kB of the interpreter's heap (issue 28; docs/core.md, "Memory on the device").
        /// Turning it off drops the record; reading elements then throws instead of finding none.
        /// </summary>
        public bool KeepsElements
        {
            get
            {
                return _keepsElements;
            }

            set
            {
                _keepsElements = value;
                if (!value)
                {
                    _elementBox = null;
                    _elementKind = null;
                    _textStart = null;
                    _textLength = null;
                    _textPool = null;
                }

                ElementCount = 0;
                ElementsOverflowed = false;
                _poolUsed = 0;
            }
        }

        private void RequireElements()
        {
            if (!_keepsElements)
            {
                throw new InvalidOperationException("this framebuffer keeps no drawn elements (KeepsElements is off)");
            }
        }

        /// <summary>The box of element <paramref name="index"/> as drawn (it may reach outside the screen).</summary>
        public void ElementBox(int index, out int x, out int y, out int w, out int h)
        {
            RequireElements();
            x = _elementBox[index * 4];
            y = _elementBox[(index * 4) + 1];
            w = _elementBox[(index * 4) + 2];
            h = _elementBox[(index * 4) + 3];
        }

        /// <summary>What element <paramref name="index"/> is.</summary>
        public ElementKind ElementKindAt(int index)
        {
            RequireElements();
            return _elementKind[index];
        }

        /// <summary>The text of element <paramref name="index"/> (null for graphics).</summary>
        public string ElementTextAt(int index)
        {
            RequireElements();
            return _textLength[index] < 0 ? null : new string(_textPool, _textStart[index], _textLength[index]);
        }

        /// <summary>True when a text element equal to <paramref name="text"/> is on the screen.</summary>
        public bool ShowsText(string text)
        {
            RequireElements();
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
            if (!_keepsElements)
            {
                return;
            }

            if (_textPool == null)
            {
                _elementBox = new short[MaxElements * 4];
                _elementKind = new ElementKind[MaxElements];
                _textStart = new short[MaxElements];
                _textLength = new short[MaxElements];
                _textPool = new char[MaxElementChars];
            }

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
