using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The chart screens: the inspection result (big verdict, per-fiber loss bars with the limit
    /// line and fail markers, failing positions by number and colour), the clean result (before
    /// and after per fiber) and the polarity fiber map.
    /// </summary>
    public sealed class ChartScreens
    {
        /// <summary>Top of the bar chart.</summary>
        public const int ChartTop = 17;

        /// <summary>Bottom row of the bars (fail marks two rows below).</summary>
        public const int Baseline = 44;

        /// <summary>First text line under the chart.</summary>
        public const int LineA = 49;

        /// <summary>Last text line (what the button does, or a note).</summary>
        public const int LineB = 57;

        private const int RightColumn = 64;
        private const int WeakMarkY = 15;
        private readonly Framebuffer _fb;
        private readonly TextBuilder _t;
        private readonly TextBuilder _given = new TextBuilder(96);

        /// <summary>Charts drawn into <paramref name="framebuffer"/>.</summary>
        public ChartScreens(Framebuffer framebuffer)
            : this(framebuffer, new TextBuilder(Screens.LineChars))
        {
        }

        /// <summary>Charts drawn into <paramref name="framebuffer"/>, composing lines in <paramref name="line"/>, which <see cref="Screens"/> may share (each draws what it composed before it returns).</summary>
        public ChartScreens(Framebuffer framebuffer, TextBuilder line)
        {
            _fb = framebuffer ?? throw new ArgumentNullException("framebuffer");
            _t = line ?? throw new ArgumentNullException("line");
        }

        /// <summary>
        /// True while the limit is a link budget (<see cref="LinkBudget"/>): the result's header
        /// then shows that limit ("LIM 1.82DB") instead of layout and wavelength, since it is
        /// what this link's verdict was judged against and differs from link to link.
        /// </summary>
        public bool BudgetInForce { get; set; }

        /// <summary>The job's link budget: while it is in force, a result with every fiber passing names its terms after "ALL n OK".</summary>
        public LinkBudget Budget { get; set; }

        /// <summary>Short verdict for the big text (5 characters at most).</summary>
        public static string Short(Verdict v)
        {
            int i = (int)v;
            return i >= 0 && i < ScreenWords.ShortVerdicts.Length ? ScreenWords.ShortVerdicts[i] : ScreenWords.NoVerdict;
        }

        /// <summary>The inspection result (loss only, no note).</summary>
        public void Result(InspectionResult r)
        {
            Result(r, r.Overall, null, null);
        }

        /// <summary>The inspection result with <paramref name="note"/> (if any) at the foot.</summary>
        public void Result(InspectionResult r, string note)
        {
            Result(r, r.Overall, null, note);
        }

        /// <summary>
        /// The inspection result: the overall verdict big (<see cref="OverallVerdict"/>: FAIL when
        /// polarity failed), layout, wavelength and worst loss, a bar per fiber with the limit line
        /// and fail marks, then one line naming what is wrong (the polarity line when polarity
        /// failed or was not tested, else the positions that did not pass) and one line with the
        /// note or "PRESS: NEXT".
        /// </summary>
        public void Result(InspectionResult r, Verdict overall, string polarityLine, string note)
        {
            Result(r, overall, polarityLine, note, 0);
        }

        /// <summary>
        /// The inspection result; positions in <paramref name="weak"/> (low on a reference the
        /// operator forced) get a hollow mark above the chart: their losses read too low.
        /// </summary>
        public void Result(InspectionResult r, Verdict overall, string polarityLine, string note, uint weak)
        {
            Result(r, overall, polarityLine == null ? null : _given.Clear().Add(polarityLine), note, weak);
        }

        /// <summary>As above with the polarity line in a builder (the workflow's: no string per result).</summary>
        public void Result(InspectionResult r, Verdict overall, TextBuilder polarityLine, string note, uint weak)
        {
            _fb.Clear();
            // A connector held for a clean (InspectionResult.CleanFirst) has no loss verdict: the big word is the action (a stale reference's is RE-REF).
            _fb.Text(0, 0, overall == Verdict.NoReference && r.CleanFirst && !r.ReferenceStale ? ScreenWords.CleanFirst : Short(overall), 2);
            // The header starts one character cell after the widest big verdict (LayoutCheck's gap rule) and keeps to 10 characters.
            _t.Clear();
            if (BudgetInForce)
            {
                _t.Add(ScreenWords.Lim).AddDb(r.LimitDb).Add(r.LimitDb < 9.995 ? ScreenWords.Db : string.Empty);
            }
            else
            {
                _t.Add(r.Layout.Name).Add(' ').Add((int)r.Wavelength);
                if (_t.Length > 10)
                {
                    _t.Clear().Add(ScreenWords.Mpo).Add(r.Layout.PositionCount).Add(' ').Add((int)r.Wavelength);
                }
            }

            _fb.Text(RightColumn, 0, _t, 1);
            _t.Clear().Add(ScreenWords.Max);
            _fb.Text(RightColumn, 8, r.WorstPosition == 0 ? _t.Add(ScreenWords.Dashes) : (r.WorstLossDb < 9.995 && r.WorstLossDb >= 0 ? _t.AddDb(r.WorstLossDb).Add(ScreenWords.Db) : _t.AddDb(r.WorstLossDb)), 1);
            Bars(r, weak);
            uint failing = r.NotPassingMask();
            bool polarityFirst = polarityLine != null && (overall != r.Overall || failing == 0);
            _t.Clear();
            if (!polarityFirst && failing == 0)
            {
                // An applied source correction is named where it fits: after "ALL n OK" (≤ 21 characters).
                _t.Add(ScreenWords.All).Add(r.Layout.UsedCount).Add(ScreenWords.Ok);
                if (r.SourceCorrectionState == SourceCorrection.Applied)
                {
                    _t.Add(ScreenWords.Src).Add(r.SourceCorrectionDb >= 0 ? ScreenWords.Plus : string.Empty).AddDb(r.SourceCorrectionDb);
                }
                else if (BudgetInForce && Budget != null)
                {
                    ScreenText.BudgetTerms(_t, Budget, 21);
                }
            }

            _fb.Text(0, LineA, polarityFirst ? polarityLine : (failing == 0 ? _t : ScreenText.PositionsFit(_t, failing, 21)), 1);
            _fb.Text(0, LineB, note ?? ScreenWords.PressNext, 1);
        }

        private void Bars(InspectionResult r, uint weak)
        {
            double scale = Scale(r.LimitDb, r.WorstLossDb);
            int n = r.Layout.PositionCount;
            int slot = Framebuffer.Width / n;
            int left = (Framebuffer.Width - (slot * n)) / 2;
            _fb.Dashed(0, Framebuffer.Width - 1, Y(r.LimitDb, scale));
            for (int p = 1; p <= n; p++)
            {
                Bar(left + ((p - 1) * slot), slot, r.VerdictAt(p), r.HasLoss(p), r.LossDb(p), scale);
                if (PositionMask.Contains(weak, p))
                {
                    _fb.Frame(left + ((p - 1) * slot), WeakMarkY, slot > 2 ? slot - 1 : 1, 2);
                }
            }
        }

        /// <summary>Before (outline) and after (solid) loss per fiber, with the clean's verdict and the clean count on top.</summary>
        public void CleanResult(CleanCycle cycle, InspectionResult after)
        {
            _fb.Clear();
            _t.Clear();
            if (cycle.AllClean)
            {
                _t.Add(ScreenWords.Cleaned).Add(Short(after.Overall));
            }
            else
            {
                // The verdict after the clean, then what to do next: one vocabulary with the result screen.
                // A re-inspection held for a clean again has no loss verdict to show (InspectionResult.CleanFirst).
                _t.Add(after.CleanFirst ? ScreenWords.AllHigh : Short(after.Overall)).Add(cycle.Moved ? ScreenWords.DirtMovedClean : (cycle.ConfirmedMask != 0 ? ScreenWords.CleanAgain : ScreenWords.NoChange));
            }

            _fb.Text(0, 0, _t, 1);
            _t.Clear();
            _fb.Text(0, 8, cycle.AllClean ? _t.Add(ScreenWords.BeforeOutline) : (cycle.Moved ? _t.Add(ScreenWords.MovedNotCounted) : cycle.Improving ? _t.Add(ScreenWords.ImprovedNotCounted) : _t.Add(ScreenWords.FailedCleans).Add(cycle.FailedCleans).Add(ScreenWords.Of).Add(cycle.MaxFailedCleans)), 1);
            int n = after.Layout.PositionCount;
            double worst = 0;
            for (int p = 1; p <= n; p++)
            {
                worst = Math.Max(worst, Math.Max(Finite(cycle.LossBeforeCleanDb(p)), Finite(cycle.LossAfterCleanDb(p))));
            }

            double scale = Scale(after.LimitDb, worst);
            int slot = Framebuffer.Width / n;
            int left = (Framebuffer.Width - (slot * n)) / 2;
            _fb.Dashed(0, Framebuffer.Width - 1, Y(after.LimitDb, scale));
            for (int p = 1; p <= n; p++)
            {
                int x = left + ((p - 1) * slot);
                int w = slot >= 4 ? (slot - 1) / 2 : 1;
                int before = Height(cycle.LossBeforeCleanDb(p), scale);
                int now = Height(cycle.LossAfterCleanDb(p), scale);
                if (before > 0)
                {
                    _fb.Frame(x, Baseline - before + 1, w, before);
                }

                _fb.Fill(x + w, Baseline - now + 1, w, now, true);
            }

            _t.Clear();
            _fb.Text(0, LineA, cycle.AfterBadMask == 0 ? _t.Add(ScreenWords.All).Add(after.Layout.UsedCount).Add(ScreenWords.Ok) : ScreenText.PositionsFit(_t, cycle.AfterBadMask, 21), 1);
            _fb.Text(0, LineB, ScreenWords.PressNext, 1);
        }

        /// <summary>The polarity result (see <see cref="PolarityScreen"/>).</summary>
        public void Polarity(PolarityResult result, PolarityMap map, MpoLayout layout)
        {
            Polarity(result, map, layout, result.IsKnown ? result.Best : PolarityType.TypeA);
        }

        /// <summary>The polarity result judged against <paramref name="expected"/>.</summary>
        public void Polarity(PolarityResult result, PolarityMap map, MpoLayout layout, PolarityType expected)
        {
            PolarityScreen.Draw(_fb, result, map, layout, expected, _t);
        }

        private void Bar(int x, int slot, Verdict v, bool hasLoss, double loss, double scale)
        {
            int w = slot > 2 ? slot - 1 : 1;
            if (v == Verdict.Unused)
            {
                _fb.Set(x + (w / 2), Baseline, true);
                return;
            }

            if (v == Verdict.NoReference)
            {
                for (int y = Baseline - 8; y <= Baseline; y += 2)
                {
                    _fb.Set(x + (w / 2), y, true);
                }

                return;
            }

            if (v == Verdict.NoLight || !hasLoss)
            {
                _fb.Line(x, Baseline - 3, x + w - 1, Baseline);
                _fb.Line(x, Baseline, x + w - 1, Baseline - 3);
                _fb.Fill(x, Baseline + 2, w, 2, v == Verdict.NoLight);
                return;
            }

            int h = Height(loss, scale);
            _fb.Fill(x, Baseline - h + 1, w, h, true);
            if (v == Verdict.Fail)
            {
                _fb.Fill(x, Baseline + 2, w, 2, true);
            }
            else if (v == Verdict.FailStar)
            {
                _fb.Fill(x, Baseline + 2, w, 1, true);
            }
            else if (v == Verdict.PassStar)
            {
                _fb.Set(x + (w / 2), Baseline + 2, true);
            }
        }

        private static double Scale(double limitDb, double worstDb)
        {
            double top = Math.Max(2 * limitDb, Finite(worstDb) * 1.1);
            return Math.Min(top, 10.0);
        }

        private static double Finite(double value)
        {
            return double.IsNaN(value) || double.IsInfinity(value) ? 0 : value;
        }

        private static int Height(double loss, double scale)
        {
            double h = Finite(loss) / scale * (Baseline - ChartTop);
            return h < 1 ? 1 : (h > Baseline - ChartTop ? Baseline - ChartTop : (int)h);
        }

        private static int Y(double loss, double scale)
        {
            return Baseline - Height(loss, scale) + 1;
        }
    }
}
