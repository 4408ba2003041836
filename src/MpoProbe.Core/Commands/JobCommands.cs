using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The job data and clock commands (docs/serial-log.md): <c>job</c>, <c>operator</c>,
    /// <c>customer</c>, <c>site</c> followed by text (case and spaces kept; alone, they clear the
    /// field), and <c>time YYYY-MM-DDTHH:MM:SSZ</c> (UTC). Job data is saved at once and carried
    /// in every record; the time is not kept over a reboot (the probe has no battery-backed clock).
    /// </summary>
    public sealed class JobCommands
    {
        private readonly JobInfo _job;
        private readonly UtcClock _clock;
        private readonly ProbeLog _log;
        private readonly IStorage _storage;

        /// <summary>Commands changing <paramref name="job"/> and <paramref name="clock"/>, saving to <paramref name="storage"/> (may be null), answering on <paramref name="log"/>.</summary>
        public JobCommands(JobInfo job, UtcClock clock, ProbeLog log, IStorage storage)
        {
            _job = job ?? throw new ArgumentNullException("job");
            _clock = clock ?? throw new ArgumentNullException("clock");
            _log = log ?? throw new ArgumentNullException("log");
            _storage = storage;
        }

        /// <summary>Help text for these commands.</summary>
        public const string Help = "job|operator|customer|site <text>, time <YYYY-MM-DDTHH:MM:SSZ>";

        /// <summary>Runs <paramref name="line"/> (trimmed, printable) if it is one of these commands; false when it is not.</summary>
        public bool TryRun(string line)
        {
            string verb = Verb(line);
            if (verb == "time")
            {
                SetTime(Rest(line, verb));
                return true;
            }

            for (int i = 0; i < JobInfo.Fields.Length; i++)
            {
                if (verb == JobInfo.Fields[i])
                {
                    SetField(i, Rest(line, verb));
                    return true;
                }
            }

            return false;
        }

        private void SetField(int index, string value)
        {
            string field = JobInfo.Fields[index];
            string problem = JobInfo.Check(value);
            if (problem != null)
            {
                _log.Error("bad_value", field + " '" + CommandText.Shorten(value) + "' is not valid: " + problem);
                return;
            }

            _job.Set(index, value);
            string saved = Save();
            _log.Reply(field, (value.Length == 0 ? field + " cleared" : field + " set to " + value) + saved);
        }

        private void SetTime(string value)
        {
            long seconds;
            if (!UtcClock.TryParse(value, out seconds))
            {
                _log.Error("bad_value", "time '" + CommandText.Shorten(value) + "' is not valid: UTC as YYYY-MM-DDTHH:MM:SSZ, years 2000-2099");
                return;
            }

            _clock.Set(seconds, _log.UptimeMs);
            _log.Reply("time", "clock set to " + UtcClock.Format(seconds) + " (counts from now; not kept over a reboot)");
        }

        private string Save()
        {
            return _job.SaveForReply(_storage);
        }

        private static string Verb(string line)
        {
            int space = line.IndexOf(' ');
            return (space < 0 ? line : line.Substring(0, space)).ToLower();
        }

        private static string Rest(string line, string verb)
        {
            return line.Length > verb.Length ? line.Substring(verb.Length).Trim() : string.Empty;
        }
    }
}
