namespace MpoProbe.Core
{
    /// <summary>
    /// Every peripheral of the probe in one place. The firmware's composition root builds it from
    /// the ESP32 adapters; the simulator from simulated parts. Core never reaches hardware any
    /// other way.
    /// </summary>
    public interface IProbeHardware
    {
        /// <summary>Photodiodes, multiplexer, gain ranges and ADC.</summary>
        IPhotodiodeFrontEnd FrontEnd { get; }

        /// <summary>Monotonic microsecond clock.</summary>
        IMicrosecondClock Clock { get; }

        /// <summary>The OLED.</summary>
        IDisplay Display { get; }

        /// <summary>The serial log and command port.</summary>
        ILogPort Port { get; }

        /// <summary>Reference and settings storage.</summary>
        IStorage Storage { get; }

        /// <summary>True when an MPO head is fitted (its ID divider reads a known layout).</summary>
        bool HeadPresent { get; }

        /// <summary>Positions of the fitted head from its ID resistor (12, 16, 24, 32), 0 for none (<see cref="HeadIdentification"/>).</summary>
        int HeadPositions { get; }

        /// <summary>
        /// Unique serial number of the fitted head, read from its ID chip (a 24AA02E48's EUI-48,
        /// hardware/self-test.md) as hex digits; empty when no chip answers.
        /// </summary>
        string HeadSerial { get; }

        /// <summary>The self-check multiplexer and ladder (docs/faults.md); null when the hardware has none.</summary>
        ICheckInputs CheckInputs { get; }

        /// <summary>Battery charge, percent.</summary>
        int BatteryPercent { get; }
    }
}
