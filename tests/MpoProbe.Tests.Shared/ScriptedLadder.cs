using MpoProbe.Core;

namespace MpoProbe.Tests
{
    /// <summary>
    /// A front end whose check ladder, parking level and pedestals read exactly as scripted, for
    /// tests that pin <see cref="ChainCheck"/>'s decisions on chosen tap means. Every burst of a
    /// selection reads its level −d, +d, −d, +d (d = <see cref="Dither"/>), so a burst's mean is the
    /// scripted level and its spread is known; a level at or above <see cref="FullScale"/> reads
    /// <see cref="FullScale"/> without dither (a clipped converter). <see cref="StuckMask"/> bits
    /// of every code read as in <see cref="StuckValue"/>.
    /// </summary>
    internal sealed class ScriptedLadder : IPhotodiodeFrontEnd, ICheckInputs
    {
        private readonly double[] _taps = new double[ChainCheck.Taps];
        private int _tap = -2;
        private int _channel;
        private int _sample;
        private bool _waited;

        /// <summary>A healthy ladder: every tap on its nominal code ×<paramref name="scale"/> (rounded), parked at 0, pedestals nominal, 32 channels.</summary>
        public ScriptedLadder(double scale)
        {
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                _taps[t] = (int)((scale * ChainCheck.NominalCode(t)) + 0.5);
            }

            Dither = 1;
            Channels = 32;
            FullScale = FrontEndDesign.AdcMaxCode;
            Parked = 0;
            ParkedAfterWait = 0;
            WaitMicroseconds = int.MaxValue;
            PedestalLow = (int)ChainCheck.PedestalCode;
            PedestalHigh = (int)ChainCheck.PedestalCode;
        }

        /// <summary>Half the spread of a burst, codes.</summary>
        public int Dither { get; set; }

        /// <summary>Channels of the head.</summary>
        public int Channels { get; set; }

        /// <summary>Highest code the converter gives.</summary>
        public int FullScale { get; set; }

        /// <summary>Parking level (every multiplexer off).</summary>
        public double Parked { get; set; }

        /// <summary>Parking level once one settle of at least <see cref="WaitMicroseconds"/> passed since the selection.</summary>
        public double ParkedAfterWait { get; set; }

        /// <summary>Settle time after which the parked node reads <see cref="ParkedAfterWait"/>.</summary>
        public int WaitMicroseconds { get; set; }

        /// <summary>Pedestal level of channel 0 (the first position multiplexer).</summary>
        public double PedestalLow { get; set; }

        /// <summary>Pedestal level of channel 16 (the second position multiplexer).</summary>
        public double PedestalHigh { get; set; }

        /// <summary>Bits of every code that do not follow the level.</summary>
        public int StuckMask { get; set; }

        /// <summary>Value of the stuck bits.</summary>
        public int StuckValue { get; set; }

        public int ChannelCount => Channels;

        /// <summary>Scripts tap <paramref name="tap"/>'s level.</summary>
        public void SetTap(int tap, double level)
        {
            _taps[tap] = level;
        }

        /// <summary>Scripts every tap: <paramref name="first"/> then the steps in turn, repeated.</summary>
        public void SetSteps(double first, double[] steps)
        {
            _taps[0] = first;
            for (int t = 1; t < ChainCheck.Taps; t++)
            {
                _taps[t] = _taps[t - 1] + steps[(t - 1) % steps.Length];
            }
        }

        /// <summary>Scripted level of tap <paramref name="tap"/>.</summary>
        public double Tap(int tap)
        {
            return _taps[tap];
        }

        public void Select(int channel, int range)
        {
            _tap = -2;
            _channel = channel;
            _sample = 0;
            _waited = false;
        }

        public void SelectCheck(int tap)
        {
            _tap = tap;
            _sample = 0;
            _waited = false;
        }

        public void InjectTestCurrent(bool on)
        {
        }

        public void SelectWithTestCurrent(int channel, int range)
        {
            Select(channel, range);
        }

        public void Settle(int microseconds)
        {
            _waited = _waited || microseconds >= WaitMicroseconds;
        }

        public int Read()
        {
            double level = Level();
            int code;
            if (level >= FullScale)
            {
                code = FullScale;
            }
            else
            {
                code = (int)(level + 0.5) + ((_sample % 2) == 0 ? -Dither : Dither);
                code = code < 0 ? 0 : (code > FullScale ? FullScale : code);
            }

            _sample++;
            return (code & ~StuckMask) | (StuckValue & StuckMask);
        }

        private double Level()
        {
            if (_tap >= 0)
            {
                return _taps[_tap];
            }

            if (_tap == -1)
            {
                return _waited ? ParkedAfterWait : Parked;
            }

            return _channel == 0 ? PedestalLow : (_channel == 16 ? PedestalHigh : 0);
        }
    }
}
