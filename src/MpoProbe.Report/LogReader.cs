using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace MpoProbe.Report
{
    /// <summary>
    /// Reads the probe's JSON Lines logs (docs/serial-log.md, schema v1 and v2) one line at a
    /// time: nothing but one line and one result per link is held, so a log of any size reads in
    /// bounded memory. Damaged, cut, unknown or ill-typed lines and newer schema versions are
    /// skipped with their number and reason; everything valid is kept. Never throws on content.
    /// </summary>
    public sealed class LogReader
    {
        /// <summary>Newest schema version this reader understands.</summary>
        public const int SchemaVersion = 2;

        private static readonly string[] Known = { "boot", "settings", "calibration", "reference", "reference_check", "recheck", "inspection", "diagnosis", "clean", "polarity", "error", "reply", "fault", "notice", "remate" };

        private readonly ReportData _data = new ReportData();
        private readonly Action<InspectionRecord> _onInspection;
        private LogContext _context = new LogContext();

        /// <summary>A reader; <paramref name="onInspection"/> (optional) sees every inspection as it is read (e.g. to stream CSV rows).</summary>
        public LogReader(Action<InspectionRecord> onInspection = null)
        {
            _onInspection = onInspection;
        }

        /// <summary>What was read so far.</summary>
        public ReportData Data => _data;

        /// <summary>Reads lines given as text (tests, small logs).</summary>
        public static ReportData Read(IEnumerable<string> lines, string source = "log")
        {
            var reader = new LogReader();
            reader.Begin(source);
            long number = 0;
            foreach (string line in lines)
            {
                reader.Line(Encoding.UTF8.GetBytes(line), source, ++number);
            }

            return reader.Data;
        }

        /// <summary>Starts a new log: the settings, reference and probe identity of the previous one no longer apply; the open re-check interval (its links and where the last re-check found the source) carries over, until a reference record or another probe's log.</summary>
        public void Begin(string source)
        {
            _data.Sources.Add(source);
            _context = _context.Next();
        }

        /// <summary>Reads a whole stream as one log named <paramref name="source"/>.</summary>
        public void ReadStream(Stream stream, string source)
        {
            Begin(source);
            var lines = new LineSource(stream);
            while (lines.Next())
            {
                if (lines.TooLong)
                {
                    _data.LinesRead++;
                    _data.Skip(source, lines.LineNumber, "line of " + lines.Length + " bytes is longer than " + LineSource.MaxLineBytes + " (not a probe record)");
                    continue;
                }

                Line(lines.Line, source, lines.LineNumber);
            }
        }

        /// <summary>Reads one line (bytes, without the newline).</summary>
        public void Line(ReadOnlyMemory<byte> bytes, string source, long number)
        {
            if (bytes.Span.StartsWith(Bom))
            {
                // A log saved as UTF-8 with a byte-order mark (a Windows editor): the mark is no part of the record.
                bytes = bytes.Slice(Bom.Length);
            }

            ReadOnlySpan<byte> span = bytes.Span.Trim((byte)' ').Trim((byte)'\t').Trim((byte)'\r');
            if (span.IsEmpty)
            {
                return;
            }

            _data.LinesRead++;
            if (span[0] != (byte)'{')
            {
                _data.Skip(source, number, "not a JSON record (does not start with '{')");
                return;
            }

            string skipped;
            try
            {
                using JsonDocument doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
                skipped = Use(doc.RootElement, source + ":" + number);
            }
            catch (JsonException e)
            {
                skipped = "not valid JSON (cut or damaged line): " + FirstSentence(e.Message);
            }
            catch (Exception e) when (e is ArgumentException || e is InvalidOperationException)
            {
                // Invalid UTF-8 inside a string surfaces only when the text is read.
                skipped = "not readable text (invalid UTF-8 in a string)";
            }

            if (skipped != null)
            {
                _data.Skip(source, number, skipped);
                if (span.IndexOf(RecheckType) >= 0)
                {
                    // A re-check whose result cannot be read leaves its interval's verdicts undefended.
                    _context.UnreadableRecheck(source + " line " + number + ": " + skipped);
                }
                else if (UnreadableLine.IsInspection(span))
                {
                    // A later inspection whose result cannot be read: the earlier one is not the link's result.
                    _context.UnreadableInspection(UnreadableLine.From(span, source, number, skipped), _data);
                }
            }
        }

        private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

        private static readonly byte[] RecheckType = System.Text.Encoding.UTF8.GetBytes("\"type\":\"recheck\"");

        private string Use(JsonElement record, string where)
        {
            var f = new FieldReader(record, string.Empty);
            string type = f.Text("type", true);
            if (f.Problem != null)
            {
                return "no record type: " + f.Problem;
            }

            long v = f.Integer("v", true, 0, long.MaxValue);
            if (f.Problem != null)
            {
                return "schema version: " + f.Problem;
            }

            if (v > SchemaVersion)
            {
                return "schema v" + v + " is newer than this report reads (v" + SchemaVersion + ")";
            }

            if (Array.IndexOf(Known, type) < 0)
            {
                return "unknown record type '" + RecordParser.Shorten(type) + "'";
            }

            RecordContext context = RecordParser.Context(f, where);
            if (f.Problem == null)
            {
                _context.Stamp(context, type, _data.State);
            }

            string problem = f.Problem ?? _context.Apply(type, f, context, _data, _onInspection);
            return problem == null ? null : type + " record: " + problem;
        }

        private static string FirstSentence(string message)
        {
            int cut = message.IndexOf(". ", StringComparison.Ordinal);
            return cut > 0 ? message.Substring(0, cut) : message;
        }
    }
}
