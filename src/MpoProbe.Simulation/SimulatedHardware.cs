using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>The probe's peripherals simulated: front end, serial port, storage, display, head and battery.</summary>
    public sealed class SimulatedHardware : IProbeHardware
    {
        private IStorage _storage;
        private readonly ILogPort _port;

        /// <summary>Builds simulated peripherals from a seed.</summary>
        public SimulatedHardware(uint seed)
            : this(seed, null)
        {
        }

        /// <summary>Builds simulated peripherals whose serial port is <paramref name="port"/> (null: the in-memory <see cref="Serial"/>), with the calibration file of this probe on its flash.</summary>
        public SimulatedHardware(uint seed, ILogPort port)
            : this(seed, port, true)
        {
        }

        /// <summary>
        /// Builds simulated peripherals; with <paramref name="calibrated"/> the flash holds the
        /// calibration file the simulated factory procedure produced for this probe
        /// (<see cref="SimulatedCalibration"/>), without it the probe leaves the line uncalibrated.
        /// </summary>
        public SimulatedHardware(uint seed, ILogPort port, bool calibrated)
        {
            _port = port;
            Sim = new SimulatedFrontEnd(MpoLayout.MaxPositions, seed);
            Faults = new FaultInjectingFrontEnd(Sim, seed);
            Serial = new MemoryLogPort();
            Files = new MemoryStorage();
            Screen = new MemoryDisplay();
            HeadPositions = 12;
            HeadSerial = "0004A3" + (seed & 0xFFFFFFu).ToString("X6");
            BatteryPercent = 87;
            Seed = seed;
            if (calibrated)
            {
                Files.Poke(CalibrationStore.FileName, SimulatedCalibration.FileFor(seed));
            }
        }

        /// <summary>The seed this probe was drawn from.</summary>
        public uint Seed { get; }

        /// <summary>The simulated front end.</summary>
        public SimulatedFrontEnd Sim { get; }

        /// <summary>The front end the probe sees: <see cref="Sim"/> plus the check ladder and injectable faults.</summary>
        public FaultInjectingFrontEnd Faults { get; }

        /// <summary>The serial port fake.</summary>
        public MemoryLogPort Serial { get; }

        /// <summary>The storage fake.</summary>
        public MemoryStorage Files { get; }

        /// <summary>The display fake.</summary>
        public MemoryDisplay Screen { get; }

        /// <inheritdoc />
        public IPhotodiodeFrontEnd FrontEnd => Faults;

        /// <inheritdoc />
        public ICheckInputs CheckInputs => Faults;

        /// <inheritdoc />
        public IMicrosecondClock Clock => Sim;

        /// <inheritdoc />
        public IDisplay Display => Screen;

        /// <inheritdoc />
        public ILogPort Port => _port == null ? Serial : _port;

        /// <inheritdoc />
        public IStorage Storage => _storage ?? Files;

        /// <summary>Puts <paramref name="storage"/> in place of <see cref="Files"/> (before the Core is built on this hardware).</summary>
        public void UseStorage(IStorage storage)
        {
            _storage = storage;
        }

        /// <summary>True when a head is fitted; setting false pulls it (head-ID open), true fits a 12-position head if none.</summary>
        public bool HeadPresent
        {
            get => HeadPositions != 0;
            set => HeadPositions = value ? (HeadPositions == 0 ? 12 : HeadPositions) : 0;
        }

        /// <summary>Positions of the fitted head (default 12), 0 for none: what the head-ID divider tells.</summary>
        public int HeadPositions { get; set; }

        /// <summary>Serial number of the fitted head's ID chip (default from the seed); swap heads by setting another.</summary>
        public string HeadSerial { get; set; }

        /// <inheritdoc />
        public int BatteryPercent { get; set; }

        /// <summary>Lights positions 1..count at <paramref name="dbm"/> minus each loss (<see cref="SimulatedProbe.DarkLossDb"/> or more = dark), the rest dark.</summary>
        public void Light(double dbm, double[] lossDb)
        {
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                if (c < lossDb.Length && lossDb[c] < SimulatedProbe.DarkLossDb)
                {
                    Sim.SetIncidentPowerDbm(c, dbm - lossDb[c]);
                }
                else
                {
                    Sim.SetDark(c);
                }
            }
        }
    }
}
