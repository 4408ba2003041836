namespace MpoProbe.Core
{
    /// <summary>What the probe asks the technician to do after a result that did not pass (<see cref="Prompts"/>).</summary>
    public enum PromptKind
    {
        /// <summary>Nothing to do: the result passed.</summary>
        None = 0,

        /// <summary>Contamination or a lone high loss: clean connector and adapter, re-inspect.</summary>
        Clean = 1,

        /// <summary>An unstable reading: clean, re-seat, re-inspect.</summary>
        CleanReseat = 2,

        /// <summary>Inside the guard band only: clean and re-inspect, said as marginal.</summary>
        Marginal = 3,

        /// <summary>Stale reference, uniform shift or negative loss: take a new reference.</summary>
        ReReference = 4,

        /// <summary>A dark used fiber: check for a break or a missing fiber.</summary>
        CheckBreak = 5,

        /// <summary>No light anywhere: check the source and the connection.</summary>
        CheckSource = 6,

        /// <summary>Light where the layout expects none: check the layout setting.</summary>
        CheckLayout = 7,

        /// <summary>Too much light: attenuate the source.</summary>
        Attenuate = 8,

        /// <summary>No valid reference: set one.</summary>
        SetReference = 9,

        /// <summary>Polarity failed with every loss in order: check the trunk's polarity.</summary>
        CheckPolarity = 10,

        /// <summary>Nothing wrong; the probe asks for the link to be unplugged, re-plugged and inspected again, to measure its own mating repeatability.</summary>
        Remate = 11,

        /// <summary>The job's re-check is due: fit the reference cord and send <c>recheck</c> (docs/workflow.md, issue 24).</summary>
        Recheck = 12,

        /// <summary>A forced reference's REF WEAK positions have no verified loss: fit a clean reference cord and set a new reference.</summary>
        WeakReference = 13,

        /// <summary>The reference held no test step at some positions (too bright for it, or a gain far off), so no gain is proven there: attenuate the source and set a new reference.</summary>
        BrightReference = 14
    }
}
