namespace MpoProbe.Report
{
    /// <summary>Job data and time carried by every record (docs/serial-log.md, issue 17 fields).</summary>
    public sealed class RecordContext
    {
        /// <summary>Where the record came from: file name and line ("probe.log:42").</summary>
        public string Where { get; init; }

        /// <summary>Milliseconds since boot.</summary>
        public long UptimeMs { get; init; }

        /// <summary>UTC as the probe wrote it (ISO 8601), or null when its clock was not set.</summary>
        public string Utc { get; init; }

        /// <summary><see cref="Utc"/> read as a time, or null when the probe's clock was not set.</summary>
        public System.DateTime? UtcTime { get; init; }

        /// <summary>
        /// The power-up the record belongs to, as the report tells them apart (a new log file, a boot
        /// record, <c>t_ms</c> going back); records replayed by <c>history</c> form one of their own per
        /// dump. 0: not known. Within one power-up <c>t_ms</c> orders records (<see cref="ProbeClock"/>).
        /// </summary>
        public long PowerUp { get; internal set; }

        /// <summary>Reading order of the record across every log read (1 for the first).</summary>
        public long Seq { get; internal set; }

        /// <summary>Link label, or null.</summary>
        public string Link { get; init; }

        /// <summary>Job number, or null.</summary>
        public string Job { get; init; }

        /// <summary>True when the record was replayed by <c>history</c> (<c>"replay":true</c>): a stored result, not a live one.</summary>
        public bool Replay { get; init; }

        /// <summary>Operator (technician), or null.</summary>
        public string Operator { get; init; }

        /// <summary>Customer, or null.</summary>
        public string Customer { get; init; }

        /// <summary>Site, or null.</summary>
        public string Site { get; init; }
    }

    /// <summary>One position of an inspection.</summary>
    public sealed class PositionResult
    {
        /// <summary>Position number, 1-based.</summary>
        public int Pos { get; init; }

        /// <summary>TIA-598 colour name.</summary>
        public string Color { get; init; }

        /// <summary>Measured power, dBm (NaN when not measured).</summary>
        public double PowerDbm { get; init; }

        /// <summary>Loss, dB (NaN when not measured).</summary>
        public double LossDb { get; init; }

        /// <summary>Uncertainty, dB (NaN when not measured).</summary>
        public double UncertaintyDb { get; init; }

        /// <summary>The band the verdict used (`band_db`: U of the combined distribution, at least the configured minimum band); NaN in a log without it.</summary>
        public double BandDb { get; init; } = double.NaN;

        /// <summary>Verdict text.</summary>
        public string Verdict { get; init; }
    }

    /// <summary>An inspection record.</summary>
    public sealed class InspectionRecord
    {
        /// <summary>Common fields.</summary>
        public RecordContext Context { get; init; }

        /// <summary>Layout name ("MPO-12").</summary>
        public string Layout { get; init; }

        /// <summary>Fiber type, or null.</summary>
        public string Fiber { get; init; }

        /// <summary>Wavelength, nm.</summary>
        public int WavelengthNm { get; init; }

        /// <summary>Limit profile name.</summary>
        public string LimitName { get; init; }

        /// <summary>Limit per position, dB.</summary>
        public double LimitDb { get; init; }

        /// <summary>Guard band, dB.</summary>
        public double GuardDb { get; init; }

        /// <summary>True when the reference was older than allowed.</summary>
        public bool ReferenceStale { get; init; }

        /// <summary>Overall verdict as the probe logged it (loss and polarity since the <c>polarity</c> field exists; loss alone in older logs).</summary>
        public string Overall { get; init; }

        /// <summary>Positions a forced reference was weak at (their losses read too low), as "5, 6"; null when none.</summary>
        public string ReferenceWeak { get; init; }

        /// <summary>Positions whose gain no test step proves (<c>gain_unproven</c>, 2026-12-04): no bare verdict there; empty when none or not logged.</summary>
        public int[] GainUnproven { get; init; } = System.Array.Empty<int>();

        /// <summary>The mating σ the budget used (<c>mating_sigma_db</c>: the estimate's upper figure), dB; NaN in logs without it.</summary>
        public double MatingSigmaDb { get; init; } = double.NaN;

        /// <summary>Re-mates that mating figure rests on (<c>mating_remates</c>; 0 in logs without it).</summary>
        public long MatingRemates { get; init; }

        /// <summary>The loss verdict alone (<c>loss_overall</c>; <see cref="Overall"/> in logs without it).</summary>
        public string LossOverall { get; init; }

        /// <summary>The probe said its reference no longer applies (<c>re_reference</c>).</summary>
        public bool ReReference { get; init; }

        /// <summary>The probe held the loss verdicts for a clean (<c>held_for_clean</c>): every fiber high within 0.3 dB of the others.</summary>
        public bool HeldForClean { get; init; }

        /// <summary>Half-width of the source drift the bands allowed (<c>drift_bound_db</c>), dB; NaN in logs without it.</summary>
        public double DriftBoundDb { get; init; } = double.NaN;

        /// <summary>Worst loss, dB (NaN when none).</summary>
        public double WorstLossDb { get; init; }

        /// <summary>Worst position (0 when none).</summary>
        public int WorstPos { get; init; }

        /// <summary>Every position.</summary>
        public PositionResult[] Positions { get; init; }

        /// <summary>The link budget the limit came from, or null (limit per connector pair: a connector or patch-cord test).</summary>
        public LinkBudgetInfo Budget { get; init; }
    }

    /// <summary>A link budget as the probe logged it (<c>link_budget</c>: docs/link-budget.md).</summary>
    public sealed class LinkBudgetInfo
    {
        /// <summary>Mated connector pairs.</summary>
        public int Connectors { get; init; }

        /// <summary>Allowance per mated pair, dB.</summary>
        public double ConnectorDb { get; init; }

        /// <summary>Splices.</summary>
        public int Splices { get; init; }

        /// <summary>Allowance per splice, dB.</summary>
        public double SpliceDb { get; init; }

        /// <summary>Fiber length, m.</summary>
        public long LengthM { get; init; }

        /// <summary>Fiber attenuation, dB/km.</summary>
        public double FiberDbPerKm { get; init; }

        /// <summary>The standard whose figures the budget used ("TIA-568.3-E" or "ISO/IEC 11801-1"); TIA when the log predates the field.</summary>
        public string Standard { get; init; }

        /// <summary>"inside" or "outside" plant (single-mode), or null.</summary>
        public string Plant { get; init; }

        /// <summary>The total: the link's limit, dB.</summary>
        public double LimitDb { get; init; }
    }

    /// <summary>A polarity scan record.</summary>
    public sealed class PolarityRecord
    {
        /// <summary>Common fields.</summary>
        public RecordContext Context { get; init; }

        /// <summary>decoded, no_coded_source or no_light.</summary>
        public string Status { get; init; }

        /// <summary>Best-fitting template name, or null.</summary>
        public string Best { get; init; }

        /// <summary>PASS, FAIL or NOT_TESTED.</summary>
        public string Verdict { get; init; }

        /// <summary>The probe's own summary sentence.</summary>
        public string Summary { get; init; }

        /// <summary>Source fiber per position (index 0 = position 1; 0 dark, −1 unreadable).</summary>
        public int[] From { get; init; }
    }

    /// <summary>One position of a clean cycle comparison.</summary>
    public sealed class CleanPosition
    {
        /// <summary>Position, 1-based.</summary>
        public int Pos { get; init; }

        /// <summary>Loss before the clean, dB (NaN when not measured).</summary>
        public double BeforeDb { get; init; }

        /// <summary>Loss after the clean, dB (NaN when not measured).</summary>
        public double AfterDb { get; init; }

        /// <summary>Outcome name.</summary>
        public string Outcome { get; init; }
    }

    /// <summary>A clean cycle record.</summary>
    public sealed class CleanRecord
    {
        /// <summary>Common fields.</summary>
        public RecordContext Context { get; init; }

        /// <summary>The probe's advice.</summary>
        public string Advice { get; init; }

        /// <summary>True when the probe escalated (fail persisted after cleans).</summary>
        public bool Escalate { get; init; }

        /// <summary>Every position.</summary>
        public CleanPosition[] Positions { get; init; }
    }

    /// <summary>The probe's identity from boot and settings records (issue 15 fields).</summary>
    public sealed class ProbeIdentity
    {
        /// <summary>Probe serial number, or null when not recorded.</summary>
        public string Serial { get; init; }

        /// <summary>Calibration date (YYYY-MM-DD), or null.</summary>
        public string CalDate { get; init; }

        /// <summary>"calibrated", "uncalibrated", or null when not recorded.</summary>
        public string CalState { get; init; }

        /// <summary>Firmware version, or null.</summary>
        public string Firmware { get; init; }

        /// <summary>Instrument model (boot record <c>model</c>), or null in older logs.</summary>
        public string Model { get; init; }

        /// <summary>Gender and polish of the probe's port, or null.</summary>
        public string Receptacle { get; init; }
    }

    /// <summary>The reference in force for an inspection.</summary>
    public sealed class ReferenceInfo
    {
        /// <summary>Common fields.</summary>
        public RecordContext Context { get; init; }

        /// <summary>Spread across positions, dB.</summary>
        public double SpreadDb { get; init; }

        /// <summary>CRC-32 text.</summary>
        public string Checksum { get; init; }
    }
}
