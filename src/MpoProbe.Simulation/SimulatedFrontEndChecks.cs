using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// The simulated front end's self-test hardware and field faults (hardware/self-test.md):
    /// the test current switched onto one channel's amplifier input, ambient light leaking onto
    /// every photodiode, and slow settling.
    /// </summary>
    public sealed partial class SimulatedFrontEnd
    {
        /// <summary>Channel the test current goes into (−1: none) and its current, A.</summary>
        public int InjectedChannel { get; private set; } = -1;

        /// <summary>Current injected into <see cref="InjectedChannel"/>'s amplifier input, A.</summary>
        public double InjectedAmps { get; private set; }

        /// <summary>No light arrives at a channel (how the simulation says dark: never a NaN or −∞ power).</summary>
        public void SetDark(int channel)
        {
            CheckChannel(channel);
            _incidentWatts[channel] = 0;
        }

        private TestSourceTruth _testSource;

        /// <summary>This board's test current now, A (its own reference and resistor, drifting with the ambient; <see cref="TestSourceTruth"/>).</summary>
        public double TestCurrentAmps => Source.Amps(DeltaC, PedestalVolts);

        /// <summary>This board's 2.5 V reference now relative to nominal: the check ladder's taps follow it.</summary>
        public double ReferenceFactor => Source.ReferenceFactor(DeltaC);

        private TestSourceTruth Source => _testSource ?? (_testSource = new TestSourceTruth(_seed));

        /// <summary>Switches the test current onto a channel's amplifier input (−1 or 0 A: off); the node settles from where it was.</summary>
        public void Inject(int channel, double amps)
        {
            _state.Update(Field, JobHours);
            _startVolts = NodeVolts();
            InjectedChannel = amps > 0 ? channel : -1;
            InjectedAmps = amps > 0 ? amps : 0;
            _switchMicroseconds = ElapsedMicroseconds;
        }

        private bool _checking;
        private double _checkVolts;

        /// <summary>
        /// Puts a known voltage (a check-ladder tap, or 0 V parked) on the ADC node in place of the
        /// selected channel: it settles from where the node was and is converted by this chip's ADC
        /// (scale, zero, INL and DNL under the field model) with the ADC's own noise. The next
        /// <see cref="Select"/> returns to the channels.
        /// </summary>
        public void HoldCheckVolts(double volts)
        {
            _state.Update(Field, JobHours);
            _startVolts = NodeVolts();
            _checking = true;
            _checkVolts = volts;
            _switchMicroseconds = ElapsedMicroseconds;
        }

        /// <summary>Channel (0-based) whose amplifier input is shorted to the next channel's: the two share their currents; −1 for none.</summary>
        public int ShortedChannel { get; set; } = -1;

        /// <summary>The current into <paramref name="channel"/>'s amplifier with a short to its neighbour: half of both (the neighbour's light and test current without its dark current).</summary>
        private double Shorted(int channel, double amps)
        {
            if (ShortedChannel < 0 || (channel != ShortedChannel && channel != ShortedChannel + 1))
            {
                return amps;
            }

            int other = channel == ShortedChannel ? ShortedChannel + 1 : ShortedChannel;
            double responsivity = FrontEndDesign.ResponsivityAmpsPerWatt(Wavelength);
            double otherAmps = (Watts(other) * responsivity) + (other == InjectedChannel ? InjectedAmps : 0);
            return (amps + otherAmps) / 2;
        }

        /// <summary>Light reaching every photodiode on top of its own (ambient leaking in), W.</summary>
        public double AmbientWatts { get; set; }

        /// <summary>Settling time constants are this many times the design's (a slow amplifier); 1 when healthy.</summary>
        public double SlowSettling { get; set; } = 1.0;

    }
}
