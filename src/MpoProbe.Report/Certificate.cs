using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace MpoProbe.Report
{
    /// <summary>
    /// The wording and number formats every certificate output (HTML, PDF, CSV) shares, so the
    /// three say the same thing: standard and method, where the limit comes from, times, job
    /// data, probe identity, and dB with two decimals throughout.
    /// </summary>
    public static partial class Certificate
    {
        /// <summary>The test a link budget was checked by: a Tier 1 link test.</summary>
        public const string Standard = "TIA-568.3-E Tier 1 (basic) link loss test against the link's loss budget";

        /// <summary>The test a link budget with the ISO/IEC figures was checked by (ISO/IEC 14763-3 describes the method, ISO/IEC 11801-1 the figures).</summary>
        public const string IsoStandard = "ISO/IEC 14763-3 link attenuation test against the link's ISO/IEC 11801-1 loss budget";

        /// <summary>How the probe names the TIA set of budget figures.</summary>
        public const string TiaFigures = "TIA-568.3-E";

        /// <summary>How the probe names the ISO/IEC set of budget figures.</summary>
        public const string IsoFigures = "ISO/IEC 11801-1";

        /// <summary>The test a per-pair limit was checked by: connectors and patch cords, not a Tier 1 link certification.</summary>
        public const string ConnectorTest = "connector / patch-cord loss test, limit per mated connector pair (not a Tier 1 link certification: no link budget was set)";

        /// <summary>Months from the calibration date to the next calibration (docs/report.md: the usual interval for optical power meters; the probe's file names none).</summary>
        public const int CalibrationIntervalMonths = 12;

        /// <summary>The standard a link's result was checked by: Tier 1 only when its limit came from a link budget.</summary>
        public static string StandardOf(InspectionRecord r) => r.Budget == null ? ConnectorTest : (r.Budget.Standard == IsoFigures ? IsoStandard : Standard);

        /// <summary>The standard line of the summary: Tier 1 only for links judged against a TIA budget, the ISO/IEC test for an ISO/IEC budget.</summary>
        public static string StandardOf(ReportData data)
        {
            var standards = data.Links.Select(l => StandardOf(l.Last)).Distinct().ToList();
            if (standards.Count <= 1)
            {
                return standards.Count == 0 ? ConnectorTest : standards[0];
            }

            int budgets = data.Links.Count(l => l.Last.Budget != null);
            string figures = string.Join(" or ", data.Links.Where(l => l.Last.Budget != null).Select(l => l.Last.Budget.Standard).Distinct());
            return "per link (named on each link): " + budgets + " against a link budget (" + figures + " figures)"
                + (budgets < data.Links.Count ? ", the others per connector pair (connector / patch-cord test)" : string.Empty);
        }

        /// <summary>The instrument: model, serial, firmware.</summary>
        public static string Instrument(ProbeIdentity p) =>
            Or(p?.Model) + "; serial " + Or(p?.Serial) + "; firmware " + Or(p?.Firmware);

        /// <summary>The link budget's terms and total in words.</summary>
        public static string BudgetText(LinkBudgetInfo b, InspectionRecord r)
        {
            double km = b.LengthM / 1000.0;
            return N(b.Connectors) + " mated connector pairs × " + Db(b.ConnectorDb) + " dB + " + N(b.Splices) + " splices × " + Db(b.SpliceDb) + " dB + "
                + km.ToString("0.###", CultureInfo.InvariantCulture) + " km × " + Db(b.FiberDbPerKm) + " dB/km (" + Or(r.Fiber) + ", " + N(r.WavelengthNm) + " nm"
                + (b.Plant != null && r.Fiber == "OS2" ? ", " + b.Plant + " plant" : string.Empty) + ") = " + Db(b.LimitDb) + " dB";
        }

        private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

        /// <summary>The measurement method.</summary>
        public const string Method = "IEC 61280-4-5 / TIA-526-28, 1-cord reference (MPO light source and power meter)";

        /// <summary>What a field left out prints as.</summary>
        public const string NotRecorded = "not recorded";


        /// <summary>Where a limit comes from, in the customer's words.</summary>
        public static string LimitSource(InspectionRecord r)
        {
            if (r.Budget != null)
            {
                return "link budget, figures from " + r.Budget.Standard + " (0.75 dB per mated pair, 0.3 dB per splice, cable attenuation per km): " + BudgetText(r.Budget, r);
            }

            return LimitSource(r.LimitName, r.LimitDb) + " — for connector and patch-cord tests";
        }

        /// <summary>Where a per-pair limit comes from, in the customer's words.</summary>
        public static string LimitSource(string limitName, double limitDb)
        {
            if (limitName == "Standard")
            {
                return "TIA-568 maximum for one mated MPO connector pair (" + Db(limitDb) + " dB)";
            }

            if (limitName == "Elite")
            {
                return "low-loss (Elite) MPO connector pair, manufacturer grade (" + Db(limitDb) + " dB)";
            }

            return "set by the operator on the probe: " + limitName;
        }

        /// <summary>Date and time of a record: UTC as written by the probe, or why it is missing.</summary>
        public static string Time(RecordContext c)
        {
            if (c.Utc != null && DateTime.TryParse(c.Utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime t))
            {
                return t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
            }

            return "not recorded (probe clock not set; " + (c.UptimeMs / 1000).ToString(CultureInfo.InvariantCulture) + " s after power-on)";
        }

        /// <summary>A text field or "not recorded".</summary>
        public static string Or(string value) => string.IsNullOrEmpty(value) ? NotRecorded : value;

        /// <summary>The calibration line: date and state, or "not recorded".</summary>
        public static string Calibration(ProbeIdentity p)
        {
            if (p == null || (p.CalDate == null && p.CalState == null))
            {
                return NotRecorded;
            }

            return p.CalDate != null ? p.CalDate + (p.CalState != null && p.CalState != "calibrated" ? " (" + p.CalState + ")" : string.Empty) : p.CalState;
        }

        /// <summary>Name/value rows of one link's certificate header, in print order.</summary>
        public static List<KeyValuePair<string, string>> Header(LinkResult link, DateTime madeUtc)
        {
            InspectionRecord r = link.Last;
            RecordContext c = r.Context;
            var rows = new List<KeyValuePair<string, string>>
            {
                Row("Link", link.Label),
                Row("Date and time", Time(c)),
                Row("Customer", Or(c.Customer)),
                Row("Site", Or(c.Site)),
                Row("Job", Or(c.Job)),
                Row("Operator", Or(c.Operator)),
                Row("Instrument", Instrument(link.Probe)),
                Row("Probe serial", Or(link.Probe?.Serial)),
                Row("Calibration date", Calibration(link.Probe)),
                Row("Calibration due", CalibrationDue(link.Probe, c)),
                Row("Standard", StandardOf(r)),
                Row("Method", Method),
                Row("Connector / fiber / wavelength", r.Layout + " / " + Or(r.Fiber) + " / " + r.WavelengthNm.ToString(CultureInfo.InvariantCulture) + " nm"),
                Row("Limit per fiber", Db(r.LimitDb) + " dB (" + r.LimitName + "); guard band " + Db(r.GuardDb) + " dB"),
                Row("Limit source", LimitSource(r)),
                Row("Margin (worst fiber)", MarginDb(FiberTable.WorstMarginDb(link)) + " dB (limit − loss; negative: over the limit)"),
                Row("Uncertainty", FiberTable.UncertaintyNote),
                Row("Reference", ReferenceText(link)),
                Row("Reference check", link.ReferenceCheck ?? "none after this reference (verify)"),
                Row("Job re-check", RecheckText(link)),
                Row("Polarity expected / found", Or(link.ExpectedPolarity) + " / " + FoundPolarity(link.Polarity)),
                Row("Inspections of this link", link.InspectionCount.ToString(CultureInfo.InvariantCulture) + (link.CleanCount > 0 ? ", clean cycles " + link.CleanCount : string.Empty) + (link.Escalated ? " (escalated)" : string.Empty)),
                Row("Source", c.Where),
                Row("Report date", madeUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC"),
            };
            return rows;
        }

        private static KeyValuePair<string, string> Row(string name, string value) => new KeyValuePair<string, string>(name, value ?? NotRecorded);
    }
}
