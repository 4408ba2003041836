using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Executes one command line from the serial port (docs/serial-log.md, "Commands"). Every line
    /// gets a record: a reply, or an error naming what was wrong (the word, the value, the allowed
    /// values). Settings change only through a valid <c>set</c> command. Never throws.
    /// </summary>
    public sealed partial class CommandProcessor
    {
        /// <summary>Most words of a line that are kept (a line with more is a usage error unless a group takes it).</summary>
        public const int MaxWords = 4;

        /// <summary>Longest link label, characters.</summary>
        public const int MaxLinkLength = 24;

        private const int MaxGroups = 8;
        private readonly ICommandGroup[] _groups = new ICommandGroup[MaxGroups];
        private int _groupCount;
        private readonly InspectionSettings _settings;
        private readonly ProbeLog _log;
        private readonly string _firmwareVersion;
        private readonly string[] _words = new string[MaxWords];
        private readonly WearCounters _wear;

        /// <summary>A processor changing <paramref name="settings"/> and answering on <paramref name="log"/>.</summary>
        public CommandProcessor(InspectionSettings settings, ProbeLog log, string firmwareVersion)
            : this(settings, log, firmwareVersion, null)
        {
        }

        /// <summary>A processor that can also reset the wear counters.</summary>
        public CommandProcessor(InspectionSettings settings, ProbeLog log, string firmwareVersion, WearCounters wear)
        {
            _wear = wear;
            for (int i = 0; i < MaxWords; i++)
            {
                _words[i] = string.Empty;
            }

            for (int i = 0; i < _groups.Length; i++)
            {
                _groups[i] = null;
            }

            _settings = settings ?? throw new ArgumentNullException("settings");
            _log = log ?? throw new ArgumentNullException("log");
            _firmwareVersion = firmwareVersion ?? throw new ArgumentNullException("firmwareVersion");
            for (int i = 0; i < _words.Length; i++)
            {
                _words[i] = string.Empty;
            }
        }

        /// <summary>The <c>cal</c> command group (factory calibration); null: no such commands.</summary>
        public CalibrationCommands Calibration { get; set; }

        /// <summary>Job data and clock commands (job, operator, customer, site, time), when the probe has them.</summary>
        public JobCommands Job { get; set; }

        /// <summary>The link budget commands (<c>set link …</c>), when the probe keeps job data.</summary>
        public LinkBudgetCommands Budget { get; set; }
        /// <summary>The probe's mating repeatability, reset to its prior by <c>reset port|cord</c> (null: none).</summary>
        public MatingRepeatability Mating { get; set; }

        /// <summary>The history commands (results kept on the probe), when the probe has a results store.</summary>
        public HistoryCommands History { get; set; }

        /// <summary>Adds a command group (its own file; see <see cref="ICommandGroup"/>).</summary>
        public void Add(ICommandGroup group)
        {
            if (group == null)
            {
                throw new ArgumentNullException("group");
            }

            if (_groupCount == MaxGroups)
            {
                throw new InvalidOperationException("at most " + MaxGroups.ToString() + " command groups");
            }

            _groups[_groupCount++] = group;
        }

        /// <summary>The next record that answers a command carries <c>cmd</c> = <paramref name="line"/>.</summary>
        public void BeginAnswer(long line)
        {
            _log.AnswerTo = line;
        }

        /// <summary>After a line's action: if no record answered it, a reply says it was done.</summary>
        public void FinishAnswer()
        {
            if (_log.AnswerTo != 0)
            {
                _log.Reply("done", "command carried out");
            }
        }

        /// <summary>Runs one line; returns what the probe should do next.</summary>
        public CommandAction Execute(string line)
        {
            try
            {
                return Run(line == null ? string.Empty : line);
            }
            catch (Exception e)
            {
                _log.Error("command_failed", "command '" + Shorten(line) + "' failed: " + e.Message);
                return CommandAction.None;
            }
        }

        /// <summary>Reports a line that was longer than the input buffer.</summary>
        public void ReportOversized()
        {
            _log.Error("line_too_long", "command line longer than " + LineAssembler.MaxLineLength.ToString() + " characters ignored");
        }

        /// <summary>Reports a line that lost bytes on the way (the input queue overflowed while it arrived).</summary>
        public void ReportBroken()
        {
            _log.Error("line_incomplete", "command line ignored: part of it was lost when the input overflowed");
        }

        /// <summary>Milliseconds since boot, as stamped on the log before each line is read.</summary>
        public long UptimeMs => _log.UptimeMs;

        private CommandAction Run(string line)
        {
            for (int i = 0; i < line.Length; i++)
            {
                if (line[i] < ' ' || line[i] > '~')
                {
                    _log.Error("bad_character", "character code " + ((int)line[i]).ToString() + " at column " + (i + 1).ToString() + " is not printable ASCII");
                    return CommandAction.None;
                }
            }

            string trimmed = line.Trim();
            if (Budget != null && LinkBudgetCommands.Matches(trimmed.ToLower()))
            {
                return Budget.Run(trimmed.ToLower());
            }
            if (trimmed.ToLower() == "link" || (trimmed.Length > 5 && trimmed.Substring(0, 5).ToLower() == "link "))
            {
                return SetLink(trimmed.Length > 5 ? trimmed.Substring(5).Trim() : string.Empty);
            }

            if (Calibration != null && CalibrationCommands.Matches(trimmed))
            {
                return Calibration.Execute(trimmed);
            }

            if ((Job != null && Job.TryRun(trimmed)) || (History != null && History.TryRun(trimmed)))
            {
                return CommandAction.None;
            }

            int count = Split(line);
            if (count == 0)
            {
                _log.Error("empty", "empty command (try help)");
                return CommandAction.None;
            }

            string verb = _words[0];
            if (verb == "reset" && _wear != null)
            {
                return count == 2 ? Reset(_words[1]) : Usage("reset port|cord");
            }

            if (verb == "set")
            {
                return count == 3 ? Set(_words[1], _words[2]) : Usage("set <limit|layout|wavelength|polarity|guard|fiber> <value>");
            }

            if (IsSimple(verb))
            {
                return count == 1 ? Simple(verb) : Usage(verb + " takes no value");
            }

            for (int g = 0; g < _groupCount; g++)
            {
                if (_groups[g].Owns(verb))
                {
                    return _groups[g].Run(_words, count, trimmed);
                }
            }

            _log.Error("unknown_command", "unknown command '" + Shorten(verb) + "' (try help)");
            return CommandAction.None;
        }

        private static bool IsSimple(string verb)
        {
            return verb == "help" || verb == "status" || verb == "version" || verb == "inspect" || verb == "reference" || verb == "verify" || verb == "recheck" || verb == "last";
        }

        private CommandAction Simple(string verb)
        {
            switch (verb)
            {
                case "help":
                    string help = "commands: help, status, version, inspect, reference, verify, recheck, last, set limit elite|standard|<dB>, set layout 8|12|16|24|32, set wavelength 850|1300|1310|1550, set polarity a|b|c|b-row|b-rot|row-swap, set guard <dB>, set fiber om3|om4|om5|os2, set recheck_every <n>, set recheck_minutes <min>, " + LinkBudgetCommands.Help + ", link <label>, reset port|cord, job|operator|customer|site <text>, time <UTC ISO-8601>, history, history clear, cal help";
                    for (int g = 0; g < _groupCount; g++)
                    {
                        help += ", " + _groups[g].Help;
                    }

                    _log.Reply("help", help);
                    return CommandAction.None;
                case "status":
                    return CommandAction.Status;
                case "version":
                    _log.Reply("version", "MpoProbeFirmware " + _firmwareVersion + ", log schema v" + ProbeLog.SchemaVersion.ToString());
                    return CommandAction.None;
                case "inspect":
                    return CommandAction.Inspect;
                case "reference":
                    return CommandAction.Reference;
                case "verify":
                    return CommandAction.VerifyReference;
                case "recheck":
                    return CommandAction.Recheck;
                case "last":
                    return CommandAction.Last;
                default:
                    _log.Error("unknown_command", "unknown command '" + Shorten(verb) + "' (try help)");
                    return CommandAction.None;
            }
        }

        private CommandAction Changed(string message)
        {
            _log.Reply("set", message);
            return CommandAction.SettingsChanged;
        }

        private CommandAction BadValue(string key, string value, string allowed)
        {
            _log.Error("bad_value", key + " '" + Shorten(value) + "' is not valid: " + allowed);
            return CommandAction.None;
        }

        private CommandAction Usage(string usage)
        {
            _log.Error("usage", "usage: " + usage);
            return CommandAction.None;
        }

        /// <summary>Splits on spaces into lower-case words; returns the count (may exceed <see cref="MaxWords"/>).</summary>
        private int Split(string line)
        {
            int count = 0;
            int i = 0;
            while (i < line.Length)
            {
                while (i < line.Length && line[i] == ' ')
                {
                    i++;
                }

                int start = i;
                while (i < line.Length && line[i] != ' ')
                {
                    i++;
                }

                if (i > start)
                {
                    if (count < MaxWords)
                    {
                        _words[count] = line.Substring(start, i - start).ToLower();
                    }

                    count++;
                }
            }

            return count;
        }

        private static string Shorten(string text)
        {
            return CommandText.Shorten(text);
        }
    }
}
