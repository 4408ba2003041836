namespace MpoProbe.Core
{
    /// <summary>
    /// Turns a held fault into its screen and its log record (type "fault", fields <c>code</c>,
    /// <c>message</c>, <c>position</c> when one is concerned, <c>action</c>). Builds text, so it
    /// runs only when a fault is reported, never in the measurement loop.
    /// </summary>
    public static class FaultReport
    {
        /// <summary>One screen line (≤ 21 characters) with the position or value that tripped the check.</summary>
        public static string Detail(FaultLatch f)
        {
            switch (f.Kind)
            {
                case FaultKind.AdcStuck:
                case FaultKind.AdcClipped:
                    return "CODE " + Code(f.Value) + " NOM " + Code(f.Limit);
                case FaultKind.MuxSelect:
                    return "LADDER TAP " + Code(f.Value) + " WRONG";
                case FaultKind.SlowSettling:
                    return "PARKED " + Code(f.Value) + " THEN " + Code(f.Limit);
                case FaultKind.MuxEnable:
                    return f.Position > 0 ? "MUX " + (f.Position > 16 ? "17-32" : "1-16") + " NO OUTPUT" : "PARKING CODE " + Code(f.Value);
                case FaultKind.ChannelStuck:
                case FaultKind.ChannelDead:
                    return "POS " + f.Position.ToString() + " " + FiberColors.ShortName(f.Position) + " CODE " + Code(f.Value);
                case FaultKind.RangeLine:
                    return "POS " + f.Position.ToString() + " R" + Code(f.Value < 0 ? 0 : (f.Value > 99 ? 99 : f.Value)) + " GAIN X" + Format.Fixed(f.Limit < 0 ? 0 : (f.Limit > 9.99 ? 9.99 : f.Limit), 2);
                case FaultKind.BatteryLow:
                    return "BAT " + Code(f.Value) + "% MIN " + Code(f.Limit) + "%";
                case FaultKind.HeadMissing:
                    return "HEAD ID: OPEN/SHORT";
                case FaultKind.HeadChanged:
                    return f.Value == f.Limit ? "HEAD SERIAL CHANGED" : "HEAD " + Code(f.Value) + " WAS " + Code(f.Limit);
                case FaultKind.AdcBitStuck:
                    return "BIT " + Code(f.Value < 0 ? 0 : (f.Value > 11 ? 11 : f.Value)) + " STUCK AT " + (f.Limit > 0.5 ? "1" : "0");
                case FaultKind.AdcGainChanged:
                    return "LADDER GAIN X" + Format.Fixed(Bounded(f.Value), 3);
                case FaultKind.ChannelGainChanged:
                    return "POS " + f.Position.ToString() + " " + FiberColors.ShortName(f.Position) + " GAIN X" + Format.Fixed(Bounded(f.Value), 2);
                case FaultKind.ChannelNoisy:
                    return "POS " + f.Position.ToString() + " " + FiberColors.ShortName(f.Position) + " NOISE " + Code(Bounded(f.Value / 1000) * 1000);
                case FaultKind.AmbientLight:
                    return "POS " + f.Position.ToString() + " " + FiberColors.ShortName(f.Position) + " " + Code(Bounded(f.Value / 1000) * 1000) + " NA";
                case FaultKind.HeadMismatch:
                    return "HEAD " + Code(f.Value) + " JOB " + Code(f.Limit) + "F";
                case FaultKind.SourceChanged:
                    return "POS " + f.Position.ToString() + " LOSS " + Format.Db(f.Value) + " DB";
                default:
                    return string.Empty;
            }
        }

        /// <summary>The log message: what was found, with its numbers, and what the technician does.</summary>
        public static string Message(FaultLatch f)
        {
            string what = FaultCatalogue.Screen(f.Kind).ToLower();
            string detail = Detail(f).ToLower();
            return what + (detail.Length > 0 ? " (" + detail + ")" : string.Empty) + "; " + FaultCatalogue.Action(f.Kind);
        }

        /// <summary>Writes the "fault" record.</summary>
        public static void Log(ProbeLog log, FaultLatch f)
        {
            JsonLine record = log.Start("fault").Add("code", FaultCatalogue.Code(f.Kind)).Add("message", Message(f));
            if (f.Position > 0)
            {
                record.Add("position", f.Position);
            }

            log.SendAnswer(record.Add("action", FaultCatalogue.Action(f.Kind)));
        }

        /// <summary>
        /// Draws the fault screen: title (scale 2), what it means (≤ 3 lines), the detail line, and
        /// what a press does (retry for faults the technician can clear, else acknowledge).
        /// </summary>
        public static void Show(Framebuffer fb, FaultLatch f)
        {
            fb.Clear();
            fb.Text(0, 0, FaultCatalogue.Title(f.Kind), 2);
            fb.Wrapped(0, 18, FaultCatalogue.Screen(f.Kind), ScreenChars, 3);
            fb.Text(0, 45, Detail(f), 1);
            fb.Text(0, 56, FaultCatalogue.PressAction(f.Kind), 1);
        }

        /// <summary>Characters per line of the 6-pixel font on the 128-pixel screen.</summary>
        public const int ScreenChars = 21;

        /// <summary>A ratio held to 0..9.999 for a detail line.</summary>
        private static double Bounded(double value)
        {
            return value < 0 ? 0 : (value > 9.999 ? 9.999 : value);
        }

        private static string Code(double value)
        {
            return ((long)(value + (value < 0 ? -0.5 : 0.5))).ToString();
        }
    }
}
