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
        private const int ChartTop = 17;
        private const int Baseline = 53;
        private readonly Framebuffer _fb;

        /// <summary>Charts drawn into <paramref name="framebuffer"/>.</summary>
        public ChartScreens(Framebuffer framebuffer)
        {
            _fb = framebuffer ?? throw new ArgumentNullException("framebuffer");
        }

        /// <summary>Short verdict for the big text (5 characters at most).</summary>
        public static string Short(Verdict v)
        {
            switch (v)
            {
                case Verdict.Pass: return "PASS";
                case Verdict.PassStar: return "PASS*";
                case Verdict.FailStar: return "FAIL*";
                case Verdict.Fail: return "FAIL";
                case Verdict.NoLight: return "DARK";
                case Verdict.OverRange: return "OVER";
                case Verdict.Unstable: return "UNST";
                case Verdict.UnexpectedLight: return "LIGHT";
                case Verdict.NoReference: return "NOREF";
                default: return "----";
            }
        }

        /// <summary>The inspection result.</summary>
        public void Result(InspectionResult r)
        {
            Result(r, null);
        }

        /// <summary>The inspection result with <paramref name="note"/> (if any) instead of the failing list at the foot.</summary>
        public void Result(InspectionResult r, string note)
        {
            _fb.Clear();
            _fb.Text(0, 0, Short(r.Overall), 2);
            _fb.Text(64, 0, r.Layout.Name + " " + ((int)r.Wavelength).ToString(), 1);
            _fb.Text(64, 8, double.IsNaN(r.WorstLossDb) ? "MAX --" : "MAX " + Format.Db(r.WorstLossDb) + "DB", 1);
            double scale = Scale(r.LimitDb, r.WorstLossDb);
            int n = r.Layout.PositionCount;
            int slot = Framebuffer.Width / n;
            int left = (Framebuffer.Width - (slot * n)) / 2;
            _fb.Dashed(0, Framebuffer.Width - 1, Y(r.LimitDb, scale));
            for (int p = 1; p <= n; p++)
            {
                Bar(left + ((p - 1) * slot), slot, r.VerdictAt(p), r.LossDb(p), scale);
            }

            uint failing = r.NotPassingMask();

            string foot = failing == 0 ? "ALL " + r.Layout.UsedCount.ToString() + " OK" : Screens.ShortPositions(failing, n > 12 ? 4 : 5);
            _fb.Text(0, 57, note ?? foot, 1);
        }

        /// <summary>Before (outline) and after (solid) loss per fiber, with the clean's verdict on top.</summary>
        public void CleanResult(CleanCycle cycle, InspectionResult after)
        {
            _fb.Clear();
            string title = cycle.AllClean ? "CLEANED: PASS" : (cycle.Moved ? "DIRT MOVED: CLEAN AGAIN" : (cycle.ConfirmedMask != 0 ? "IMPROVED, STILL FAIL" : "NO CHANGE"));
            _fb.Text(0, 0, title, 1);
            _fb.Text(0, 8, "CLEANS FAILED " + cycle.FailedCleans.ToString(), 1);
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

            _fb.Text(0, 57, "PRESS: NEXT", 1);
        }

        /// <summary>The polarity result: template and verdict on top, source fibers above, receive positions below, a line per decoded fiber.</summary>
        public void Polarity(PolarityResult result, PolarityMap map, MpoLayout layout)
        {
            _fb.Clear();
            string title = result.Status != PolarityScanStatus.Decoded ? "POWER ONLY" : (result.IsKnown ? PolarityTemplates.Name(result.Best).ToUpper() : "UNKNOWN MAP");
            _fb.Text(0, 0, title, 1);
            _fb.Text(0, 8, result.Verdict == PolarityVerdict.Pass ? "PASS" : (result.Verdict == PolarityVerdict.Fail ? "FAIL" : "NOT TESTED"), 1);
            int n = layout.PositionCount;
            int slot = Framebuffer.Width / n;
            int left = ((Framebuffer.Width - (slot * n)) / 2) + (slot / 2);
            for (int p = 1; p <= n; p++)
            {
                int x = left + ((p - 1) * slot);
                if (layout.IsUsed(p))
                {
                    _fb.Fill(x, 22, 1, 3, true);
                    _fb.Fill(x, 50, 1, 3, true);
                }

                int from = map.Status == PolarityScanStatus.Decoded ? map.SourceAt(p) : 0;
                if (from > 0)
                {
                    _fb.Line(left + ((from - 1) * slot), 25, x, 49);
                }
            }

            _fb.Text(0, 56, result.MissingFibers != 0 ? "MISSING " + Screens.ShortPositions(result.MissingFibers, 3) : (result.CrossedCount > 0 ? "CROSSED " + result.CrossedCount.ToString() : "SRC TOP, RX BOTTOM"), 1);
        }

        private void Bar(int x, int slot, Verdict v, double loss, double scale)
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

            if (v == Verdict.NoLight || double.IsNaN(loss))
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
