using System;
using System.Globalization;
using System.Text.Json;

namespace MpoProbe.Report
{
    /// <summary>Turns one parsed log record into a typed record, or a reason it cannot be used.</summary>
    public static class RecordParser
    {
        /// <summary>Most positions a connector has (MPO-32).</summary>
        public const int MaxPositions = 32;

        /// <summary>Verdict strings a position or inspection may carry (schema v1 and v2).</summary>
        public static readonly string[] Verdicts = { "PASS", "PASS*", "FAIL*", "FAIL", "MARGINAL", "NO_LIGHT", "OVER_RANGE", "UNSTABLE", "UNUSED", "UNEXPECTED_LIGHT", "NO_REFERENCE", "REF_WEAK" };

        /// <summary>The common fields; <paramref name="where"/> names file and line.</summary>
        public static RecordContext Context(FieldReader f, string where)
        {
            string utc = f.Text("utc", false);
            DateTime? utcTime = null;
            if (utc != null)
            {
                if (DateTime.TryParse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime parsed))
                {
                    utcTime = parsed;
                }
                else
                {
                    f.Report("field 'utc' is \"" + Shorten(utc) + "\", expected an ISO 8601 time");
                }
            }

            return new RecordContext
            {
                Where = where,
                UptimeMs = f.Integer("t_ms", true, 0, long.MaxValue),
                Utc = utc,
                UtcTime = utcTime,
                Link = f.Text("link", false),
                Job = f.Text("job", false),
                Replay = f.Flag("replay", false),
                Operator = f.Text("operator", false),
                Customer = f.Text("customer", false),
                Site = f.Text("site", false),
            };
        }

        /// <summary>An inspection record.</summary>
        public static InspectionRecord Inspection(FieldReader f, RecordContext context)
        {
            var r = new InspectionRecord
            {
                Context = context,
                Layout = f.Text("layout", true),
                Fiber = f.Text("fiber", false),
                WavelengthNm = (int)f.Integer("wavelength_nm", true, 100, 2000),
                LimitName = f.Text("limit", true),
                LimitDb = f.Number("limit_db", true),
                GuardDb = f.Number("guard_db", false),
                ReferenceStale = f.Flag("reference_stale", false),
                Overall = Verdict(f, "overall"),
                LossOverall = f.Text("loss_overall", false),
                ReReference = f.Flag("re_reference", false),
                HeldForClean = f.Flag("held_for_clean", false),
                DriftBoundDb = f.Number("drift_bound_db", false),
                ReferenceWeak = Weak(f.Array("reference_weak", MaxPositions)),
                GainUnproven = PositionList(f, "gain_unproven"),
                MatingSigmaDb = f.Number("mating_sigma_db", false),
                MatingRemates = f.Integer("mating_remates", false, 0, long.MaxValue),
                WorstPos = (int)f.Integer("worst_pos", false, 0, MaxPositions),
                WorstLossDb = f.Number("worst_loss_db", false),
                Positions = Positions(f),
                Budget = Budget(f),
            };
            if (f.Problem == null && double.IsNaN(r.LimitDb))
            {
                f.Report("field 'limit_db' is null, expected a number");
            }

            return r;
        }

        /// <summary>The inspection's <c>link_budget</c> (terms and total), or null when it was judged per connector pair.</summary>
        private static LinkBudgetInfo Budget(FieldReader f)
        {
            JsonElement o = f.Object("link_budget");
            if (o.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var b = new FieldReader(o, "link_budget: ");
            var budget = new LinkBudgetInfo
            {
                Connectors = (int)b.Integer("connectors", true, 0, 1000),
                ConnectorDb = b.Number("connector_db", true),
                Splices = (int)b.Integer("splices", true, 0, 1000),
                SpliceDb = b.Number("splice_db", true),
                LengthM = b.Integer("length_m", true, 0, 1_000_000),
                FiberDbPerKm = b.Number("fiber_db_per_km", true),
                Plant = b.Text("plant", false),
                Standard = b.Text("standard", false) ?? Certificate.TiaFigures,
                LimitDb = b.Number("limit_db", true),
            };
            if (b.Problem != null)
            {
                f.Report(b.Problem);
            }

            return budget;
        }

        /// <summary>An optional array of position numbers (e.g. <c>gain_unproven</c>); empty when absent.</summary>
        private static int[] PositionList(FieldReader f, string name)
        {
            JsonElement list = f.Array(name, MaxPositions);
            if (list.ValueKind != JsonValueKind.Array)
            {
                return Array.Empty<int>();
            }

            var positions = new int[list.GetArrayLength()];
            for (int i = 0; i < positions.Length; i++)
            {
                JsonElement e = list[i];
                if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out positions[i]) || positions[i] < 1 || positions[i] > MaxPositions)
                {
                    f.Report("field '" + name + "' entry " + (i + 1) + " is " + FieldReader.Describe(e) + ", expected a position from 1 to " + MaxPositions);
                    return Array.Empty<int>();
                }
            }

            return positions;
        }

        private static string Weak(JsonElement list)
        {
            if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            {
                return null;
            }

            return string.Join(", ", System.Linq.Enumerable.Select(list.EnumerateArray(), e => e.ToString()));
        }

        private static PositionResult[] Positions(FieldReader f)
        {
            JsonElement array = f.Array("positions", MaxPositions);
            if (f.Problem != null)
            {
                return Array.Empty<PositionResult>();
            }

            var result = new PositionResult[array.GetArrayLength()];
            int i = 0;
            foreach (JsonElement p in array.EnumerateArray())
            {
                var pf = new FieldReader(p, "position entry " + (i + 1) + ": ");
                result[i++] = new PositionResult
                {
                    Pos = (int)pf.Integer("pos", true, 1, MaxPositions),
                    Color = pf.Text("color", false),
                    PowerDbm = pf.Number("dbm", false),
                    LossDb = pf.Number("loss_db", true),
                    UncertaintyDb = pf.Number("u_db", false),
                    BandDb = pf.Number("band_db", false),
                    Verdict = Verdict(pf, "verdict"),
                };
                if (pf.Problem != null)
                {
                    f.Report(pf.Problem);
                    break;
                }
            }

            if (result.Length == 0)
            {
                f.Report("no positions");
            }

            return result;
        }

        /// <summary>A polarity record.</summary>
        public static PolarityRecord Polarity(FieldReader f, RecordContext context)
        {
            JsonElement map = f.Array("map", MaxPositions);
            var from = new int[f.Problem == null ? map.GetArrayLength() : 0];
            for (int i = 0; i < from.Length; i++)
            {
                var pf = new FieldReader(map[i], "map entry " + (i + 1) + ": ");
                pf.Integer("pos", true, 1, MaxPositions);
                from[i] = (int)pf.Integer("from", true, -1, MaxPositions);
                if (pf.Problem != null)
                {
                    f.Report(pf.Problem);
                    break;
                }
            }

            string verdict = f.Text("verdict", true);
            if (verdict != null && verdict != "PASS" && verdict != "FAIL" && verdict != "NOT_TESTED")
            {
                f.Report("field 'verdict' is \"" + Shorten(verdict) + "\", expected PASS, FAIL or NOT_TESTED");
            }

            return new PolarityRecord { Context = context, Status = f.Text("status", true), Best = f.Text("best", false), Verdict = verdict, Summary = f.Text("summary", false) ?? string.Empty, From = from };
        }

        /// <summary>A clean record.</summary>
        public static CleanRecord Clean(FieldReader f, RecordContext context)
        {
            JsonElement array = f.Array("positions", MaxPositions);
            var positions = new CleanPosition[f.Problem == null ? array.GetArrayLength() : 0];
            for (int i = 0; i < positions.Length; i++)
            {
                var pf = new FieldReader(array[i], "clean entry " + (i + 1) + ": ");
                positions[i] = new CleanPosition { Pos = (int)pf.Integer("pos", true, 1, MaxPositions), BeforeDb = pf.Number("before_db", false), AfterDb = pf.Number("after_db", false), Outcome = pf.Text("outcome", false) };
                if (pf.Problem != null)
                {
                    f.Report(pf.Problem);
                    break;
                }
            }

            return new CleanRecord { Context = context, Advice = f.Text("advice", false) ?? string.Empty, Escalate = f.Flag("escalate", false), Positions = positions };
        }

        /// <summary>A verdict field, checked against the known verdicts.</summary>
        public static string Verdict(FieldReader f, string name)
        {
            string v = f.Text(name, true);
            if (v != null && Array.IndexOf(Verdicts, v) < 0)
            {
                f.Report("field '" + name + "' is \"" + Shorten(v) + "\", not a verdict this report knows");
                return null;
            }

            return v;
        }

        /// <summary>At most 40 characters of a text, for messages.</summary>
        public static string Shorten(string text) => text.Length > 40 ? text.Substring(0, 40) + "…" : text;
    }
}
