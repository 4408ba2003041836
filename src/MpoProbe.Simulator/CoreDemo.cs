using System;
using System.IO;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// A realistic first look at the Core: an MPO-12 link at 850 nm, a 1-cord reference, then
    /// an inspection with two neighbouring fibers dirty and one fiber broken, printed as the
    /// technician would read it.
    /// </summary>
    public sealed class CoreDemo
    {
        private const double SourceDbm = -20.0;
        private const int BrokenPosition = 9;
        private static readonly double[] LinkLossDb = { 0.21, 0.18, 0.25, 0.93, 1.12, 0.22, 0.19, 0.24, SimulatedProbe.DarkLossDb, 0.17, 0.23, 0.26 };
        private readonly TextWriter _out;

        /// <summary>Writes the demo to <paramref name="output"/>.</summary>
        public CoreDemo(TextWriter output)
        {
            _out = output ?? throw new ArgumentNullException(nameof(output));
        }

        /// <summary>Runs factory calibration, reference, then inspection, and prints them.</summary>
        public void Run()
        {
            var probe = new SimulatedProbe(MpoLayout.Mpo12, seed: 2026, calibrated: true);
            _out.WriteLine("factory: dark captured, 18 gain ranges calibrated on every channel");

            probe.LightUsed(SourceDbm);
            probe.Acquirer.Acquire(12, probe.Settings.Wavelength, probe.Inspector.Scan);
            var referenceCheck = new ReferenceCheck(new ReferencePolicy());
            referenceCheck.Evaluate(probe.Inspector.Scan, probe.Settings.Layout);
            _out.WriteLine(referenceCheck.Describe(probe.Inspector.Scan, probe.Settings.Layout));
            probe.Reference.Capture(probe.Inspector.Scan, probe.Settings.Layout, uptimeMs: 0, utcTicks: 0);

            probe.LightWithLoss(SourceDbm, LinkLossDb);
            probe.Inspect();
            long startMicroseconds = probe.Sim.ElapsedMicroseconds;
            long startConversions = probe.Sim.Conversions;
            InspectionResult result = probe.Inspect();
            PrintResult(result, probe.Inspector.Diagnosis);
            _out.WriteLine($"one inspection on the device (timing model): {(probe.Sim.ElapsedMicroseconds - startMicroseconds) / 1000.0:F1} ms, "
                + $"{probe.Sim.Conversions - startConversions} ADC conversions; true loss at {BrokenPosition}: none (fiber broken)");
        }

        private const string NotAvailable = "n/a";

        private static string TrueLoss(double lossDb) => lossDb >= SimulatedProbe.DarkLossDb ? NotAvailable : Format.Db(lossDb);

        private void PrintResult(InspectionResult result, Diagnosis diagnosis)
        {
            _out.WriteLine();
            _out.WriteLine($"{result.Layout.Name} at {(int)result.Wavelength} nm, limit {Format.Db(result.LimitDb)} dB, guard band {Format.Db(result.GuardBandDb)} dB");
            _out.WriteLine(" pos colour      true dB  power dBm  loss dB   ±U dB  verdict   (U: the band the verdict used, k = 2)");
            for (int p = 1; p <= result.Layout.PositionCount; p++)
            {
                _out.WriteLine($" {p,3} {FiberColors.Name(p),-10} {TrueLoss(LinkLossDb[p - 1]),8} {(result.HasPower(p) ? Format.Db(result.PowerDbm(p)) : NotAvailable),10} {(result.HasLoss(p) ? Format.Db(result.LossDb(p)) : NotAvailable),8} {(result.HasLoss(p) ? Format.Db(result.BandDb(p)) : NotAvailable),7}  {VerdictText.Name(result.VerdictAt(p))}");
            }

            _out.WriteLine($"overall: {VerdictText.Name(result.Overall)}, worst {(result.WorstPosition != 0 ? Format.Db(result.WorstLossDb) : NotAvailable)} dB at position {result.WorstPosition}");
            for (int i = 0; i < diagnosis.Count; i++)
            {
                _out.WriteLine("diagnosis: " + diagnosis.Describe(i));
            }
        }
    }
}
