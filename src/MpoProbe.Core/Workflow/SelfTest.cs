using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Runs the probe's self-checks around every reference and inspection (docs/faults.md):
    /// before measuring — faults that stay until cleared (storage, display, dark table), the head,
    /// the battery and the acquisition chain; after a scan — stuck bursts latched by the
    /// acquirer, channels without their pedestal, the range lines; after an inspection — losses
    /// below zero. The first fault found is held in <see cref="Faults"/>; the workflow refuses the
    /// measurement while one is held.
    /// </summary>
    public sealed partial class SelfTest
    {
        /// <summary>Lowest battery charge to measure at, percent (design: ≈3.45 V cell, above the 3.3 V regulator's dropout, hardware/README.md).</summary>
        public const int MinBatteryPercent = 10;

        /// <summary>Margin beyond the guard band before a loss below zero is a changed source, dB (design).</summary>
        public const double NegativeLossMarginDb = FieldFigures.ReReferenceMarginDb;

        /// <summary>File written and read back by the storage check.</summary>
        public const string ProbeFileName = "selftest.txt";

        // Read as fields on every inspection: a const is a literal at each use, a new string on the interpreter (docs/core.md, "Memory on the device").
        private static readonly string ProbeFile = ProbeFileName;
        private static readonly string ProbePrefix = "selftest ";

        private readonly IProbeHardware _hardware;
        private readonly ChainCheck _chain;
        private readonly RangeCheck _range;
        private readonly GainCheck _gain;
        private readonly Acquirer _acquirer;
        private FaultKind _sticky;
        private Scan _lastScan;
        private double _stickyValue;

        /// <summary>Self-checks over the probe's peripherals and acquirer.</summary>
        public SelfTest(IProbeHardware hardware, Acquirer acquirer, int settleMicroseconds)
        {
            _hardware = hardware ?? throw new ArgumentNullException("hardware");
            if (acquirer == null)
            {
                throw new ArgumentNullException("acquirer");
            }

            Faults = new FaultLatch();
            acquirer.Faults = Faults;
            _chain = new ChainCheck(hardware.FrontEnd, hardware.CheckInputs, settleMicroseconds);
            _range = new RangeCheck(acquirer);
            _gain = new GainCheck(hardware.FrontEnd, hardware.CheckInputs, settleMicroseconds);
            _acquirer = acquirer;
            Current = new GainSignature();
        }

        /// <summary>The test-current check: the scanner reads a coded source's gap steps with it (<see cref="PolarityScanner.StepCheck"/>), then this judges them.</summary>
        public GainCheck StepCheck => _gain;

        /// <summary>The fault found by the last check, if any.</summary>
        public FaultLatch Faults { get; }

        /// <summary>Positions of the head accepted at boot or at the last head change; 0 before.</summary>
        public int FittedHead { get; private set; }

        /// <summary>The fault that stays until cleared (storage, display, light during the dark capture), or none.</summary>
        public FaultKind Sticky => _sticky;

        /// <summary>Marks a fault that stays until the probe is serviced or the cause is cleared.</summary>
        public void Stick(FaultKind kind, double value)
        {
            if (_sticky == FaultKind.None || kind == FaultKind.LightDuringDark)
            {
                _sticky = kind;
                _stickyValue = value;
            }
        }

        /// <summary>Clears a sticky fault of <paramref name="kind"/> (dark table captured again).</summary>
        public void Unstick(FaultKind kind)
        {
            if (_sticky == kind)
            {
                _sticky = FaultKind.None;
            }
        }

        /// <summary>Writes, reads back and deletes a probe file; a failure sticks. True when storage works.</summary>
        public bool CheckStorage()
        {
            string text = ProbePrefix + _hardware.Clock.NowMicroseconds.ToString();
            try
            {
                _hardware.Storage.Write(ProbeFile, text);
                bool same = _hardware.Storage.Read(ProbeFile) == text;
                _hardware.Storage.Delete(ProbeFile);
                if (same)
                {
                    return true;
                }
            }
            catch (Exception)
            {
                // Any exception is the same finding: storage cannot be trusted.
            }

            Stick(FaultKind.StorageFailed, 0);
            return false;
        }

        /// <summary>Takes the fitted head as the job's head (boot); the layout to use with it.</summary>
        public MpoLayout AcceptHead(MpoLayout current)
        {
            FittedHead = _hardware.HeadPositions;
            return HeadRules.LayoutFor(FittedHead, current);
        }

        /// <summary>Everything that must hold before a reference or inspection of <paramref name="layout"/>. True when nothing is wrong.</summary>
        public bool BeforeMeasuring(MpoLayout layout)
        {
            Faults.Clear();
            if (_sticky != FaultKind.None)
            {
                Faults.Raise(_sticky, 0, _stickyValue, 0);
                return false;
            }

            int head = _hardware.HeadPositions;
            if (head == 0)
            {
                Faults.Raise(FaultKind.HeadMissing, 0, 0, FittedHead);
                return false;
            }

            if (head != FittedHead)
            {
                Faults.Raise(FaultKind.HeadChanged, 0, head, FittedHead);
                return false;
            }

            if (!HeadRules.Fits(head, layout.Id))
            {
                Faults.Raise(FaultKind.HeadMismatch, 0, head, layout.PositionCount);
                return false;
            }

            int battery = _hardware.BatteryPercent;
            if (battery < MinBatteryPercent)
            {
                Faults.Raise(FaultKind.BatteryLow, 0, battery, MinBatteryPercent);
                return false;
            }

            return Chain();
        }

        /// <summary>
        /// The acquisition chain alone (boot, before the dark table). True when nothing is wrong; the
        /// acquirer then takes the ADC scale the ladder measured (its compression knee in codes).
        /// </summary>
        public bool Chain()
        {
            bool ok = _chain.Run(Faults);
            if (ok)
            {
                _acquirer.UseAdcScale(_chain.MeasuredScale);
            }

            return ok;
        }

        /// <summary>After a scan: bursts the acquirer found stuck, channels without pedestal, range lines.</summary>
        public bool AfterScan(Scan scan, MpoLayout layout)
        {
            _lastScan = scan;
            if (Faults.HasFault)
            {
                return false;
            }

            for (int p = 1; p <= scan.Count && p <= layout.PositionCount; p++)
            {
                double signal = scan.At(p).SignalCodes;
                if (signal < -ChainCheck.PedestalCode / 2)
                {
                    Faults.Raise(FaultKind.ChannelDead, p, signal, -ChainCheck.PedestalCode / 2);
                    return false;
                }
            }

            return _range.Run(scan, layout, Faults);
        }

        /// <summary>
        /// After an inspection: the reference no longer applies (a loss below −(its uncertainty
        /// band + margin), or every position gained light together — <see cref="InspectionResult.ReReference"/>,
        /// one definition with the verdicts): the source or reference changed.
        /// </summary>
        public bool AfterInspection(InspectionResult result)
        {
            if (!result.ReReference)
            {
                return true;
            }

            int at = result.NegativeMask != 0 ? PositionMask.First(result.NegativeMask) : result.WorstPosition;
            double lowest = double.MaxValue;
            for (int p = 1; p <= result.Layout.PositionCount && result.NegativeMask == 0; p++)
            {
                double loss = result.LossDb(p);
                if (result.Layout.IsUsed(p) && result.HasLoss(p) && loss < lowest)
                {
                    lowest = loss;
                    at = p;
                }
            }

            double limit = result.NegativeMask != 0 ? result.NegativeLimitDb(at)
                : -((UncertaintyBudget.CoverageK * result.UncertaintyDb(at)) + NegativeLossMarginDb);
            Faults.Raise(FaultKind.SourceChanged, at, result.LossDb(at), limit);
            return false;
        }
    }
}
