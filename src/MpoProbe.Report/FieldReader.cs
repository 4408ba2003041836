using System.Globalization;
using System.Text.Json;

namespace MpoProbe.Report
{
    /// <summary>
    /// Reads typed fields from one JSON object and remembers the first problem (field name,
    /// value found, type expected) instead of throwing, so a bad record becomes a skipped line
    /// with a reason.
    /// </summary>
    public sealed class FieldReader
    {
        private const int MaxTextLength = 512;
        private readonly JsonElement _element;
        private readonly string _prefix;

        /// <summary>Reads <paramref name="element"/>; problems are named with <paramref name="prefix"/> (e.g. "position 3: ").</summary>
        public FieldReader(JsonElement element, string prefix)
        {
            _element = element;
            _prefix = prefix ?? string.Empty;
            if (element.ValueKind != JsonValueKind.Object)
            {
                Problem = _prefix + "expected an object, found " + Describe(element);
            }
        }

        /// <summary>The first problem found, or null.</summary>
        public string Problem { get; private set; }

        /// <summary>Text field; null when absent and optional.</summary>
        public string Text(string name, bool required)
        {
            if (!Find(name, required, out JsonElement v) || v.ValueKind == JsonValueKind.Null)
            {
                return Missing(name, required);
            }

            if (v.ValueKind != JsonValueKind.String)
            {
                return Fail<string>(name, v, "text", null);
            }

            string s = v.GetString();
            return s.Length > MaxTextLength ? Fail<string>(name, v, "text of at most " + MaxTextLength + " characters", null) : s;
        }

        /// <summary>Integer field.</summary>
        public long Integer(string name, bool required, long min, long max)
        {
            if (!Find(name, required, out JsonElement v) || (!required && v.ValueKind == JsonValueKind.Null))
            {
                Missing(name, required);
                return 0;
            }

            if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out long n) || n < min || n > max)
            {
                return Fail(name, v, "an integer from " + min + " to " + max, 0L);
            }

            return n;
        }

        /// <summary>Number field; null in the log (not measured) reads as NaN.</summary>
        public double Number(string name, bool required)
        {
            if (!Find(name, required, out JsonElement v) || v.ValueKind == JsonValueKind.Null)
            {
                Missing(name, required && v.ValueKind != JsonValueKind.Null);
                return double.NaN;
            }

            if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out double d) || double.IsInfinity(d) || System.Math.Abs(d) > 1e6)
            {
                return Fail(name, v, "a number (or null)", double.NaN);
            }

            return d;
        }

        /// <summary>Boolean field (false when absent and optional).</summary>
        public bool Flag(string name, bool required)
        {
            if (!Find(name, required, out JsonElement v))
            {
                Missing(name, required);
                return false;
            }

            if (v.ValueKind != JsonValueKind.True && v.ValueKind != JsonValueKind.False)
            {
                return Fail(name, v, "true or false", false);
            }

            return v.GetBoolean();
        }

        /// <summary>Array field (default when absent or wrong).</summary>
        public JsonElement Array(string name, int maxLength)
        {
            if (!Find(name, true, out JsonElement v))
            {
                return default;
            }

            if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() > maxLength)
            {
                return Fail(name, v, "an array of at most " + maxLength + " entries", default(JsonElement));
            }

            return v;
        }

        /// <summary>Object field (default when absent or not an object: then a problem).</summary>
        public JsonElement Object(string name)
        {
            if (!Find(name, false, out JsonElement v) || v.ValueKind == JsonValueKind.Null)
            {
                return default;
            }

            return v.ValueKind == JsonValueKind.Object ? v : Fail(name, v, "an object", default(JsonElement));
        }

        /// <summary>Records a problem found by the caller.</summary>
        public void Report(string problem)
        {
            Problem ??= _prefix + problem;
        }

        /// <summary>Short text of a JSON value for a message.</summary>
        public static string Describe(JsonElement v)
        {
            string raw = v.ValueKind == JsonValueKind.Undefined ? "nothing" : v.GetRawText();
            return raw.Length > 40 ? raw.Substring(0, 40) + "…" : raw;
        }

        private bool Find(string name, bool required, out JsonElement value)
        {
            value = default;
            return _element.ValueKind == JsonValueKind.Object && _element.TryGetProperty(name, out value);
        }

        private string Missing(string name, bool required)
        {
            if (required)
            {
                Report("field '" + name + "' is missing");
            }

            return null;
        }

        private T Fail<T>(string name, JsonElement v, string expected, T fallback)
        {
            Report("field '" + name + "' is " + Describe(v) + ", expected " + expected);
            return fallback;
        }

        /// <summary>Invariant text of an integer.</summary>
        public static string Text(long n) => n.ToString(CultureInfo.InvariantCulture);
    }
}
