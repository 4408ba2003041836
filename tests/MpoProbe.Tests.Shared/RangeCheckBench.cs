using MpoProbe.Core;

namespace MpoProbe.Tests
{
    /// <summary>A range check over a linear fake front end with a 410-code dark table (RangeCheckTests).</summary>
    internal sealed class RangeCheckBench
    {
        public const int Pedestal = 410;

        public readonly RangeFakeFrontEnd Fe = new RangeFakeFrontEnd();
        public readonly Scan Scan = new Scan();
        public readonly FaultLatch Faults = new FaultLatch();
        public readonly GainCalibration Gains = new GainCalibration();
        public readonly MpoLayout Layout;
        public readonly RangeCheck Range;
        private readonly Acquirer _acquirer;

        public RangeCheckBench(MpoLayout layout)
        {
            Layout = layout;
            DarkOffsets dark = new DarkOffsets();
            for (int c = 0; c < RangeFakeFrontEnd.Channels; c++)
            {
                for (int r = 0; r < FrontEndDesign.RangeCount; r++)
                {
                    dark.Set(c, r, Pedestal);
                }
            }

            _acquirer = new Acquirer(Fe, new AcquisitionSettings(), dark, Gains);
            Range = new RangeCheck(_acquirer);
        }

        public void Acquire(int positions)
        {
            Fe.Counting = false;
            _acquirer.Acquire(positions, Wavelength.Nm1310, Scan);
            Fe.ClearReads();
            Fe.Counting = true;
        }

        public bool Run()
        {
            Acquire(12);
            return Range.Run(Scan, Layout, Faults);
        }

        /// <summary>Codes above the pedestal of <paramref name="amps"/> in a range at nominal transimpedance.</summary>
        public static double Codes(double amps, int range)
        {
            return amps * FrontEndDesign.NominalTransimpedanceOhms(range) / FrontEndDesign.AdcVoltsPerCode;
        }

        /// <summary>Photocurrent that reads <paramref name="codes"/> above the pedestal in a range.</summary>
        public static double AmpsFor(double codes, int range)
        {
            return codes * FrontEndDesign.AdcVoltsPerCode / FrontEndDesign.NominalTransimpedanceOhms(range);
        }

        /// <summary>
        /// A scan written by hand: acquires <paramref name="positions"/> (so the count is set), then
        /// every position reads no signal in the top range until <see cref="Place"/> says otherwise.
        /// </summary>
        public void Blank(int positions)
        {
            Acquire(positions);
            for (int p = 1; p <= positions; p++)
            {
                Scan.At(p).Set(ChannelStatus.NoLight, FrontEndDesign.TopRange, 0, 0);
            }
        }

        /// <summary>The scan says position <paramref name="position"/> read <paramref name="signalCodes"/> in <paramref name="range"/>.</summary>
        public void Place(int position, int range, double signalCodes)
        {
            Scan.At(position).Set(ChannelStatus.Ok, range, signalCodes, 0);
        }

        /// <summary>The check on the scan as it stands (after <see cref="Blank"/> and <see cref="Place"/>).</summary>
        public bool Judge()
        {
            return Range.Run(Scan, Layout, Faults);
        }
    }

    /// <summary>Linear front end: code = pedestal + photocurrent × transimpedance; faults planted on one channel.</summary>
    internal sealed class RangeFakeFrontEnd : IPhotodiodeFrontEnd
    {
        public const int Channels = 16;
        public readonly double[] Amps = new double[Channels];
        public readonly int[] Alias = new int[FrontEndDesign.RangeCount];
        public readonly double[] Gain = new double[FrontEndDesign.RangeCount];
        public readonly double[] ChannelGain = new double[Channels];
        public int FaultChannel = -1;
        public int StuckChannel = -1;
        public int StuckCode;
        public int Ripple;
        public bool Counting;
        public int TotalReads;
        private readonly int[] _reads = new int[Channels * FrontEndDesign.RangeCount];
        private int _channel;
        private int _range;
        private int _phase;

        public RangeFakeFrontEnd()
        {
            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                Alias[r] = r;
                Gain[r] = 1.0;
            }

            for (int c = 0; c < Channels; c++)
            {
                ChannelGain[c] = 1.0;
            }
        }

        public int ChannelCount => Channels;

        public void Select(int channel, int range)
        {
            _channel = channel;
            _range = range;
            _phase = 0;
            if (Counting)
            {
                _reads[(channel * FrontEndDesign.RangeCount) + range]++;
                TotalReads++;
            }
        }

        public void Settle(int microseconds)
        {
        }

        public int Read()
        {
            if (_channel == StuckChannel)
            {
                return StuckCode;
            }

            bool faulty = _channel == FaultChannel;
            int range = faulty ? Alias[_range] : _range;
            double gain = faulty ? Gain[_range] : 1.0;
            double code = RangeCheckBench.Pedestal + (Amps[_channel] * FrontEndDesign.NominalTransimpedanceOhms(range) * gain * ChannelGain[_channel] / FrontEndDesign.AdcVoltsPerCode);
            if (Counting && faulty)
            {
                code += _phase % 2 == 0 ? Ripple : -Ripple;
            }

            _phase++;
            code = code > FrontEndDesign.AdcMaxCode ? FrontEndDesign.AdcMaxCode : code;
            return (int)(code + 0.5);
        }

        public void ClearReads()
        {
            for (int i = 0; i < _reads.Length; i++)
            {
                _reads[i] = 0;
            }

            TotalReads = 0;
        }

        public int ReadsOf(int channel)
        {
            int n = 0;
            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                n += _reads[(channel * FrontEndDesign.RangeCount) + r];
            }

            return n;
        }

        public int ReadsOf(int channel, int range)
        {
            return _reads[(channel * FrontEndDesign.RangeCount) + range];
        }
    }
}
