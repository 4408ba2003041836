namespace MpoProbe.Core
{
    /// <summary>
    /// Calendar dates as text (YYYY-MM-DD, the start of an ISO 8601 time) and as day numbers,
    /// without DateTime parsing (not in the nanoFramework subset the Core uses).
    /// </summary>
    public static class CalibrationDates
    {
        /// <summary>Now as ISO 8601 text from the log's clock (or its UTC text), or null while the probe does not know the date.</summary>
        public static string Now(ProbeLog log)
        {
            if (log == null)
            {
                return null;
            }

            return log.Clock != null && log.Clock.IsSet ? log.Clock.Text(log.UptimeMs) : log.Utc;
        }

        /// <summary>True when <paramref name="text"/> starts with a valid date YYYY-MM-DD (years 2000..2099).</summary>
        public static bool IsDate(string text)
        {
            return DayNumber(text) >= 0;
        }

        /// <summary>The date part (first 10 characters) of an ISO 8601 text, or null when it is not a date.</summary>
        public static string DatePart(string iso)
        {
            return IsDate(iso) ? iso.Substring(0, 10) : null;
        }

        /// <summary>Days since 2000-01-01 of the date that starts <paramref name="text"/>, or -1 when it is not a valid date.</summary>
        public static int DayNumber(string text)
        {
            if (text == null || text.Length < 10 || text[4] != '-' || text[7] != '-')
            {
                return -1;
            }

            int year = Digits(text, 0, 4);
            int month = Digits(text, 5, 2);
            int day = Digits(text, 8, 2);
            if (year < 2000 || year > 2099 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month))
            {
                return -1;
            }

            int days = day - 1;
            for (int y = 2000; y < year; y++)
            {
                days += IsLeap(y) ? 366 : 365;
            }

            for (int m = 1; m < month; m++)
            {
                days += DaysInMonth(year, m);
            }

            return days;
        }

        private static int DaysInMonth(int year, int month)
        {
            if (month == 2)
            {
                return IsLeap(year) ? 29 : 28;
            }

            return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
        }

        private static bool IsLeap(int year)
        {
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        }

        private static int Digits(string text, int start, int count)
        {
            int value = 0;
            for (int i = start; i < start + count; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }
    }
}
