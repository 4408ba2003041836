using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Executes one command line from the serial port (docs/serial-log.md, "Commands"). Every line
    /// gets a record: a reply, or an error naming what was wrong (the word, the value, the allowed
    /// values). Settings change only through a valid <c>set</c> command. Never throws.
    /// </summary>
    public sealed class CommandProcessor
    {
        private const int MaxWords = 4;
        private const int MaxLinkLength = 24;
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

        /// <summary>The history commands (results kept on the probe), when the probe has a results store.</summary>
        public HistoryCommands History { get; set; }

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
            if (trimmed == "link" || (trimmed.Length > 5 && trimmed.Substring(0, 5).ToLower() == "link "))
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

            if (count > MaxWords)
            {
                _log.Error("usage", "too many words in '" + Shorten(line) + "' (try help)");
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

            if (count != 1)
            {
                return Usage(verb + " takes no value");
            }

            return Simple(verb);
        }

        private CommandAction Simple(string verb)
        {
            switch (verb)
            {
                case "help":
                    _log.Reply("help", "commands: help, status, version, inspect, reference, verify, last, set limit elite|standard|<dB>, set layout 8|12|16|24|32, set wavelength 850|1300|1310|1550, set polarity a|b|c|b-row|b-rot|row-swap, set guard <dB>, set fiber om3|om4|om5|os2, link <label>, reset port|cord");
                    return CommandAction.None;
                case "status":
                    _log.Settings(_settings);
                    return CommandAction.None;
                case "version":
                    _log.Reply("version", "MpoProbeFirmware " + _firmwareVersion + ", log schema v" + ProbeLog.SchemaVersion.ToString());
                    return CommandAction.None;
                case "inspect":
                    return CommandAction.Inspect;
                case "reference":
                    return CommandAction.Reference;
                case "verify":
                    return CommandAction.VerifyReference;
                case "last":
                    return CommandAction.Last;
                default:
                    _log.Error("unknown_command", "unknown command '" + Shorten(verb) + "' (try help)");
                    return CommandAction.None;
            }
        }

        private CommandAction Set(string key, string value)
        {
            switch (key)
            {
                case "layout":
                    return SetLayout(value);
                case "wavelength":
                    return SetWavelength(value);
                case "polarity":
                    return SetPolarity(value);
                case "limit":
                    return SetLimit(value);
                case "fiber":
                    return SetFiber(value);
                case "guard":
                    double guard;
                    if (!TryParseDecimal(value, out guard) || guard > 1.0)
                    {
                        return BadValue("guard", value, "a number of dB from 0 to 1");
                    }

                    _settings.GuardBandDb = guard;
                    return Changed("guard band set to " + Format.Db(guard) + " dB");
                default:
                    _log.Error("unknown_setting", "unknown setting '" + Shorten(key) + "': one of limit, layout, wavelength, polarity, guard, fiber");
                    return CommandAction.None;
            }
        }

        private CommandAction Reset(string what)
        {
            if (what == "port")
            {
                _wear.ResetPort();
            }
            else if (what == "cord")
            {
                _wear.ResetCord();
            }
            else
            {
                return BadValue("reset", what, "port or cord");
            }

            return Changed(what + " mating count reset to 0");
        }

        private CommandAction SetLink(string label)
        {
            if (label.Length > MaxLinkLength)
            {
                return BadValue("link", label, "at most " + MaxLinkLength.ToString() + " characters");
            }

            _settings.LinkLabel = label.Length == 0 ? null : label;
            _log.Link = _settings.LinkLabel;
            return Changed(label.Length == 0 ? "link label cleared" : "link label set to " + label);
        }

        private CommandAction SetFiber(string value)
        {
            int type = value == "om3" ? 0 : (value == "om4" ? 1 : (value == "om5" ? 2 : (value == "os2" ? 3 : -1)));
            if (type < 0)
            {
                return BadValue("fiber", value, "om3, om4, om5 or os2");
            }

            FiberProfiles.Apply((FiberType)type, _settings);
            return Changed("fiber set to " + FiberProfiles.Name(_settings.Fiber) + ": " + ((int)_settings.Wavelength).ToString() + " nm, limit " + _settings.Limit.Name);
        }

        private CommandAction SetLayout(string value)
        {
            int fibers = value == "8" ? 8 : (value == "12" ? 12 : (value == "16" ? 16 : (value == "24" ? 24 : (value == "32" ? 32 : 0))));
            if (fibers == 0)
            {
                return BadValue("layout", value, "8, 12, 16, 24 or 32");
            }

            _settings.Layout = MpoLayout.FromId((LayoutId)fibers);
            return Changed("layout set to " + _settings.Layout.Name);
        }

        private CommandAction SetWavelength(string value)
        {
            int nm = value == "850" ? 850 : (value == "1300" ? 1300 : (value == "1310" ? 1310 : (value == "1550" ? 1550 : 0)));
            if (nm == 0)
            {
                return BadValue("wavelength", value, "850, 1300, 1310 or 1550");
            }

            if (!FiberProfiles.Allows(_settings.Fiber, (Wavelength)nm))
            {
                return BadValue("wavelength", value, "not a test wavelength of " + FiberProfiles.Name(_settings.Fiber) + " (set fiber first)");
            }

            _settings.Wavelength = (Wavelength)nm;
            return Changed("wavelength set to " + value + " nm");
        }

        private CommandAction SetPolarity(string value)
        {
            int type = value == "a" ? 0 : (value == "b" ? 1 : (value == "c" ? 2 : (value == "b-row" ? 3 : (value == "b-rot" ? 4 : (value == "row-swap" ? 5 : -1)))));
            if (type < 0)
            {
                return BadValue("polarity", value, "a, b, c, b-row, b-rot or row-swap");
            }

            _settings.ExpectedPolarity = (PolarityType)type;
            return Changed("expected polarity set to " + PolarityTemplates.Name(_settings.ExpectedPolarity));
        }

        private CommandAction SetLimit(string value)
        {
            if (value == "elite" || value == "standard")
            {
                _settings.Limit = value == "elite" ? LimitProfile.Elite : LimitProfile.Standard;
                return Changed("limit set to " + _settings.Limit.Name + " (" + Format.Db(_settings.Limit.LimitDb) + " dB)");
            }

            double db;
            if (!TryParseDecimal(value, out db) || db < 0.05 || db > 20.0)
            {
                return BadValue("limit", value, "elite, standard or a number of dB from 0.05 to 20");
            }

            _settings.Limit = LimitProfile.Restore("Custom " + Format.Db(db) + " dB", db);
            return Changed("limit set to " + _settings.Limit.Name);
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

        /// <summary>Digits with at most one '.', up to 8 characters; no sign, no exponent.</summary>
        private static bool TryParseDecimal(string text, out double value)
        {
            value = 0;
            if (text.Length == 0 || text.Length > 8)
            {
                return false;
            }

            double scale = 0;
            bool digits = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '.' && scale == 0)
                {
                    scale = 1;
                    continue;
                }

                if (c < '0' || c > '9')
                {
                    return false;
                }

                digits = true;
                if (scale == 0)
                {
                    value = (value * 10) + (c - '0');
                }
                else
                {
                    scale /= 10;
                    value += (c - '0') * scale;
                }
            }

            return digits;
        }

        private static string Shorten(string text)
        {
            if (text == null)
            {
                return string.Empty;
            }

            return text.Length > 24 ? text.Substring(0, 24) + "..." : text;
        }
    }
}
