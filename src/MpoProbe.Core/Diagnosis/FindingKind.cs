namespace MpoProbe.Core
{
    /// <summary>What the connector diagnosis can conclude from one inspection.</summary>
    public enum FindingKind
    {
        /// <summary>Neighbouring positions fail or are unstable together: a particle on the endface.</summary>
        SuspectContamination = 0,

        /// <summary>One position fails with no failing neighbour.</summary>
        IsolatedHighLoss = 1,

        /// <summary>One position is unstable with no failing neighbour.</summary>
        UnstableReading = 2,

        /// <summary>Every position has about the same raised loss: mating, adapter or stale reference.</summary>
        UniformLoss = 3,

        /// <summary>Some used positions carry no light: broken or missing fiber, or polarity.</summary>
        NoLightSome = 4,

        /// <summary>No used position carries light: source off or nothing connected.</summary>
        NoLightAll = 5,

        /// <summary>Light on positions that are dark by design: wrong layout or polarity.</summary>
        UnexpectedLight = 6,

        /// <summary>Positions above the least sensitive range: attenuate the source.</summary>
        OverRange = 7,

        /// <summary>No valid reference for this layout and wavelength.</summary>
        NoReference = 8,

        /// <summary>The reference is older than the settings allow: PASS* at best.</summary>
        StaleReference = 9,

        /// <summary>A loss below −(band + margin) or a whole-connector shift: the reference no longer applies, RE-REFERENCE.</summary>
        ReReference = 10
    }
}
