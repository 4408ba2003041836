using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Turns a finished procedure's readings into gain factors: fits every channel, sets the
    /// absolute scale from the nominal attenuator settings (their errors average out over the
    /// sweep and reach only absolute power, never a ratio), checks each factor, each range's
    /// residual and each channel's, and states the ratio uncertainty the calibration achieved.
    /// </summary>
    public sealed class CalibrationSolver
    {
        /// <summary>dB per natural-log unit of power.</summary>
        private const double DbPerNeper = 4.342944819;

        private readonly CalibrationObservations _data;
        private readonly double _sourceDbm;
        private readonly CalibrationFit _fit = new CalibrationFit();
        private readonly double[] _nominalLn = new double[CalibrationObservations.MaxSteps];

        /// <summary>A solver over a procedure's readings; <paramref name="sourceDbm"/> is the power with the attenuator at 0 dB.</summary>
        public CalibrationSolver(CalibrationObservations data, double sourceDbm)
        {
            _data = data ?? throw new ArgumentNullException("data");
            _sourceDbm = sourceDbm;
        }

        /// <summary>What was wrong, empty when the solve succeeded.</summary>
        public string Problem { get; private set; } = string.Empty;

        /// <summary>
        /// Part of one ladder link's standard uncertainty, in dB, that the fit residual does not
        /// show: each range's dark-offset and DNL error. Fitted to the simulated fixture (10 probes ×
        /// 32 channels, docs/calibration.md): worst range group σ 0.0137 dB at a residual of 0.0048 dB,
        /// 0.0126 dB at 0.0036 dB (128 samples per reading).
        /// </summary>
        public const double LinkHiddenDb = 0.011;

        /// <summary>Link uncertainty per dB of the worst range's RMS residual (same measurement).</summary>
        public const double LinkPerResidual = 1.8;

        /// <summary>
        /// Ladder links a stated ratio uncertainty covers: link errors add along the ladder
        /// (σ grows as √links); 4 links span ≥ 9 dB, more than any loss near a connector limit.
        /// </summary>
        public const int LinksCovered = 4;

        /// <summary>Weight holding each channel to the ADC curve estimated from all channels.</summary>
        private const double SharedInlWeight = 1e6;

        /// <summary>Fits and checks; fills <paramref name="gain"/> and the residuals and ratio uncertainty of <paramref name="info"/>.</summary>
        public CalibrationOutcome Solve(GainCalibration gain, CalibrationInfo info)
        {
            _fit.ResetResiduals();
            double responsivity = FrontEndDesign.ResponsivityAmpsPerWatt(info.Wavelength);
            for (int j = 0; j < _data.Steps; j++)
            {
                _nominalLn[j] = System.Math.Log(PowerUnits.DbmToWatts(_sourceDbm - _data.AttenuationDb(j)) * responsivity);
            }

            double inl1 = 0, inl2 = 0;
            for (int c = 0; c < _data.Channels; c++)
            {
                if (!_fit.Fit(_data, c, _nominalLn))
                {
                    return Fail(CalibrationOutcome.Incomplete, "position " + (c + 1).ToString() + ": the readings do not determine every range; nothing written");
                }

                inl1 += _fit.Inl(1) / _data.Channels;
                inl2 += _fit.Inl(2) / _data.Channels;
            }

            _fit.ResetResiduals();
            double sumBefore = 0;
            int countBefore = 0;
            for (int c = 0; c < _data.Channels; c++)
            {
                if (!_fit.Fit(_data, c, _nominalLn, inl1, inl2, SharedInlWeight))
                {
                    return Fail(CalibrationOutcome.Incomplete, "position " + (c + 1).ToString() + ": the readings do not determine every range; nothing written");
                }

                double channelDb = ChannelResidualDb(ref sumBefore, ref countBefore);
                if (channelDb > CalibrationSession.MaxResidualDb)
                {
                    return Fail(CalibrationOutcome.Residual, "position " + (c + 1).ToString() + " fit residual " + Format.Fixed(channelDb, 4) + " dB is above "
                        + Format.Db(CalibrationSession.MaxResidualDb) + " dB: its light or contact moved during the sweep; clean and re-seat its fiber, repeat the procedure; nothing written");
                }

                double anchor = _fit.Anchor;
                for (int r = 0; r < FrontEndDesign.RangeCount; r++)
                {
                    double factor = System.Math.Exp(_fit.LnGain(r) + anchor) / FrontEndDesign.NominalTransimpedanceOhms(r);
                    if (!(factor >= 0.5 && factor <= 2.0))
                    {
                        return Fail(CalibrationOutcome.GainOutOfRange, "position " + (c + 1).ToString() + " range " + r.ToString() + " gain factor " + Format.Fixed(factor, 4)
                            + " is outside 0.5..2.0: check the source power given to cal begin and the fixture; nothing written");
                    }

                    gain.Set(c, r, factor);
                }
            }

            double worst = 0;
            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                double rmsDb = _fit.Count(r) == 0 ? 0 : DbPerNeper * System.Math.Sqrt(_fit.SumSquares(r) / _fit.Count(r));
                info.SetResidualDb(r, rmsDb);
                if (rmsDb > CalibrationSession.MaxResidualDb)
                {
                    return Fail(CalibrationOutcome.Residual, "range " + r.ToString() + " fit residual " + Format.Fixed(rmsDb, 4) + " dB is above "
                        + Format.Db(CalibrationSession.MaxResidualDb) + " dB: the source or a connection moved; repeat the procedure; nothing written");
                }

                worst = rmsDb > worst ? rmsDb : worst;
            }

            info.RatioUncertaintyDb = RatioUncertaintyDb(worst);
            gain.MarkCalibrated(info.RatioUncertaintyDb);
            info.IsCalibrated = true;
            Problem = string.Empty;
            return CalibrationOutcome.Ok;
        }

        /// <summary>
        /// The ratio uncertainty, dB, a calibration whose worst range's RMS residual is
        /// <paramref name="worstResidualDb"/> states: √(hidden² + (1.8 × residual)²) per ladder link, over
        /// <see cref="LinksCovered"/> links. A stored figure below it was not written by a procedure.
        /// </summary>
        public static double RatioUncertaintyDb(double worstResidualDb)
        {
            double seen = LinkPerResidual * worstResidualDb;
            double link = System.Math.Sqrt((LinkHiddenDb * LinkHiddenDb) + (seen * seen));
            return link * System.Math.Sqrt(LinksCovered);
        }

        /// <summary>
        /// RMS residual, dB, of the channel just fitted over all its ranges: the sums since the
        /// previous channel (<paramref name="sumBefore"/>, <paramref name="countBefore"/>, moved on).
        /// Each range's figure pools every channel, so one channel whose contact moved hides in it;
        /// over all its ranges a channel has enough readings (≈ 2 per step) for the same limit.
        /// </summary>
        private double ChannelResidualDb(ref double sumBefore, ref int countBefore)
        {
            double sum = 0;
            int count = 0;
            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                sum += _fit.SumSquares(r);
                count += _fit.Count(r);
            }

            double mine = sum - sumBefore;
            int n = count - countBefore;
            sumBefore = sum;
            countBefore = count;
            return n > 0 ? DbPerNeper * System.Math.Sqrt(mine / n) : 0;
        }

        private CalibrationOutcome Fail(CalibrationOutcome outcome, string problem)
        {
            Problem = problem;
            return outcome;
        }
    }
}
