namespace MpoProbe.Core
{
    /// <summary>
    /// The probe's own faults, found by its self-checks (docs/faults.md). Any of them refuses the
    /// measurement: never a PASS, never a loss that looks valid.
    /// </summary>
    public enum FaultKind
    {
        /// <summary>No fault.</summary>
        None = 0,

        /// <summary>The ADC returns one code whatever its input (check ladder taps and bursts without noise).</summary>
        AdcStuck = 1,

        /// <summary>The ADC clips or compresses inside its linear window (upper ladder taps flattened).</summary>
        AdcClipped = 2,

        /// <summary>One position's burst sits on one code: that channel's path is stuck.</summary>
        ChannelStuck = 3,

        /// <summary>One position reads below the amplifier pedestal: no output reaches the ADC.</summary>
        ChannelDead = 4,

        /// <summary>Multiplexer select lines do not take effect (ladder taps in the wrong order).</summary>
        MuxSelect = 5,

        /// <summary>A multiplexer enable does not take effect (parking level or pedestal probe wrong).</summary>
        MuxEnable = 6,

        /// <summary>A TIA range or PGA gain line does not take effect (gain ratio between ranges wrong).</summary>
        RangeLine = 7,

        /// <summary>Light reached the photodiodes while the dark table was captured.</summary>
        LightDuringDark = 8,

        /// <summary>Battery too low for the 3.3 V rail (and so the ADC and head ID) to be trusted.</summary>
        BatteryLow = 9,

        /// <summary>Storage does not read back what was written.</summary>
        StorageFailed = 10,

        /// <summary>The display does not accept frames: results and refusals cannot be shown.</summary>
        DisplayFailed = 11,

        /// <summary>No head fitted (head-ID pin open or shorted).</summary>
        HeadMissing = 12,

        /// <summary>A different head than the one the reference was taken with.</summary>
        HeadChanged = 13,

        /// <summary>The job's layout does not fit the head that is fitted.</summary>
        HeadMismatch = 14,

        /// <summary>Losses below zero beyond the uncertainty: the source or the reference changed.</summary>
        SourceChanged = 15,

        /// <summary>An ADC output bit never toggles over the check ladder's conversions (stuck at 0 or 1).</summary>
        AdcBitStuck = 16,

        /// <summary>The check ladder's absolute codes differ from those stored with the reference: the ADC's gain or zero moved.</summary>
        AdcGainChanged = 17,

        /// <summary>A channel's reading of the injected test current differs from its value at the reference: that channel's gain moved.</summary>
        ChannelGainChanged = 18,

        /// <summary>A channel's test-current bursts spread far beyond the design noise, or the current does not arrive (noisy or intermittent path).</summary>
        ChannelNoisy = 19,

        /// <summary>Positions the layout does not use read more than their dark value at the inspection: light leaks into the probe.</summary>
        AmbientLight = 20,

        /// <summary>The check node, parked, decays toward 0 V far slower than designed: the analog path settles too slowly for its readings to be final.</summary>
        SlowSettling = 21
    }
}
