using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// What the field does to a measurement, as truth for the simulated front end
    /// (docs/uncertainty.md, "Field model"): MPO mating repeatability drawn per mating, source
    /// drift over the job and an optional step, ambient temperature over the job (dark current,
    /// gain tempco, ADC offset), per-chip ADC variation (DNL, Vref, INL shape and zero),
    /// neighbour crosstalk and stray light. Each term can be switched off. Per-probe values are
    /// drawn from the simulation's own figures (<see cref="FieldTruth"/>), never from the Core's
    /// budget constants, so the benchmark tests the budget against a field it did not write.
    /// </summary>
    public sealed class SimulatedField
    {
        private readonly SimRandom _random;

        /// <summary>A field with every term on and this probe's values drawn from <paramref name="seed"/>.</summary>
        public SimulatedField(uint seed)
        {
            _random = new SimRandom(seed ^ 0x6A09E667u);
            MatingSigmaDb = FieldTruth.NominalMatingSigmaDb;
            SourceDriftDbPerJob = _random.Uniform(-FieldTruth.SourceDriftPerJobDb, FieldTruth.SourceDriftPerJobDb);
            AmbientStartC = _random.Uniform(15, 35);
            AmbientChangeC = _random.Uniform(-FieldTruth.AmbientChangeC, FieldTruth.AmbientChangeC);
            DarkDoublingC = _random.Uniform(FieldTruth.DarkDoublingMinC, FieldTruth.DarkDoublingMaxC);
            GainTempcoPerC = _random.Uniform(-FieldTruth.GainTempcoPerC, FieldTruth.GainTempcoPerC);
            AdcOffsetCodesPerC = _random.Uniform(-FieldTruth.AdcOffsetCodesPerC, FieldTruth.AdcOffsetCodesPerC);
            CrosstalkDb = -60;
            StrayLightDbm = -85;
            Mating = true;
            SourceDrift = true;
            Temperature = true;
            ChipVariation = true;
            Crosstalk = true;
        }

        /// <summary>Mating repeatability on (per-mating loss offsets).</summary>
        public bool Mating { get; set; }

        /// <summary>Source drift and step on.</summary>
        public bool SourceDrift { get; set; }

        /// <summary>Ambient temperature effects on (dark current, gain tempco, ADC offset).</summary>
        public bool Temperature { get; set; }

        /// <summary>Per-chip ADC variation on (DNL up to ±7 LSB, Vref 1.0–1.2 V, INL shape and zero).</summary>
        public bool ChipVariation { get; set; }

        /// <summary>Neighbour crosstalk and stray light on.</summary>
        public bool Crosstalk { get; set; }

        /// <summary>σ of one mating, dB; 60 % of the variance is common to the whole ferrule (the MT's lateral offset), the rest per fiber.</summary>
        public double MatingSigmaDb { get; set; }

        /// <summary>Source output change over a job of 8 h, dB (linear; drawn within ±0.1 dB).</summary>
        public double SourceDriftDbPerJob { get; set; }

        /// <summary>A step change of the source output, dB, from <see cref="SourceStepAtHours"/> on.</summary>
        public double SourceStepDb { get; set; }

        /// <summary>When the source step happens, hours of job time.</summary>
        public double SourceStepAtHours { get; set; }

        /// <summary>Ambient at the start of the job (dark capture), °C.</summary>
        public double AmbientStartC { get; set; }

        /// <summary>Ambient change over the job, °C, reached linearly after <see cref="AmbientRampHours"/>.</summary>
        public double AmbientChangeC { get; set; }

        /// <summary>Hours the ambient change takes (default 8: a job; shorter for a warm-up).</summary>
        public double AmbientRampHours { get; set; } = 8;

        /// <summary>Dark current doubles every this many °C (drawn 8–10).</summary>
        public double DarkDoublingC { get; set; }

        /// <summary>Relative gain change per °C of every range.</summary>
        public double GainTempcoPerC { get; set; }

        /// <summary>ADC offset change, codes per °C.</summary>
        public double AdcOffsetCodesPerC { get; set; }

        /// <summary>Light from each neighbour position reaching a photodiode, dB.</summary>
        public double CrosstalkDb { get; set; }

        /// <summary>Stray light on every photodiode, dBm.</summary>
        public double StrayLightDbm { get; set; }

        /// <summary>Source output change at <paramref name="hours"/> of job time, dB.</summary>
        public double SourceOffsetDb(double hours)
        {
            if (!SourceDrift)
            {
                return 0;
            }

            double share = hours < 0 ? 0 : (hours > 8 ? 1 : hours / 8);
            return (SourceDriftDbPerJob * share) + (hours >= SourceStepAtHours ? SourceStepDb : 0);
        }

        /// <summary>Ambient minus the start ambient at <paramref name="hours"/>, °C.</summary>
        public double DeltaC(double hours)
        {
            if (!Temperature)
            {
                return 0;
            }

            if (AmbientRampHours <= 0)
            {
                return AmbientChangeC;
            }

            double share = hours < 0 ? 0 : (hours > AmbientRampHours ? 1 : hours / AmbientRampHours);
            return AmbientChangeC * share;
        }

        /// <summary>A new mating at the probe port: new loss offsets on the first <paramref name="channels"/> channels.</summary>
        public void Mate(SimulatedFrontEnd frontEnd, int channels)
        {
            double common = MatingSigmaDb * System.Math.Sqrt(FieldTruth.MatingCommonShare) * _random.NextGaussian();
            double own = MatingSigmaDb * System.Math.Sqrt(1.0 - FieldTruth.MatingCommonShare);
            for (int c = 0; c < channels; c++)
            {
                frontEnd.SetMatingLossDb(c, Mating ? common + (own * _random.NextGaussian()) : 0);
            }
        }
    }
}
