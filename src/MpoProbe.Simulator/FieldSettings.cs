using System;
using System.IO;
using MpoProbe.Core;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// A scenario's field model (docs/scenarios.md, docs/uncertainty.md): realistic values by
    /// default, so every scenario runs with mating scatter, a drifting source and a changing
    /// ambient unless it says otherwise.
    /// </summary>
    public sealed class FieldSettings
    {
        /// <summary>False switches the whole field model off (the ideal bench).</summary>
        public bool On { get; set; } = true;

        /// <summary>σ of one probe-port mating, dB (0 = no mating scatter).</summary>
        public double MatingSigmaDb { get; set; } = FieldFigures.MatingSigmaDb;

        /// <summary>Source output change over 8 h, dB (linear).</summary>
        [System.Text.Json.Serialization.JsonPropertyName("source_drift_db_per_8h")]
        public double SourceDriftDbPer8h { get; set; } = 0.05;

        /// <summary>A step change of the source output, dB, at <see cref="SourceStepAtMinutes"/>.</summary>
        public double SourceStepDb { get; set; }

        /// <summary>When the source step happens, minutes of job time.</summary>
        public double SourceStepAtMinutes { get; set; }

        /// <summary>Ambient at the dark capture, °C.</summary>
        public double AmbientStartC { get; set; } = 22;

        /// <summary>Ambient change over <see cref="AmbientRampMinutes"/>, °C.</summary>
        public double AmbientChangeC { get; set; } = 4;

        /// <summary>Minutes the ambient change takes (480 = a job; shorter for a warm-up).</summary>
        public double AmbientRampMinutes { get; set; } = 480;

        /// <summary>Per-chip ADC variation (DNL, Vref, INL shape and zero).</summary>
        public bool ChipVariation { get; set; } = true;

        /// <summary>Neighbour crosstalk (−60 dB) and stray light (−85 dBm).</summary>
        public bool Crosstalk { get; set; } = true;

        /// <summary>Refuses values outside what the model means, naming the field.</summary>
        public void Check(string path)
        {
            if (MatingSigmaDb < 0 || MatingSigmaDb > 0.5)
            {
                throw new InvalidDataException(path + ": field.mating_sigma_db " + MatingSigmaDb + " is outside 0..0.5 dB");
            }

            if (AmbientChangeC < -40 || AmbientChangeC > 40 || AmbientRampMinutes < 0)
            {
                throw new InvalidDataException(path + ": field.ambient_change_c " + AmbientChangeC + " is outside −40..40 °C or field.ambient_ramp_minutes is negative");
            }

            if (SourceStepDb < -10 || SourceStepDb > 10)
            {
                throw new InvalidDataException(path + ": field.source_step_db " + SourceStepDb + " is outside −10..10 dB");
            }

            if (!(AmbientStartC >= -20 && AmbientStartC <= 60) || !(SourceStepAtMinutes >= 0 && SourceStepAtMinutes <= 14400) || !(Math.Abs(SourceDriftDbPer8h) <= 10))
            {
                throw new InvalidDataException(path + ": field.ambient_start_c (−20..60 °C), field.source_step_at_minutes (0..14400) or field.source_drift_db_per_8h (−10..10 dB) is out of range");
            }
        }
    }
}
