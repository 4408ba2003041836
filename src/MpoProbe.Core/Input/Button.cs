using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The probe's one button without hardware: the GPIO adapter forwards raw edges with their
    /// time, this class rejects chatter and turns presses into short and long presses. A long
    /// press fires while the button is still held (on <see cref="Tick"/>), so the technician
    /// feels the menu open; the release that follows is swallowed. Chatter is judged on the level:
    /// an edge inside the debounce time is set aside, and taken once its level has held that long.
    /// </summary>
    public sealed class Button
    {
        private int _longPressMs = 1500;
        private int _debounceMs = 30;
        private bool _pressed;
        private bool _longFired;
        private long _pressedAt;
        private long _lastEdgeAt = long.MinValue / 2;
        private bool _raw;
        private long _rawAt;

        /// <summary>Hold time for a long press, ms (default 1500, 500..5000).</summary>
        public int LongPressMs
        {
            get { return _longPressMs; }
            set
            {
                if (value < 500 || value > 5000)
                {
                    throw new ArgumentOutOfRangeException("value", "long press " + value.ToString() + " ms is outside 500..5000 ms");
                }

                _longPressMs = value;
            }
        }

        /// <summary>Edges closer than this to the last accepted edge are chatter, ms (default 30, 0..200).</summary>
        public int DebounceMs
        {
            get { return _debounceMs; }
            set
            {
                if (value < 0 || value > 200)
                {
                    throw new ArgumentOutOfRangeException("value", "debounce " + value.ToString() + " ms is outside 0..200 ms");
                }

                _debounceMs = value;
            }
        }

        /// <summary>True while the button is held (after debouncing).</summary>
        public bool IsPressed => _pressed;

        /// <summary>An edge from the pin: <paramref name="pressed"/> true when the contact closed.</summary>
        public ButtonEvent OnEdge(bool pressed, long nowMs)
        {
            _raw = pressed;
            _rawAt = nowMs;
            return Accept(pressed, nowMs);
        }

        private ButtonEvent Accept(bool pressed, long nowMs)
        {
            if (pressed == _pressed || nowMs - _lastEdgeAt < _debounceMs)
            {
                return ButtonEvent.None;
            }

            _lastEdgeAt = nowMs;
            _pressed = pressed;
            if (pressed)
            {
                _pressedAt = nowMs;
                _longFired = false;
                return ButtonEvent.None;
            }

            if (_longFired)
            {
                return ButtonEvent.None;
            }

            return nowMs - _pressedAt >= _longPressMs ? ButtonEvent.LongPress : ButtonEvent.ShortPress;
        }

        /// <summary>Call regularly (every ≤ 50 ms): fires the long press once the button has been held long enough.</summary>
        public ButtonEvent Tick(long nowMs)
        {
            // A level the debounce set aside that has since held is the contact's: a release handed in
            // with its press (edges queued without their times) is a tap, not a press held for ever.
            if (_raw != _pressed && nowMs - _rawAt >= _debounceMs)
            {
                _lastEdgeAt = long.MinValue / 2;
                return Accept(_raw, _rawAt);
            }

            if (_pressed && !_longFired && nowMs - _pressedAt >= _longPressMs)
            {
                _longFired = true;
                return ButtonEvent.LongPress;
            }

            return ButtonEvent.None;
        }
    }
}
