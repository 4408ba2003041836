using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Mean ADC code per channel and range with no light: the amplifier pedestal plus dark
    /// current. Subtracted from every reading. Until captured it holds the nominal pedestal.
    /// Each entry carries the uptime it was measured at: the boot capture stamps them all, a
    /// refresh (a coded frame's dark gap, a capped-port capture) only the entries it measured,
    /// so the budget's dark-drift term follows the age of the value each reading used.
    /// </summary>
    public sealed class DarkOffsets
    {
        // One flat array per quantity, channel-major (channel * RangeCount + range): two arrays
        // instead of 66, about a third of the interpreter heap (docs/core.md, "Memory on the device").
        private readonly double[] _codes = new double[MpoLayout.MaxPositions * FrontEndDesign.RangeCount];
        private readonly long[] _stampMs = new long[MpoLayout.MaxPositions * FrontEndDesign.RangeCount];

        /// <summary>Creates offsets for every channel and range, preset to the nominal pedestal.</summary>
        public DarkOffsets()
        {
            double pedestal = (FrontEndDesign.PedestalVolts - FrontEndDesign.AdcZeroVolts) / FrontEndDesign.AdcVoltsPerCode;
            for (int i = 0; i < _codes.Length; i++)
            {
                _codes[i] = pedestal;
            }
        }

        /// <summary>True once a dark capture has filled the table.</summary>
        public bool IsCaptured { get; private set; }

        /// <summary>Uptime of the last whole-table capture, ms; setting it stamps every entry with that time.</summary>
        public long CapturedUptimeMs
        {
            get
            {
                return _capturedUptimeMs;
            }

            set
            {
                _capturedUptimeMs = value;
                for (int i = 0; i < _stampMs.Length; i++)
                {
                    _stampMs[i] = value;
                }
            }
        }

        private long _capturedUptimeMs;

        /// <summary>Uptime at which the entry of a channel and range was measured, ms.</summary>
        public long StampMs(int channel, int range)
        {
            return _stampMs[(channel * FrontEndDesign.RangeCount) + range];
        }

        /// <summary>Replaces one entry with a fresh measurement taken at <paramref name="uptimeMs"/>.</summary>
        public void Refresh(int channel, int range, double code, long uptimeMs)
        {
            Set(channel, range, code);
            _stampMs[(channel * FrontEndDesign.RangeCount) + range] = uptimeMs;
        }

        /// <summary>Dark mean code of a channel in a range.</summary>
        public double Get(int channel, int range)
        {
            return _codes[(channel * FrontEndDesign.RangeCount) + range];
        }

        /// <summary>Stores the dark mean code of a channel in a range.</summary>
        public void Set(int channel, int range, double code)
        {
            if (double.IsNaN(code) || code < 0 || code > FrontEndDesign.AdcMaxCode)
            {
                throw new ArgumentOutOfRangeException("code", "dark code " + Format.Fixed(code, 1) + " for channel " + channel.ToString() + " is outside 0..4095");
            }

            _codes[(channel * FrontEndDesign.RangeCount) + range] = code;
        }

        /// <summary>Marks the table as measured.</summary>
        public void MarkCaptured()
        {
            IsCaptured = true;
        }
    }
}
