namespace MpoProbe.Core
{
    /// <summary>
    /// Reads the pattern of verdicts across the ferrule and says what it points to, naming the
    /// positions (shared/domain.md, "Contamination, cleaning and escalation"). Findings are
    /// kept as kind + position mask so analysis allocates nothing; <see cref="Describe(int)"/>
    /// makes the text.
    /// </summary>
    public sealed class Diagnosis
    {
        /// <summary>Most findings one inspection can hold.</summary>
        public const int MaxFindings = 16;

        private readonly FindingKind[] _kind = new FindingKind[MaxFindings];
        private readonly uint[] _positions = new uint[MaxFindings];
        private InspectionResult _result;

        /// <summary>
        /// Largest spread of losses, in dB, for which raised losses on every position count as
        /// uniform (default 0.3 dB, the project's choice).
        /// </summary>
        public double UniformSpreadDb { get; set; } = InspectionResult.UniformSpreadDb;

        /// <summary>Findings of the last analysis.</summary>
        public int Count { get; private set; }

        /// <summary>Kind of finding <paramref name="index"/>.</summary>
        public FindingKind KindAt(int index)
        {
            return _kind[index];
        }

        /// <summary>Positions of finding <paramref name="index"/>.</summary>
        public uint PositionsAt(int index)
        {
            return _positions[index];
        }

        /// <summary>True when a finding of this kind covers exactly these positions.</summary>
        public bool Has(FindingKind kind, uint positions)
        {
            for (int i = 0; i < Count; i++)
            {
                if (_kind[i] == kind && _positions[i] == positions)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Analyses an inspection result.</summary>
        public void Analyse(InspectionResult result)
        {
            _result = result;
            Count = 0;
            MpoLayout layout = result.Layout;
            uint noLight = result.MaskOf(Verdict.NoLight);
            if (noLight == layout.UsedMask)
            {
                Add(FindingKind.NoLightAll, noLight);
                return;
            }

            if (result.ReReference)
            {
                // The reference no longer applies: say so first, and nothing else reads the losses.
                Add(FindingKind.ReReference, result.NegativeMask != 0 ? result.NegativeMask : layout.UsedMask);
                Add(FindingKind.NoLightSome, noLight);
                return;
            }

            // A connector held for a clean (InspectionResult.CleanFirst) has its loss verdicts held, not a missing reference.
            Add(FindingKind.NoReference, result.CleanFirst ? 0 : result.MaskOf(Verdict.NoReference));
            if (result.ReferenceStale)
            {
                Add(FindingKind.StaleReference, layout.UsedMask);
            }
            Add(FindingKind.OverRange, result.MaskOf(Verdict.OverRange));
            Add(FindingKind.UnexpectedLight, result.MaskOf(Verdict.UnexpectedLight));
            Add(FindingKind.NoLightSome, noLight);
            if (result.CleanFirst || IsUniform(result))
            {
                Add(FindingKind.UniformLoss, layout.UsedMask);
                return;
            }

            GroupNeighbours(result);
        }

        private bool IsUniform(InspectionResult result)
        {
            MpoLayout layout = result.Layout;
            double min = double.MaxValue;
            double max = double.MinValue;
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                if (!layout.IsUsed(p))
                {
                    continue;
                }

                double loss = result.LossDb(p);
                Verdict v = result.VerdictAt(p);
                if (!result.HasLoss(p) || v == Verdict.Pass || v == Verdict.PassStar)
                {
                    return false;
                }

                min = loss < min ? loss : min;
                max = loss > max ? loss : max;
            }

            return layout.UsedCount >= 2 && max - min <= UniformSpreadDb;
        }

        private void GroupNeighbours(InspectionResult result)
        {
            MpoLayout layout = result.Layout;
            uint bad = result.MaskOf(Verdict.Fail) | result.MaskOf(Verdict.FailStar) | result.MaskOf(Verdict.Unstable);
            uint marginal = result.MaskOf(Verdict.PassStar);
            uint remaining = bad;
            while (remaining != 0)
            {
                uint group = PositionMask.Of(PositionMask.First(remaining));
                uint grown = 0;
                while (grown != group)
                {
                    grown = group;
                    for (int p = 1; p <= layout.PositionCount; p++)
                    {
                        if (PositionMask.Contains(grown, p))
                        {
                            group |= layout.NeighbourMask(p) & (bad | marginal);
                        }
                    }
                }

                remaining &= ~group;
                Add(KindOfGroup(result, group), group);
            }
        }

        private static FindingKind KindOfGroup(InspectionResult result, uint group)
        {
            if (PositionMask.Count(group) >= 2)
            {
                return FindingKind.SuspectContamination;
            }

            Verdict v = result.VerdictAt(PositionMask.First(group));
            return v == Verdict.Fail || v == Verdict.FailStar ? FindingKind.IsolatedHighLoss : FindingKind.UnstableReading;
        }

        private void Add(FindingKind kind, uint positions)
        {
            if (positions == 0 || Count == MaxFindings)
            {
                return;
            }

            _kind[Count] = kind;
            _positions[Count] = positions;
            Count++;
        }

        private void ReReferenceReason(uint mask, TextBuilder t)
        {
            if (_result.NegativeMask == 0 && _result.HasShift && _result.ShiftDb > 0)
            {
                t.Add("RE-REFERENCE: every position lost light alike (mean loss ").AddDb(_result.ShiftDb)
                    .Add(" dB, no more spread than the probe's own scatter): the source or the reference changed since the reference was set, or the whole connector lost light (a gap, an adapter); set a new reference or re-check the cord: if it reads as before, the link is measured");
                return;
            }

            if (_result.NegativeMask == 0)
            {
                t.Add("RE-REFERENCE: every position gained light (mean loss ").AddDb(_result.ShiftDb)
                    .Add(" dB): the source or the reference changed since the reference was set; no PASS until a new reference");
                return;
            }

            int p = PositionMask.First(mask);
            double limit = _result.NegativeLimitDb(p);
            t.Add("RE-REFERENCE: loss ").AddDb(_result.LossDb(p)).Add(" dB at ").AddPositions(mask).Add(" is below ")
                .AddDb(limit).Add(" dB (a link cannot add light): the source or the reference changed; no PASS until a new reference");
        }

        /// <summary>The advice of finding <paramref name="index"/> for the screen and the log (allocates; the log writes it with <see cref="Describe(int, TextBuilder)"/>).</summary>
        public string Describe(int index)
        {
            return Describe(index, new TextBuilder()).ToString();
        }

        /// <summary>Writes the advice of finding <paramref name="index"/> into <paramref name="t"/> (cleared first); returns it.</summary>
        public TextBuilder Describe(int index, TextBuilder t)
        {
            uint mask = _positions[index];
            t.Clear();
            switch (_kind[index])
            {
                case FindingKind.SuspectContamination:
                    return t.Add("suspect contamination at ").AddPositions(mask).Add(": clean connector AND adapter, then re-inspect");
                case FindingKind.IsolatedHighLoss:
                    return t.Add("high loss ").AddDb(_result.LossDb(PositionMask.First(mask))).Add(" dB at ").AddPositions(mask)
                        .Add(": clean and re-inspect; if it stays, suspect a damaged fiber");
                case FindingKind.UnstableReading:
                    return t.Add("unstable reading at ").AddPositions(mask).Add(": clean, re-seat and re-inspect");
                case FindingKind.UniformLoss:
                    t.Add("all positions uniformly high (worst ").AddDb(_result.WorstLossDb).Add(" dB): clean connector and adapter, re-inspect; if it stays: mating, the adapter or a stale reference, not one fiber");
                    return _result.CleanFirst ? t.Add("; loss verdicts held until the clean (dirt, or a source or reference that moved)") : t;
                case FindingKind.NoLightSome:
                    return t.Add("no light at ").AddPositions(mask).Add(": broken or missing fiber, or polarity (light arriving elsewhere)");
                case FindingKind.NoLightAll:
                    return t.Add("no light on any position: source off, wrong wavelength or nothing connected");
                case FindingKind.UnexpectedLight:
                    return t.Add("light at ").AddPositions(mask).Add(" which are dark by design: wrong layout selected, or polarity");
                case FindingKind.OverRange:
                    return t.Add("too much light at ").AddPositions(mask).Add(": add an attenuator");
                case FindingKind.StaleReference:
                    return t.Add("reference older than allowed: results are PASS* at best; set a new reference");
                case FindingKind.ReReference:
                    ReReferenceReason(mask, t);
                    return t;
                default:
                    return t.Add("no valid reference for ").Add(_result.Layout.Name).Add(" at ").Add((int)_result.Wavelength).Add(" nm: set a reference first");
            }
        }
    }
}
