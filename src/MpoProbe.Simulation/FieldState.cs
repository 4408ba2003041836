using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary>
    /// The field's factors at one moment, recomputed once per channel switch (not per
    /// conversion): source output, dark-current and gain factors with temperature, ADC offset,
    /// crosstalk and stray light. All neutral without a field.
    /// </summary>
    internal sealed class FieldState
    {
        public FieldState()
        {
            Update(null, 0);
        }

        /// <summary>Source output relative to its power at the start of the job.</summary>
        public double SourceFactor { get; private set; }

        /// <summary>Dark current relative to the start of the job.</summary>
        public double DarkFactor { get; private set; }

        /// <summary>Transimpedance relative to the start of the job.</summary>
        public double GainFactor { get; private set; }

        /// <summary>ADC offset change since the start of the job, codes.</summary>
        public double OffsetCodes { get; private set; }

        /// <summary>Share of each neighbour's light reaching a photodiode.</summary>
        public double Crosstalk { get; private set; }

        /// <summary>Stray light on every photodiode, W.</summary>
        public double StrayWatts { get; private set; }

        /// <summary>Recomputes the factors for <paramref name="field"/> at <paramref name="hours"/> of job time.</summary>
        public void Update(SimulatedField field, double hours)
        {
            if (field == null)
            {
                SourceFactor = 1;
                DarkFactor = 1;
                GainFactor = 1;
                OffsetCodes = 0;
                Crosstalk = 0;
                StrayWatts = 0;
                return;
            }

            double dT = field.DeltaC(hours);
            SourceFactor = System.Math.Pow(10.0, field.SourceOffsetDb(hours) / 10.0);
            DarkFactor = System.Math.Pow(2.0, dT / field.DarkDoublingC);
            GainFactor = 1.0 + (field.GainTempcoPerC * dT);
            OffsetCodes = field.AdcOffsetCodesPerC * dT;
            Crosstalk = field.Crosstalk ? System.Math.Pow(10.0, field.CrosstalkDb / 10.0) : 0;
            StrayWatts = field.Crosstalk ? PowerUnits.DbmToWatts(field.StrayLightDbm) : 0;
        }
    }
}
