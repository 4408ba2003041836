using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// <c>set link connectors N [splices N] [length_m N] [plant inside|outside] [standard tia|iso]</c> and
    /// <c>set link off</c> (docs/serial-log.md, docs/link-budget.md): the link's make-up, kept
    /// with the job in <c>job.txt</c>; while set, the limit is the <see cref="LinkBudget"/> for the
    /// fiber and wavelength in force. One answer record per line, like every command.
    /// </summary>
    public sealed class LinkBudgetCommands
    {
        /// <summary>Help text for these commands.</summary>
        public const string Help = "set link connectors <n> [splices <n>] [length_m <m>] [plant inside|outside] [standard tia|iso], set link off";

        private const string Usage = "usage: set link connectors <0-20> [splices <0-20>] [length_m <0-20000>] [plant inside|outside] [standard tia|iso] | set link off";
        private readonly JobInfo _job;
        private readonly InspectionSettings _settings;
        private readonly ProbeLog _log;
        private readonly IStorage _storage;

        /// <summary>Commands changing the budget in <paramref name="job"/> and the limit in <paramref name="settings"/>; saved to <paramref name="storage"/> (may be null).</summary>
        public LinkBudgetCommands(JobInfo job, InspectionSettings settings, ProbeLog log, IStorage storage)
        {
            _job = job ?? throw new ArgumentNullException("job");
            _settings = settings ?? throw new ArgumentNullException("settings");
            _log = log ?? throw new ArgumentNullException("log");
            _storage = storage;
        }

        /// <summary>True when <paramref name="lower"/> (trimmed, lower case) is a <c>set link</c> line.</summary>
        public static bool Matches(string lower)
        {
            return lower == "set link" || (lower.Length > 9 && lower.Substring(0, 9) == "set link ");
        }

        /// <summary>Runs a <c>set link</c> line (trimmed, lower case).</summary>
        public CommandAction Run(string lower)
        {
            string rest = lower.Length > 9 ? lower.Substring(9).Trim() : string.Empty;
            if (rest == "off")
            {
                _job.Budget.Clear();
                _settings.Limit = LimitProfile.Standard;
                return Changed("link budget off: limit per connector pair, Standard (" + Format.Db(LimitProfile.Standard.LimitDb) + " dB)");
            }

            int connectors = -1;
            int splices = 0;
            int length = 0;
            bool outside = false;
            bool iso = false;
            string[] words = rest.Split(new char[] { ' ' });
            string key = null;
            string seen = " ";
            for (int i = 0; i < words.Length; i++)
            {
                string word = words[i];
                if (word.Length == 0)
                {
                    continue;
                }

                if (key == null)
                {
                    if (seen.IndexOf(" " + word + " ") >= 0)
                    {
                        _log.Error("bad_value", "link " + Shorten(word) + " is given twice: give each of connectors, splices, length_m, plant, standard once");
                        return CommandAction.None;
                    }

                    key = word;
                    seen += word + " ";
                    continue;
                }

                int value;
                if (key == "plant" && (word == "inside" || word == "outside"))
                {
                    outside = word == "outside";
                }
                else if (key == "standard" && (word == "tia" || word == "iso"))
                {
                    iso = word == "iso";
                }
                else if (key == "connectors" && TryCount(word, LinkBudget.MaxCount, out value))
                {
                    connectors = value;
                }
                else if (key == "splices" && TryCount(word, LinkBudget.MaxCount, out value))
                {
                    splices = value;
                }
                else if (key == "length_m" && TryCount(word, LinkBudget.MaxLengthM, out value))
                {
                    length = value;
                }
                else
                {
                    return Bad(key, word);
                }

                key = null;
            }

            if (key != null || connectors < 0 || !_job.Budget.Set(connectors, splices, length, outside, iso))
            {
                _log.Error("usage", Usage + (connectors == 0 && splices == 0 && length == 0 ? " (a link of nothing has no budget)" : string.Empty));
                return CommandAction.None;
            }

            if (!_job.Budget.Apply(_settings))
            {
                _job.Budget.Clear();
                _log.Error("bad_value", "no fiber attenuation figure for " + FiberProfiles.Name(_settings.Fiber) + " at " + ((int)_settings.Wavelength).ToString() + " nm: set fiber and wavelength first");
                return CommandAction.None;
            }

            return Changed("link budget " + Describe(_job.Budget, _settings));
        }

        /// <summary>The budget in words: "2 connector pairs x 0.75 + 1 splice x 0.30 + 90 m x 3.50 dB/km (OM4, 850 nm) = 1.82 dB (TIA-568.3-E)".</summary>
        public static string Describe(LinkBudget budget, InspectionSettings settings)
        {
            double perKm;
            double limit;
            if (!budget.TryFiberDbPerKm(settings.Fiber, settings.Wavelength, out perKm) || !budget.TryLimitDb(settings.Fiber, settings.Wavelength, out limit))
            {
                return "not set";
            }

            return budget.Connectors.ToString() + " connector pairs x " + Format.Db(LinkBudget.ConnectorDb) + " dB + " + budget.Splices.ToString() + " splices x " + Format.Db(LinkBudget.SpliceDb)
                + " dB + " + budget.LengthM.ToString() + " m x " + Format.Db(perKm) + " dB/km (" + FiberProfiles.Name(settings.Fiber) + ", " + ((int)settings.Wavelength).ToString() + " nm"
                + (settings.Fiber == FiberType.OS2 && !budget.Iso ? (budget.OutsidePlant ? ", outside plant" : ", inside plant") : string.Empty) + ") = " + Format.Db(limit) + " dB (" + budget.StandardName + ")";
        }

        /// <summary>True when the limit in force is the link budget's.</summary>
        public bool InForce => _job.Budget.InForce(_settings);

        /// <summary>After the fiber or wavelength changed: the budget's limit for the new ones (false when no budget is set or it has no figure for them).</summary>
        public bool Reapply()
        {
            return _job.Budget.IsSet && _job.Budget.Apply(_settings);
        }

        /// <summary>A per-pair limit was chosen (<c>set limit</c>): the budget no longer applies.</summary>
        public void Drop()
        {
            if (_job.Budget.IsSet)
            {
                _job.Budget.Clear();
                Save();
            }
        }

        private CommandAction Changed(string message)
        {
            _log.Reply("set", message + Save());
            return CommandAction.SettingsChanged;
        }

        private CommandAction Bad(string key, string value)
        {
            string allowed = key == "connectors" || key == "splices" ? "a whole number from 0 to " + LinkBudget.MaxCount.ToString()
                : (key == "length_m" ? "whole metres from 0 to " + LinkBudget.MaxLengthM.ToString()
                : (key == "plant" ? "inside or outside" : (key == "standard" ? "tia or iso" : "one of connectors, splices, length_m, plant, standard")));
            _log.Error("bad_value", "link " + Shorten(key) + " '" + Shorten(value) + "' is not valid: " + allowed);
            return CommandAction.None;
        }

        private string Save()
        {
            return _job.SaveForReply(_storage);
        }

        private static bool TryCount(string text, int max, out int value)
        {
            value = 0;
            if (text.Length == 0 || text.Length > 5)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }

                value = (value * 10) + (text[i] - '0');
            }

            return value <= max;
        }

        private static string Shorten(string text)
        {
            return text.Length > 16 ? text.Substring(0, 16) + "..." : text;
        }
    }
}
