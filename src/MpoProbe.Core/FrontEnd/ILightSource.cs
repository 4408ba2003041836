namespace MpoProbe.Core
{
    /// <summary>
    /// Light arriving at the simulated photodiodes as a function of time, for sources that change
    /// while the probe samples (a coded polarity source). Simulation only.
    /// </summary>
    public interface ILightSource
    {
        /// <summary>Optical power, in watts, on a channel at a moment of the probe's clock.</summary>
        double IncidentWatts(int channel, long probeMicroseconds);
    }
}
