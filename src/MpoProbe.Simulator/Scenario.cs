using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Simulator
{
    /// <summary>Dirt on a connector or adapter endface: which positions, how much, how cleaning acts on it.</summary>
    public sealed class Dirt
    {
        /// <summary>Positions covered (1-based).</summary>
        public int[] Positions { get; set; } = Array.Empty<int>();

        /// <summary>Loss the dirt adds at each of those positions, dB.</summary>
        public double AddedDb { get; set; }

        /// <summary>Share of the dirt one clean removes (1 = all of it).</summary>
        public double CleanRemoves { get; set; } = 1.0;

        /// <summary>When set, the first clean pushes the dirt to these positions instead of removing it.</summary>
        public int[] MovesTo { get; set; }
    }

    /// <summary>
    /// One simulated situation (docs/scenarios.md): layout, wavelength, source, per-position link
    /// loss, dirt on the connector and on the adapter, broken fibers, polarity, coded source,
    /// reference-cord condition, front-end noise, seed.
    /// </summary>
    public sealed class Scenario
    {
        /// <summary>Short title.</summary>
        public string Name { get; set; } = "unnamed";

        /// <summary>What the scenario shows and what the probe should say.</summary>
        public string Description { get; set; } = string.Empty;

        /// <summary>Fiber count: 8, 12, 16, 24 or 32.</summary>
        public int Layout { get; set; } = 12;

        /// <summary>Wavelength, nm.</summary>
        public int Wavelength { get; set; } = 850;

        /// <summary>Source power per fiber, dBm.</summary>
        public double SourceDbm { get; set; } = -20;

        /// <summary>"standard", "elite" or a number of dB.</summary>
        public string Limit { get; set; } = "standard";

        /// <summary>Expected polarity: a, b, c, b-row, b-rot, row-swap.</summary>
        public string ExpectedPolarity { get; set; } = "b";

        /// <summary>Clean link loss per receive position, dB; one value applies to all.</summary>
        public double[] LinkLossDb { get; set; } = { 0.2 };

        /// <summary>Dirt on the connector under test.</summary>
        public Dirt Connector { get; set; }

        /// <summary>Dirt in the adapter: re-contaminates a cleaned connector until the adapter is cleaned.</summary>
        public Dirt Adapter { get; set; }

        /// <summary>Receive positions whose fiber is broken (no light arrives there).</summary>
        public int[] Broken { get; set; } = Array.Empty<int>();

        /// <summary>Polarity of the link: a, b, c, b-row, b-rot, row-swap.</summary>
        public string Polarity { get; set; } = "b";

        /// <summary>Explicit map instead of <see cref="Polarity"/>: entry i = receive position of source fiber i+1 (0 = lost).</summary>
        public int[] PolarityMap { get; set; }

        /// <summary>True: the source runs the coded polarity protocol.</summary>
        public bool CodedSource { get; set; } = true;

        /// <summary>True: the reference is taken through the coded source (it records the source's monitor value); false: through a plain source.</summary>
        public bool ReferenceCoded { get; set; }

        /// <summary>False: the coded source sends "no monitor value" (no monitor photodiode).</summary>
        public bool SourceMonitor { get; set; } = true;

        /// <summary>Dirt on the reference cord when the reference is taken.</summary>
        public Dirt ReferenceCord { get; set; }

        /// <summary>Source power change after the reference was taken, dB (a stale reference).</summary>
        public double SourceDriftDb { get; set; }

        /// <summary>The field model around the probe (docs/uncertainty.md); realistic values by default.</summary>
        public FieldSettings Field { get; set; } = new FieldSettings();

        /// <summary>False: the probe carries no gain calibration (nominal gains, wider cross-range uncertainty).</summary>
        public bool Calibrated { get; set; } = true;

        /// <summary>Job time that passes after each scripted action, minutes.</summary>
        public double MinutesPerAction { get; set; } = 2;

        /// <summary>ADC noise per conversion, codes.</summary>
        public double NoiseSigmaCodes { get; set; } = FrontEndDesign.AdcNoiseSigmaCodes;

        /// <summary>Seed of the simulated front end.</summary>
        public uint Seed { get; set; } = 1;

        /// <summary>Failed cleans before the probe escalates (1..9, default 2).</summary>
        public int EscalateAfter { get; set; } = 2;

        /// <summary>Faults injected into the probe itself (optional; docs/faults.md).</summary>
        public ScenarioFault[] Faults { get; set; } = Array.Empty<ScenarioFault>();

        /// <summary>Reads and checks a scenario file; throws with a message naming the file and the field.</summary>
        public static Scenario Load(string path)
        {
            Scenario s;
            try
            {
                s = JsonSerializer.Deserialize<Scenario>(File.ReadAllText(path), Options);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException(path + ": not a valid scenario (" + e.Message + ")");
            }

            if (s == null)
            {
                throw new InvalidDataException(path + ": empty scenario");
            }

            s.Check(path);
            return s;
        }

        /// <summary>JSON options: snake_case names, no unknown fields.</summary>
        public static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };

        /// <summary>The layout object.</summary>
        public MpoLayout MpoLayout => Core.MpoLayout.FromId((LayoutId)Layout);

        /// <summary>Link loss of a position (1-based).</summary>
        public double LinkLoss(int position) => LinkLossDb.Length == 1 ? LinkLossDb[0] : LinkLossDb[position - 1];

        private void Check(string path)
        {
            void Fail(string what) => throw new InvalidDataException(path + ": " + what);
            if (Faults == null || LinkLossDb == null || Broken == null || Limit == null || Polarity == null || ExpectedPolarity == null)
            {
                Fail("faults, link_loss_db, broken, limit, polarity and expected_polarity may not be null");
            }

            for (int i = 0; i < Faults.Length; i++)
            {
                if (Faults[i] == null)
                {
                    Fail("faults[" + i + "] is null");
                }

                Faults[i].Check(path, i);
            }

            double limitDb;
            if (!TryLimitDb(Limit, out limitDb))
            {
                Fail("limit '" + Limit + "' is not standard, elite or a number of dB from 0.05 to 20");
            }

            if (!(MinutesPerAction >= 0 && MinutesPerAction <= 1440) || !(NoiseSigmaCodes >= 0 && NoiseSigmaCodes <= 100) || !(Math.Abs(SourceDriftDb) <= 10))
            {
                Fail("minutes_per_action (0..1440), noise_sigma_codes (0..100) or source_drift_db (−10..10) is out of range");
            }

            if (LinkLossDb.Any(l => !(l >= 0 && l <= 60)))
            {
                Fail("link_loss_db holds a value outside 0..60 dB (a link cannot add light)");
            }

            if (Array.IndexOf(new[] { 8, 12, 16, 24, 32 }, Layout) < 0)
            {
                Fail("layout " + Layout + " is not 8, 12, 16, 24 or 32");
            }

            if (Array.IndexOf(new[] { 850, 1300, 1310, 1550 }, Wavelength) < 0)
            {
                Fail("wavelength " + Wavelength + " is not 850, 1300, 1310 or 1550");
            }

            if (EscalateAfter < 1 || EscalateAfter > 9)
            {
                Fail("escalate_after " + EscalateAfter + " is not 1..9");
            }

            int n = MpoLayout.PositionCount;
            if (LinkLossDb.Length != 1 && LinkLossDb.Length != n)
            {
                Fail("link_loss_db has " + LinkLossDb.Length + " values; give 1 or " + n);
            }

            foreach (Dirt d in new[] { Connector, Adapter, ReferenceCord })
            {
                if (d != null && (d.Positions == null || !(d.AddedDb >= 0 && d.AddedDb <= 30) || !(d.CleanRemoves >= 0 && d.CleanRemoves <= 1)))
                {
                    Fail("dirt needs positions, added_db 0..30 dB and clean_removes 0..1");
                }

                foreach (int p in (d?.Positions ?? Array.Empty<int>()).Concat(d?.MovesTo ?? Array.Empty<int>()))
                {
                    if (p < 1 || p > n)
                    {
                        Fail("dirt position " + p + " is outside 1.." + n);
                    }
                }
            }

            foreach (int p in Broken)
            {
                if (p < 1 || p > n)
                {
                    Fail("broken position " + p + " is outside 1.." + n);
                }
            }

            if (PolarityMap != null && (PolarityMap.Length != n || PolarityMap.Any(p => p < 0 || p > n)))
            {
                Fail("polarity_map needs " + n + " entries, each a source fiber 1.." + n + " or 0 for none");
            }

            Field?.Check(path);
            if (SourceDbm > 0 || SourceDbm < -50)
            {
                Fail("source_dbm " + SourceDbm + " is outside −50..0 dBm");
            }

            // The link's own polarity builds it only without a polarity_map.
            foreach (string word in PolarityMap == null ? new[] { Polarity, ExpectedPolarity } : new[] { ExpectedPolarity })
            {
                if (!PolarityTemplates.Applies(ParsePolarity(word, path), MpoLayout))
                {
                    Fail("polarity or expected_polarity '" + word + "' is not defined for " + MpoLayout.Name + ": " + PolarityTemplates.Words(MpoLayout) + " (both default to b)");
                }
            }
        }

        /// <summary>A scenario's limit: standard, elite or a number of dB from 0.05 to 20, as <c>set limit</c> takes it (false otherwise).</summary>
        public static bool TryLimitDb(string limit, out double db)
        {
            db = limit == "elite" ? LimitProfile.Elite.LimitDb : LimitProfile.Standard.LimitDb;
            if (limit == "elite" || limit == "standard")
            {
                return true;
            }

            return limit != null && double.TryParse(limit, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out db) && db >= 0.05 && db <= 20;
        }

        /// <summary>The field model this scenario runs in (null when switched off).</summary>
        public SimulatedField BuildField()
        {
            FieldSettings f = Field;
            if (f == null || !f.On)
            {
                return null;
            }

            return new SimulatedField(Seed)
            {
                MatingSigmaDb = f.MatingSigmaDb,
                SourceDriftDbPerJob = f.SourceDriftDbPer8h,
                SourceStepDb = f.SourceStepDb,
                SourceStepAtHours = f.SourceStepAtMinutes / 60.0,
                AmbientStartC = f.AmbientStartC,
                AmbientChangeC = f.AmbientChangeC,
                AmbientRampHours = f.AmbientRampMinutes / 60.0,
                ChipVariation = f.ChipVariation,
                Crosstalk = f.Crosstalk,
                Mating = f.MatingSigmaDb > 0,
            };
        }

        /// <summary>Maps a polarity word to the template.</summary>
        public static PolarityType ParsePolarity(string word, string path)
        {
            switch (word)
            {
                case "a": return PolarityType.TypeA;
                case "b": return PolarityType.TypeB;
                case "c": return PolarityType.TypeC;
                case "b-row": return PolarityType.TypeBRowMirror;
                case "b-rot": return PolarityType.TypeBFullRotation;
                case "row-swap": return PolarityType.RowSwap;
                default: throw new InvalidDataException(path + ": polarity '" + word + "' is not a, b, c, b-row, b-rot or row-swap");
            }
        }
    }
}
