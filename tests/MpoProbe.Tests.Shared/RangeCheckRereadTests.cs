using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// The sweep's re-read (see RangeCheckTests): a ratio found off through a burst spread beyond
    /// <see cref="GainCheck.NoisyFactor"/> × its range's design noise is read again over
    /// <see cref="RangeCheck.NoisyRereadSamples"/> results in both ranges before it is judged; a
    /// ratio found off through quiet bursts is judged at once.
    /// </summary>
    public partial class RangeCheckTests
    {
        /// <summary>
        /// Position 1 reads 650 codes in range 7 (under the used rule's 0.435 V, so only the sweep
        /// judges it): pairs 7–8 and 8–9 are judged. Range 8's first burst reads 30 % high with
        /// ±3 codes of ripple (spread 3.5 codes, over 3 × its 0.38-code design noise and under 3 ÷ it):
        /// pair 7–8 is off through a noisy upper burst, pair 8–9 through a noisy lower one; each is
        /// read again, right, and passes. The same 30 % through a quiet burst is a range line.
        /// </summary>
        [TestMethod]
        public void RatioOffThroughANoisyBurstIsReadAgainAndQuietOneIsJudgedAtOnce()
        {
            GlitchFrontEnd fe = new GlitchFrontEnd();
            fe.Ripple = 3;
            FaultLatch faults = new FaultLatch();
            Check.True(Sweep(fe, faults), "noisy first burst, right when read again: passes, not " + FaultCatalogue.Code(faults.Kind));
            Check.False(faults.HasFault, "no fault");
            Check.Equal(3, fe.Selects[8], "range 8: the sweep's burst, then again for pair 7-8 and for pair 8-9");
            Check.Equal(2, fe.Selects[7], "range 7: the sweep's burst and pair 7-8's re-read");
            Check.Equal(2, fe.Selects[9], "range 9: the sweep's burst and pair 8-9's re-read");
            Check.Equal(RangeCheck.NoisyRereadSamples, fe.LastBurst, "a re-read averages 64 results");

            fe = new GlitchFrontEnd();
            faults = new FaultLatch();
            Check.False(Sweep(fe, faults), "the same 30 % through a quiet burst is refused");
            Check.True(faults.Kind == FaultKind.RangeLine, "as a range line, not " + FaultCatalogue.Code(faults.Kind));
            Check.Equal(1, faults.Position, "position 1");
            Check.Near(8, faults.Value, 1e-9, "pair 7-8 names range 8");
            Check.Near(1.3, faults.Limit, 0.003, "measured ÷ expected in range 8");
            Check.Equal(1, fe.Selects[8], "nothing read again");
        }

        /// <summary>The sweep of a scan whose position 1 read 650 codes in range 7 (the others no light), over <paramref name="fe"/> with its glitch armed.</summary>
        private static bool Sweep(GlitchFrontEnd fe, FaultLatch faults)
        {
            DarkOffsets dark = new DarkOffsets();
            for (int c = 0; c < GlitchFrontEnd.Channels; c++)
            {
                for (int r = 0; r < FrontEndDesign.RangeCount; r++)
                {
                    dark.Set(c, r, RangeCheckBench.Pedestal);
                }
            }

            Acquirer acquirer = new Acquirer(fe, new AcquisitionSettings(), dark, new GainCalibration());
            Scan scan = new Scan();
            fe.Amps = RangeCheckBench.AmpsFor(650, 7);
            acquirer.Acquire(12, Wavelength.Nm1310, scan);
            for (int p = 1; p <= 12; p++)
            {
                scan.At(p).Set(ChannelStatus.NoLight, FrontEndDesign.TopRange, 0, 0);
            }

            scan.At(1).Set(ChannelStatus.Ok, 7, 650, 0);
            fe.Arm();
            return new RangeCheck(acquirer).Run(scan, MpoLayout.Mpo12, faults);
        }

        /// <summary>
        /// Linear front end with light on channel 0 only (code = pedestal + photocurrent × nominal
        /// transimpedance); once armed, the first burst in range 8 reads 30 % high with ±<see cref="Ripple"/>
        /// codes alternating.
        /// </summary>
        private sealed class GlitchFrontEnd : IPhotodiodeFrontEnd
        {
            public const int Channels = 12;
            public readonly int[] Selects = new int[FrontEndDesign.RangeCount];
            public double Amps;
            public int Ripple;
            public int LastBurst;
            private bool _armed;
            private int _channel;
            private int _range;
            private int _phase;

            public int ChannelCount => Channels;

            public void Arm()
            {
                _armed = true;
                for (int r = 0; r < FrontEndDesign.RangeCount; r++)
                {
                    Selects[r] = 0;
                }
            }

            public void Select(int channel, int range)
            {
                _channel = channel;
                _range = range;
                _phase = 0;
                Selects[range] += _armed && channel == 0 ? 1 : 0;
            }

            public void Settle(int microseconds)
            {
            }

            public int Read()
            {
                double light = _channel == 0 ? Amps * FrontEndDesign.NominalTransimpedanceOhms(_range) / FrontEndDesign.AdcVoltsPerCode : 0;
                bool glitch = _armed && _channel == 0 && _range == 8 && Selects[8] == 1;
                double code = RangeCheckBench.Pedestal + (glitch ? 1.3 * light : light) + (glitch ? (_phase % 2 == 0 ? Ripple : -Ripple) : 0);
                _phase++;
                LastBurst = _phase;
                code = code > FrontEndDesign.AdcMaxCode ? FrontEndDesign.AdcMaxCode : code;
                return (int)(code + 0.5);
            }
        }
    }
}
