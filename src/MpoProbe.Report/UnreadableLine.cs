using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MpoProbe.Report
{
    /// <summary>
    /// What a skipped inspection line still says: its link label, <c>t_ms</c>, <c>utc</c> and whether
    /// it was replayed, read from the text as far as it goes (a cut or damaged line is no JSON).
    /// </summary>
    public sealed class UnreadableLine
    {
        private static readonly Regex LinkField = new Regex("\"link\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){0,512})\"", RegexOptions.CultureInvariant);
        private static readonly Regex TimeField = new Regex("\"t_ms\"\\s*:\\s*([0-9]{1,18})[,}\\s]", RegexOptions.CultureInvariant);
        private static readonly Regex UtcField = new Regex("\"utc\"\\s*:\\s*\"([^\"]{1,40})\"", RegexOptions.CultureInvariant);

        /// <summary>The log it is in.</summary>
        public string Source { get; init; }

        /// <summary>Its line number.</summary>
        public long Number { get; init; }

        /// <summary>Why it was skipped.</summary>
        public string Why { get; init; }

        /// <summary>The link label it names, or null.</summary>
        public string Link { get; init; }

        /// <summary>True when the line reaches past the common fields without a label: an unlabelled inspection.</summary>
        public bool Unlabelled { get; init; }

        /// <summary>Its <c>t_ms</c>, or null when the line no longer says.</summary>
        public long? UptimeMs { get; init; }

        /// <summary>Its <c>utc</c> text, or null.</summary>
        public string Utc { get; init; }

        /// <summary>Its <c>utc</c> as a time, or null.</summary>
        public DateTime? UtcTime { get; init; }

        /// <summary>True when it was a replayed record.</summary>
        public bool Replay { get; init; }

        /// <summary>True when <paramref name="line"/> holds an inspection record that is not the answer to <c>last</c>.</summary>
        public static bool IsInspection(ReadOnlySpan<byte> line) => line.IndexOf(InspectionType) >= 0 && line.IndexOf(Resent) < 0;

        private static readonly byte[] InspectionType = Encoding.UTF8.GetBytes("\"type\":\"inspection\"");
        private static readonly byte[] Resent = Encoding.UTF8.GetBytes("\"resent\":true");

        /// <summary>The fields <paramref name="line"/> still shows.</summary>
        public static UnreadableLine From(ReadOnlySpan<byte> line, string source, long number, string why)
        {
            string text = Encoding.UTF8.GetString(line);
            Match link = LinkField.Match(text);
            Match time = TimeField.Match(text);
            Match utc = UtcField.Match(text);
            DateTime? utcTime = null;
            if (utc.Success && DateTime.TryParse(utc.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime t))
            {
                utcTime = t;
            }

            return new UnreadableLine
            {
                Source = source,
                Number = number,
                Why = why,
                Link = link.Success ? Unescape(link.Groups[1].Value) : null,
                Unlabelled = !link.Success && text.Contains("\"layout\"", StringComparison.Ordinal),
                UptimeMs = time.Success && long.TryParse(time.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out long ms) ? ms : null,
                Utc = utcTime.HasValue ? utc.Groups[1].Value : null,
                UtcTime = utcTime,
                Replay = text.Contains("\"replay\":true", StringComparison.Ordinal),
            };
        }

        private static string Unescape(string json)
        {
            if (json.IndexOf('\\') < 0)
            {
                return json;
            }

            try
            {
                return JsonSerializer.Deserialize<string>("\"" + json + "\"");
            }
            catch (JsonException)
            {
                return json;
            }
        }
    }
}
