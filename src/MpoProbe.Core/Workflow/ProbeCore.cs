using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The probe's measurement pipeline and services, built once from the hardware: dark table,
    /// gain calibration, acquirer, inspector, polarity scanner, reference, clean cycle, stores,
    /// log, commands and screens. Everything is allocated here, nothing in the measurement loop.
    /// </summary>
    public sealed class ProbeCore
    {
        /// <summary>Firmware version reported in the log.</summary>
        public const string Version = "0.2.0";

        /// <summary>Builds the pipeline over <paramref name="hardware"/>.</summary>
        public ProbeCore(IProbeHardware hardware)
        {
            Hardware = hardware ?? throw new ArgumentNullException("hardware");
            Settings = new InspectionSettings();
            Acquisition = new AcquisitionSettings();
            Dark = new DarkOffsets();
            Gain = new GainCalibration();
            Acquirer = new Acquirer(hardware.FrontEnd, Acquisition, Dark, Gain);
            SelfTest = new SelfTest(hardware, Acquirer, Acquisition.SettleMicroseconds);
            Inspector = new Inspector(Acquirer, Settings, Gain, Dark);
            Scanner = new PolarityScanner(hardware.FrontEnd, hardware.Clock, Acquirer, Dark);
            Scanner.StepCheck = SelfTest.StepCheck;
            Polarity = new PolarityResult();
            CodedReference = new CodedReference(Scanner);
            Reference = new Reference();
            ReferenceCheck = new ReferenceCheck(new ReferencePolicy());
            Verification = new ReferenceVerification();
            VerifyScan = Inspector.Scan;
            Cycle = new CleanCycle();

            // One record for every stored file: each store call begins and ends its use of it, and
            // the probe makes one such call at a time (docs/core.md, "Memory on the device").
            var record = new TextRecord();
            Storage = new GuardedStorage(hardware.Storage);
            SettingsStore = new SettingsStore(Storage, record);
            ReferenceStore = new ReferenceStore(Storage, record);
            Log = new ProbeLog(hardware.Port);
            Wear = new WearCounters(record);
            Wear.Mating = Inspector.Budget.Mating;
            Wear.Head = hardware;
            Calibration = new CalibrationInfo();
            CalibrationStore = new CalibrationStore(Storage, record);
            CalibrationLoad = CalibrationStore.Load(Gain, Calibration);
            Log.Calibration = Calibration;
            Job = new JobInfo(record);
            UtcClock = new UtcClock();
            Log.Job = Job;
            Log.Clock = UtcClock;
            var processor = new CommandProcessor(Settings, Log, Version, Wear);
            processor.Job = new JobCommands(Job, UtcClock, Log, Storage);
            processor.Budget = new LinkBudgetCommands(Job, Settings, Log, Storage);
            processor.Mating = Inspector.Budget.Mating;
            Results = new ResultsStore(Storage, ResultsStore.SegmentsFor8MbFlash, record);
            Log.Results = Results;
            processor.History = new HistoryCommands(Results, Log, hardware.Port);
            processor.History.Storage = Storage;
            CalibrationSession session = new CalibrationSession(hardware.FrontEnd, Dark, Gain, Calibration, CalibrationStore);
            processor.Calibration = new CalibrationCommands(session, Calibration, Settings, Log);
            processor.Calibration.Reference = Reference;
            processor.Calibration.Storage = Storage;
            Commands = new CommandPort(hardware.Port, processor);
            Frame = new Framebuffer();
            var line = new TextBuilder(Screens.LineChars);
            Screens = new Screens(Frame, line);
            Screens.Budget = Job.Budget;
            Charts = new ChartScreens(Frame, line);
            Charts.Budget = Job.Budget;
        }

        /// <summary>The peripherals.</summary>
        public IProbeHardware Hardware { get; }

        /// <summary>The flash as every store reads it: a read that throws reads as a missing file (<see cref="GuardedStorage"/>).</summary>
        public GuardedStorage Storage { get; }

        /// <summary>Job settings.</summary>
        public InspectionSettings Settings { get; }

        /// <summary>Sampling settings.</summary>
        public AcquisitionSettings Acquisition { get; }

        /// <summary>Dark table.</summary>
        public DarkOffsets Dark { get; }

        /// <summary>Gain calibration table.</summary>
        public GainCalibration Gain { get; }

        /// <summary>Acquisition.</summary>
        public Acquirer Acquirer { get; }

        /// <summary>The probe's self-checks and the fault they hold (docs/faults.md).</summary>
        public SelfTest SelfTest { get; }

        /// <summary>Inspection pipeline.</summary>
        public Inspector Inspector { get; }

        /// <summary>Coded-source polarity scanner.</summary>
        public PolarityScanner Scanner { get; }

        /// <summary>A reference taken through a coded source (averaged sync windows and the source's monitor value).</summary>
        public CodedReference CodedReference { get; }

        /// <summary>Polarity classification of the last coded scan.</summary>
        public PolarityResult Polarity { get; }

        /// <summary>The 1-cord reference.</summary>
        public Reference Reference { get; }

        /// <summary>Judges candidate references.</summary>
        public ReferenceCheck ReferenceCheck { get; }

        /// <summary>The reference verification step (re-mate, re-measure, mating σ into the budget).</summary>
        public ReferenceVerification Verification { get; }

        /// <summary>The re-mated scan the verification compares.</summary>
        public Scan VerifyScan { get; }

        /// <summary>Clean/re-inspect comparison and escalation.</summary>
        public CleanCycle Cycle { get; }

        /// <summary>Matings of the probe's port and the reference cord.</summary>
        public WearCounters Wear { get; }

        /// <summary>Settings persistence.</summary>
        public SettingsStore SettingsStore { get; }

        /// <summary>Reference persistence.</summary>
        public ReferenceStore ReferenceStore { get; }

        /// <summary>The factory calibration's identity and state (serial number, date, residuals).</summary>
        public CalibrationInfo Calibration { get; }

        /// <summary>Calibration persistence.</summary>
        public CalibrationStore CalibrationStore { get; }

        /// <summary>What loading the calibration file found at start-up.</summary>
        public LoadStatus CalibrationLoad { get; }

        /// <summary>Serial log.</summary>
        public ProbeLog Log { get; }

        /// <summary>Job data (job, operator, customer, site), carried in every record.</summary>
        public JobInfo Job { get; }

        /// <summary>The wall clock, set by the <c>time</c> command.</summary>
        public UtcClock UtcClock { get; }

        /// <summary>Results kept on the probe.</summary>
        public ResultsStore Results { get; }

        /// <summary>Serial commands.</summary>
        public CommandPort Commands { get; }

        /// <summary>The screen's pixels.</summary>
        public Framebuffer Frame { get; }

        /// <summary>Text screens.</summary>
        public Screens Screens { get; }

        /// <summary>Chart screens.</summary>
        public ChartScreens Charts { get; }

        /// <summary>Milliseconds since boot.</summary>
        public long NowMs => Hardware.Clock.NowMicroseconds / 1000;
    }
}
