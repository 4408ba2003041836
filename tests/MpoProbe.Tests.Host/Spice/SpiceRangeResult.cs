namespace MpoProbe.Tests.Spice
{
    /// <summary>What ngspice computed for one gain range of the front end (hardware/spice/range.cir).</summary>
    public sealed class SpiceRangeResult
    {
        /// <summary>Gain range index (FrontEndDesign's ladder).</summary>
        public int Range { get; set; }

        /// <summary>Name of the part-value corner simulated (<see cref="SpiceCorner"/>).</summary>
        public string Corner { get; set; }

        /// <summary>Null when the DC operating points are right, else what is wrong (<see cref="OperatingPoint"/>).</summary>
        public string OperatingPointError { get; set; }

        /// <summary>Worst time to settle within ½ LSB after the multiplexer moves between a channel at the window top and a dark one, µs.</summary>
        public double ChannelSwitchSettleMicroseconds { get; set; }

        /// <summary>Time to settle within ½ LSB after the TIA range switches into this range (window-top light), µs.</summary>
        public double RangeSwitchSettleMicroseconds { get; set; }

        /// <summary>−3 dB bandwidth from photocurrent to the ADC pin, Hz.</summary>
        public double BandwidthHz { get; set; }

        /// <summary>Total output noise at the ADC pin (1 Hz–100 MHz), V rms.</summary>
        public double NoiseVoltsRms { get; set; }

        /// <summary>Dark output with nominal parts and no dark current, V.</summary>
        public double DarkNominalVolts { get; set; }

        /// <summary>Lowest dark output: every offset and bias error against the signal, V.</summary>
        public double DarkMinVolts { get; set; }

        /// <summary>Highest dark output: every error with the signal plus 1 nA of dark current, V.</summary>
        public double DarkMaxVolts { get; set; }

        /// <summary>The larger of the two settling times, µs.</summary>
        public double WorstSettleMicroseconds => ChannelSwitchSettleMicroseconds > RangeSwitchSettleMicroseconds ? ChannelSwitchSettleMicroseconds : RangeSwitchSettleMicroseconds;
    }
}
