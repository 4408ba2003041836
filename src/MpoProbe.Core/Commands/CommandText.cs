namespace MpoProbe.Core
{
    /// <summary>Small text checks shared by the serial command groups: tokens, numbers, echoes of bad input.</summary>
    public static class CommandText
    {
        /// <summary>Longest echo of a refused word in an error message.</summary>
        public const int EchoLength = 24;

        /// <summary><paramref name="text"/> cut to <see cref="EchoLength"/> characters and "..." for an error message; empty for null.</summary>
        public static string Shorten(string text)
        {
            if (text == null)
            {
                return string.Empty;
            }

            return text.Length > EchoLength ? text.Substring(0, EchoLength) + "..." : text;
        }

        /// <summary>True when <paramref name="text"/> is 1 to <paramref name="maxLength"/> letters, digits, '-' or '_'.</summary>
        public static bool IsToken(string text, int maxLength)
        {
            if (text == null || text.Length == 0 || text.Length > maxLength)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>An optional '-' then digits with at most one '.', up to 8 characters.</summary>
        public static bool TryParseSigned(string text, out double value)
        {
            value = 0;
            bool negative = text.Length > 0 && text[0] == '-';
            string digits = negative ? text.Substring(1) : text;
            if (digits.Length == 0 || digits.Length > 8)
            {
                return false;
            }

            double scale = 0;
            for (int i = 0; i < digits.Length; i++)
            {
                char c = digits[i];
                if (c == '.' && scale == 0 && digits.Length > 1)
                {
                    scale = 1;
                    continue;
                }

                if (c < '0' || c > '9')
                {
                    return false;
                }

                scale /= scale == 0 ? 1 : 10;
                value = scale == 0 ? (value * 10) + (c - '0') : value + ((c - '0') * scale);
            }

            value = negative ? -value : value;
            return true;
        }
    }
}
