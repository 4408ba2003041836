namespace MpoProbe.Core
{
    /// <summary>
    /// The front end's self-check inputs (hardware/README.md, "Self-check multiplexer"): a third
    /// CD74HC4067 on the same select lines S0–S3 whose 16 inputs are taps of a resistor ladder
    /// (<see cref="ChainCheck"/> has the voltages), joined to the PGA input with the two position
    /// multiplexers; and a pull-down that parks that node at 0 V when every multiplexer is off.
    /// After a selection the caller settles and reads with <see cref="IPhotodiodeFrontEnd"/>.
    /// </summary>
    public interface ICheckInputs
    {
        /// <summary>
        /// Selects ladder tap <paramref name="tap"/> (0..15) with both position multiplexers off
        /// and the PGA at ×1; −1 turns every multiplexer off (the parking level).
        /// </summary>
        void SelectCheck(int tap);

        /// <summary>
        /// Switches the test current (hardware/self-test.md: ≈ 10 µA from the 2.5 V reference
        /// through 220 kΩ) onto the amplifier input of the channel selected with
        /// <see cref="IPhotodiodeFrontEnd.Select"/> (the injection multiplexers share S0–S3 and the
        /// position enables), or off. Its switch is the expander's GPB5, written with the select
        /// lines: <see cref="IPhotodiodeFrontEnd.Select"/> and <see cref="SelectCheck"/> turn it off
        /// in their own write, and switching it here re-writes the latches once. The caller settles before reading.
        /// </summary>
        void InjectTestCurrent(bool on);

        /// <summary>
        /// Selects a channel and range as <see cref="IPhotodiodeFrontEnd.Select"/> does with the test
        /// current on, in the same single expander write (hardware/pin-map.md, GPB5). The caller settles before reading.
        /// </summary>
        void SelectWithTestCurrent(int channel, int range);
    }
}
