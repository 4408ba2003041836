using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MpoProbe.Report
{
    /// <summary>One row per position per inspection, for spreadsheets.</summary>
    public static class CsvReport
    {
        /// <summary>The CSV text (header first, '.' decimals, empty cells for values not measured).</summary>
        public static string Write(ReportData data)
        {
            var csv = new StringBuilder("inspection,line,link,t_ms,layout,wavelength_nm,limit,limit_db,overall,position,color,power_dbm,loss_db,uncertainty_db,verdict\n");
            int index = 0;
            foreach (InspectionEntry e in data.Inspections)
            {
                index++;
                JsonElement r = e.Record;
                foreach (JsonElement p in r.GetProperty("positions").EnumerateArray())
                {
                    csv.Append(index).Append(',').Append(e.Line).Append(',').Append(Cell(e.Link)).Append(',')
                        .Append(r.GetProperty("t_ms").GetInt64()).Append(',').Append(Text(r, "layout")).Append(',')
                        .Append(Number(r, "wavelength_nm")).Append(',').Append(Cell(Text(r, "limit"))).Append(',').Append(Number(r, "limit_db")).Append(',')
                        .Append(e.Overall).Append(',').Append(Number(p, "pos")).Append(',').Append(Cell(Text(p, "color"))).Append(',')
                        .Append(Number(p, "dbm")).Append(',').Append(Number(p, "loss_db")).Append(',').Append(Number(p, "u_db")).Append(',')
                        .Append(Text(p, "verdict")).Append('\n');
                }
            }

            return csv.ToString();
        }

        private static string Text(JsonElement e, string name) =>
            e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : string.Empty;

        private static string Number(JsonElement e, string name) =>
            e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble().ToString(CultureInfo.InvariantCulture) : string.Empty;

        private static string Cell(string text) =>
            text.IndexOfAny(new[] { ',', '"', '\n' }) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
