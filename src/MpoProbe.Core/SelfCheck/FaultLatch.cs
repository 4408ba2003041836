namespace MpoProbe.Core
{
    /// <summary>
    /// Holds the first fault a self-check found until it is cleared: its kind, the position it
    /// concerns (0 for none) and up to two numbers for the message. Raising allocates nothing, so
    /// the acquisition loop can raise; the text is built only when the fault is reported.
    /// </summary>
    public sealed class FaultLatch
    {
        /// <summary>The fault held, <see cref="FaultKind.None"/> when none.</summary>
        public FaultKind Kind { get; private set; }

        /// <summary>Position (1-based) concerned, 0 when the fault is not about one position.</summary>
        public int Position { get; private set; }

        /// <summary>The measured value that tripped the check (code, volts, dB, percent, head positions).</summary>
        public double Value { get; private set; }

        /// <summary>A second value: the limit or the expected figure.</summary>
        public double Limit { get; private set; }

        /// <summary>True while a fault is held.</summary>
        public bool HasFault => Kind != FaultKind.None;

        /// <summary>Records a fault unless one is already held (the first cause is the one to report).</summary>
        public void Raise(FaultKind kind, int position, double value, double limit)
        {
            if (Kind != FaultKind.None || kind == FaultKind.None)
            {
                return;
            }

            Kind = kind;
            Position = position;
            Value = value;
            Limit = limit;
        }

        /// <summary>Forgets the fault.</summary>
        public void Clear()
        {
            Kind = FaultKind.None;
            Position = 0;
            Value = 0;
            Limit = 0;
        }
    }
}
