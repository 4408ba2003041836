namespace MpoProbe.Core
{
    /// <summary>
    /// The analog front end: one transimpedance amplifier per fiber position, a multiplexer to
    /// one ADC input, and a gain-range switch. Implemented by the ESP32 adapter (firmware) and
    /// by the simulated front end (src/MpoProbe.Simulation) (host and tests). The front end only moves switches
    /// and converts; all averaging, ranging and maths happen in <see cref="Acquirer"/>.
    /// </summary>
    public interface IPhotodiodeFrontEnd
    {
        /// <summary>Photodiode channels wired to the multiplexer (channel i = position i+1).</summary>
        int ChannelCount { get; }

        /// <summary>
        /// Selects a channel and a gain range (index into <see cref="FrontEndDesign"/>'s ladder).
        /// The analog path needs <see cref="Settle"/> before the next conversion is valid.
        /// </summary>
        void Select(int channel, int range);

        /// <summary>Waits for the analog path to settle after a switch.</summary>
        void Settle(int microseconds);

        /// <summary>One ADC conversion of the selected channel: a raw code 0..4095.</summary>
        int Read();
    }
}
