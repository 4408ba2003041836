using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// A small lab's calibration fixture, simulated: a stabilised source, a step attenuator and
    /// a fan-out lighting every position of the probe's port. Figures and their sources:
    /// source drift ±0.05 dB over hours after warm-up and a warm-up drift (shared/domain.md,
    /// "Source stability"); relative intensity noise 0.2 % per sample, uniform (design guess
    /// for a VCSEL test source, unconfirmed); attenuator error up to ±<see cref="StepErrorDb"/> dB at each
    /// setting, fixed per setting (bench step attenuators and VOAs state ±0.05–0.1 dB accuracy:
    /// issue 15, unconfirmed); fan-out: each position ±0.15 dB from the nominal launch power
    /// (design guess for an MPO fan-out cord, unconfirmed). Deterministic for a seed.
    /// </summary>
    public sealed class SimulatedFixture : ILightSource
    {
        /// <summary>Largest error of an attenuator setting, in dB.</summary>
        public const double StepErrorDb = 0.1;

        /// <summary>Largest deviation of one position's launch power from nominal, in dB.</summary>
        public const double FanOutSpreadDb = 0.15;

        private const double DriftDb = 0.05;
        private const double DriftPeriodSeconds = 3600;
        private const double RelativeNoise = 0.002;
        private readonly SimRandom _random;
        private readonly uint _seed;
        private readonly double[] _fanOutDb;
        private readonly double[] _wattsNow;
        private double _attenuationDb;
        private double _errorDb;

        /// <summary>A fixture whose source gives <paramref name="sourceDbm"/> at the port with the attenuator at 0 dB.</summary>
        public SimulatedFixture(int channels, double sourceDbm, uint seed)
        {
            _seed = seed;
            _random = new SimRandom(seed ^ 0x5EED1234u);
            SourceDbm = sourceDbm;
            _fanOutDb = new double[channels];
            _wattsNow = new double[channels];
            for (int c = 0; c < channels; c++)
            {
                _fanOutDb[c] = _random.Uniform(-FanOutSpreadDb, FanOutSpreadDb);
            }

            SetAttenuationDb(0);
        }

        /// <summary>Nominal source power at the port, attenuator at 0 dB.</summary>
        public double SourceDbm { get; }

        /// <summary>
        /// Extra drift, in dB per second of probe time, as in the first minutes after switching a
        /// source on (0: warmed up). Large enough, it moves the light within one step.
        /// </summary>
        public double WarmUpDbPerSecond { get; set; }

        /// <summary>Extra relative flicker per sample (a loose connector); 0 for none.</summary>
        public double Flicker { get; set; }

        /// <summary>The attenuator's dial setting.</summary>
        public double AttenuationDb => _attenuationDb;

        /// <summary>What the attenuator really adds at the current setting, in dB (truth: tests only).</summary>
        public double TrueAttenuationDb => _attenuationDb + _errorDb;

        /// <summary>Turns the attenuator to <paramref name="db"/>; each setting has its own fixed error.</summary>
        public void SetAttenuationDb(double db)
        {
            _attenuationDb = db;
            uint key = (uint)System.Math.Round(db * 100);
            _errorDb = StepErrorDb * SimRandom.Hash(key, _seed);
            for (int c = 0; c < _wattsNow.Length; c++)
            {
                _wattsNow[c] = PowerUnits.DbmToWatts(SourceDbm - TrueAttenuationDb + _fanOutDb[c]);
            }
        }

        /// <inheritdoc />
        public double IncidentWatts(int channel, long probeMicroseconds)
        {
            double seconds = probeMicroseconds / 1e6;
            double driftDb = (DriftDb * System.Math.Sin(2 * System.Math.PI * seconds / DriftPeriodSeconds)) + (WarmUpDbPerSecond * seconds);
            double noise = 1 + ((RelativeNoise + Flicker) * (Flicker > 0 ? _random.NextGaussian() : 3.4641 * (_random.NextDouble() - 0.5)));
            return _wattsNow[channel] * (1 + (driftDb * 0.2302585)) * noise;
        }
    }
}
