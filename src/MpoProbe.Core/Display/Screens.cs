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
        private readonly TextBuilder _t;

        /// <summary>Screens drawn into <paramref name="framebuffer"/>.</summary>
        public Screens(Framebuffer framebuffer)
            : this(framebuffer, new TextBuilder(LineChars))
        {
        }

        /// <summary>
        /// Screens drawn into <paramref name="framebuffer"/>, composing each line in <paramref name="line"/>
        /// (at least <see cref="LineChars"/> characters), which <see cref="ChartScreens"/> may share: every
        /// method draws what it composed before it returns, and neither kind of screen calls the other.
        /// </summary>
        public Screens(Framebuffer framebuffer, TextBuilder line)
        {
            _fb = framebuffer ?? throw new ArgumentNullException("framebuffer");
            _t = line ?? throw new ArgumentNullException("line");
        }

        // Every inspection shows it twice: made once, not a literal per call (docs/core.md, "Memory on the device").
        private static readonly string MeasuringTitle = "MEASURING";

        /// <summary>Characters of the builder a line is composed in.</summary>
        public const int LineChars = 96;

        /// <summary>The job's link budget (null: none); the ready screen names its terms while it is the limit.</summary>
        public LinkBudget Budget { get; set; }

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
            _fb.Text(0, 0, ScreenWords.Ready, 2);
            _fb.Text(70, 0, _t.Clear().Add(ScreenWords.Bat).Add(batteryPercent).Add('%'), 1);
            _fb.Text(0, 17, _t.Clear().Add(settings.Layout.Name).Add(' ').Add(FiberProfiles.Name(settings.Fiber)).Add(' ').Add((int)settings.Wavelength).Add(ScreenWords.Nm), 1);
            _fb.Text(0, 26, ScreenText.ReferenceAgeShort(_t.Clear().Add(ScreenWords.Lim).AddDb(settings.Limit.LimitDb).Add(' '), settings, reference, nowMs), 1);
            _t.Clear();
            if (Budget != null && Budget.InForce(settings))
            {
                // "2C 1S 90M" + the label as far as it fits: the budget's terms are what the limit above is made of.
                _t.Add(settings.LinkLabel == null ? ScreenWords.Budget : string.Empty).Add(Budget.Connectors).Add(ScreenWords.C).Add(Budget.Splices).Add(ScreenWords.S).Add(Budget.LengthM).Add('M');
                if (settings.LinkLabel != null)
                {
                    ScreenText.Fit(_t.Add(' '), settings.LinkLabel, CharsPerLine - _t.Length, true);
                }
            }

            _fb.Text(0, 35, _t.Length > 0 ? _t : (settings.LinkLabel == null ? _t.Add(ScreenWords.NoLinkLabel) : ScreenText.Fit(_t, settings.LinkLabel, CharsPerLine, true)), 1);
            _fb.Fill(0, 45, Framebuffer.Width, 1, true);
            if (calibrationNote != null)
            {
                _fb.Text(0, 48, ScreenText.Fit(_t.Clear(), calibrationNote, CharsPerLine, false), 1);
                _fb.Text(0, 57, ScreenWords.PressInspHoldMenu, 1);
                return;
            }

            _fb.Text(0, 48, ScreenWords.PressInspect, 1);
            _fb.Text(0, 57, ScreenWords.HoldMenu, 1);
        }

        /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters, the last one a '~' when cut (the log has it whole).</summary>
        public static string Fit(string text, int max)
        {
            return text.Length <= max ? text : ScreenText.Fit(new TextBuilder(max), text, max, false).ToString();
        }

        /// <summary>Measuring, with a progress bar (0..100).</summary>
        public void Measuring(string what, int percent)
        {
            _fb.Clear();
            _fb.Centered(4, MeasuringTitle, 2);
            _fb.Centered(24, what, 1);
            _fb.Frame(8, 38, 112, 10);
            int p = percent < 0 ? 0 : (percent > 100 ? 100 : percent);
            _fb.Fill(10, 40, 108 * p / 100, 6, true);
            _fb.Centered(54, _t.Clear().Add(p).Add('%'), 1);
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
                _fb.Wrapped(0, 27, ScreenText.PositionsFit(_t.Clear().Add(Prompts.PositionsLabel(kind)).Add(' '), positions, (2 * CharsPerLine) - 18), CharsPerLine, 2);
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
            _fb.Text(0, 46, ScreenText.PositionsFit(_t.Clear().Add("AT "), persistent, CharsPerLine - 3), 1);
            _fb.Text(0, 56, _t.Clear().Add("CLEANS ").Add(cycle.FailedCleans).Add("  PRESS: DONE"), 1);
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

        /// <summary>"REF 12 MIN", "REF NONE", "REF OTHER SETUP" … (<see cref="ScreenText.ReferenceAge"/>).</summary>
        public static string ReferenceAge(InspectionSettings settings, Reference reference, long nowMs)
        {
            return ScreenText.ReferenceAge(new TextBuilder(32), settings, reference, nowMs).ToString();
        }

        /// <summary>"REF 12M", "NO REF" … (<see cref="ScreenText.ReferenceAgeShort"/>).</summary>
        public static string ReferenceAgeShort(InspectionSettings settings, Reference reference, long nowMs)
        {
            return ScreenText.ReferenceAgeShort(new TextBuilder(32), settings, reference, nowMs).ToString();
        }

        /// <summary>"4BR 5SL +3" within <paramref name="maxChars"/> (<see cref="ScreenText.PositionsFit"/>).</summary>
        public static string PositionsFit(uint mask, int maxChars)
        {
            return ScreenText.PositionsFit(new TextBuilder(), mask, maxChars).ToString();
        }

        /// <summary>"4BR 5SL" for up to <paramref name="max"/> positions, then "+n" (<see cref="ScreenText.ShortPositions"/>).</summary>
        public static string ShortPositions(uint mask, int max)
        {
            return ScreenText.ShortPositions(new TextBuilder(), mask, max).ToString();
        }
    }
}
