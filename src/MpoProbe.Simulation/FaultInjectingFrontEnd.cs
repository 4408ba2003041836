using System;
using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// Wraps any <see cref="IPhotodiodeFrontEnd"/> and adds (1) the healthy self-check hardware the
    /// inner front end does not model — the check multiplexer's 16-tap ladder and the parking
    /// pull-down (hardware/README.md) — and (2) the faults docs/faults.md lists, switched on by
    /// properties: a stuck ADC (all or one channel), a clipping or compressing ADC, select lines
    /// or enables that do not take effect, stuck range lines, a dead channel. With every fault off
    /// it passes the inner front end through unchanged. Allocates nothing after construction.
    /// </summary>
    public sealed partial class FaultInjectingFrontEnd : IPhotodiodeFrontEnd, ICheckInputs
    {
        private const int PgaGains = 6;

        /// <summary>MCP6S21 gain-register code of each design gain ×1, ×2, ×4, ×8, ×16, ×32 (DS21117B).</summary>
        private static readonly int[] PgaCodeOfGain = { 0, 1, 2, 4, 6, 7 };

        /// <summary>
        /// Design gain index a register code gives: codes 3 (×5) and 5 (×10) are not on the
        /// design's ladder and are modelled as the nearest lower gain (×4, ×8).
        /// </summary>
        private static readonly int[] PgaGainOfCode = { 0, 1, 2, 2, 3, 3, 4, 5 };
        private const double CompressionSlope = 0.3;
        private readonly IPhotodiodeFrontEnd _inner;
        private readonly SimulatedFrontEnd _sim;
        private readonly SimRandom _random;
        private int _channel;
        private int _requested;
        private int _range;
        private int _tap = -2;
        private bool _parked;

        /// <summary>Wraps <paramref name="inner"/>; <paramref name="seed"/> draws the ladder's ADC noise.</summary>
        public FaultInjectingFrontEnd(IPhotodiodeFrontEnd inner, uint seed)
        {
            _inner = inner ?? throw new ArgumentNullException(nameof(inner));
            _sim = inner as SimulatedFrontEnd;
            _random = new SimRandom(seed ^ 0x5A17C0DEu);
            ClearFaults();
        }

        /// <inheritdoc />
        public int ChannelCount => _inner.ChannelCount;

        /// <summary>Every operation the Core asked for, counted (the benchmark prices them, DeviceTiming).</summary>
        public FrontEndCounts Counts { get; } = new FrontEndCounts();

        /// <summary>ADC code returned whatever the input, −1 for none.</summary>
        public int StuckCode { get; set; }

        /// <summary>Channel (0-based) whose path is stuck at <see cref="StuckCode"/>; −1: the ADC itself (every input, ladder too).</summary>
        public int StuckChannel { get; set; }

        /// <summary>Codes above this are clipped to it, −1 for none.</summary>
        public int ClipAboveCode { get; set; }

        /// <summary>Codes above this rise at 0.3 of their slope (a compressing converter), −1 for none.</summary>
        public int CompressAboveCode { get; set; }

        /// <summary>Select lines (bit 0 = S0 … bit 3 = S3) forced to <see cref="SelectStuckValue"/>.</summary>
        public int SelectStuckMask { get; set; }

        /// <summary>Values of the forced select lines.</summary>
        public int SelectStuckValue { get; set; }

        /// <summary>The enable of multiplexer 0 (positions 1–16) or 1 (17–32) never turns on; −1 for none.</summary>
        public int EnableStuckOff { get; set; }

        /// <summary>The enable of positions 17–32 stays on when it should be off (its output fights the selected one).</summary>
        public bool HighEnableStuckOn { get; set; }

        /// <summary>TIA range bits (bit 0 = A, bit 1 = B) forced to <see cref="TiaStuckValue"/>.</summary>
        public int TiaStuckMask { get; set; }

        /// <summary>Values of the forced TIA bits.</summary>
        public int TiaStuckValue { get; set; }

        /// <summary>Bits of the MCP6S21's 3-bit gain register forced to <see cref="PgaStuckValue"/> (a write that does not take).</summary>
        public int PgaStuckMask { get; set; }

        /// <summary>Values of the forced PGA bits.</summary>
        public int PgaStuckValue { get; set; }

        /// <summary>Channel (0-based) whose amplifier output is at 0 V, −1 for none.</summary>
        public int DeadChannel { get; set; }

        /// <summary>Turns every fault off.</summary>
        public void ClearFaults()
        {
            StuckCode = -1;
            StuckChannel = -1;
            ClipAboveCode = -1;
            CompressAboveCode = -1;
            SelectStuckMask = 0;
            SelectStuckValue = 0;
            EnableStuckOff = -1;
            HighEnableStuckOn = false;
            TiaStuckMask = 0;
            TiaStuckValue = 0;
            PgaStuckMask = 0;
            PgaStuckValue = 0;
            DeadChannel = -1;
            ClearFieldFaults();
        }

        /// <inheritdoc />
        public void Select(int channel, int range)
        {
            int mux = channel / 16;
            _requested = channel;
            _channel = (mux * 16) + Line(channel % 16);
            _channel = MuxStuckChannel >= 0 && MuxStuckChannel / 16 == mux ? MuxStuckChannel : _channel;
            _tap = -2;
            _parked = mux == EnableStuckOff;
            Counts.Select(range);
            _range = EffectiveRange(range);
            _range = _channel == RangeStuckChannel ? (RangeStuckTia * PgaGains) + (_range % PgaGains) : _range;
            _inner.Select(_channel, _range);
            // GPB5 is written with the select lines: a select turns the test current off (hardware/pin-map.md).
            Switch(false);
        }

        /// <inheritdoc />
        public void SelectCheck(int tap)
        {
            _tap = tap < 0 ? -1 : Line(tap);
            _parked = tap < 0;
            Counts.SelectCheck(tap);
            Switch(false);
            if (_sim != null)
            {
                _sim.HoldCheckVolts(CheckVolts() * (_parked ? 1.0 : _sim.ReferenceFactor));
            }
        }

        /// <inheritdoc />
        public void Settle(int microseconds)
        {
            Counts.Settle(microseconds);
            _inner.Settle(microseconds);
        }

        /// <inheritdoc />
        public int Read()
        {
            Counts.Sample();
            int code;
            if (_tap >= -1)
            {
                code = _sim != null ? _inner.Read() : CheckCode();
            }
            else
            {
                code = _parked || _channel == DeadChannel ? 0 : _inner.Read();
                if (StuckCode >= 0 && StuckChannel == _channel)
                {
                    return StuckCode;
                }

                code = ChannelFaults(code);
            }

            if (StuckCode >= 0 && StuckChannel < 0)
            {
                return StuckCode;
            }

            code = AdcFaults(code);
            if (CompressAboveCode >= 0 && code > CompressAboveCode)
            {
                code = CompressAboveCode + (int)((code - CompressAboveCode) * CompressionSlope);
            }

            code = ClipAboveCode >= 0 && code > ClipAboveCode ? ClipAboveCode : code;
            return (code & ~StuckBitMask) | (StuckBitValue & StuckBitMask);
        }

        /// <summary>
        /// The ladder tap or the parking level as the ADC converts it (nominal scale, σ = 16 LSB).
        /// With the high enable stuck on, a dark amplifier output (its pedestal) is connected too:
        /// it overrides the 1 MΩ parking pull-down, and against a ladder tap the two low-impedance
        /// sources meet at their mean.
        /// </summary>
        private int CheckCode()
        {
            double code = ((CheckVolts() - FrontEndDesign.AdcZeroVolts) / FrontEndDesign.AdcVoltsPerCode) + (FrontEndDesign.AdcNoiseSigmaCodes * _random.NextGaussian());
            return code <= 0 ? 0 : (code >= FrontEndDesign.AdcMaxCode ? FrontEndDesign.AdcMaxCode : (int)(code + 0.5));
        }

        /// <summary>The voltage at the ADC node with a ladder tap selected or every multiplexer off.</summary>
        private double CheckVolts()
        {
            double volts = _parked ? 0.0 : ChainCheck.FirstTapVolts + (_tap * ChainCheck.TapStepVolts);
            if (HighEnableStuckOn)
            {
                volts = _parked ? FrontEndDesign.PedestalVolts : (volts + FrontEndDesign.PedestalVolts) / 2;
            }

            return volts;
        }

        private int Line(int line)
        {
            return (line & ~SelectStuckMask) | (SelectStuckValue & SelectStuckMask);
        }

        private int EffectiveRange(int range)
        {
            int tia = FrontEndDesign.TiaIndexOf(range);
            int code = PgaCodeOfGain[range % PgaGains];
            tia = Math.Min(2, (tia & ~TiaStuckMask) | (TiaStuckValue & TiaStuckMask));
            code = ((code & ~PgaStuckMask) | (PgaStuckValue & PgaStuckMask)) & 7;
            return (tia * PgaGains) + PgaGainOfCode[code];
        }
    }
}
