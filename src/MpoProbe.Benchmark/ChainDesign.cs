using System;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// The acquisition chain as built, priced per front-end operation from the grounded figures in
    /// Core's <see cref="DeviceTiming"/> (docs/core.md, "Timing model"; hardware/acquisition.md
    /// compares it with the chains it replaced). The Core's own operations are counted on the
    /// simulated front end (<see cref="FrontEndCounts"/>), so ranging after a light change and the
    /// self-checks cost what the Core really asks for.
    /// </summary>
    public sealed class ChainDesign
    {
        /// <summary>Short name printed in the tables.</summary>
        public string Name { get; init; } = "";

        /// <summary>Samples the Core averages per position with this chain (noise budget, hardware/acquisition.md).</summary>
        public int SamplesPerPosition { get; init; }

        /// <summary>One photodiode select without a gain change, µs.</summary>
        public double SelectUs { get; init; }

        /// <summary>One check-ladder select, µs.</summary>
        public double CheckSelectUs { get; init; }

        /// <summary>Extra for a select that changes the PGA gain, µs.</summary>
        public double GainChangeUs { get; init; }

        /// <summary>One sample as the Core reads it (a transfer's share where one transfer returns several), µs.</summary>
        public double SampleUs { get; init; }

        /// <summary>Native calls per position in steady state (select + reads), for the table.</summary>
        public double CallsPerPosition { get; init; }

        /// <summary>
        /// The chain that is built (hardware/acquisition.md): MCP23017 for every select line and the
        /// PGA, ADS7138 converting the PGA output, one I2C read of 4 averaged results (OSR 4 each) per burst.
        /// </summary>
        public static ChainDesign Built => new ChainDesign
        {
            Name = "C expander + ADS7138 (4 × OSR " + DeviceTiming.Ads7138Oversampling + ")",
            SamplesPerPosition = DeviceTiming.Ads7138ResultsPerTransfer,
            SelectUs = ExpanderWriteUs,
            CheckSelectUs = ExpanderWriteUs,
            GainChangeUs = DeviceTiming.I2cBusMicroseconds(DeviceTiming.ExpanderGainStreamBytes),
            SampleUs = Ads7138TransferUs / DeviceTiming.Ads7138ResultsPerTransfer,
            CallsPerPosition = 2,
        };

        /// <summary>One MCP23017 write of both output latches, µs.</summary>
        public static double ExpanderWriteUs => DeviceTiming.I2cTransferMicroseconds + DeviceTiming.I2cBusMicroseconds(DeviceTiming.ExpanderSelectBytes);

        /// <summary>One ADS7138 read of 4 averaged results: the transfer, address + 8 bytes, and the conversions (clock stretched), µs.</summary>
        public static double Ads7138TransferUs => DeviceTiming.I2cTransferMicroseconds
            + DeviceTiming.I2cBusMicroseconds(1 + (2 * DeviceTiming.Ads7138ResultsPerTransfer))
            + (DeviceTiming.Ads7138ResultsPerTransfer * DeviceTiming.Ads7138Oversampling * DeviceTiming.Ads7138ConversionMicroseconds);

        /// <summary>Front-end time of the counted operations, µs (settle waits as the Core asked).</summary>
        public double FrontEndUs(FrontEndCounts counts)
        {
            return (counts.Selects * SelectUs) + (counts.CheckSelects * CheckSelectUs) + (counts.Injections * SelectUs) + (counts.GainChanges * GainChangeUs)
                + (counts.Samples * SampleUs) + counts.SettleMicroseconds;
        }

        /// <summary>Interpreter CPU of one acquisition on the ESP32, µs (DeviceTiming's measured model).</summary>
        public static double AcquisitionCpuUs(int positions, long samples, double factor)
        {
            return DeviceTiming.InterpreterMicroseconds(positions, samples, factor);
        }

        /// <summary>Interpreter CPU of the self-checks on the ESP32, µs: per burst and per sample (DeviceTiming's self-check figures).</summary>
        public static double SelfCheckCpuUs(FrontEndCounts counts, double factor)
        {
            long bursts = counts.Selects + counts.CheckSelects + counts.Injections;
            return factor * ((DeviceTiming.X86SelfCheckPerBurstMicroseconds * bursts) + (DeviceTiming.X86PerSampleMicroseconds * counts.Samples));
        }

        /// <summary>Two ESP32 ADC reads before every measurement (head ID, battery), on every design, µs.</summary>
        public static double HeadAndBatteryUs => 2.0 * DeviceTiming.AdcReadMicroseconds;

        /// <summary>Counts of the front end of <paramref name="probe"/> (everything the Core asked through it).</summary>
        public static FrontEndCounts CountsOf(SimulatedProbe probe)
        {
            return probe.Hardware.Faults.Counts ?? throw new InvalidOperationException("the simulated hardware has no counter");
        }
    }
}
