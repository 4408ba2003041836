using System.Globalization;
using System.IO;

namespace MpoProbe.Report
{
    /// <summary>
    /// One row per position per inspection, for spreadsheets, written as the log is read (nothing
    /// is held). Same wording and two-decimal dB as the certificate; empty cells for values not
    /// measured or not recorded. <c>uncertainty_db</c> is u, the combined standard uncertainty the
    /// probe logged (<c>u_db</c>); <c>expanded_uncertainty_db</c> is U, the band the verdict used
    /// (<c>band_db</c>, or 2 u in a log without it) — the figure the certificate prints as U.
    /// </summary>
    public sealed class CsvReport
    {
        /// <summary>The header row.</summary>
        public const string Header = "source,link,utc,t_ms,customer,site,job,operator,layout,fiber,wavelength_nm,limit,limit_db,overall,position,color,power_dbm,loss_db,uncertainty_db,verdict,margin_db,expanded_uncertainty_db";

        private readonly TextWriter _csv;

        /// <summary>Writes the header to <paramref name="csv"/>; call <see cref="Add"/> per inspection.</summary>
        public CsvReport(TextWriter csv)
        {
            _csv = csv;
            _csv.Write(Header + "\n");
        }

        /// <summary>The rows of one inspection.</summary>
        public void Add(InspectionRecord r)
        {
            RecordContext c = r.Context;
            string common = Cell(c.Where) + "," + Cell(LogContext.Label(c)) + "," + Cell(c.Utc) + "," + c.UptimeMs.ToString(CultureInfo.InvariantCulture) + "," + Cell(c.Customer) + "," + Cell(c.Site) + ","
                + Cell(c.Job) + "," + Cell(c.Operator) + "," + Cell(r.Layout) + "," + Cell(r.Fiber) + "," + r.WavelengthNm.ToString(CultureInfo.InvariantCulture) + "," + Cell(r.LimitName) + ","
                + Db(r.LimitDb) + "," + Cell(r.Overall) + ",";
            foreach (PositionResult p in r.Positions)
            {
                _csv.Write(common + p.Pos.ToString(CultureInfo.InvariantCulture) + "," + Cell(p.Color) + "," + Db(p.PowerDbm) + "," + Loss(p.LossDb, r.LimitDb) + "," + Db(p.UncertaintyDb) + "," + Cell(p.Verdict) + "," + Margin(double.IsNaN(p.LossDb) ? double.NaN : r.LimitDb - p.LossDb) + "," + Db(FiberTable.ExpandedDb(p)) + "\n");
            }
        }

        /// <summary>CSV text of a set of lines (tests).</summary>
        public static string Write(System.Collections.Generic.IEnumerable<string> lines)
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            var csv = new CsvReport(text);
            var reader = new LogReader(csv.Add);
            reader.Begin("log");
            long n = 0;
            foreach (string line in lines)
            {
                reader.Line(System.Text.Encoding.UTF8.GetBytes(line), "log", ++n);
            }

            return text.ToString();
        }

        private static string Db(double v) => double.IsNaN(v) ? string.Empty : Certificate.Db(v);

        private static string Loss(double lossDb, double limitDb) => double.IsNaN(lossDb) ? string.Empty : Certificate.LossDb(lossDb, limitDb);

        private static string Margin(double marginDb) => double.IsNaN(marginDb) ? string.Empty : Certificate.MarginDb(marginDb);

        private static string Cell(string text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }

            // A leading =, +, - or @ would run as a formula in a spreadsheet.
            string safe = text.Length > 0 && "=+-@".IndexOf(text[0]) >= 0 ? "'" + text : text;
            return safe.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? safe : "\"" + safe.Replace("\"", "\"\"") + "\"";
        }
    }
}
