namespace MpoProbe.Core
{
    /// <summary>
    /// Builds one JSON object on one line (JSON Lines). Strings are escaped, NaN and infinities
    /// become null, numbers use a fixed number of decimals with '.' and '-' whatever the culture.
    /// </summary>
    public sealed class JsonLine
    {
        private string _text = string.Empty;
        private bool _needComma;

        /// <summary>Starts an object.</summary>
        public JsonLine Begin()
        {
            _text = "{";
            _needComma = false;
            return this;
        }

        /// <summary>Adds a string field (null gives JSON null).</summary>
        public JsonLine Add(string name, string value)
        {
            return Raw(name, value == null ? "null" : Quote(value));
        }

        /// <summary>Adds an integer field.</summary>
        public JsonLine Add(string name, long value)
        {
            return Raw(name, Format.Integer(value));
        }

        /// <summary>Adds a boolean field.</summary>
        public JsonLine Add(string name, bool value)
        {
            return Raw(name, value ? "true" : "false");
        }

        /// <summary>Adds a number with <paramref name="decimals"/> decimals (null when not finite).</summary>
        public JsonLine Add(string name, double value, int decimals)
        {
            return Raw(name, Number(value, decimals));
        }

        /// <summary>Adds a field whose value is already JSON (an array or object built elsewhere).</summary>
        public JsonLine Raw(string name, string json)
        {
            _text += (_needComma ? "," : string.Empty) + Quote(name) + ":" + json;
            _needComma = true;
            return this;
        }

        /// <summary>The finished object.</summary>
        public string End()
        {
            return _text + "}";
        }

        /// <summary>A JSON number text, or null.</summary>
        public static string Number(double value, int decimals)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                return "null";
            }

            return Format.Fixed(value, decimals);
        }

        /// <summary>A JSON string literal.</summary>
        public static string Quote(string value)
        {
            string text = "\"";
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"' || c == '\\')
                {
                    text += "\\" + c.ToString();
                }
                else if (c < ' ')
                {
                    text += "\\u00" + ((int)c).ToString("X2");
                }
                else
                {
                    text += c.ToString();
                }
            }

            return text + "\"";
        }
    }
}
