namespace MpoProbe.Benchmark
{
    /// <summary>Totals of the fault-injection matrix.</summary>
    public sealed class FaultOutcome
    {
        /// <summary>Fault kinds injected.</summary>
        public int Kinds { get; set; }

        /// <summary>Faulty runs (kinds × layouts × boot/after reference).</summary>
        public int Runs { get; set; }

        /// <summary>Fibers truly above the limit that a faulty run logged as PASS.</summary>
        public int Passes { get; set; }

        /// <summary>Fibers truly above the limit that a faulty run logged as PASS*.</summary>
        public int Marginals { get; set; }

        /// <summary>Fibers above the limit logged PASS or PASS* whose result the job's re-check then marked (counted here, not as PASS).</summary>
        public int Marked { get; set; }

        /// <summary>Faulty runs on a link with a fiber above the limit whose overall verdict was PASS or PASS* (and not marked by the re-check).</summary>
        public int OverallOnBadLink { get; set; }

        /// <summary>Healthy inspections run through the self-checks (classification population plus field model).</summary>
        public long HealthyInspections { get; set; }

        /// <summary>Faulty runs whose named fault was not both logged and on screen.</summary>
        public int Unnamed { get; set; }

        /// <summary>Healthy classification inspections a self-check refused.</summary>
        public long HealthyRefused { get; set; }

        /// <summary>Runs (healthy included) counted as named because the uniform 1.0 dB link was refused as <c>source_changed</c>.</summary>
        public int UniformRefusals { get; set; }

        /// <summary>Runs of an intermittent joint that dropped no conversion while it could change the run (from boot, or during an inspection after the reference; the simulated front end counts its drops) and behaved as a healthy probe: every fiber right, or the uniform link refused as <c>source_changed</c> (counted as right, <c>FaultCases.ActsNowAndThen</c>).</summary>
        public int Unseen { get; set; }

        /// <summary>Healthy runs that did not PASS or raised a fault.</summary>
        public int HealthyBad { get; set; }
    }
}
