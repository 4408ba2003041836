using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Least-squares fit of one channel's calibration readings. Model, in natural logs:
    /// ln V(step j, range r) = p_j + γ_r + a₁·(V − V₀) + a₂·(V − V₀)², with p_j the light of
    /// step j (unknown: the attenuator's error never enters a ratio), γ_r the range's gain
    /// (γ₀ = 0 anchors the ladder) and a₁, a₂ the ADC's smooth non-linearity over the window.
    /// Ranges read at the same step tie the ladder together; the same pair read at different ADC
    /// levels separates gain from non-linearity; each step's nominal setting is a weak reading of
    /// p_j − anchor, which fixes the absolute scale. The step levels are eliminated exactly (each
    /// reading has one), leaving 20 unknowns: no large matrix on the device.
    /// </summary>
    public sealed class CalibrationFit
    {
        /// <summary>Centre of the non-linearity terms, in volts of signal (middle of the calibration window).</summary>
        public const double CentreVolts = 1.3;

        /// <summary>
        /// Weight keeping the non-linearity terms small where the readings do not decide them
        /// (on the first, per-channel pass; the second pass holds them at the all-channel mean).
        /// </summary>
        private const double Ridge = 1e-3;

        /// <summary>
        /// Weight of a step's nominal attenuator setting against one reading: (σ of a reading,
        /// ≈ 0.01 dB) ÷ (σ of a setting, ±0.1 dB uniform ≈ 0.058 dB), squared. Weak on purpose: the
        /// settings only fix the absolute scale and the ladder's overall slope, never a step's level.
        /// </summary>
        public const double SettingWeight = 0.03;

        private const int InlTerms = 2;
        private const int AnchorIndex = FrontEndDesign.RangeCount - 1 + InlTerms;
        private readonly int _unknowns = AnchorIndex + 1;
        private readonly double[][] _n;
        private readonly double[] _b;
        private readonly double[] _theta;
        private readonly double[] _x;
        private readonly double[] _sx;
        private readonly double[] _stepLevel = new double[CalibrationObservations.MaxSteps];
        private readonly double[] _sumSq = new double[FrontEndDesign.RangeCount];
        private readonly int[] _count = new int[FrontEndDesign.RangeCount];

        /// <summary>A fit with its work arrays allocated.</summary>
        public CalibrationFit()
        {
            _n = new double[_unknowns][];
            for (int i = 0; i < _unknowns; i++)
            {
                _n[i] = new double[_unknowns];
            }

            _b = new double[_unknowns];
            _theta = new double[_unknowns];
            _x = new double[_unknowns];
            _sx = new double[_unknowns];
        }

        /// <summary>Fitted gain of a range, natural log, relative to range 0.</summary>
        public double LnGain(int range)
        {
            return range == 0 ? 0 : _theta[range - 1];
        }

        /// <summary>ln(gain × transimpedance) of range 0, from the steps' nominal light.</summary>
        public double Anchor => _theta[AnchorIndex];

        /// <summary>Fitted light of a step, natural log of the volts range 0 would read (0 for a step without readings).</summary>
        public double StepLevel(int step)
        {
            return _stepLevel[step];
        }

        /// <summary>Sum of squared residuals (natural log) of a range over every channel fitted since <see cref="ResetResiduals"/>.</summary>
        public double SumSquares(int range)
        {
            return _sumSq[range];
        }

        /// <summary>Readings of a range over every channel fitted since <see cref="ResetResiduals"/>.</summary>
        public int Count(int range)
        {
            return _count[range];
        }

        /// <summary>Starts the residual statistics afresh.</summary>
        public void ResetResiduals()
        {
            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                _sumSq[r] = 0;
                _count[r] = 0;
            }
        }

        /// <summary>
        /// Fits <paramref name="channel"/>; <paramref name="nominalLn"/>[j] is ln(nominal watts ×
        /// responsivity) of step j. False when the readings do not determine every range.
        /// </summary>
        public bool Fit(CalibrationObservations data, int channel, double[] nominalLn)
        {
            return Fit(data, channel, nominalLn, 0, 0, Ridge);
        }

        /// <summary>Fitted non-linearity coefficient (1 or 2) of the last fit.</summary>
        public double Inl(int term)
        {
            return _theta[FrontEndDesign.RangeCount - 2 + term];
        }

        /// <summary>
        /// Fits with the non-linearity pulled towards (<paramref name="inl1"/>, <paramref name="inl2"/>)
        /// with weight <paramref name="inlWeight"/>: the ADC is shared by every channel, so its
        /// curve is estimated once from all of them and then held while each channel's gains are fitted.
        /// </summary>
        public bool Fit(CalibrationObservations data, int channel, double[] nominalLn, double inl1, double inl2, double inlWeight)
        {
            Clear();
            for (int j = 0; j < data.Steps; j++)
            {
                AccumulateStep(data, channel, j, nominalLn[j]);
            }

            for (int i = FrontEndDesign.RangeCount - 1; i < AnchorIndex; i++)
            {
                _n[i][i] += inlWeight;
                _b[i] += inlWeight * (i == FrontEndDesign.RangeCount - 1 ? inl1 : inl2);
            }

            if (!LinearSolver.Solve(_n, _b, _theta, _unknowns))
            {
                return false;
            }

            for (int j = 0; j < data.Steps; j++)
            {
                Residuals(data, channel, j);
            }

            return true;
        }

        private void Clear()
        {
            for (int i = 0; i < _unknowns; i++)
            {
                _b[i] = 0;
                for (int k = 0; k < _unknowns; k++)
                {
                    _n[i][k] = 0;
                }
            }
        }

        /// <summary>Adds one step's readings with its level eliminated (Schur complement).</summary>
        private void AccumulateStep(CalibrationObservations data, int channel, int step, double nominalLn)
        {
            double weight = 0;
            double sy = 0;
            for (int i = 0; i < _unknowns; i++)
            {
                _sx[i] = 0;
            }

            for (int s = 0; s < CalibrationObservations.SlotsPerStep; s++)
            {
                int range = data.Range(step, channel, s);
                if (range >= 0)
                {
                    double y = data.LnVolts(step, channel, s);
                    Row(range, y);
                    Add(1.0, y);
                    weight += 1.0;
                    sy += y;
                }
            }

            if (weight == 0)
            {
                return;
            }

            // The setting as a weak reading of the step: level − anchor = nominal.
            Clear(_x);
            _x[AnchorIndex] = -1;
            Add(SettingWeight, nominalLn);
            weight += SettingWeight;
            sy += SettingWeight * nominalLn;
            for (int i = 0; i < _unknowns; i++)
            {
                _b[i] -= _sx[i] * sy / weight;
                for (int k = 0; k < _unknowns; k++)
                {
                    _n[i][k] -= _sx[i] * _sx[k] / weight;
                }
            }
        }

        /// <summary>Adds the row in _x with value <paramref name="y"/> and weight <paramref name="w"/>.</summary>
        private void Add(double w, double y)
        {
            for (int i = 0; i < _unknowns; i++)
            {
                _sx[i] += w * _x[i];
                _b[i] += w * _x[i] * y;
                for (int k = 0; k < _unknowns; k++)
                {
                    _n[i][k] += w * _x[i] * _x[k];
                }
            }
        }

        private static void Clear(double[] values)
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = 0;
            }
        }

        private void Residuals(CalibrationObservations data, int channel, int step)
        {
            int n = 0;
            double sum = 0;
            for (int s = 0; s < CalibrationObservations.SlotsPerStep; s++)
            {
                int range = data.Range(step, channel, s);
                if (range >= 0)
                {
                    double y = data.LnVolts(step, channel, s);
                    sum += y - Predict(range, y);
                    n++;
                }
            }

            double level = n > 0 ? sum / n : 0; // read only when n > 1
            _stepLevel[step] = level;
            for (int s = 0; s < CalibrationObservations.SlotsPerStep; s++)
            {
                int range = data.Range(step, channel, s);
                if (range >= 0 && n > 1)
                {
                    double y = data.LnVolts(step, channel, s);
                    double e = y - level - Predict(range, y);
                    _sumSq[range] += e * e;
                    _count[range]++;
                }
            }
        }

        private double Predict(int range, double y)
        {
            Row(range, y);
            double sum = 0;
            for (int i = 0; i < _unknowns; i++)
            {
                sum += _x[i] * _theta[i];
            }

            return sum;
        }

        private void Row(int range, double y)
        {
            Clear(_x);

            if (range > 0)
            {
                _x[range - 1] = 1;
            }

            double d = System.Math.Exp(y) - CentreVolts;
            _x[FrontEndDesign.RangeCount - 1] = d;
            _x[FrontEndDesign.RangeCount] = d * d;
        }
    }
}
