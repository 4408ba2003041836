using MpoProbe.Core;

namespace MpoProbe.Tests
{
    /// <summary>
    /// A front end whose every code is known in advance, for the gain check's own tests: each
    /// channel's light (codes it would give in 100 kΩ ×1, scaled by the range's transimpedance) on
    /// the 0.25 V pedestal, plus the nominal test step × <see cref="StepFactor"/> while the test
    /// current is on; "noise" alternates ±<see cref="Noise"/> codes from the first conversion after
    /// each settle, so a burst of an even count has its mean exactly and a spread of exactly that.
    /// The switch follows the interface: a plain select or a ladder tap turns it off; a conversion
    /// after any write and before a settle reads 0.
    /// </summary>
    internal sealed class GainCheckFake : IPhotodiodeFrontEnd, ICheckInputs
    {
        /// <summary>Light of each channel, codes in 100 kΩ ×1 (range 6).</summary>
        public readonly double[] LightCodes = new double[MpoLayout.MaxPositions];

        /// <summary>Each channel's test step over the nominal one (1: healthy).</summary>
        public readonly double[] StepFactor = new double[MpoLayout.MaxPositions];

        /// <summary>Each channel's alternating noise, codes (0: none).</summary>
        public readonly int[] Noise = new int[MpoLayout.MaxPositions];

        private readonly int _channels;
        private int _channel = -1;
        private int _range;
        private int _sample;
        private bool _settled;

        public GainCheckFake(int channels)
        {
            _channels = channels;
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                StepFactor[c] = 1.0;
            }
        }

        /// <summary>True while the test current is switched on.</summary>
        public bool CurrentOn { get; private set; }

        /// <summary>Plain selects of a channel.</summary>
        public int Selects { get; private set; }

        /// <summary>Selects with the current switched on in the same write.</summary>
        public int SelectsWithCurrent { get; private set; }

        /// <summary>Writes of the switch alone (<see cref="InjectTestCurrent"/>).</summary>
        public int Switches { get; private set; }

        /// <summary>The settling time asked for last, µs.</summary>
        public int LastSettleMicroseconds { get; private set; }

        /// <summary>Conversions read.</summary>
        public int Reads { get; private set; }

        public int ChannelCount => _channels;

        /// <summary>The code a channel gives in a range, the current on or off, before the noise.</summary>
        public static double Code(double lightCodes, double stepFactor, int range, bool on)
        {
            double gain = FrontEndDesign.NominalTransimpedanceOhms(range) / 100000.0;
            double light = lightCodes + (on ? stepFactor * TestCurrent.StepCodes(6) : 0);
            return (FrontEndDesign.PedestalVolts / FrontEndDesign.AdcVoltsPerCode) + (light * gain);
        }

        public void Select(int channel, int range)
        {
            _channel = channel;
            _range = range;
            CurrentOn = false;
            _settled = false;
            Selects++;
        }

        public void SelectCheck(int tap)
        {
            _channel = -1;
            CurrentOn = false;
        }

        public void InjectTestCurrent(bool on)
        {
            CurrentOn = on;
            _settled = false;
            Switches++;
        }

        public void SelectWithTestCurrent(int channel, int range)
        {
            _channel = channel;
            _range = range;
            CurrentOn = true;
            _settled = false;
            SelectsWithCurrent++;
        }

        public void Settle(int microseconds)
        {
            _sample = 0;
            _settled = true;
            LastSettleMicroseconds = microseconds;
        }

        public int Read()
        {
            Reads++;
            if (_channel < 0 || !_settled)
            {
                // A ladder tap, or a conversion before the output settled after a write: nothing the check may use.
                return 0;
            }

            int noise = Noise[_channel];
            double code = Code(LightCodes[_channel], StepFactor[_channel], _range, CurrentOn) + (_sample % 2 == 0 ? noise : -noise);
            _sample++;
            code = code < 0 ? 0 : (code > FrontEndDesign.AdcMaxCode ? FrontEndDesign.AdcMaxCode : code);
            return (int)(code + 0.5);
        }
    }
}
