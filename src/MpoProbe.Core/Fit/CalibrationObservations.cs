using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The readings of a calibration procedure: for every accepted attenuator step and every
    /// channel, up to <see cref="SlotsPerStep"/> ranges read inside the calibration window, each as
    /// the natural log of its signal in volts. Allocated at <c>cal begin</c> and dropped at the end,
    /// so a probe in the field never holds it (≈ 48 kB for 32 channels × 80 steps).
    /// </summary>
    public sealed class CalibrationObservations
    {
        /// <summary>Most attenuator steps one procedure can hold (a 50 dB sweep at 1 dB needs 51).</summary>
        public const int MaxSteps = 80;

        /// <summary>Ranges kept per channel and step (the window spans less than two ladder steps).</summary>
        public const int SlotsPerStep = 3;

        private readonly int _channels;
        private readonly float[] _lnVolts;
        private readonly sbyte[] _range;
        private readonly double[] _attenuationDb;

        /// <summary>Storage for <paramref name="channels"/> channels.</summary>
        public CalibrationObservations(int channels)
        {
            if (channels < 1 || channels > MpoLayout.MaxPositions)
            {
                throw new ArgumentOutOfRangeException("channels", "channel count " + channels.ToString() + " is outside 1..32");
            }

            _channels = channels;
            _lnVolts = new float[MaxSteps * channels * SlotsPerStep];
            _range = new sbyte[MaxSteps * channels * SlotsPerStep];
            _attenuationDb = new double[MaxSteps];
            for (int i = 0; i < _range.Length; i++)
            {
                _range[i] = -1;
            }
        }

        /// <summary>Channels calibrated.</summary>
        public int Channels => _channels;

        /// <summary>Accepted steps so far.</summary>
        public int Steps { get; private set; }

        /// <summary>Attenuator setting, in dB, of an accepted step.</summary>
        public double AttenuationDb(int step)
        {
            return _attenuationDb[step];
        }

        /// <summary>Range of a slot, or -1 when the slot is empty.</summary>
        public int Range(int step, int channel, int slot)
        {
            return _range[Index(step, channel, slot)];
        }

        /// <summary>Natural log of the signal, in volts, of a filled slot.</summary>
        public double LnVolts(int step, int channel, int slot)
        {
            return _lnVolts[Index(step, channel, slot)];
        }

        /// <summary>Starts filling step <see cref="Steps"/> (its slots are cleared); false when full.</summary>
        public bool Open(double attenuationDb)
        {
            if (Steps >= MaxSteps)
            {
                return false;
            }

            _attenuationDb[Steps] = attenuationDb;
            for (int c = 0; c < _channels; c++)
            {
                for (int s = 0; s < SlotsPerStep; s++)
                {
                    _range[Index(Steps, c, s)] = -1;
                }
            }

            return true;
        }

        /// <summary>Records a reading of the open step; false when the channel's slots are full or the signal is not positive.</summary>
        public bool Put(int channel, int range, double signalVolts)
        {
            if (!(signalVolts > 0))
            {
                // Only a positive signal has a logarithm; the reader keeps in-window readings only.
                return false;
            }

            for (int s = 0; s < SlotsPerStep; s++)
            {
                int i = Index(Steps, channel, s);
                if (_range[i] < 0)
                {
                    _range[i] = (sbyte)range;
                    _lnVolts[i] = (float)System.Math.Log(signalVolts);
                    return true;
                }
            }

            return false;
        }

        /// <summary>Keeps the open step.</summary>
        public void Commit()
        {
            Steps++;
        }

        /// <summary>How many accepted steps read <paramref name="range"/> on a channel, and how many read it together with <paramref name="range"/> + 1.</summary>
        public int Coverage(int channel, int range, out int sharedWithNext)
        {
            int count = 0;
            sharedWithNext = 0;
            for (int j = 0; j < Steps; j++)
            {
                bool has = false, next = false;
                for (int s = 0; s < SlotsPerStep; s++)
                {
                    int r = _range[Index(j, channel, s)];
                    has |= r == range;
                    next |= r == range + 1;
                }

                count += has ? 1 : 0;
                sharedWithNext += has && next ? 1 : 0;
            }

            return count;
        }

        private int Index(int step, int channel, int slot)
        {
            return (((step * _channels) + channel) * SlotsPerStep) + slot;
        }
    }
}
