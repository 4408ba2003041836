using System;
using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// A complete simulated probe wired as the firmware wires the real one: front end, dark
    /// table, gain calibration, acquirer, inspector and reference, plus helpers that set the
    /// light per position. Used by the simulator, the benchmark and the shared tests.
    /// </summary>
    public sealed class SimulatedProbe
    {
        /// <summary>
        /// Builds a probe for <paramref name="layout"/> at 850 nm with its dark captured. With
        /// <paramref name="calibrated"/> it boots with the calibration file the simulated factory
        /// procedure produced for it (<see cref="SimulatedCalibration"/>); without it, it has no
        /// file and measures UNCALIBRATED, as a probe that lost its file would.
        /// </summary>
        public SimulatedProbe(MpoLayout layout, uint seed, bool calibrated)
            : this(layout, seed, calibrated, null)
        {
        }

        /// <summary>As above, in <paramref name="field"/> (null: the ideal bench), attached before the dark capture.</summary>
        public SimulatedProbe(MpoLayout layout, uint seed, bool calibrated, SimulatedField field)
        {
            if (layout == null)
            {
                throw new ArgumentNullException("layout");
            }

            Hardware = new SimulatedHardware(seed, null, calibrated);
            Hardware.Sim.Field = field;
            Core = new ProbeCore(Hardware);
            Settings.Layout = layout;
            Sim.SetAllDark();
#if NANOFRAMEWORK_1_0 || DEVICE_TEST_SIZES
            // Device tests: the dark capture (32 channels × 18 ranges × 256 samples) is most of a
            // shared test's work on the interpreter; 64 samples keep it 4× shorter, and the
            // uncertainty model counts the dark samples actually taken (docs/firmware.md).
            Acquisition.DarkSamples = DeviceTestDarkSamples;
#endif
            FrontEndCheck check = Acquirer.CaptureDark(MpoLayout.MaxPositions);
            if (check.Status != FrontEndStatus.Ok)
            {
                throw new InvalidOperationException("simulated dark capture failed: " + check.Describe());
            }

            Core.Dark.CapturedUptimeMs = Core.NowMs;
        }

        /// <summary>Dark samples per channel and range a probe built for the device tests captures (256 elsewhere).</summary>
        public const int DeviceTestDarkSamples = 64;

        /// <summary>Builds a calibrated probe (its factory calibration file on its flash).</summary>
        public SimulatedProbe(MpoLayout layout, uint seed)
            : this(layout, seed, true)
        {
        }

        /// <summary>The simulated peripherals.</summary>
        public SimulatedHardware Hardware { get; }

        /// <summary>The same pipeline the firmware builds.</summary>
        public ProbeCore Core { get; }

        /// <summary>The simulated front end.</summary>
        public SimulatedFrontEnd Sim => Hardware.Sim;

        /// <summary>Layout, wavelength, limit and guard band.</summary>
        public InspectionSettings Settings => Core.Settings;

        /// <summary>Sampling settings.</summary>
        public AcquisitionSettings Acquisition => Core.Acquisition;

        /// <summary>Dark table.</summary>
        public DarkOffsets Dark => Core.Dark;

        /// <summary>Gain table.</summary>
        public GainCalibration Gain => Core.Gain;

        /// <summary>The acquirer.</summary>
        public Acquirer Acquirer => Core.Acquirer;

        /// <summary>The inspection pipeline.</summary>
        public Inspector Inspector => Core.Inspector;

        /// <summary>The stored reference.</summary>
        public Reference Reference => Core.Reference;

        /// <summary>The polarity scanner over the same front end and acquirer.</summary>
        public PolarityScanner Scanner => Core.Scanner;

        /// <summary>
        /// Puts a (coded or plain) source on the port; it replaces the static powers until
        /// detached with null.
        /// </summary>
        public void Attach(SimulatedCodedSource source)
        {
            Sim.LightSource = source;
        }

        /// <summary>
        /// One button press with a coded source: polarity scan, powers from its sync window, and
        /// the loss verdicts against the stored reference from those same powers.
        /// </summary>
        public PolarityMap InspectCoded()
        {
            PolarityMap map = Scanner.Scan(Settings.Layout, Settings.Wavelength, Inspector.Scan);
            Inspector.NowMs = Core.NowMs;
            Inspector.SourceMonitor(map.MonitorStatus, map.MonitorDb);
            Inspector.Evaluate(Reference);
            return map;
        }

        /// <summary>
        /// Takes the reference through the attached coded source as the workflow does (averaged
        /// sync windows, the source's monitor value); false when no coded frame was decoded.
        /// </summary>
        public bool TakeCodedReference()
        {
            if (Core.CodedReference.Take(Settings.Layout, Settings.Wavelength, Inspector.Scan) != PolarityScanStatus.Decoded)
            {
                return false;
            }

            Reference.Capture(Inspector.Scan, Settings.Layout, Core.NowMs, 0);
            Reference.SetMonitor(Core.CodedReference.HasMonitor, Core.CodedReference.MonitorDb);
            return true;
        }

        /// <summary>Puts the same power on every used position of the layout, dark elsewhere.</summary>
        public void LightUsed(double dbm)
        {
            MpoLayout layout = Settings.Layout;
            for (int p = 1; p <= MpoLayout.MaxPositions; p++)
            {
                if (p <= layout.PositionCount && layout.IsUsed(p))
                {
                    Sim.SetIncidentPowerDbm(p - 1, dbm);
                }
                else
                {
                    Sim.SetDark(p - 1);
                }
            }
        }

        /// <summary>Sets the power arriving at one position (1-based).</summary>
        public void Light(int position, double dbm)
        {
            Sim.SetIncidentPowerDbm(position - 1, dbm);
        }

        /// <summary>Lights the used positions at <paramref name="dbm"/>, scans, and stores the scan as the reference.</summary>
        public void TakeReference(double dbm)
        {
            LightUsed(dbm);
            Acquirer.AcquireReference(Settings.Layout.PositionCount, Settings.Wavelength, Inspector.Scan);
            Reference.Capture(Inspector.Scan, Settings.Layout, 1000, 0);
        }

        /// <summary>Scans the used positions as they are lit now and stores the scan as the reference, stamped with the probe's uptime.</summary>
        public void TakeReferenceNow()
        {
            Acquirer.AcquireReference(Settings.Layout.PositionCount, Settings.Wavelength, Inspector.Scan);
            Reference.Capture(Inspector.Scan, Settings.Layout, Core.NowMs, 0);
        }

        /// <summary>
        /// As the workflow does after a reference scan: the chain check, then the gain signature
        /// (ladder, test currents, head serial, calibration checksum) stored with the reference.
        /// False when a self-check refused (the fault is in <see cref="SelfTest.Faults"/>).
        /// </summary>
        public bool SignReference()
        {
            bool ok = Core.SelfTest.Chain() && Core.SelfTest.Capture(Settings.Layout, CalibrationChecksum.Of(Core.Gain, Core.Calibration), null);
            Reference.SetSignature(Core.SelfTest.Current);
            return ok;
        }

        /// <summary>Runs one inspection against the stored reference at the probe's uptime (so the budget knows the reference's age).</summary>
        public InspectionResult InspectNow()
        {
            Inspector.NowMs = Core.NowMs;
            return Inspector.Inspect(Reference);
        }

        /// <summary>A loss at or above which a position is dark (no light arrives): how a loss array says "dark" without NaN.</summary>
        public const double DarkLossDb = 1000.0;

        /// <summary>Applies per-position losses (dB) after a source of <paramref name="dbm"/>; <see cref="DarkLossDb"/> or more = no light.</summary>
        public void LightWithLoss(double dbm, double[] lossDb)
        {
            LightUsed(dbm);
            for (int i = 0; i < lossDb.Length; i++)
            {
                if (Settings.Layout.IsUsed(i + 1) && lossDb[i] >= DarkLossDb)
                {
                    Sim.SetDark(i);
                }
                else if (Settings.Layout.IsUsed(i + 1))
                {
                    Light(i + 1, dbm - lossDb[i]);
                }
            }
        }

        /// <summary>Runs one inspection against the stored reference.</summary>
        public InspectionResult Inspect()
        {
            return Inspector.Inspect(Reference);
        }

        /// <summary>A loss array of <paramref name="count"/> positions all at <paramref name="lossDb"/>.</summary>
        public static double[] Losses(int count, double lossDb)
        {
            double[] losses = new double[count];
            for (int i = 0; i < count; i++)
            {
                losses[i] = lossDb;
            }

            return losses;
        }
    }
}
