using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// <c>history</c>: sends every result kept on the probe (<see cref="ResultsStore"/>), oldest
    /// first, as the JSON lines the log sent at the time (their own t_ms, utc, link and job), each
    /// marked as a replay with its old command number moved to <c>orig_cmd</c> (<see cref="ReplayPort"/>),
    /// between two replies that count them. <c>history clear</c> asks for confirmation;
    /// <c>history clear confirm</c> within <see cref="ConfirmMs"/> deletes them.
    /// </summary>
    public sealed class HistoryCommands
    {
        /// <summary>How long a clear request waits for its confirmation, ms.</summary>
        public const long ConfirmMs = 30000;

        private readonly ResultsStore _store;
        private readonly ProbeLog _log;
        private readonly ILogPort _port;
        private long _clearAskedMs = -1;

        /// <summary>Commands over <paramref name="store"/>, records sent on <paramref name="port"/>, replies on <paramref name="log"/>.</summary>
        public HistoryCommands(ResultsStore store, ProbeLog log, ILogPort port)
        {
            _store = store ?? throw new ArgumentNullException("store");
            _log = log ?? throw new ArgumentNullException("log");
            _port = new ReplayPort(port ?? throw new ArgumentNullException("port"));
        }

        /// <summary>The storage the results are read through; files whose read failed are named in the dump's closing reply (null: not named).</summary>
        public GuardedStorage Storage { get; set; }

        /// <summary>Help text for these commands.</summary>
        public const string Help = "history, history clear";

        /// <summary>Runs <paramref name="line"/> (trimmed) if it is a history command; false when it is not.</summary>
        public bool TryRun(string line)
        {
            string lower = line.ToLower();
            if (lower == "history")
            {
                Send();
                return true;
            }

            if (lower == "history clear")
            {
                _clearAskedMs = _log.UptimeMs;
                _log.Reply("history", "this deletes every result kept on the probe: send 'history clear confirm' within " + (ConfirmMs / 1000).ToString() + " s");
                return true;
            }

            if (lower == "history clear confirm")
            {
                Clear();
                return true;
            }

            if (lower.Length > 8 && lower.Substring(0, 8) == "history ")
            {
                _log.Error("usage", "usage: history | history clear | history clear confirm");
                return true;
            }

            return false;
        }

        private void Send()
        {
            _log.Reply("history", "results kept on the probe follow, oldest first");
            int records;
            Storage?.TakeUnreadable();
            int damaged = _store.ReadAll(_port, out records);
            string lost = Storage != null ? Storage.TakeUnreadable() : string.Empty;
            _log.Reply("history", records.ToString() + " records sent" + (damaged > 0 ? ", " + damaged.ToString() + " damaged records skipped" : string.Empty)
                + (lost.Length > 0 ? "; could not read " + lost + ": the results in it are left out" : string.Empty));
        }

        private void Clear()
        {
            if (_clearAskedMs < 0 || _log.UptimeMs - _clearAskedMs > ConfirmMs)
            {
                _log.Error("usage", "nothing to confirm: send 'history clear' first, then 'history clear confirm' within " + (ConfirmMs / 1000).ToString() + " s");
                return;
            }

            _clearAskedMs = -1;
            _store.Clear();
            _log.Reply("history", "every result kept on the probe was deleted");
        }
    }
}
