using System;
using System.Collections.Generic;
using System.Linq;

namespace MpoProbe.Report
{
    /// <summary>
    /// Why the probe starred a fiber (PASS*, FAIL*), from what its record says — not every star is
    /// "within the uncertainty of the limit": the probe also gives no bare verdict where no test step
    /// proves a position's gain (<c>gain_unproven</c>), behind a stale reference, while the test cord's
    /// mating scatter is unproven, or where U is too wide for a bare verdict (docs/uncertainty.md;
    /// the Core's <c>Inspector</c> and <c>VerdictRules</c>).
    /// </summary>
    public static class StarCauses
    {
        /// <summary>Widest U with a bare verdict (the Core's <c>VerdictRules.BareVerdictMaxBandDb</c>, docs/uncertainty.md).</summary>
        public const double BareVerdictMaxBandDb = 0.235;

        /// <summary>Mating σ above which no verdict is bare once a re-mate was counted (the Core's <c>MatingRepeatability.ScatterLimitDb</c>).</summary>
        public const double ScatterLimitDb = 0.10;

        /// <summary>The cause the record names for a position's gain being unproven.</summary>
        public const string GainUnproven = "gain not proven at this position (no test step proves it: attenuate the source and set a new reference)";

        /// <summary>The causes of a starred position's star, in words (empty when the position is not starred).</summary>
        public static List<string> Of(InspectionRecord r, PositionResult p)
        {
            var causes = new List<string>();
            if (p.Verdict != "PASS*" && p.Verdict != "FAIL*")
            {
                return causes;
            }

            if (r.GainUnproven.Contains(p.Pos))
            {
                causes.Add(GainUnproven);
            }

            double band = !double.IsNaN(p.BandDb) ? p.BandDb : 2 * p.UncertaintyDb;
            if (!double.IsNaN(band) && !double.IsNaN(p.LossDb) && Math.Abs(p.LossDb - r.LimitDb) <= band)
            {
                causes.Add("within the instrument's uncertainty of the limit (U " + Certificate.Db(band) + " dB)");
            }

            if (r.ReferenceStale && p.Verdict == "PASS*")
            {
                causes.Add("the reference was older than allowed (no verdict above PASS*)");
            }

            if (!double.IsNaN(p.BandDb) && p.BandDb > BareVerdictMaxBandDb && !(p.BandDb <= r.GuardDb))
            {
                causes.Add("U " + Certificate.Db(p.BandDb) + " dB is wider than a bare verdict allows (" + Certificate.Db(BareVerdictMaxBandDb) + " dB)");
            }

            if (r.MatingRemates > 0 && r.MatingSigmaDb > ScatterLimitDb)
            {
                causes.Add("the test cord's mating repeatability (σ " + Certificate.Db(r.MatingSigmaDb) + " dB) is not proven within " + Certificate.Db(ScatterLimitDb) + " dB: clean or replace the cord");
            }

            if (causes.Count == 0)
            {
                causes.Add("starred by the probe; its record names no cause this report knows");
            }

            return causes;
        }

        /// <summary>The starred positions of <paramref name="r"/> grouped by their causes: "positions 3, 5 PASS*: gain not proven …".</summary>
        public static string Text(InspectionRecord r)
        {
            var groups = r.Positions.Select(p => (Position: p, Causes: string.Join("; ", Of(r, p))))
                .Where(x => x.Causes.Length > 0)
                .GroupBy(x => x.Position.Verdict + ": " + x.Causes);
            return string.Join("; ", groups.Select(g => (g.Count() == 1 ? "position " : "positions ") + string.Join(", ", g.Select(x => x.Position.Pos)) + " " + g.Key));
        }
    }
}
