using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The factory calibration procedure (docs/calibration.md): a stable source through a step
    /// attenuator lights every position; at each setting (<see cref="Step"/>, strictly increasing,
    /// at most <see cref="MaxStepDb"/> apart) every channel is read in every range inside the
    /// calibration window; <see cref="End"/> fits each channel (<see cref="CalibrationFit"/>),
    /// checks every range's residual and coverage, and only then writes the file and puts the
    /// gains in use. The attenuator's own error never enters a gain ratio: each step's light is
    /// an unknown of the fit; its nominal settings only anchor the absolute power scale.
    /// </summary>
    public sealed class CalibrationSession
    {
        /// <summary>Largest increase, in dB, from one step to the next (neighbouring ranges must share a step).</summary>
        public const double MaxStepDb = 2.0;

        /// <summary>Smallest increase, in dB, from one step to the next.</summary>
        public const double MinStepDb = 0.2;

        /// <summary>Largest RMS fit residual, in dB, a range may have before anything is written.</summary>
        public const double MaxResidualDb = 0.01;

        /// <summary>Fewest steps at which every range must be read on every channel.</summary>
        public const int MinReadingsPerRange = 2;

        private readonly IPhotodiodeFrontEnd _frontEnd;
        private readonly DarkOffsets _dark;
        private readonly GainCalibration _gain;
        private readonly CalibrationInfo _info;
        private readonly CalibrationStore _store;
        private readonly CalibrationReader _reader;
        private CalibrationObservations _data;
        private CalibrationInfo _pendingInfo;
        private GainCalibration _pendingGain;
        private double _sourceDbm;

        /// <summary>A procedure writing into the live <paramref name="gain"/> and <paramref name="info"/> through <paramref name="store"/>.</summary>
        public CalibrationSession(IPhotodiodeFrontEnd frontEnd, DarkOffsets dark, GainCalibration gain, CalibrationInfo info, CalibrationStore store)
        {
            if (frontEnd == null || dark == null || gain == null || info == null || store == null)
            {
                throw new ArgumentNullException(frontEnd == null ? "frontEnd" : (dark == null ? "dark" : (gain == null ? "gain" : (info == null ? "info" : "store"))));
            }

            _frontEnd = frontEnd;
            _dark = dark;
            _gain = gain;
            _info = info;
            _store = store;
            _reader = new CalibrationReader(frontEnd, dark);
        }

        /// <summary>True between <c>cal begin</c> and <c>cal end</c>/<c>cal abort</c>.</summary>
        public bool InProgress => _data != null;

        /// <summary>Steps accepted so far.</summary>
        public int Steps => _data == null ? 0 : _data.Steps;

        /// <summary>What was wrong with the last refused command, empty otherwise.</summary>
        public string Problem { get; private set; } = string.Empty;

        /// <summary>The calibration being made (serial, date, residuals after <see cref="End"/>).</summary>
        public CalibrationInfo Pending => _pendingInfo;

        /// <summary>
        /// Starts a procedure for probe <paramref name="serial"/> dated <paramref name="date"/>; <paramref name="sourceDbm"/> is the power at the port with the attenuator at 0 dB.
        /// Refused without a dark table captured since power-on: every reading is taken above it.
        /// </summary>
        public CalibrationOutcome Begin(string serial, string date, double sourceDbm, Wavelength wavelength, string fixture, string traceability)
        {
            if (InProgress)
            {
                return Refuse(CalibrationOutcome.OutOfOrder, "a calibration is already in progress (" + Steps.ToString() + " steps): cal end or cal abort first");
            }

            // Until captured the table holds the nominal pedestal; range 17 sits up to
            // 250 codes above it, which the fit takes for gain: ratios up to 0.46 dB off with every residual
            // still within 0.01 dB (docs/calibration.md, "Dark table").
            if (!_dark.IsCaptured)
            {
                return Refuse(CalibrationOutcome.NoDark, "no dark table since power-on (a fault at boot stopped the self-checks before the dark capture): "
                    + "clear the fault, cap the port and power the probe on again, then cal begin; nothing begun");
            }

            _data = new CalibrationObservations(_frontEnd.ChannelCount);
            _pendingGain = new GainCalibration();
            _pendingInfo = new CalibrationInfo();
            _pendingInfo.ProbeSerial = serial;
            _pendingInfo.Date = date;
            _pendingInfo.Wavelength = wavelength;
            _pendingInfo.Fixture = fixture;
            _pendingInfo.Traceability = traceability;
            _sourceDbm = sourceDbm;
            _reader.Reset();
            Problem = string.Empty;
            return CalibrationOutcome.Ok;
        }

        /// <summary>Reads every channel with the attenuator at <paramref name="attenuationDb"/>; a refused step is not kept.</summary>
        public CalibrationOutcome Step(double attenuationDb)
        {
            if (!InProgress)
            {
                return Refuse(CalibrationOutcome.OutOfOrder, "no calibration in progress: cal begin <serial> <source dBm> first");
            }

            if (Steps > 0)
            {
                double last = _data.AttenuationDb(Steps - 1);
                double increase = attenuationDb - last;
                if (increase < MinStepDb || increase > MaxStepDb)
                {
                    return Refuse(CalibrationOutcome.BadStep, "step " + (Steps + 1).ToString() + " at " + Format.Db(attenuationDb) + " dB: the attenuation must rise by "
                        + Format.Db(MinStepDb) + " to " + Format.Db(MaxStepDb) + " dB from the last step (" + Format.Db(last) + " dB)");
                }
            }

            if (!_data.Open(attenuationDb))
            {
                return Refuse(CalibrationOutcome.BadStep, "no room for step " + (Steps + 1).ToString() + " (at most " + CalibrationObservations.MaxSteps.ToString() + "): cal end");
            }

            CalibrationOutcome outcome = _reader.ReadStep(_data);
            if (outcome != CalibrationOutcome.Ok)
            {
                return Refuse(outcome, "step at " + Format.Db(attenuationDb) + " dB refused: " + _reader.Problem);
            }

            _data.Commit();
            Problem = string.Empty;
            return CalibrationOutcome.Ok;
        }

        /// <summary>Drops the procedure; the calibration in use and its file are unchanged.</summary>
        public void Abort()
        {
            _data = null;
            _pendingGain = null;
            Problem = string.Empty;
        }

        /// <summary>Fits, checks, writes the file and puts the new gains in use; on a refusal nothing is written and the procedure stays open.</summary>
        public CalibrationOutcome End()
        {
            if (!InProgress)
            {
                return Refuse(CalibrationOutcome.OutOfOrder, "no calibration in progress: nothing to end");
            }

            CalibrationOutcome outcome = CheckCoverage();
            if (outcome == CalibrationOutcome.Ok)
            {
                CalibrationSolver solver = new CalibrationSolver(_data, _sourceDbm);
                outcome = solver.Solve(_pendingGain, _pendingInfo);
                Problem = solver.Problem;
            }

            if (outcome != CalibrationOutcome.Ok)
            {
                return outcome;
            }

            try
            {
                _store.Save(_pendingGain, _pendingInfo);
            }
            catch (Exception e)
            {
                return Refuse(CalibrationOutcome.WriteFailed, CalibrationStore.FileName + " not written (" + e.Message + "): the previous calibration stays in use");
            }

            Apply();
            _data = null;
            return CalibrationOutcome.Ok;
        }

        private CalibrationOutcome CheckCoverage()
        {
            for (int c = 0; c < _data.Channels; c++)
            {
                for (int r = 0; r < FrontEndDesign.RangeCount; r++)
                {
                    int shared;
                    int count = _data.Coverage(c, r, out shared);
                    if (count < MinReadingsPerRange || (r < FrontEndDesign.TopRange && shared == 0))
                    {
                        return Refuse(CalibrationOutcome.Incomplete, "position " + (c + 1).ToString() + " range " + r.ToString() + " was read at " + count.ToString()
                            + " steps (needs " + MinReadingsPerRange.ToString() + ")" + (shared == 0 && r < FrontEndDesign.TopRange ? ", never together with range " + (r + 1).ToString() : string.Empty)
                            + ": continue the sweep with smaller steps; nothing written");
                    }
                }
            }

            return CalibrationOutcome.Ok;
        }

        private void Apply()
        {
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                for (int r = 0; r < FrontEndDesign.RangeCount; r++)
                {
                    _gain.Set(c, r, _pendingGain.Get(c, r));
                }
            }

            _gain.MarkCalibrated(_pendingInfo.RatioUncertaintyDb);
            _info.ProbeSerial = _pendingInfo.ProbeSerial;
            _info.Date = _pendingInfo.Date;
            _info.Fixture = _pendingInfo.Fixture;
            _info.Traceability = _pendingInfo.Traceability;
            _info.Wavelength = _pendingInfo.Wavelength;
            _info.RatioUncertaintyDb = _pendingInfo.RatioUncertaintyDb;
            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                _info.SetResidualDb(r, _pendingInfo.ResidualDb(r));
            }

            _info.IsCalibrated = true;
        }

        private CalibrationOutcome Refuse(CalibrationOutcome outcome, string problem)
        {
            Problem = problem;
            return outcome;
        }
    }
}
