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
        // Four bytes an entry, not eight (issue 28): a code as float keeps 2^-24 of its value
        // (≤ 0.0003 code at 4095, far below the ADC's own 1-code step), and a stamp is kept as
        // milliseconds after the whole-table capture.
        private readonly float[] _codes = new float[MpoLayout.MaxPositions * FrontEndDesign.RangeCount];
        private readonly int[] _stampAfterCaptureMs = new int[MpoLayout.MaxPositions * FrontEndDesign.RangeCount];

        /// <summary>Creates offsets for every channel and range, preset to the nominal pedestal.</summary>
        public DarkOffsets()
        {
            float pedestal = (float)((FrontEndDesign.PedestalVolts - FrontEndDesign.AdcZeroVolts) / FrontEndDesign.AdcVoltsPerCode);
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
                for (int i = 0; i < _stampAfterCaptureMs.Length; i++)
                {
                    _stampAfterCaptureMs[i] = 0;
                }
            }
        }

        private long _capturedUptimeMs;

        /// <summary>Uptime at which the entry of a channel and range was measured, ms.</summary>
        public long StampMs(int channel, int range)
        {
            return _capturedUptimeMs + _stampAfterCaptureMs[(channel * FrontEndDesign.RangeCount) + range];
        }

        /// <summary>
        /// Replaces one entry with a fresh measurement taken at <paramref name="uptimeMs"/>. A
        /// stamp more than 24.8 days (int range) from the capture is kept at that limit: older than
        /// it is, so its dark-drift term errs large, never small.
        /// </summary>
        public void Refresh(int channel, int range, double code, long uptimeMs)
        {
            Set(channel, range, code);
            long after = uptimeMs - _capturedUptimeMs;
            _stampAfterCaptureMs[(channel * FrontEndDesign.RangeCount) + range] = after > int.MaxValue ? int.MaxValue : after < int.MinValue ? int.MinValue : (int)after;
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

            _codes[(channel * FrontEndDesign.RangeCount) + range] = (float)code;
        }

        /// <summary>Marks the table as measured.</summary>
        public void MarkCaptured()
        {
            IsCaptured = true;
        }
    }
}
