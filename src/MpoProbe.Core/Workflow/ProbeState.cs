namespace MpoProbe.Core
{
    /// <summary>What the probe is showing and waiting for.</summary>
    public enum ProbeState
    {
        /// <summary>Self-test running.</summary>
        Boot = 0,

        /// <summary>Waiting to inspect.</summary>
        Ready = 1,

        /// <summary>Showing an inspection result.</summary>
        Result = 2,

        /// <summary>Asking for a clean of connector and adapter.</summary>
        CleanPrompt = 3,

        /// <summary>Showing before/after of a clean.</summary>
        CleanResult = 4,

        /// <summary>Failed cleans: not contamination.</summary>
        Escalate = 5,

        /// <summary>Showing the polarity of a coded scan.</summary>
        Polarity = 6,

        /// <summary>The menu.</summary>
        Menu = 7,

        /// <summary>Asking to confirm an uneven reference.</summary>
        ConfirmReference = 8,

        /// <summary>An error screen.</summary>
        Error = 9,

        /// <summary>A self-check found a fault (docs/faults.md): no measurement until a press retries and it is gone.</summary>
        Fault = 10
    }
}
