namespace MpoProbe.Core
{
    /// <summary>What a calibration command did; every value but <see cref="Ok"/> is a refusal with its own log code.</summary>
    public enum CalibrationOutcome
    {
        /// <summary>Done.</summary>
        Ok = 0,

        /// <summary>No procedure in progress (cal begin first), or one already is.</summary>
        OutOfOrder = 1,

        /// <summary>Attenuator setting not above the last one, or too far above it.</summary>
        BadStep = 2,

        /// <summary>Light saturates the least sensitive range.</summary>
        Saturated = 3,

        /// <summary>A noisy burst, or the light moved during the step.</summary>
        Unstable = 4,

        /// <summary>Too little light for the most sensitive range.</summary>
        NoLight = 5,

        /// <summary>Not every range was read often enough, or neighbours never together.</summary>
        Incomplete = 6,

        /// <summary>A range's fit residual is above the limit.</summary>
        Residual = 7,

        /// <summary>The file could not be written; the old one is kept.</summary>
        WriteFailed = 8,

        /// <summary>A gain factor came out implausible (outside 0.5..2.0).</summary>
        GainOutOfRange = 9,

        /// <summary>No dark table captured since power-on (a fault at boot stopped the capture): nothing begun.</summary>
        NoDark = 10
    }
}
