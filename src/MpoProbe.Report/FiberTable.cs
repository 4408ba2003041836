using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace MpoProbe.Report
{
    /// <summary>One fiber's line of the certificate: loss, U (the band the verdict used), limit, margin, loss verdict, polarity and the fiber's verdict.</summary>
    public sealed class FiberRow
    {
        /// <summary>The position measured.</summary>
        public PositionResult Position { get; init; }

        /// <summary>Expanded uncertainty U = 2·u, dB (NaN when not measured).</summary>
        public double ExpandedDb { get; init; }

        /// <summary>Limit − loss, dB (NaN when not measured).</summary>
        public double MarginDb { get; init; }

        /// <summary>This fiber's polarity: PASS, "FAIL crossed", "FAIL missing", "FAIL wrong type" or "not tested".</summary>
        public string Polarity { get; init; }

        /// <summary>The fiber's verdict: the loss verdict, FAIL when its polarity failed.</summary>
        public string Verdict { get; init; }
    }

    /// <summary>
    /// The fiber table of a link (HTML, PDF): every position with its margin and its own polarity,
    /// so a crossed or missing fiber FAILs in its row as it does in the link's verdict.
    /// </summary>
    public static class FiberTable
    {
        /// <summary>The note under a printed fiber table.</summary>
        public const string ShortNote = "dB. U: expanded uncertainty (~95 %) the verdict used. Margin: limit − loss. Fiber: loss, polarity.";

        /// <summary>The PDF's second note line: why a fiber's verdict can be starred where the loss verdict is bare.</summary>
        public const string StarNote = "Fiber starred, loss bare: the next re-check found the source moved past the margin.";

        /// <summary>Coverage factor of a log without `band_db` (written before the band was logged; docs/uncertainty.md).</summary>
        public const int CoverageK = 2;

        /// <summary>What the uncertainty column means, printed under the table.</summary>
        public const string UncertaintyNote = "U = the band the verdict used (band_db in the log): the expanded uncertainty at about 95 % coverage, with the coverage factor of the combined distribution (2 for a normal error, less where the source's drift bound weighs), or the configured minimum band when wider; 2 u for a log without band_db. Margin = limit − loss. The fiber's verdict is the loss verdict and its polarity, starred where the job's re-check after the inspection passed but found the source moved by more than the margin covers (judged against the band without its drift allowance, the change being measured).";

        /// <summary>The rows of <paramref name="link"/>'s last inspection.</summary>
        public static List<FiberRow> Rows(LinkResult link)
        {
            InspectionRecord r = link.Last;
            HashSet<int> crossed = Crossed(link.Polarity);
            var rows = new List<FiberRow>();
            for (int i = 0; i < r.Positions.Length; i++)
            {
                PositionResult p = r.Positions[i];
                string polarity = p.Verdict == "UNUSED" ? "unused" : Polarity(link.Polarity, p.Pos, crossed);
                rows.Add(new FiberRow
                {
                    Position = p,
                    ExpandedDb = ExpandedDb(p),
                    MarginDb = double.IsNaN(p.LossDb) ? double.NaN : r.LimitDb - p.LossDb,
                    Polarity = polarity,
                    Verdict = polarity.StartsWith("FAIL", System.StringComparison.Ordinal) ? "FAIL" : link.PositionVerdict(p),
                });
            }

            return rows;
        }

        /// <summary>U as the certificate prints it: the band the verdict used (<c>band_db</c>), or 2 u for a log without it; NaN when not measured.</summary>
        public static double ExpandedDb(PositionResult p) =>
            !double.IsNaN(p.BandDb) ? p.BandDb : (double.IsNaN(p.UncertaintyDb) ? double.NaN : CoverageK * p.UncertaintyDb);

        /// <summary>The smallest margin of a link's fibers (NaN when none was measured).</summary>
        public static double WorstMarginDb(LinkResult link)
        {
            double worst = double.NaN;
            foreach (FiberRow row in Rows(link))
            {
                if (!double.IsNaN(row.MarginDb) && (double.IsNaN(worst) || row.MarginDb < worst))
                {
                    worst = row.MarginDb;
                }
            }

            return worst;
        }

        private static string Polarity(PolarityRecord p, int pos, HashSet<int> crossed)
        {
            if (p == null || p.Verdict == "NOT_TESTED")
            {
                return "not tested";
            }

            if (p.Verdict == "PASS")
            {
                return "PASS";
            }

            if (crossed.Contains(pos))
            {
                return "FAIL crossed";
            }

            int from = pos - 1 < p.From.Length ? p.From[pos - 1] : -1;
            if (from <= 0)
            {
                return "FAIL missing";
            }

            // A failed scan naming no crossed pair and no missing fiber is the wrong polarity type: every fiber lands elsewhere.
            return crossed.Count == 0 && !p.From.Any(f => f <= 0) ? "FAIL wrong type" : "PASS";
        }

        private static HashSet<int> Crossed(PolarityRecord p)
        {
            var set = new HashSet<int>();
            if (p == null)
            {
                return set;
            }

            // The summary is free text: only whole ASCII numbers of a real position count (a damaged
            // "99999999999↔1" or other digits name no pair, and must not stop the certificate).
            foreach (Match m in Regex.Matches(p.Summary, @"(?<![0-9])([0-9]{1,2})↔([0-9]{1,2})(?![0-9])"))
            {
                int a = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                int b = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                if (a >= 1 && a <= RecordParser.MaxPositions && b >= 1 && b <= RecordParser.MaxPositions)
                {
                    set.Add(a);
                    set.Add(b);
                }
            }

            return set;
        }
    }
}
