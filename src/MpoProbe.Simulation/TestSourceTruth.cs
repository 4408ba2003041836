namespace MpoProbe.Simulation
{
    /// <summary>
    /// One board's 2.5 V reference and test-current resistor as they differ from the next board and
    /// drift with the ambient (hardware/self-test.md's parts, figures from their datasheets, the
    /// simulation's own copies, never the Core's constants): REF3325 initial ±0.15 %, drift drawn
    /// within ±30 ppm/°C; 220 kΩ ±0.1 %, drift drawn within ±25 ppm/°C. The check ladder and the
    /// test current both hang on this reference.
    /// </summary>
    internal sealed class TestSourceTruth
    {
        private const double ReferenceVolts = 2.5;
        private const double ReferenceInitial = 0.0015;
        private const double ReferenceTempcoPerC = 30e-6;
        private const double ResistorOhms = 220000.0;
        private const double ResistorInitial = 0.001;
        private const double ResistorTempcoPerC = 25e-6;

        private readonly double _referenceError;
        private readonly double _referenceTempco;
        private readonly double _resistorError;
        private readonly double _resistorTempco;

        /// <summary>Draws this board's parts from <paramref name="seed"/> (independent of the front end's other draws).</summary>
        public TestSourceTruth(uint seed)
        {
            SimRandom random = new SimRandom(seed ^ 0x3C6EF372u ^ 0x510E527Fu);
            _referenceError = random.Uniform(-ReferenceInitial, ReferenceInitial);
            _referenceTempco = random.Uniform(-ReferenceTempcoPerC, ReferenceTempcoPerC);
            _resistorError = random.Uniform(-ResistorInitial, ResistorInitial);
            _resistorTempco = random.Uniform(-ResistorTempcoPerC, ResistorTempcoPerC);
        }

        /// <summary>The reference's output relative to 2.5 V at <paramref name="deltaC"/> from the start ambient.</summary>
        public double ReferenceFactor(double deltaC)
        {
            return 1.0 + _referenceError + (_referenceTempco * deltaC);
        }

        /// <summary>The test current into a summing node held at <paramref name="pedestalVolts"/>, A.</summary>
        public double Amps(double deltaC, double pedestalVolts)
        {
            double ohms = ResistorOhms * (1.0 + _resistorError + (_resistorTempco * deltaC));
            return ((ReferenceVolts * ReferenceFactor(deltaC)) - pedestalVolts) / ohms;
        }
    }
}
