using System;

namespace MpoProbe.Core
{
    /// <summary>What an inspection compares against: layout, wavelength, limit and guard band.</summary>
    public sealed class InspectionSettings
    {
        private double _guardBandDb = 0.0;
        private MpoLayout _layout = MpoLayout.Mpo12;
        private LimitProfile _limit = LimitProfile.Standard;

        /// <summary>
        /// Connector layout under test (default MPO-12). Setting it keeps <see cref="ExpectedPolarity"/>
        /// a template of the new layout (<see cref="PolarityTemplates.Fitting"/>), whoever sets it: a
        /// command, the menu, the settings file or the head fitted.
        /// </summary>
        public MpoLayout Layout
        {
            get
            {
                return _layout;
            }

            set
            {
                _layout = value ?? throw new ArgumentNullException("value", "layout");
                ExpectedPolarity = PolarityTemplates.Fitting(ExpectedPolarity, _layout);
            }
        }

        /// <summary>Test wavelength (default 850 nm).</summary>
        public Wavelength Wavelength { get; set; } = Wavelength.Nm850;

        /// <summary>Loss limit per position (default Standard, 0.75 dB).</summary>
        public LimitProfile Limit
        {
            get { return _limit; }
            set { _limit = value ?? throw new ArgumentNullException("value", "limit profile"); }
        }

        /// <summary>Polarity the job expects; a coded scan of another type (or with any fiber out of place) is a polarity FAIL (default Type B).</summary>
        public PolarityType ExpectedPolarity { get; set; } = PolarityType.TypeB;

        /// <summary>Fiber of the link (default OM4); set with <see cref="FiberProfiles.Apply"/> to bring its wavelength and limit.</summary>
        public FiberType Fiber { get; set; } = FiberType.OM4;

        /// <summary>Link label / job ID carried in every log record until changed (null for none).</summary>
        public string LinkLabel { get; set; }

        /// <summary>
        /// A reference older than this caps every result at PASS*, minutes (default 480 = 8 h,
        /// the project's choice; 0 = no limit).
        /// </summary>
        public int MaxReferenceAgeMinutes { get; set; } = 480;

        /// <summary>
        /// Minutes a connector may stay uncovered after a PASS before the next inspection of the
        /// same link asks for a clean and re-inspection (default 10, the project's choice).
        /// </summary>
        public int ExposureMinutes { get; set; } = 10;

        /// <summary>
        /// Every this many inspections with nothing else to do, the probe asks for the link to be
        /// re-mated and inspected again, to measure its own mating repeatability (default 10, the
        /// project's choice: four re-mates and the reference check in a 40-link job; 0 = never).
        /// </summary>
        public int RemateEvery { get; set; } = 10;

        /// <summary>
        /// The job's reference re-check (IEC 61280-4-5 practice, docs/workflow.md) is due after this
        /// many inspections since the reference or the last good re-check (default 20, the project's
        /// choice: two per 40-link job; 0 = never by count).
        /// </summary>
        public int RecheckEvery { get; set; } = DefaultRecheckEvery;

        /// <summary>… or after this many minutes since then with at least one inspection (default 240: half the 8 h job; 0 = never by time).</summary>
        public int RecheckMinutes { get; set; } = DefaultRecheckMinutes;

        /// <summary>Default of <see cref="RecheckEvery"/>.</summary>
        public const int DefaultRecheckEvery = 20;

        /// <summary>Default of <see cref="RecheckMinutes"/>.</summary>
        public const int DefaultRecheckMinutes = 240;

        /// <summary>
        /// Minimum uncertainty band around the limit (PASS*/FAIL* inside it), dB, 0..1. Default 0:
        /// the band comes from the uncertainty budget alone (U = 2 × the loss's combined standard
        /// uncertainty, docs/uncertainty.md); a contract may ask for a wider one.
        /// </summary>
        public double GuardBandDb
        {
            get { return _guardBandDb; }
            set
            {
                if (double.IsNaN(value) || value < 0 || value > 1.0)
                {
                    throw new ArgumentOutOfRangeException("value", "guard band " + Format.Db(value) + " dB is outside 0..1 dB");
                }

                _guardBandDb = value;
            }
        }
    }
}
