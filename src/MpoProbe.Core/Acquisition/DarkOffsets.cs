using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Mean ADC code per channel and range with no light: the amplifier pedestal plus dark
    /// current. Subtracted from every reading. Until captured it holds the nominal pedestal.
    /// </summary>
    public sealed class DarkOffsets
    {
        private readonly double[][] _codes;

        /// <summary>Creates offsets for every channel and range, preset to the nominal pedestal.</summary>
        public DarkOffsets()
        {
            _codes = new double[MpoLayout.MaxPositions][];
            double pedestal = (FrontEndDesign.PedestalVolts - FrontEndDesign.AdcZeroVolts) / FrontEndDesign.AdcVoltsPerCode;
            for (int c = 0; c < _codes.Length; c++)
            {
                _codes[c] = new double[FrontEndDesign.RangeCount];
                for (int r = 0; r < FrontEndDesign.RangeCount; r++)
                {
                    _codes[c][r] = pedestal;
                }
            }
        }

        /// <summary>True once a dark capture has filled the table.</summary>
        public bool IsCaptured { get; private set; }

        /// <summary>Uptime of the last capture, ms (the budget's dark-drift term grows from here).</summary>
        public long CapturedUptimeMs { get; set; }

        /// <summary>Dark mean code of a channel in a range.</summary>
        public double Get(int channel, int range)
        {
            return _codes[channel][range];
        }

        /// <summary>Stores the dark mean code of a channel in a range.</summary>
        public void Set(int channel, int range, double code)
        {
            if (double.IsNaN(code) || code < 0 || code > FrontEndDesign.AdcMaxCode)
            {
                throw new ArgumentOutOfRangeException("code", "dark code " + Format.Fixed(code, 1) + " for channel " + channel.ToString() + " is outside 0..4095");
            }

            _codes[channel][range] = code;
        }

        /// <summary>Marks the table as measured.</summary>
        public void MarkCaptured()
        {
            IsCaptured = true;
        }
    }
}
