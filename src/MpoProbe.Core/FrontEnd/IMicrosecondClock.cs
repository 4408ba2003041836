namespace MpoProbe.Core
{
    /// <summary>
    /// A monotonic microsecond clock. The polarity scan times the coded source's slots with it.
    /// The simulated front end's modelled time implements it; the firmware wraps its tick counter.
    /// </summary>
    public interface IMicrosecondClock
    {
        /// <summary>Microseconds since an arbitrary start; never goes back.</summary>
        long NowMicroseconds { get; }
    }
}
