namespace MpoProbe.Core
{
    /// <summary>What may be done with a candidate reference.</summary>
    public enum ReferenceDecision
    {
        /// <summary>Even and inside the window: store it.</summary>
        Accepted = 0,

        /// <summary>Usable but uneven: store only after the technician confirms (or cleans and retakes).</summary>
        NeedsConfirmation = 1,

        /// <summary>Not usable: a position is dark, clipped, unstable, outside the window or far below the rest.</summary>
        Refused = 2
    }
}
