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
        public const int Count = 24;

        private static readonly string[] Names =
        {
            "healthy", "adc stuck 2400 all", "adc stuck 1600 all", "adc stuck 3175 all", "adc stuck pos 5",
            "adc clipped 2000", "adc compressed 2400", "mux stuck on ch 1", "mux S2 stuck high", "mux enable 1-16 off",
            "mux enable 17-32 off", "mux enable 17-32 on", "tia range bit A low", "pga bit G1 high", "amp dead pos 3",
            "light during dark", "battery 5 %", "storage failing", "display failing", "head pulled, light on",
            "head missing, no light", "head swapped", "job layout vs head", "source +1 dB", "source +2 dB",
        };

        private static readonly string[] Codes =
        {
            "none", "adc_stuck", "adc_stuck", "adc_stuck", "channel_stuck",
            "adc_clipped", "adc_clipped", "mux_select_stuck", "mux_select_stuck", "mux_enable_stuck",
            "mux_enable_stuck", "mux_enable_stuck", "range_line_stuck", "range_line_stuck", "channel_dead",
            "light_during_dark", "battery_low", "storage_failed", "display_failed", "head_missing",
            "head_missing", "head_changed", "head_mismatch", "source_changed", "source_changed",
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

        /// <summary>True for kinds that act through the dark capture at power-on: injected after the reference, the probe is restarted.</summary>
        public static bool NeedsRestart(int kind)
        {
            return kind == 15;
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
            }
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
