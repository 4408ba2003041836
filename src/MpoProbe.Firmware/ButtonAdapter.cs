using System;
using System.Device.Gpio;

namespace MpoProbe.Firmware
{
    /// <summary>
    /// The button pin (to ground, internal pull-up, native debounce) forwarding edges: the GPIO
    /// event arrives on another thread, so edges are queued in a fixed ring and taken by the main
    /// loop. Chatter rejection and press timing are Core's (Button).
    /// </summary>
    public sealed class ButtonAdapter
    {
        private const int Capacity = 16;
        private readonly bool[] _edges = new bool[Capacity];
        private readonly object _lock = new object();
        private readonly GpioPin _pin;
        private int _head;
        private int _count;

        /// <summary>Opens the button pin.</summary>
        public ButtonAdapter(GpioController gpio)
        {
            _pin = gpio.OpenPin(Pins.Button, PinMode.InputPullUp);
            _pin.DebounceTimeout = TimeSpan.FromMilliseconds(20);
            _pin.ValueChanged += OnValueChanged;
        }

        /// <summary>Takes the oldest queued edge; false when none.</summary>
        public bool TryTake(out bool pressed)
        {
            lock (_lock)
            {
                pressed = false;
                if (_count == 0)
                {
                    return false;
                }

                pressed = _edges[_head];
                _head = (_head + 1) % Capacity;
                _count--;
                return true;
            }
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            lock (_lock)
            {
                if (_count == Capacity)
                {
                    return;
                }

                _edges[(_head + _count) % Capacity] = e.ChangeType == PinEventTypes.Falling;
                _count++;
            }
        }
    }
}
