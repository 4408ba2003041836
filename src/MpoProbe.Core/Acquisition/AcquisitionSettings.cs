using System;

namespace MpoProbe.Core
{
    /// <summary>How channels are sampled and ranged. Defaults come from <see cref="FrontEndDesign"/>.</summary>
    public sealed class AcquisitionSettings
    {
        private int _samplesPerChannel = FrontEndDesign.DefaultSamplesPerChannel;

        /// <summary>Samples (averaged converter results) per channel and range (default 4, 4..1024).</summary>
        public int SamplesPerChannel
        {
            get { return _samplesPerChannel; }
            set
            {
                if (value < 4 || value > 1024)
                {
                    throw new ArgumentOutOfRangeException("value", "samples per channel " + value.ToString() + " is outside 4..1024");
                }

                _samplesPerChannel = value;
            }
        }

        /// <summary>
        /// Samples averaged per channel and range for the dark table (default 16 averaged results,
        /// four transfers): the dark offset enters every reading, so it is averaged 4× longer than a reading.
        /// </summary>
        public int DarkSamples { get; set; } = 4 * FrontEndDesign.DefaultSamplesPerChannel;

        /// <summary>
        /// Samples averaged per channel for a reference (default 16 averaged results): the reference
        /// enters every loss until the next one, so its noise is averaged 4× longer (σ of a loss
        /// with a fresh reference each time ≤ 0.01 dB, benchmark).
        /// </summary>
        public int ReferenceSamplesPerChannel { get; set; } = 4 * FrontEndDesign.DefaultSamplesPerChannel;

        /// <summary>Wait after a mux or range switch before sampling (default: the slowest simulated settling at the worst part-value corner, SettlingTable).</summary>
        public int SettleMicroseconds { get; set; } = FrontEndDesign.DefaultSettleMicroseconds;

        /// <summary>
        /// Sample standard deviation, in codes, above which a reading is UNSTABLE
        /// (default 48 codes, FrontEndDesign.UnstableSpreadCodes).
        /// </summary>
        public double UnstableSpreadCodes { get; set; } = FrontEndDesign.UnstableSpreadCodes;

        /// <summary>
        /// Signal (above dark) the ranging aims for, in volts: below the 2.45 V window top with
        /// margin for the pedestal, gain tolerance and noise.
        /// </summary>
        public double TargetSignalVolts { get; set; } = 1.9;

        /// <summary>
        /// Signal above which a less sensitive range is tried, in volts (default 2.1 V: with the
        /// 0.25 V pedestal and 4σ of noise the samples stay below the 2.45 V compression knee).
        /// </summary>
        public double MaxSignalVolts { get; set; } = 2.1;

        /// <summary>
        /// Signal below which a more sensitive range is tried, in volts. Below 0.9 V one LSB is
        /// worth more than 0.0035 dB; the ×2 ladder always lands above it.
        /// </summary>
        public double MinPreferredSignalVolts { get; set; } = 0.9;

        /// <summary>
        /// Signal, in the most sensitive range, below which the channel reads NO_LIGHT
        /// (default 0.02 V ≈ 28 codes above dark).
        /// </summary>
        public double NoLightSignalVolts { get; set; } = 0.02;

        /// <summary>Bursts tried per channel before ranging gives up and the reading is UNSTABLE.</summary>
        public int MaxRangeAttempts { get; set; } = 8;
    }
}
