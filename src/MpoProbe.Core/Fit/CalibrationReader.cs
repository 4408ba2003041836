using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Reads one attenuator step of the calibration: on every channel, every gain range whose
    /// signal lies in the calibration window (<see cref="LowVolts"/>..<see cref="HighVolts"/>),
    /// averaged over <see cref="Samples"/> samples. Refuses the step, naming position, range and
    /// value, when the light saturates the least sensitive range, is too weak for the most
    /// sensitive one, or is unstable (a noisy burst, or the light moved during the step).
    /// </summary>
    public sealed class CalibrationReader
    {
        /// <summary>Lowest signal, in volts above dark, a calibration reading may have.</summary>
        public const double LowVolts = 0.6;

        /// <summary>Highest signal, in volts above dark (the ADC compresses from 2.2 V above the 0.25 V pedestal).</summary>
        public const double HighVolts = 2.0;

        /// <summary>Samples averaged per calibration reading (σ ≈ 1.4 LSB on the mean).</summary>
        public const int Samples = 64;

        /// <summary>Largest change, in dB, of the first reading when repeated at the end of the step.</summary>
        public const double MaxDriftDb = 0.03;

        private const int ProbeSamples = 8;
        private const double MaxSigmaCodes = FrontEndDesign.UnstableSpreadCodes;
        private readonly IPhotodiodeFrontEnd _frontEnd;
        private readonly DarkOffsets _dark;
        private readonly int[] _lowestRange = new int[MpoLayout.MaxPositions];
        private double _signalVolts;
        private double _sigmaCodes;
        private bool _outside;

        /// <summary>A reader over the front end and its dark table.</summary>
        public CalibrationReader(IPhotodiodeFrontEnd frontEnd, DarkOffsets dark)
        {
            _frontEnd = frontEnd ?? throw new ArgumentNullException("frontEnd");
            _dark = dark ?? throw new ArgumentNullException("dark");
        }

        /// <summary>What was wrong with the last refused step, empty otherwise.</summary>
        public string Problem { get; private set; } = string.Empty;

        /// <summary>Forgets the ranges of the previous step (a new procedure starts at the least sensitive range).</summary>
        public void Reset()
        {
            for (int c = 0; c < _lowestRange.Length; c++)
            {
                _lowestRange[c] = 0;
            }
        }

        /// <summary>Reads every channel into the open step of <paramref name="data"/>.</summary>
        public CalibrationOutcome ReadStep(CalibrationObservations data)
        {
            Problem = string.Empty;
            int firstRange = -1;
            double firstVolts = 0;
            for (int c = 0; c < data.Channels; c++)
            {
                CalibrationOutcome outcome = ReadChannel(data, c);
                if (outcome != CalibrationOutcome.Ok)
                {
                    return outcome;
                }

                for (int s = 0; c == 0 && s < CalibrationObservations.SlotsPerStep; s++)
                {
                    if (data.Range(data.Steps, 0, s) >= 0)
                    {
                        firstRange = data.Range(data.Steps, 0, s);
                        firstVolts = System.Math.Exp(data.LnVolts(data.Steps, 0, s));
                    }
                }
            }

            Read(0, firstRange, Samples);
            // Log10 only of a positive ratio: with no light either way the drift is unknown, which is refused too.
            bool measurable = firstRange >= 0 && firstVolts > 0 && _signalVolts > 0;
            double driftDb = measurable ? 10 * System.Math.Log10(_signalVolts / firstVolts) : 0;
            if (_outside || !measurable || System.Math.Abs(driftDb) > MaxDriftDb)
            {
                Problem = "light moved " + Format.Db(driftDb) + " dB during the step (position 1, range " + firstRange.ToString()
                    + ", limit " + Format.Db(MaxDriftDb) + " dB): let the source settle and repeat the step";
                return CalibrationOutcome.Unstable;
            }

            return CalibrationOutcome.Ok;
        }

        private CalibrationOutcome ReadChannel(CalibrationObservations data, int channel)
        {
            int range = _lowestRange[channel] > 0 ? _lowestRange[channel] - 1 : 0;
            Read(channel, range, ProbeSamples);
            while ((_outside || _signalVolts > HighVolts) && range > 0)
            {
                range--;
                Read(channel, range, ProbeSamples);
            }

            if (range == 0 && (_outside || _signalVolts > HighVolts))
            {
                Problem = "position " + (channel + 1).ToString() + " saturates the least sensitive range (" + Format.Db(_signalVolts) + " V of signal): add attenuation";
                return CalibrationOutcome.Saturated;
            }

            int kept = 0;

            // The signal the next range should give, when the last kept reading predicts it: a flag,
            // never NaN (a NaN compares true with > on the interpreter, docs/device-rules.md).
            bool hasPrediction = false;
            double predicted = 0;
            for (; range < FrontEndDesign.RangeCount && kept < CalibrationObservations.SlotsPerStep; range++)
            {
                if (hasPrediction && predicted > HighVolts * 1.05)
                {
                    break;
                }

                // A kept reading predicts the next range; probe only when the prediction is near an edge.
                if (!(hasPrediction && predicted > LowVolts * 1.05 && predicted < HighVolts * 0.95))
                {
                    Read(channel, range, ProbeSamples);
                    if (_outside || _signalVolts > HighVolts)
                    {
                        break;
                    }
                }

                if (_signalVolts < LowVolts)
                {
                    continue;
                }

                CalibrationOutcome outcome = Keep(data, channel, range);
                if (outcome != CalibrationOutcome.Ok)
                {
                    return outcome;
                }

                bool inWindow = _signalVolts >= LowVolts && _signalVolts <= HighVolts;
                kept += inWindow ? 1 : 0;
                hasPrediction = inWindow && range < FrontEndDesign.TopRange;
                predicted = hasPrediction ? _signalVolts * FrontEndDesign.NominalTransimpedanceOhms(range + 1) / FrontEndDesign.NominalTransimpedanceOhms(range) : 0;
            }

            if (kept == 0)
            {
                Problem = "position " + (channel + 1).ToString() + " has too little light for the most sensitive range (" + Format.Db(_signalVolts)
                    + " V, needs " + Format.Db(LowVolts) + " V): the sweep is complete, or check the fixture";
                return CalibrationOutcome.NoLight;
            }

            return CalibrationOutcome.Ok;
        }

        /// <summary>Reads a range in full and keeps it when inside the window (the short probe may have been on the edge).</summary>
        private CalibrationOutcome Keep(CalibrationObservations data, int channel, int range)
        {
            Read(channel, range, Samples);
            if (!_outside && _sigmaCodes <= MaxSigmaCodes && (_signalVolts < LowVolts || _signalVolts > HighVolts))
            {
                return CalibrationOutcome.Ok;
            }

            if (_outside || _sigmaCodes > MaxSigmaCodes)
            {
                Problem = "position " + (channel + 1).ToString() + " range " + range.ToString() + " is unstable (σ " + Format.Fixed(_sigmaCodes, 1)
                    + " codes, limit " + Format.Fixed(MaxSigmaCodes, 0) + "; signal " + Format.Db(_signalVolts) + " V): check the source and the connection";
                return CalibrationOutcome.Unstable;
            }

            if (data.Range(data.Steps, channel, 0) < 0)
            {
                _lowestRange[channel] = range;
            }

            data.Put(channel, range, _signalVolts);
            return CalibrationOutcome.Ok;
        }

        /// <summary>Mean signal above dark, sample σ, and whether any sample left the ADC window.</summary>
        private void Read(int channel, int range, int samples)
        {
            _frontEnd.Select(channel, range);
            _frontEnd.Settle(FrontEndDesign.DefaultSettleMicroseconds);
            double sum = 0, sumSq = 0;
            _outside = false;
            for (int i = 0; i < samples; i++)
            {
                int code = _frontEnd.Read();
                _outside |= code <= FrontEndDesign.DeadZoneCode || code >= FrontEndDesign.CompressionCode;
                sum += code;
                sumSq += (double)code * code;
            }

            double mean = sum / samples;
            double variance = (sumSq / samples) - (mean * mean);
            _sigmaCodes = variance > 0 ? System.Math.Sqrt(variance) : 0;
            _signalVolts = (mean - _dark.Get(channel, range)) * FrontEndDesign.AdcVoltsPerCode;
        }
    }
}
