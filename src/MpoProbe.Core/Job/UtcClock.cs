namespace MpoProbe.Core
{
    /// <summary>
    /// The probe's wall clock. The ESP32 has no battery-backed clock, so UTC is known only after
    /// a <c>time</c> command: the clock then counts from that setting on the uptime counter, and
    /// is unset again after a reboot. Civil dates are computed with integer arithmetic (days from
    /// 1970-01-01, proleptic Gregorian), so no framework date API is needed on the device.
    /// </summary>
    public sealed class UtcClock
    {
        private long _epochSecondsAtSet;
        private long _uptimeMsAtSet;

        /// <summary>True once the clock has been set since boot.</summary>
        public bool IsSet { get; private set; }

        /// <summary>Sets the clock: <paramref name="epochSeconds"/> (UTC seconds since 1970) at uptime <paramref name="uptimeMs"/>.</summary>
        public void Set(long epochSeconds, long uptimeMs)
        {
            _epochSecondsAtSet = epochSeconds;
            _uptimeMsAtSet = uptimeMs;
            IsSet = true;
            Settings++;
        }

        /// <summary>How many times the clock has been set since boot: a change tells stamps taken on the old setting to follow (<c>ProbeActions.FollowClock</c>).</summary>
        public int Settings { get; private set; }

        /// <summary>UTC seconds since 1970 at uptime <paramref name="uptimeMs"/> (meaningful only when set).</summary>
        public long EpochSeconds(long uptimeMs)
        {
            return _epochSecondsAtSet + ((uptimeMs - _uptimeMsAtSet) / 1000);
        }

        /// <summary>UTC at uptime <paramref name="uptimeMs"/> in .NET ticks (100 ns since 0001-01-01), 0 while the clock is not set.</summary>
        public long UtcTicks(long uptimeMs)
        {
            return IsSet ? (EpochSeconds(uptimeMs) * 10000000L) + UnixEpochTicks : 0;
        }

        private const long UnixEpochTicks = 621355968000000000;

        /// <summary>ISO 8601 UTC text ("2026-11-20T09:30:00Z") at <paramref name="uptimeMs"/>, or null while not set.</summary>
        public string Text(long uptimeMs)
        {
            return IsSet ? Format(EpochSeconds(uptimeMs)) : null;
        }

        /// <summary>ISO 8601 UTC text of <paramref name="epochSeconds"/> (allocates; records use <see cref="Write"/>).</summary>
        public static string Format(long epochSeconds)
        {
            byte[] text = new byte[TextLength];
            Write(text, 0, text.Length, epochSeconds);
            return AsciiText.From(text, 0, TextLength);
        }

        /// <summary>Characters of the ISO 8601 text ("2026-11-20T09:30:00Z").</summary>
        public const int TextLength = 20;

        /// <summary>
        /// Writes the ISO 8601 UTC text of <paramref name="epochSeconds"/> (years 0–9999) at
        /// <paramref name="at"/>; returns the index after it, or −1 when it does not fit before <paramref name="limit"/>.
        /// </summary>
        public static int Write(byte[] buffer, int at, int limit, long epochSeconds)
        {
            if (at + TextLength > limit)
            {
                return -1;
            }

            long days = epochSeconds / 86400;
            long secondOfDay = epochSeconds % 86400;
            long era = (days + 719468) / 146097;
            long dayOfEra = days + 719468 - (era * 146097);
            long yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
            long dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
            long mp = ((5 * dayOfYear) + 2) / 153;
            long day = dayOfYear - (((153 * mp) + 2) / 5) + 1;
            long month = mp < 10 ? mp + 3 : mp - 9;
            long year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
            Two(buffer, at, year / 100);
            Two(buffer, at + 2, year % 100);
            buffer[at + 4] = (byte)'-';
            Two(buffer, at + 5, month);
            buffer[at + 7] = (byte)'-';
            Two(buffer, at + 8, day);
            buffer[at + 10] = (byte)'T';
            Two(buffer, at + 11, secondOfDay / 3600);
            buffer[at + 13] = (byte)':';
            Two(buffer, at + 14, (secondOfDay / 60) % 60);
            buffer[at + 16] = (byte)':';
            Two(buffer, at + 17, secondOfDay % 60);
            buffer[at + 19] = (byte)'Z';
            return at + TextLength;
        }

        /// <summary>
        /// Parses "YYYY-MM-DDTHH:MM:SSZ" (or without the Z, or with a space instead of T) as UTC,
        /// years 2000–2099. False, with <paramref name="epochSeconds"/> 0, for anything else.
        /// </summary>
        public static bool TryParse(string text, out long epochSeconds)
        {
            epochSeconds = 0;
            if (text == null || (text.Length != 19 && !(text.Length == 20 && (text[19] == 'Z' || text[19] == 'z'))))
            {
                return false;
            }

            if (text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') || text[13] != ':' || text[16] != ':')
            {
                return false;
            }

            int year = Digits(text, 0, 4), month = Digits(text, 5, 2), day = Digits(text, 8, 2);
            int hour = Digits(text, 11, 2), minute = Digits(text, 14, 2), second = Digits(text, 17, 2);
            if (year < 2000 || year > 2099 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
            {
                return false;
            }

            epochSeconds = (DaysFromCivil(year, month, day) * 86400L) + (hour * 3600L) + (minute * 60L) + second;
            return true;
        }

        private static long DaysFromCivil(long year, long month, long day)
        {
            year -= month <= 2 ? 1 : 0;
            long era = year / 400;
            long yearOfEra = year - (era * 400);
            long dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
            long dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
            return (era * 146097) + dayOfEra - 719468;
        }

        private static int DaysInMonth(int year, int month)
        {
            if (month == 2)
            {
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            }

            return (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
        }

        /// <summary>The number in <paramref name="count"/> digits at <paramref name="start"/>, or -1 when one is not a digit.</summary>
        private static int Digits(string text, int start, int count)
        {
            int value = 0;
            for (int i = start; i < start + count; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return -1;
                }

                value = (value * 10) + (text[i] - '0');
            }

            return value;
        }

        private static void Two(byte[] buffer, int at, long value)
        {
            buffer[at] = (byte)('0' + (int)((value / 10) % 10));
            buffer[at + 1] = (byte)('0' + (int)(value % 10));
        }
    }
}
