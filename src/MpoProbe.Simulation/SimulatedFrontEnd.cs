using System;
using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// A photodiode front end simulated from <see cref="FrontEndDesign"/>'s figures: per-channel
    /// dark current, responsivity and gain errors, the pedestal, RC settling after a switch, the
    /// residual electrical crosstalk (with a field), the ADC's dead zone, compression, INL, DNL, σ ≈ 16 LSB noise and clipping.
    /// Seeded and deterministic; counts conversions, switches and modelled device time.
    /// Allocates nothing after construction.
    /// </summary>
    public sealed partial class SimulatedFrontEnd : IPhotodiodeFrontEnd, IMicrosecondClock
    {
        private const double RailVolts = 3.3;
        private readonly SimRandom _random;
        private readonly uint _seed;
        private readonly double[] _incidentWatts;
        private readonly double[] _flicker;
        private readonly double[] _darkAmps;
        private readonly double[] _responsivityError;
        private readonly double[][] _gainError;
        private readonly double _voltsPerCode;
        private readonly double[] _matingFactor;
        private readonly ChipAdc _chip;
        private FieldState _state;
        private int _channel;
        private int _range;
        private double _startVolts;
        private long _switchMicroseconds;

        /// <summary>Builds a simulated front end with <paramref name="channelCount"/> photodiodes.</summary>
        public SimulatedFrontEnd(int channelCount, uint seed)
        {
            if (channelCount < 1 || channelCount > MpoLayout.MaxPositions)
            {
                throw new ArgumentOutOfRangeException("channelCount", "channel count " + channelCount.ToString() + " is outside 1..32");
            }

            ChannelCount = channelCount;
            _seed = seed;
            _random = new SimRandom(seed);
            _incidentWatts = new double[channelCount];
            _flicker = new double[channelCount];
            _darkAmps = new double[channelCount];
            _responsivityError = new double[channelCount];
            _gainError = new double[channelCount][];
            _matingFactor = new double[channelCount];
            _voltsPerCode = FrontEndDesign.AdcVoltsPerCode * _random.Uniform(1.0 - ChipAdc.ScaleSpread, 1.0 + ChipAdc.ScaleSpread);
            for (int c = 0; c < channelCount; c++)
            {
                _darkAmps[c] = _random.Uniform(FrontEndDesign.DarkCurrentMinAmps, FrontEndDesign.DarkCurrentMaxAmps);
                _responsivityError[c] = _random.Uniform(-0.03, 0.03);
                _matingFactor[c] = 1.0;
                _gainError[c] = new double[FrontEndDesign.RangeCount];
                for (int r = 0; r < FrontEndDesign.RangeCount; r++)
                {
                    _gainError[c][r] = _random.Uniform(-FrontEndDesign.GainTolerance, FrontEndDesign.GainTolerance);
                }
            }

            Wavelength = Wavelength.Nm850;
            PedestalVolts = FrontEndDesign.PedestalVolts;
            NoiseSigmaCodes = FrontEndDesign.AdcNoiseSigmaCodes;
            _startVolts = PedestalVolts;
            _chip = new ChipAdc(seed);
            _state = new FieldState();
        }

        /// <summary>
        /// The field around the probe (mating, source drift, temperature, chip variation, crosstalk); null = the ideal
        /// bench (every field term off, the original model). Attach before the dark capture: the chip's ADC variation changes every code.
        /// </summary>
        public SimulatedField Field { get; set; }

        /// <summary>Job time so far in hours (modelled device time; <see cref="AdvanceMinutes"/> moves it on).</summary>
        public double JobHours => ElapsedMicroseconds / 3.6e9;

        /// <summary>Ambient minus the start ambient now, °C (0 without a field).</summary>
        public double DeltaC => Field == null ? 0 : Field.DeltaC(JobHours);

        /// <summary>Lets <paramref name="minutes"/> of job time pass (between actions of a technician).</summary>
        public void AdvanceMinutes(double minutes)
        {
            if (minutes > 0)
            {
                ElapsedMicroseconds += (long)(minutes * 60e6);
            }
        }

        /// <summary>Loss of the probe-port mating on a channel, dB (set by <see cref="SimulatedField.Mate"/>).</summary>
        public void SetMatingLossDb(int channel, double lossDb)
        {
            CheckChannel(channel);
            _matingFactor[channel] = System.Math.Pow(10.0, -lossDb / 10.0);
        }

        /// <inheritdoc />
        public int ChannelCount { get; }

        /// <summary>Wavelength of the light falling on the photodiodes.</summary>
        public Wavelength Wavelength { get; set; }

        /// <summary>Amplifier output at zero light; 0 removes the pedestal (dead-zone tests).</summary>
        public double PedestalVolts { get; set; }

        /// <summary>The converter's own noise per averaged result, codes (0 turns every noise off).</summary>
        public double NoiseSigmaCodes { get; set; }

        /// <summary>
        /// Time-varying light (a coded source); when set it replaces the powers given with
        /// <see cref="SetIncidentPowerDbm"/>.
        /// </summary>
        public ILightSource LightSource { get; set; }

        /// <inheritdoc />
        public long NowMicroseconds => ElapsedMicroseconds;

        /// <summary>ADC conversions so far.</summary>
        public long Conversions { get; private set; }

        /// <summary>Channel or range switches so far.</summary>
        public long Switches { get; private set; }

        /// <summary>Simulated time so far, µs, at the simulation's own pace (<see cref="DeviceTiming.SimulatedReadMicroseconds"/>).</summary>
        public long ElapsedMicroseconds { get; private set; }

        /// <summary>Sets the optical power arriving at a channel; a host caller's negative infinity or NaN means dark (the simulation itself calls <see cref="SetDark"/>).</summary>
        public void SetIncidentPowerDbm(int channel, double dbm)
        {
            CheckChannel(channel);
            _incidentWatts[channel] = double.IsNaN(dbm) || double.IsNegativeInfinity(dbm) ? 0 : PowerUnits.DbmToWatts(dbm);
        }

        /// <summary>Turns off the light on every channel (dust cap on).</summary>
        public void SetAllDark()
        {
            for (int c = 0; c < ChannelCount; c++)
            {
                _incidentWatts[c] = 0;
            }
        }

        /// <summary>
        /// Makes a channel's light fluctuate from sample to sample by a relative σ (a loose
        /// particle or a badly seated connector).
        /// </summary>
        public void SetFlicker(int channel, double relativeSigma)
        {
            CheckChannel(channel);
            _flicker[channel] = relativeSigma;
        }

        /// <summary>
        /// The true gain of a range on a channel relative to nominal: what a factory gain
        /// calibration measures. Simulation truth: only the test that checks the calibration
        /// procedure's result may read it (docs/calibration.md).
        /// </summary>
        public double TrueGainFactor(int channel, int range)
        {
            CheckChannel(channel);
            return 1.0 + _gainError[channel][range];
        }

        /// <inheritdoc />
        public void Select(int channel, int range)
        {
            CheckChannel(channel);
            FrontEndDesign.NominalTransimpedanceOhms(range);
            if (channel == _channel && range == _range && !_checking)
            {
                return;
            }

            // The GPIO writes take SelectMicroseconds; the analog path starts settling after the last one.
            ElapsedMicroseconds += DeviceTiming.SimulatedSelectMicroseconds;
            _state.Update(Field, JobHours);
            _startVolts = NodeVolts();
            _channel = channel;
            _range = range;
            _checking = false;
            _switchMicroseconds = ElapsedMicroseconds;
            Switches++;
        }

        /// <inheritdoc />
        public void Settle(int microseconds)
        {
            if (microseconds > 0)
            {
                ElapsedMicroseconds += microseconds;
            }
        }

        /// <inheritdoc />
        public int Read()
        {
            double volts = NodeVolts();
            double flicker = _checking ? 0 : _flicker[_channel];
            if (flicker > 0)
            {
                volts = PedestalVolts + ((volts - PedestalVolts) * (1.0 + (flicker * _random.NextGaussian())));
            }

            Conversions++;
            ElapsedMicroseconds += DeviceTiming.SimulatedReadMicroseconds;
            return Convert(volts);
        }

        private double TargetVolts(int channel, int range)
        {
            double responsivity = FrontEndDesign.ResponsivityAmpsPerWatt(Wavelength) * (1.0 + _responsivityError[channel]);
            double watts = Watts(channel);
            double others = 0;
            if (Field != null)
            {
                watts = (watts * _state.SourceFactor * _matingFactor[channel]) + _state.StrayWatts;
                if (_state.Crosstalk > 0)
                {
                    double left = channel > 0 ? Watts(channel - 1) * _matingFactor[channel - 1] : 0;
                    double right = channel < ChannelCount - 1 ? Watts(channel + 1) * _matingFactor[channel + 1] : 0;
                    watts += _state.Crosstalk * _state.SourceFactor * (left + right);
                    others = OtherWatts(channel) * _state.SourceFactor;
                }
            }

            double amps = ((watts + AmbientWatts) * responsivity) + (_darkAmps[channel] * _state.DarkFactor) + (channel == InjectedChannel ? InjectedAmps : 0);
            amps = Shorted(channel, amps);
            double ohms = FrontEndDesign.NominalTransimpedanceOhms(range) * (1.0 + _gainError[channel][range]) * _state.GainFactor;
            double volts = PedestalVolts + (amps * ohms) + (SettlingTable.CrosstalkVoltsPerAmp * others * responsivity);
            return volts > RailVolts ? RailVolts : volts;
        }

        /// <summary>Light on every channel but <paramref name="channel"/>, W: its photocurrent shifts this channel by SettlingTable.CrosstalkVoltsPerAmp (rail, ground, pedestal; hardware/spice/crosstalk.cir).</summary>
        private double OtherWatts(int channel)
        {
            double others = 0;
            for (int c = 0; c < ChannelCount; c++)
            {
                others += c == channel ? 0 : Watts(c) * _matingFactor[c];
            }

            return others;
        }

        private double Watts(int channel)
        {
            return LightSource == null ? _incidentWatts[channel] : LightSource.IncidentWatts(channel, ElapsedMicroseconds);
        }

        private double NodeVolts()
        {
            double target = _checking ? _checkVolts : TargetVolts(_channel, _range);
            double dt = ElapsedMicroseconds - _switchMicroseconds;
            return target + ((_startVolts - target) * System.Math.Exp(-dt / (SettlingTable.TauMicroseconds(_checking ? 0 : _range) * SlowSettling)));
        }

        /// <summary>One averaged ADS7138 result on the 12-bit scale; the range's analog noise is not averaged down (its conversions lie within the input filter's τ: conservative).</summary>
        private int Convert(double volts)
        {
            bool chip = Field != null && Field.ChipVariation;
            double x = chip ? _chip.Codes(volts) : (volts - FrontEndDesign.AdcZeroVolts) / _voltsPerCode;
            if (x < 0)
            {
                return 0;
            }

            if (chip)
            {
                x += _chip.Linearity(x, _seed) + _state.OffsetCodes;
            }
            else
            {
                x += FrontEndDesign.AdcInlCodes * System.Math.Sin(System.Math.PI * x / FrontEndDesign.AdcMaxCode);
                x += (0.5 * FrontEndDesign.AdcDnlCodes * SimRandom.Hash((uint)x, _seed)) + _state.OffsetCodes;
            }

            // The converter's noise per averaged result plus the range's analog noise; none when
            // disabled. The check ladder carries the converter's own noise only.
            double analog = NoiseSigmaCodes > 0 && !_checking ? SettlingTable.NoiseCodes(_range) : 0;
            double adc = _checking ? FrontEndDesign.AdcNoiseSigmaCodes : NoiseSigmaCodes;
            x += System.Math.Sqrt((adc * adc) + (analog * analog)) * _random.NextGaussian();
            int code = (int)System.Math.Round(x);
            if (code < 0)
            {
                return 0;
            }

            return code > FrontEndDesign.AdcMaxCode ? FrontEndDesign.AdcMaxCode : code;
        }

        private void CheckChannel(int channel)
        {
            if (channel < 0 || channel >= ChannelCount)
            {
                throw new ArgumentOutOfRangeException("channel", "channel " + channel.ToString() + " is outside 0.." + (ChannelCount - 1).ToString());
            }
        }
    }
}
