using System;
using System.IO;
using MpoProbe.Simulation;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// A fault a scenario injects into the simulated probe (docs/scenarios.md, "faults"): what
    /// breaks, when (at boot, after the reference, after the first inspection) and its figures.
    /// Applied through <see cref="FaultInjectingFrontEnd"/> and the simulated head, battery,
    /// storage and display; the simulated front end itself is untouched.
    /// </summary>
    public sealed class ScenarioFault
    {
        private static readonly string[] Kinds = { "adc_stuck", "adc_clipped", "mux_stuck", "mux_enable_off", "range_line", "head", "battery", "storage", "display" };
        private static readonly string[] Moments = { "boot", "after_reference", "after_inspect" };

        /// <summary>adc_stuck, adc_clipped, mux_stuck, mux_enable_off, range_line, head, battery, storage or display.</summary>
        public string Kind { get; set; } = "adc_stuck";

        /// <summary>boot, after_reference or after_inspect (after the first inspection).</summary>
        public string When { get; set; } = "after_reference";

        /// <summary>ADC code: where a stuck ADC sits, where a clipping one clips (default 2400).</summary>
        public int Code { get; set; } = 2400;

        /// <summary>Position concerned (1-based): the stuck channel (0 = the whole ADC), the channel a stuck multiplexer stays on, the multiplexer half whose enable is dead.</summary>
        public int Position { get; set; }

        /// <summary>Head fitted from then on (12, 16, 24, 32; 0 = pulled).</summary>
        public int Head { get; set; }

        /// <summary>Battery charge from then on, percent.</summary>
        public int Percent { get; set; } = 5;

        /// <summary>Throws naming the file, the fault's index and the field when a value is not allowed.</summary>
        public void Check(string path, int index)
        {
            string where = path + ": faults[" + index + "]";
            if (Array.IndexOf(Kinds, Kind) < 0)
            {
                throw new InvalidDataException(where + ".kind '" + Kind + "' is not one of " + string.Join(", ", Kinds));
            }

            if (Array.IndexOf(Moments, When) < 0)
            {
                throw new InvalidDataException(where + ".when '" + When + "' is not one of " + string.Join(", ", Moments));
            }

            if (Position < 0 || Position > 32 || Code < 0 || Code > 4095)
            {
                throw new InvalidDataException(where + ": position " + Position + " must be 0..32 and code " + Code + " 0..4095");
            }

            if (Array.IndexOf(new[] { 0, 12, 16, 24, 32 }, Head) < 0 || Percent < 0 || Percent > 100)
            {
                throw new InvalidDataException(where + ": head " + Head + " must be 0, 12, 16, 24 or 32 and percent " + Percent + " 0..100");
            }
        }

        /// <summary>Breaks the simulated probe.</summary>
        public void Apply(SimulatedHardware hw)
        {
            FaultInjectingFrontEnd f = hw.Faults;
            switch (Kind)
            {
                case "adc_stuck": f.StuckCode = Code; f.StuckChannel = Position - 1; break;
                case "adc_clipped": f.ClipAboveCode = Code; break;
                case "mux_stuck": f.SelectStuckMask = 15; f.SelectStuckValue = Math.Max(0, Position - 1) & 15; break;
                case "mux_enable_off": f.EnableStuckOff = Position > 16 ? 1 : 0; break;
                case "range_line": f.TiaStuckMask = 1; f.TiaStuckValue = 0; break;
                case "head": hw.HeadPositions = Head; break;
                case "battery": hw.BatteryPercent = Percent; break;
                case "storage": hw.Files.Failing = true; break;
                case "display": hw.Screen.Failing = true; break;
            }
        }
    }
}
