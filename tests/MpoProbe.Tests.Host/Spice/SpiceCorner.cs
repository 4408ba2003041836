namespace MpoProbe.Tests.Spice
{
    /// <summary>
    /// One set of part values range.cir is simulated with: nominal, or a worst-case corner
    /// (hardware/spice/README.md, "Corners"). The Core's settle wait must cover the slowest.
    /// </summary>
    public sealed class SpiceCorner
    {
        private static readonly int[] EdgeRanges = { 0, 5, 6, 11, 12, 17 };

        private SpiceCorner(string name, string parameters, int[] ranges)
        {
            Name = name;
            Parameters = parameters;
            Ranges = ranges;
        }

        /// <summary>Datasheet typical values (and the design's nominal capacitors).</summary>
        public static SpiceCorner Nominal { get; } = new SpiceCorner("nominal", "gscale=1 coff=20p cpin=100n", null);

        /// <summary>Every corner, nominal first, the combination last.</summary>
        public static SpiceCorner[] All { get; } =
        {
            Nominal,
            new SpiceCorner("pin filter C +20 % (120 nF)", "gscale=1 coff=20p cpin=120n", EdgeRanges),
            new SpiceCorner("range switch 100 pF", "gscale=1 coff=100p cpin=100n", EdgeRanges),
            new SpiceCorner("op-amp GBW and slew -30 %", "gscale=0.7 coff=20p cpin=100n", EdgeRanges),
            new SpiceCorner("all three together", "gscale=0.7 coff=100p cpin=120n", null),
        };

        /// <summary>Name for tables.</summary>
        public string Name { get; }

        /// <summary>
        /// Ranges simulated at this corner; null = all 18. A single-part corner runs the lowest and
        /// highest PGA gain of each TIA resistor (0, 5, 6, 11, 12, 17: every range switch kind and
        /// both ends of the PGA's bandwidth); the combination of all three runs every range.
        /// </summary>
        public int[] Ranges { get; }

        /// <summary>The corner's part of range.cir's parameter line.</summary>
        public string Parameters { get; }
    }
}
