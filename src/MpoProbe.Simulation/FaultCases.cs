using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// The fault kinds the fault-injection matrix injects (docs/faults.md, "Fault-injection
    /// matrix"): name, the fault code the probe must report, and how to inject it into simulated
    /// hardware. Kind 0 is the healthy probe. Every row of issue 13's table is here.
    /// </summary>
    public static class FaultCases
    {
        /// <summary>Injected kinds, not counting the healthy probe (kinds 1..Count).</summary>
        public const int Count = 46;

        private static readonly string[] Names =
        {
            "healthy", "adc stuck 2400 all", "adc stuck 1600 all", "adc stuck 3175 all", "adc stuck pos 5",
            "adc clipped 2000", "adc compressed 2400", "mux stuck on ch 1", "mux S2 stuck high", "mux enable 1-16 off",
            "mux enable 17-32 off", "mux enable 17-32 on", "tia range bit A low", "pga bit G1 high", "amp dead pos 3",
            "light during dark", "battery 5 %", "storage failing", "display failing", "head pulled, light on",
            "head missing, no light", "head swapped", "job layout vs head", "source +1 dB", "source +2 dB",
            "adc bit 0 stuck low", "adc bit 4 stuck high", "adc bit 11 stuck low", "adc bit 11 stuck high", "adc ref sag 5 %",
            "adc ref sag 30 %", "adc gain -5 %", "adc gain -20 %", "pos 2 gain +12 %", "pos 2 gain +26 %",
            "pga x4 setting +12 %", "mux 1-16 stuck inside", "pos 3-4 shorted", "pos 3 range switch", "slow settling x8",
            "pos 5 intermittent", "pos 5 noisy", "test current dead", "head swapped same size", "calibration lost",
            "calibration corrupted", "ambient after dark",
        };

        private static readonly string[] Codes =
        {
            "none", "adc_stuck", "adc_stuck", "adc_stuck", "channel_stuck",
            "adc_clipped", "adc_clipped", "mux_select_stuck", "mux_select_stuck", "mux_enable_stuck",
            "mux_enable_stuck", "mux_enable_stuck", "range_line_stuck", "range_line_stuck", "channel_dead",
            "light_during_dark", "battery_low", "storage_failed", "display_failed", "head_missing",
            "head_missing", "head_changed", "head_mismatch", "source_changed", "source_changed",
            "adc_bit_stuck", "adc_bit_stuck", "adc_bit_stuck", "adc_bit_stuck", "adc_gain_changed",
            "adc_gain_changed", "adc_gain_changed", "adc_gain_changed", "channel_gain_changed", "channel_gain_changed",
            "range_line_stuck", "channel_gain_changed", "channel_gain_changed", "channel_gain_changed", "settling_slow",
            "channel_noisy", "channel_noisy", "channel_gain_changed", "head_changed", "reference_calibration_changed",
            "reference_calibration_changed", "ambient_light",
        };

        /// <summary>Short name of a kind.</summary>
        public static string Name(int kind)
        {
            return Names[kind];
        }

        /// <summary>The fault code the probe must log (and whose screen it must show) for a kind.</summary>
        public static string ExpectedCode(int kind)
        {
            return Codes[kind];
        }

        /// <summary>
        /// The code a kind must produce when injected before boot (<paramref name="atBoot"/>) or after
        /// the reference: ambient light present from boot is light during the dark capture.
        /// </summary>
        public static string ExpectedCode(int kind, bool atBoot)
        {
            return kind == 46 && atBoot ? "light_during_dark" : Codes[kind];
        }

        /// <summary>
        /// As <see cref="ExpectedCode(int, bool)"/> on <paramref name="layout"/>: ambient light after
        /// the reference on a layout that uses every position (no dark witness) makes every loss read
        /// below zero, named <c>source_changed</c> (docs/faults.md).
        /// </summary>
        public static string ExpectedCode(int kind, bool atBoot, MpoLayout layout)
        {
            return kind == 46 && !atBoot && layout.UsedCount == layout.PositionCount ? "source_changed" : ExpectedCode(kind, atBoot);
        }

        /// <summary>True for kinds that make the inspection brighter than the reference (a source drift, ambient light): on a link that loses as much they read ≈ 0 dB, and the job's re-check names them.</summary>
        public static bool AddsLight(int kind)
        {
            return SourceDriftDb(kind) > 0 || kind == 46;
        }

        /// <summary>True for kinds that act at power-on (the dark capture, the calibration file): injected after the reference, the probe is restarted.</summary>
        public static bool NeedsRestart(int kind)
        {
            return kind == 15 || kind == 44 || kind == 45;
        }

        /// <summary>
        /// True for kinds defined relative to the reference (source, head swapped for one of the same
        /// size, calibration lost): they act after the reference in both phases.
        /// </summary>
        public static bool AfterReferenceOnly(int kind)
        {
            return SourceDriftDb(kind) > 0 || kind == 43 || kind == 44 || kind == 45;
        }

        /// <summary>
        /// True for kinds that, present from boot, act the same on the reference and the inspection
        /// (a stable gain error), so a correct result without a fault is right too; after the
        /// reference they must be named.
        /// </summary>
        public static bool StableFromBoot(int kind)
        {
            return (kind >= 29 && kind <= 35) || kind == 39 || kind == 46;
        }

        /// <summary>
        /// True when the kind touches only a position <paramref name="layout"/> does not use (the
        /// intermittent and the noisy channel are position 5; MPO-8 uses 1–4 and 9–12): no reading
        /// of the inspection goes through it, so a right result without a fault is right too.
        /// </summary>
        public static bool OnUnusedPosition(int kind, MpoLayout layout)
        {
            return (kind == 40 || kind == 41) && !layout.IsUsed(5);
        }

        /// <summary>
        /// True for kinds that act only now and then (the joint of position 5 that drops one
        /// conversion in five): an inspection reads that channel 12 times (the scan's transfer and
        /// the folded test-current pair, issue 28 part 3), so ≈ 0.8¹² = 7 % of inspections see no
        /// drop, measure right and name nothing; a right result without a fault is right too.
        /// </summary>
        public static bool ActsNowAndThen(int kind)
        {
            return kind == 40;
        }

        /// <summary>
        /// True for kinds that touch one range setting only (the PGA's ×4 gain): on a link whose
        /// readings and test steps use no range with it, nothing measured goes through it, so a right
        /// result without a fault is right too (the range sweep judges the ranges next to those used).
        /// </summary>
        public static bool LatentOffTheRangesUsed(int kind)
        {
            return kind == 35;
        }

        /// <summary>The message an expected code is logged with: "fault" records, or the error/warning record of a dropped reference.</summary>
        public static bool IsWarning(int kind)
        {
            return kind == 44 || kind == 45;
        }

        /// <summary>Source brighter than at the reference by this much (dB) for a kind, else 0.</summary>
        public static double SourceDriftDb(int kind)
        {
            return kind == 23 ? 1.0 : (kind == 24 ? 2.0 : 0.0);
        }

        /// <summary>True when the port is lit while the probe boots (light during the dark capture).</summary>
        public static bool LightAtBoot(int kind)
        {
            return kind == 15;
        }

        /// <summary>True when the link is not lit at the inspection (head missing, no light).</summary>
        public static bool Dark(int kind)
        {
            return kind == 20;
        }

        /// <summary>Injects a kind into the hardware (and, for the job layout, the settings).</summary>
        public static void Inject(int kind, SimulatedHardware hw, InspectionSettings settings)
        {
            FaultInjectingFrontEnd f = hw.Faults;
            switch (kind)
            {
                case 1: f.StuckCode = 2400; break;
                case 2: f.StuckCode = 1600; break;
                case 3: f.StuckCode = 3175; break;
                case 4: f.StuckCode = 2400; f.StuckChannel = 4; break;
                case 5: f.ClipAboveCode = 2000; break;
                case 6: f.CompressAboveCode = 2400; break;
                case 7: f.SelectStuckMask = 15; f.SelectStuckValue = 0; break;
                case 8: f.SelectStuckMask = 4; f.SelectStuckValue = 4; break;
                case 9: f.EnableStuckOff = 0; break;
                case 10: f.EnableStuckOff = 1; break;
                case 11: f.HighEnableStuckOn = true; break;
                case 12: f.TiaStuckMask = 1; f.TiaStuckValue = 0; break;
                case 13: f.PgaStuckMask = 2; f.PgaStuckValue = 2; break;
                case 14: f.DeadChannel = 2; break;
                case 16: hw.BatteryPercent = 5; break;
                case 17: hw.Files.Failing = true; break;
                case 18: hw.Screen.Failing = true; break;
                case 19: hw.HeadPositions = 0; break;
                case 20: hw.HeadPositions = 0; break;
                case 21: hw.HeadPositions = OtherHead(settings.Layout.Id); break;
                case 22: settings.Layout = OtherLayout(settings.Layout.Id); break;
                default: InjectField(kind, hw); break;
            }
        }

        /// <summary>The kinds a real board suffers beyond issue 13's table (issue 24).</summary>
        private static void InjectField(int kind, SimulatedHardware hw)
        {
            FaultInjectingFrontEnd f = hw.Faults;
            switch (kind)
            {
                case 25: f.StuckBitMask = 1; f.StuckBitValue = 0; break;
                case 26: f.StuckBitMask = 16; f.StuckBitValue = 16; break;
                case 27: f.StuckBitMask = 2048; f.StuckBitValue = 0; break;
                case 28: f.StuckBitMask = 2048; f.StuckBitValue = 2048; break;
                case 29: f.AdcScale = 1 / 0.95; break;
                case 30: f.AdcScale = 1 / 0.70; break;
                case 31: f.AdcScale = 0.95; break;
                case 32: f.AdcScale = 0.80; break;
                case 33: f.GainChannel = 1; f.ChannelGainFactor = 1.12; break;
                case 34: f.GainChannel = 1; f.ChannelGainFactor = 1.26; break;
                case 35: f.PgaIndex = 2; f.PgaGainFactor = 1.12; break;
                case 36: f.MuxStuckChannel = 0; break;
                case 37: hw.Sim.ShortedChannel = 2; break;
                case 38: f.RangeStuckChannel = 2; f.RangeStuckTia = 0; break;
                case 39: hw.Sim.SlowSettling = 8.0; break;
                case 40: f.IntermittentChannel = 4; break;
                case 41: f.NoisyChannel = 4; f.NoisySigmaCodes = 80; break;
                case 42: f.TestCurrentDead = true; break;
                case 43: hw.HeadSerial = "0004A3FFFFFF"; break;
                case 44: hw.Files.Delete(CalibrationStore.FileName); break;
                case 46: hw.Sim.AmbientWatts = 2e-6; break;
                case 45: hw.Files.Poke(CalibrationStore.FileName, Corrupt(hw.Files.Read(CalibrationStore.FileName))); break;
            }
        }

        /// <summary>A calibration file with one character of its first gain row changed (its CRC no longer matches).</summary>
        private static string Corrupt(string text)
        {
            if (text == null)
            {
                return "garbage";
            }

            int at = text.IndexOf("gain0=") + 6;
            char c = text[at] == '3' ? '4' : '3';
            return text.Substring(0, at) + c.ToString() + text.Substring(at + 1);
        }

        /// <summary>A head of another size than the layout needs.</summary>
        public static int OtherHead(LayoutId layout)
        {
            int head = HeadRules.HeadFor(layout);
            return head == 12 ? 16 : (head == 16 ? 12 : (head == 24 ? 32 : 24));
        }

        /// <summary>A layout the layout's head cannot measure.</summary>
        public static MpoLayout OtherLayout(LayoutId layout)
        {
            return HeadRules.HeadFor(layout) == 12 ? MpoLayout.Mpo16 : (layout == LayoutId.Mpo16 ? MpoLayout.Mpo12 : (layout == LayoutId.Mpo24 ? MpoLayout.Mpo32 : MpoLayout.Mpo24));
        }
    }
}
