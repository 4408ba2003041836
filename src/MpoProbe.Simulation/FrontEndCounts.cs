using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// What the Core asked of the front end, counted operation by operation, so that the benchmark
    /// can price one acquisition or self-check for a hardware design (DeviceTiming, docs/core.md
    /// "Timing model"): photodiode selects, check-ladder selects, PGA gain changes (either kind of
    /// select may change the gain), test-current switchings, ADC samples and settle waits. Counting changes nothing the
    /// front end returns. Allocates nothing.
    /// </summary>
    public sealed class FrontEndCounts
    {
        private int _gain = -1;

        /// <summary>Photodiode selects (channel and range), each one the adapter carries out.</summary>
        public long Selects { get; private set; }

        /// <summary>Check-ladder selects (taps and the parking state).</summary>
        public long CheckSelects { get; private set; }

        /// <summary>Selects that changed the PGA gain (a serial write to the MCP6S21).</summary>
        public long GainChanges { get; private set; }

        /// <summary>Test-current switchings written apart from a select (on or off), each one expander write on the built chain; a select that sets or clears GPB5 is counted as the select it is.</summary>
        public long Injections { get; private set; }

        /// <summary>ADC samples read.</summary>
        public long Samples { get; private set; }

        /// <summary>Settle waits, µs in all.</summary>
        public long SettleMicroseconds { get; private set; }

        /// <summary>Starts counting again from zero (the gain last written is kept).</summary>
        public void Reset()
        {
            Selects = 0;
            CheckSelects = 0;
            GainChanges = 0;
            Injections = 0;
            Samples = 0;
            SettleMicroseconds = 0;
        }

        /// <summary>A photodiode select in <paramref name="range"/>.</summary>
        public void Select(int range)
        {
            Selects++;
            Gain((int)FrontEndDesign.PgaGainOf(range));
        }

        /// <summary>A check select: a ladder tap (PGA at ×1) or, for <paramref name="tap"/> &lt; 0, every multiplexer off.</summary>
        public void SelectCheck(int tap)
        {
            CheckSelects++;
            if (tap >= 0)
            {
                Gain(1);
            }
        }

        /// <summary>The test current switched on or off.</summary>
        public void Inject()
        {
            Injections++;
        }

        /// <summary>One ADC sample.</summary>
        public void Sample()
        {
            Samples++;
        }

        /// <summary>A settle wait of <paramref name="microseconds"/>.</summary>
        public void Settle(int microseconds)
        {
            SettleMicroseconds += microseconds > 0 ? microseconds : 0;
        }

        private void Gain(int gain)
        {
            if (gain != _gain)
            {
                GainChanges++;
                _gain = gain;
            }
        }
    }
}
