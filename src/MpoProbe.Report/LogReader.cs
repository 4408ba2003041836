using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace MpoProbe.Report
{
    /// <summary>One inspection with everything the log says about it.</summary>
    public sealed class InspectionEntry
    {
        /// <summary>Line of the inspection record (1-based).</summary>
        public int Line { get; init; }

        /// <summary>The inspection record.</summary>
        public JsonElement Record { get; init; }

        /// <summary>Settings in force (the last settings record before it), if any.</summary>
        public JsonElement? Settings { get; init; }

        /// <summary>The reference in force (the last accepted reference record before it), if any.</summary>
        public JsonElement? Reference { get; init; }

        /// <summary>Its connector diagnosis.</summary>
        public JsonElement? Diagnosis { get; set; }

        /// <summary>Its polarity scan.</summary>
        public JsonElement? Polarity { get; set; }

        /// <summary>The clean comparison this inspection completed (it was a re-inspection).</summary>
        public JsonElement? Clean { get; set; }

        /// <summary>Link label ("(no label)" when none).</summary>
        public string Link => Record.TryGetProperty("link", out JsonElement l) ? l.GetString() : "(no label)";

        /// <summary>Overall verdict.</summary>
        public string Overall => Record.GetProperty("overall").GetString();
    }

    /// <summary>A log line the report could not use, and why.</summary>
    public sealed record SkippedLine(int Line, string Reason);

    /// <summary>What a log holds: inspections in order, warnings, and the lines skipped.</summary>
    public sealed class ReportData
    {
        /// <summary>Inspections in log order.</summary>
        public List<InspectionEntry> Inspections { get; } = new();

        /// <summary>Error and warning records (code, message, line).</summary>
        public List<(int Line, string Code, string Message)> Warnings { get; } = new();

        /// <summary>Lines that were skipped, with the reason.</summary>
        public List<SkippedLine> Skipped { get; } = new();

        /// <summary>Lines read.</summary>
        public int LinesRead { get; set; }
    }

    /// <summary>
    /// Reads the probe's JSON Lines log (docs/serial-log.md, schema v1). Damaged, cut or unknown
    /// lines and newer schema versions are skipped and listed with their line number; everything
    /// valid is kept.
    /// </summary>
    public static class LogReader
    {
        /// <summary>Schema version this reader understands.</summary>
        public const int SchemaVersion = 2;

        private static readonly HashSet<string> Known = new() { "boot", "settings", "reference", "inspection", "diagnosis", "clean", "polarity", "error", "reply" };

        /// <summary>Reads lines into report data.</summary>
        public static ReportData Read(IEnumerable<string> lines)
        {
            var data = new ReportData();
            JsonElement? settings = null;
            JsonElement? reference = null;
            int number = 0;
            foreach (string raw in lines)
            {
                number++;
                string line = raw.Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                data.LinesRead++;
                JsonElement record;
                try
                {
                    record = JsonDocument.Parse(line).RootElement.Clone();
                }
                catch (JsonException)
                {
                    data.Skipped.Add(new SkippedLine(number, "not valid JSON (cut or damaged line)"));
                    continue;
                }

                string reason = Check(record);
                if (reason != null)
                {
                    data.Skipped.Add(new SkippedLine(number, reason));
                    continue;
                }

                InspectionEntry last = data.Inspections.LastOrDefault();
                switch (record.GetProperty("type").GetString())
                {
                    case "settings":
                        settings = record;
                        break;
                    case "reference":
                        if (record.GetProperty("decision").GetString() != "refused")
                        {
                            reference = record;
                        }

                        break;
                    case "inspection":
                        data.Inspections.Add(new InspectionEntry { Line = number, Record = record, Settings = settings, Reference = reference });
                        break;
                    case "diagnosis" when last != null:
                        last.Diagnosis = record;
                        break;
                    case "polarity" when last != null:
                        last.Polarity = record;
                        break;
                    case "clean" when last != null:
                        last.Clean = record;
                        break;
                    case "error":
                        data.Warnings.Add((number, record.GetProperty("code").GetString(), record.GetProperty("message").GetString()));
                        break;
                }
            }

            return data;
        }

        /// <summary>Why a parsed record cannot be used, or null.</summary>
        private static string Check(JsonElement record)
        {
            if (record.ValueKind != JsonValueKind.Object || !record.TryGetProperty("type", out JsonElement type) || type.ValueKind != JsonValueKind.String)
            {
                return "no record type";
            }

            if (!record.TryGetProperty("v", out JsonElement v) || v.ValueKind != JsonValueKind.Number)
            {
                return "no schema version";
            }

            if (v.GetInt32() > SchemaVersion)
            {
                return "schema v" + v.GetInt32() + " is newer than this report reads (v" + SchemaVersion + ")";
            }

            string name = type.GetString();
            if (!Known.Contains(name))
            {
                return "unknown record type '" + name + "'";
            }

            if (name == "inspection" && (!record.TryGetProperty("positions", out JsonElement p) || p.ValueKind != JsonValueKind.Array || !record.TryGetProperty("overall", out _)))
            {
                return "inspection record without positions or overall verdict";
            }

            return null;
        }
    }
}
