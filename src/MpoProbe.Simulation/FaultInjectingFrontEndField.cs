using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// The faults a real board suffers beyond docs/faults.md's first table (issue 24): the test
    /// current, the ADC's gain and stuck bits, one channel's gain, one PGA setting's gain, a
    /// position multiplexer stuck inside, one channel's range switch, an intermittent or noisy
    /// channel. Each is a property; <see cref="ClearFieldFaults"/> turns them all off.
    /// </summary>
    public sealed partial class FaultInjectingFrontEnd
    {
        private bool _injecting;

        /// <summary>The test current never reaches any amplifier (its source or switch dead).</summary>
        public bool TestCurrentDead { get; set; }

        /// <summary>Factor on every ADC code (the ADC reference sagging by 10 % reads codes ×1/0.9); 1 when healthy.</summary>
        public double AdcScale { get; set; }

        /// <summary>ADC output bits forced to <see cref="StuckBitValue"/>.</summary>
        public int StuckBitMask { get; set; }

        /// <summary>Values of the forced ADC bits.</summary>
        public int StuckBitValue { get; set; }

        /// <summary>Channel (0-based) whose amplifier gain is <see cref="ChannelGainFactor"/>; −1 for none.</summary>
        public int GainChannel { get; set; }

        /// <summary>Gain of <see cref="GainChannel"/>'s amplifier relative to healthy (a drifting feedback resistor).</summary>
        public double ChannelGainFactor { get; set; }

        /// <summary>PGA gain index (0 = ×1 … 5 = ×32) whose gain is <see cref="PgaGainFactor"/>; −1 for none.</summary>
        public int PgaIndex { get; set; }

        /// <summary>Gain of <see cref="PgaIndex"/>'s setting relative to nominal.</summary>
        public double PgaGainFactor { get; set; }

        /// <summary>A position multiplexer stuck inside on this channel (0-based): its half reads it whatever the select lines say; −1 for none.</summary>
        public int MuxStuckChannel { get; set; }

        /// <summary>Channel (0-based) whose TIA range switch stays at <see cref="RangeStuckTia"/>; −1 for none.</summary>
        public int RangeStuckChannel { get; set; }

        /// <summary>TIA resistor index (0..2) the stuck range switch holds.</summary>
        public int RangeStuckTia { get; set; }

        /// <summary>Channel (0-based) whose output drops to 0 V on one conversion in five (a cracked joint); −1 for none.</summary>
        public int IntermittentChannel { get; set; }

        /// <summary>Conversions <see cref="IntermittentChannel"/> dropped to 0 V so far: whether the joint acted, which the probe is not told.</summary>
        public int IntermittentDrops { get; private set; }

        /// <summary>Channel (0-based) with extra noise of <see cref="NoisySigmaCodes"/>; −1 for none.</summary>
        public int NoisyChannel { get; set; }

        /// <summary>Extra noise of <see cref="NoisyChannel"/>, codes rms.</summary>
        public double NoisySigmaCodes { get; set; }

        /// <summary>Turns the field faults off.</summary>
        public void ClearFieldFaults()
        {
            TestCurrentDead = false;
            AdcScale = 1.0;
            StuckBitMask = 0;
            StuckBitValue = 0;
            GainChannel = -1;
            ChannelGainFactor = 1.0;
            PgaIndex = -1;
            PgaGainFactor = 1.0;
            MuxStuckChannel = -1;
            RangeStuckChannel = -1;
            RangeStuckTia = 0;
            IntermittentChannel = -1;
            NoisyChannel = -1;
            NoisySigmaCodes = 0;
        }

        /// <inheritdoc />
        public void InjectTestCurrent(bool on)
        {
            if (on != _injecting)
            {
                // One expander write of the latches with GPB5 changed; none when it already is.
                Counts.Inject();
                Switch(on);
            }
        }

        /// <inheritdoc />
        public void SelectWithTestCurrent(int channel, int range)
        {
            // One expander write: the select lines and GPB5 together (counted as the select it is).
            Select(channel, range);
            Switch(true);
        }

        /// <summary>The test current's switch follows GPB5; the injection multiplexers follow the select lines to the channel asked for.</summary>
        private void Switch(bool on)
        {
            bool was = _injecting;
            _injecting = on;
            if (_sim != null && (on || was))
            {
                _sim.Inject(on && !TestCurrentDead ? _requested : -1, on && !TestCurrentDead ? _sim.TestCurrentAmps : 0);
            }
        }

        /// <summary>One channel's own faults on a conversion of it: gain, PGA setting, intermittent joint, noise.</summary>
        private int ChannelFaults(int code)
        {
            double pedestal = ChainCheck.PedestalCode;
            double x = code;
            if (_channel == GainChannel)
            {
                x = pedestal + ((x - pedestal) * ChannelGainFactor);
            }

            if (PgaIndex >= 0 && _range % PgaGains == PgaIndex)
            {
                x = pedestal + ((x - pedestal) * PgaGainFactor);
            }

            if (_channel == IntermittentChannel && _random.NextDouble() < 0.2)
            {
                x = 0;
                IntermittentDrops++;
            }

            if (_channel == NoisyChannel)
            {
                x += NoisySigmaCodes * _random.NextGaussian();
            }

            return Clamp(x);
        }

        /// <summary>The converter's own faults on every conversion: its gain (reference).</summary>
        private int AdcFaults(int code)
        {
            return AdcScale == 1.0 ? code : Clamp(code * AdcScale);
        }

        private static int Clamp(double x)
        {
            return x <= 0 ? 0 : (x >= FrontEndDesign.AdcMaxCode ? FrontEndDesign.AdcMaxCode : (int)(x + 0.5));
        }
    }
}
