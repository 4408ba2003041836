namespace MpoProbe.Core
{
    /// <summary>
    /// Name, log code, screen and what the technician does, for every <see cref="FaultKind"/>:
    /// the catalogue of docs/faults.md as data. Screen texts fit the 128×64 error screen: a title
    /// of at most 10 characters (scale 2) and a message of at most 3 lines of 21 characters,
    /// leaving one line for the position or value.
    /// </summary>
    public static class FaultCatalogue
    {
        /// <summary>Number of kinds including <see cref="FaultKind.None"/>.</summary>
        public const int Count = 22;

        private static readonly string[] Codes =
        {
            "none", "adc_stuck", "adc_clipped", "channel_stuck", "channel_dead", "mux_select_stuck", "mux_enable_stuck",
            "range_line_stuck", "light_during_dark", "battery_low", "storage_failed", "display_failed", "head_missing",
            "head_changed", "head_mismatch", "source_changed", "adc_bit_stuck", "adc_gain_changed", "channel_gain_changed",
            "channel_noisy", "ambient_light", "settling_slow",
        };

        private static readonly string[] Titles =
        {
            "OK", "ADC FAULT", "ADC CLIP", "CH FAULT", "CH DEAD", "MUX FAULT", "MUX FAULT",
            "GAIN FAULT", "LIGHT", "BATTERY", "STORAGE", "DISPLAY", "NO HEAD",
            "HEAD SWAP", "WRONG HEAD", "SOURCE", "ADC BIT", "ADC GAIN", "CH GAIN",
            "CH NOISY", "AMBIENT", "SETTLING",
        };

        private static readonly string[] Screens =
        {
            "NO FAULT",
            "ADC STUCK ON ONE CODE. NO RESULT. SERVICE THE PROBE.",
            "ADC CLIPS IN ITS WINDOW. NO RESULT. SERVICE THE PROBE.",
            "CHANNEL STUCK ON ONE CODE. NO RESULT. SERVICE.",
            "NO SIGNAL FROM CHANNEL AMPLIFIER. NO RESULT. SERVICE.",
            "MULTIPLEXER SELECT NOT SWITCHING. NO RESULT. SERVICE.",
            "MULTIPLEXER ENABLE NOT SWITCHING. NO RESULT. SERVICE.",
            "GAIN RANGE NOT SWITCHING. NO RESULT. SERVICE.",
            "LIGHT IN DARK TEST. CAP PORT, SOURCE OFF, PRESS.",
            "BATTERY TOO LOW TO MEASURE. CHARGE, THEN PRESS.",
            "STORAGE FAILED. REFERENCE NOT SAFE. SERVICE.",
            "DISPLAY FAILED. NO RESULTS SHOWN. SERVICE.",
            "NO MPO HEAD. FIT A 12/16/24/32 HEAD, PRESS.",
            "HEAD CHANGED. SET A NEW REFERENCE FIRST.",
            "HEAD DOES NOT FIT THE JOB LAYOUT. FIX, PRESS.",
            "REF NO LONGER VALID. CHECK SOURCE AND CORD, SET NEW REF.",
            "ADC BIT STUCK AT 0 OR 1. NO RESULT. SERVICE.",
            "ADC GAIN MOVED SINCE THE REFERENCE. RE-REF.",
            "CHANNEL GAIN MOVED SINCE THE REFERENCE. RE-REF.",
            "CHANNEL NOISY OR INTERMITTENT. NO RESULT. SERVICE.",
            "LIGHT LEAKS INTO THE PROBE. SHADE PORT, PRESS.",
            "SIGNAL SETTLES TOO SLOWLY. NO RESULT. SERVICE.",
        };

        private static readonly string[] Actions =
        {
            "nothing",
            "return the probe for service; no measurement is possible",
            "return the probe for service; no measurement is possible",
            "note the position on the screen and return the probe for service",
            "note the position; if it follows a multiplexer half (1-16 or 17-32) it is the enable line; return for service",
            "return the probe for service; no measurement is possible",
            "return the probe for service; no measurement is possible",
            "return the probe for service; readings in other gain ranges would be wrong",
            "fit the dust cap, switch the source off, press to capture the dark table again",
            "charge the battery (or plug USB power), then press to retry",
            "return the probe for service; references and settings cannot be kept",
            "return the probe for service; the serial log still records the refusals",
            "fit the head for the job's connector and press",
            "set a new reference through the fitted head, then inspect",
            "fit the head for the job's connector, or change the job layout to the head's",
            "warm the source up, check the reference cord is the one used, set a new reference",
            "return the probe for service; every reading would be wrong by that bit",
            "set a new reference and inspect again; if it comes back at once, return the probe for service",
            "note the position, set a new reference and inspect again; if it comes back, return the probe for service",
            "note the position and return the probe for service; its readings cannot be trusted",
            "shade the port and the head from lamps or sunlight, check the head is seated, press to retry",
            "return the probe for service; a reading taken before the signal settles is wrong",
        };

        /// <summary>Log code (snake_case) of a kind.</summary>
        public static string Code(FaultKind kind)
        {
            return Codes[Index(kind)];
        }

        /// <summary>Error-screen title (≤ 10 characters).</summary>
        public static string Title(FaultKind kind)
        {
            return Titles[Index(kind)];
        }

        /// <summary>Error-screen message (≤ 3 lines of 21 characters).</summary>
        public static string Screen(FaultKind kind)
        {
            return Screens[Index(kind)];
        }

        /// <summary>What the technician does.</summary>
        public static string Action(FaultKind kind)
        {
            return Actions[Index(kind)];
        }

        /// <summary>True when the technician can clear the fault on the spot (press retries the self-test).</summary>
        public static bool Recoverable(FaultKind kind)
        {
            return kind == FaultKind.LightDuringDark || kind == FaultKind.BatteryLow || kind == FaultKind.HeadMissing
                || kind == FaultKind.HeadChanged || kind == FaultKind.HeadMismatch || kind == FaultKind.SourceChanged
                || kind == FaultKind.AdcGainChanged || kind == FaultKind.ChannelGainChanged || kind == FaultKind.AmbientLight;
        }

        /// <summary>
        /// True when only a new reference clears the fault (the source or the head changed since
        /// it): a press then starts the reference, since retrying the same inspection cannot help.
        /// </summary>
        public static bool NeedsReference(FaultKind kind)
        {
            return kind == FaultKind.SourceChanged || kind == FaultKind.HeadChanged;
        }

        /// <summary>The fault screen's last line: what a press does.</summary>
        public static string PressAction(FaultKind kind)
        {
            return NeedsReference(kind) ? "PRESS: NEW REFERENCE" : (Recoverable(kind) ? "PRESS: RETRY" : "SERVICE. PRESS: RETRY");
        }

        private static int Index(FaultKind kind)
        {
            int i = (int)kind;
            return i < 0 || i >= Count ? 0 : i;
        }
    }
}
