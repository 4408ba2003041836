using System;

namespace MpoProbe.Core
{
    /// <summary>The <c>set</c>, <c>link</c> and <c>reset</c> commands: each value checked, the allowed values named when refused.</summary>
    public sealed partial class CommandProcessor
    {
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
                case "recheck_every":
                    return SetRecheck(key, value, 1000, "inspections");
                case "recheck_minutes":
                    return SetRecheck(key, value, 1440, "minutes");
                default:
                    _log.Error("unknown_setting", "unknown setting '" + Shorten(key) + "': one of limit, layout, wavelength, polarity, guard, fiber, recheck_every, recheck_minutes");
                    return CommandAction.None;
            }
        }

        /// <summary>
        /// The job's reference re-check (docs/workflow.md): after <c>recheck_every</c> inspections or
        /// <c>recheck_minutes</c> minutes since the reference or the last good re-check; a whole
        /// number from 0 (never by that count) to <paramref name="most"/>.
        /// </summary>
        private CommandAction SetRecheck(string key, string value, int most, string unit)
        {
            double number;
            if (!TryParseDecimal(value, out number) || number > most || number != (int)number)
            {
                return BadValue(key, value, "a whole number of " + unit + " from 0 (never) to " + most.ToString());
            }

            int whole = (int)number;
            if (key == "recheck_every")
            {
                _settings.RecheckEvery = whole;
            }
            else
            {
                _settings.RecheckMinutes = whole;
            }

            return Changed("reference re-check " + (whole == 0 ? "never by " + unit : "after " + whole.ToString() + " " + unit));
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

            if (Mating != null)
            {
                // A new cord or port has its own repeatability: back to the prior.
                Mating.Reset();
            }

            _log.Reply("set", what + " mating count reset to 0, mating repeatability back to its prior; the reference taken through the old " + what + " is dropped: set a new reference");
            return CommandAction.CordChanged;
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

            bool budget = Budget != null && Budget.InForce;
            FiberProfiles.Apply((FiberType)type, _settings);
            return Changed("fiber set to " + FiberProfiles.Name(_settings.Fiber) + ": " + ((int)_settings.Wavelength).ToString() + " nm, limit " + (budget ? Reapplied() : _settings.Limit.Name));
        }

        private CommandAction SetLayout(string value)
        {
            int fibers = value == "8" ? 8 : (value == "12" ? 12 : (value == "16" ? 16 : (value == "24" ? 24 : (value == "32" ? 32 : 0))));
            if (fibers == 0)
            {
                return BadValue("layout", value, "8, 12, 16, 24 or 32");
            }

            PolarityType before = _settings.ExpectedPolarity;
            _settings.Layout = MpoLayout.FromId((LayoutId)fibers);
            string polarity = before == _settings.ExpectedPolarity ? string.Empty
                : "; expected polarity " + PolarityTemplates.Name(before) + " is not defined for it, now " + PolarityTemplates.Name(_settings.ExpectedPolarity)
                  + " (set polarity " + PolarityTemplates.Words(_settings.Layout) + ")";
            return Changed("layout set to " + _settings.Layout.Name + polarity);
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
            return Changed("wavelength set to " + value + " nm" + (Budget != null && Budget.InForce ? ", limit " + Reapplied() : string.Empty));
        }

        private CommandAction SetPolarity(string value)
        {
            int type = value == "a" ? 0 : (value == "b" ? 1 : (value == "c" ? 2 : (value == "b-row" ? 3 : (value == "b-rot" ? 4 : (value == "row-swap" ? 5 : -1)))));
            if (type < 0)
            {
                return BadValue("polarity", value, "a, b, c, b-row, b-rot or row-swap");
            }

            if (!PolarityTemplates.Applies((PolarityType)type, _settings.Layout))
            {
                return BadValue("polarity", value, PolarityTemplates.Words(_settings.Layout) + " for " + _settings.Layout.Name);
            }

            _settings.ExpectedPolarity = (PolarityType)type;
            return Changed("expected polarity set to " + PolarityTemplates.Name(_settings.ExpectedPolarity));
        }

        private CommandAction SetLimit(string value)
        {
            bool named = value == "elite" || value == "standard";
            double db = 0;
            if (!named && (!TryParseDecimal(value, out db) || db < 0.05 || db > 20.0))
            {
                // Refused before anything changes: a link budget in force stays in force.
                return BadValue("limit", value, "elite, standard or a number of dB from 0.05 to 20");
            }

            if (Budget != null)
            {
                // A per-pair limit: a connector or patch-cord test, no link budget.
                Budget.Drop();
            }

            if (named)
            {
                _settings.Limit = value == "elite" ? LimitProfile.Elite : LimitProfile.Standard;
                return Changed("limit set to " + _settings.Limit.Name + " (" + Format.Db(_settings.Limit.LimitDb) + " dB)");
            }

            _settings.Limit = LimitProfile.Restore("Custom " + Format.Db(db) + " dB", db);
            return Changed("limit set to " + _settings.Limit.Name);
        }

        /// <summary>The limit after a fiber or wavelength change: the link budget's, recomputed, when one is set.</summary>
        private string Reapplied()
        {
            if (Budget != null && Budget.Reapply())
            {
                return LinkBudget.ProfileName + " " + Format.Db(_settings.Limit.LimitDb) + " dB";
            }

            return _settings.Limit.Name;
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
    }
}
