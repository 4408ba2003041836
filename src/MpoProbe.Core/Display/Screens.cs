using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Renders the text screens into a <see cref="Framebuffer"/>: boot, ready, measuring, clean
    /// prompt, escalation, menu, confirmation and errors. Charts are in <see cref="ChartScreens"/>.
    /// Each method clears the screen first; the firmware only pushes the bytes.
    /// </summary>
    public sealed class Screens
    {
        private const int CharsPerLine = 21;
        private readonly Framebuffer _fb;

        /// <summary>Screens drawn into <paramref name="framebuffer"/>.</summary>
        public Screens(Framebuffer framebuffer)
        {
            _fb = framebuffer ?? throw new ArgumentNullException("framebuffer");
        }

        /// <summary>Boot self-test, with the step in progress.</summary>
        public void Boot(string step)
        {
            _fb.Clear();
            _fb.Centered(6, "MPO PROBE", 2);
            _fb.Centered(30, "SELF TEST", 1);
            _fb.Wrapped(0, 44, step, CharsPerLine, 2);
        }

        /// <summary>Ready: layout, fiber and wavelength, limit and reference age, link label, battery, what the button does.</summary>
        public void Ready(InspectionSettings settings, Reference reference, long nowMs, int batteryPercent)
        {
            Ready(settings, reference, nowMs, batteryPercent, null);
        }

        /// <summary>Ready, with a calibration note (UNCALIBRATED, CAL DUE) above the button help when not null.</summary>
        public void Ready(InspectionSettings settings, Reference reference, long nowMs, int batteryPercent, string calibrationNote)
        {
            _fb.Clear();
            _fb.Text(0, 0, "READY", 2);
            _fb.Text(70, 0, "BAT " + batteryPercent.ToString() + "%", 1);
            _fb.Text(0, 17, settings.Layout.Name + " " + FiberProfiles.Name(settings.Fiber) + " " + ((int)settings.Wavelength).ToString() + "NM", 1);
            _fb.Text(0, 26, "LIM " + Format.Db(settings.Limit.LimitDb) + " " + ReferenceAgeShort(settings, reference, nowMs), 1);
            _fb.Text(0, 35, settings.LinkLabel == null ? "NO LINK LABEL" : Fit(settings.LinkLabel.ToUpper(), CharsPerLine), 1);
            _fb.Fill(0, 45, Framebuffer.Width, 1, true);
            if (calibrationNote != null)
            {
                _fb.Text(0, 48, Fit(calibrationNote, CharsPerLine), 1);
                _fb.Text(0, 57, "PRESS:INSP HOLD:MENU", 1);
                return;
            }

            _fb.Text(0, 48, "PRESS: INSPECT", 1);
            _fb.Text(0, 57, "HOLD: MENU", 1);
        }

        /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters, the last one a '~' when cut (the log has it whole).</summary>
        public static string Fit(string text, int max)
        {
            return text.Length <= max ? text : text.Substring(0, max - 1) + "~";
        }

        /// <summary>Measuring, with a progress bar (0..100).</summary>
        public void Measuring(string what, int percent)
        {
            _fb.Clear();
            _fb.Centered(4, "MEASURING", 2);
            _fb.Centered(24, what, 1);
            _fb.Frame(8, 38, 112, 10);
            int p = percent < 0 ? 0 : (percent > 100 ? 100 : percent);
            _fb.Fill(10, 40, 108 * p / 100, 6, true);
            _fb.Centered(54, p.ToString() + "%", 1);
        }

        /// <summary>Clean prompt naming the positions to watch.</summary>
        public void CleanPrompt(uint failing)
        {
            Prompt(PromptKind.Clean, failing);
        }

        /// <summary>What to do after a result that did not pass (<see cref="Prompts"/>): title, action, positions, what a press does.</summary>
        public void Prompt(PromptKind kind, uint positions)
        {
            _fb.Clear();
            _fb.Centered(0, Prompts.Title(kind), 2);
            _fb.Centered(17, Prompts.Action(kind), 1);
            if (positions != 0)
            {
                _fb.Wrapped(0, 27, Prompts.PositionsLabel(kind) + " " + PositionsFit(positions, (2 * CharsPerLine) - 12), CharsPerLine, 2);
            }

            _fb.Fill(0, 46, Framebuffer.Width, 1, true);
            _fb.Text(0, 49, Prompts.PressAction(kind), 1);
            _fb.Text(0, 57, "HOLD: MENU", 1);
        }

        /// <summary>Escalation after failed cleans.</summary>
        public void Escalate(CleanCycle cycle, uint persistent)
        {
            Escalate(cycle, persistent, EscalationCause.Of(persistent, MpoLayout.Mpo32));
        }

        /// <summary>Escalation after failed cleans, naming the likely cause (<see cref="EscalationCause"/>) and the positions.</summary>
        public void Escalate(CleanCycle cycle, uint persistent, string cause)
        {
            _fb.Clear();
            _fb.Centered(0, "ESCALATE", 2);
            _fb.Text(0, 17, "NOT DIRT. LIKELY:", 1);
            _fb.Wrapped(0, 26, cause, CharsPerLine, 2);
            _fb.Text(0, 46, "AT " + PositionsFit(persistent, CharsPerLine - 3), 1);
            _fb.Text(0, 56, "CLEANS " + cycle.FailedCleans.ToString() + "  PRESS: DONE", 1);
        }

        /// <summary>The menu with <paramref name="selected"/> highlighted.</summary>
        public void Menu(string[] items, int selected)
        {
            _fb.Clear();
            _fb.Text(0, 0, "MENU", 1);
            _fb.Text(80, 0, "HOLD=OK", 1);
            int first = selected > 5 ? selected - 5 : 0;
            for (int i = first; i < items.Length && i < first + 6; i++)
            {
                int y = 9 + ((i - first) * 9);
                _fb.Text(2, y + 1, items[i], 1);
                if (i == selected)
                {
                    _fb.Invert(0, y, Framebuffer.Width, 9);
                }
            }
        }

        /// <summary>A yes/no question, one per screen: hold answers yes, press answers no.</summary>
        public void Confirm(string question, string detail)
        {
            _fb.Clear();
            _fb.Wrapped(0, 0, question, CharsPerLine, 2);
            _fb.Wrapped(0, 19, detail, CharsPerLine, 3);
            _fb.Fill(0, 47, Framebuffer.Width, 1, true);
            _fb.Text(0, 49, "HOLD: YES", 1);
            _fb.Text(0, 57, "PRESS: NO", 1);
        }

        /// <summary>An instruction before a step: what to connect, then what a press and a hold do.</summary>
        public void Instruction(string title, string detail, string press, string hold)
        {
            _fb.Clear();
            _fb.Wrapped(0, 0, title, CharsPerLine, 2);
            _fb.Wrapped(0, 19, detail, CharsPerLine, 3);
            _fb.Fill(0, 47, Framebuffer.Width, 1, true);
            _fb.Text(0, 49, press, 1);
            _fb.Text(0, 57, hold, 1);
        }

        /// <summary>An error screen: a short title and what to do.</summary>
        public void Error(string title, string message)
        {
            _fb.Clear();
            _fb.Text(0, 0, title, 2);
            _fb.Wrapped(0, 18, message, CharsPerLine, 4);
            _fb.Text(0, 56, "PRESS: OK", 1);
        }

        /// <summary>"REF 12 MIN", "REF NONE", "REF OTHER SETUP" …</summary>
        public static string ReferenceAge(InspectionSettings settings, Reference reference, long nowMs)
        {
            if (reference == null || !reference.IsValid)
            {
                return "REF NONE";
            }

            if (!reference.Matches(settings.Layout.Id, settings.Wavelength))
            {
                return "REF OTHER SETUP";
            }

            long minutes = reference.AgeMinutes(nowMs, 0);
            if (minutes < 0)
            {
                return "REF OLD BOOT";
            }

            return minutes < 120 ? "REF " + minutes.ToString() + " MIN" : "REF " + (minutes / 60).ToString() + " H";
        }

        /// <summary>At most 10 characters: "REF 12M", "REF 3H", "NO REF", "REF OTHER"; a forced reference is "REF* 12M".</summary>
        public static string ReferenceAgeShort(InspectionSettings settings, Reference reference, long nowMs)
        {
            if (reference == null || !reference.IsValid)
            {
                return "NO REF";
            }

            if (!reference.Matches(settings.Layout.Id, settings.Wavelength))
            {
                return "REF OTHER";
            }

            string name = reference.WeakMask != 0 ? "REF* " : "REF ";
            long minutes = reference.AgeMinutes(nowMs, 0);
            if (minutes < 0)
            {
                return name + "OLD";
            }

            return minutes < 120 ? name + minutes.ToString() + "M" : name + (minutes / 60 > 999 ? 999 : minutes / 60).ToString() + "H";
        }

        /// <summary>"4BR 5SL +3": as many positions as fit in <paramref name="maxChars"/> characters with the "+n" for the rest; "NONE" for none.</summary>
        public static string PositionsFit(uint mask, int maxChars)
        {
            int total = PositionMask.Count(mask);
            if (total == 0)
            {
                return "NONE";
            }

            string text = string.Empty;
            int shown = 0;
            int suffix = 2 + total.ToString().Length;
            for (int p = 1; p <= MpoLayout.MaxPositions; p++)
            {
                if (!PositionMask.Contains(mask, p))
                {
                    continue;
                }

                string next = text + (shown > 0 ? " " : string.Empty) + p.ToString() + FiberColors.ShortName(p);
                if (next.Length + (shown + 1 < total ? suffix : 0) > maxChars)
                {
                    break;
                }

                text = next;
                shown++;
            }

            return shown == total ? text : text + (shown > 0 ? " +" : "+") + (total - shown).ToString();
        }

        /// <summary>"4BR 5SL" for up to <paramref name="max"/> positions, then "+n".</summary>
        public static string ShortPositions(uint mask, int max)
        {
            string text = string.Empty;
            int shown = 0;
            int total = PositionMask.Count(mask);
            for (int p = 1; p <= MpoLayout.MaxPositions && shown < max; p++)
            {
                if (PositionMask.Contains(mask, p))
                {
                    text += (shown > 0 ? " " : string.Empty) + p.ToString() + FiberColors.ShortName(p);
                    shown++;
                }
            }

            return total > shown ? text + " +" + (total - shown).ToString() : (total == 0 ? "NONE" : text);
        }
    }
}
