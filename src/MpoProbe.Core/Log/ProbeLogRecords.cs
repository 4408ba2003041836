namespace MpoProbe.Core
{
    /// <summary>
    /// The records written on every button cycle: inspection, diagnosis, clean and polarity. Their
    /// field names are <see cref="LogKeys"/> fields, never literals (docs/core.md, "Memory on the device").
    /// </summary>
    public sealed partial class ProbeLog
    {
        /// <summary>An inspection: per position power, loss, uncertainty and verdict.</summary>
        public void Inspection(InspectionResult r, string limitName)
        {
            Inspection(r, limitName, null);
        }

        /// <summary>An inspection with the polarity line in a builder (no string built).</summary>
        public void Inspection(InspectionResult r, string limitName, string fiber, Verdict overall, PolarityVerdict polarity, TextBuilder polarityIssue)
        {
            SendAnswer(InspectionRecord(r, limitName, fiber, overall, polarity, polarityIssue));
        }

        /// <summary>An inspection, naming the fiber type of the link (polarity not tested).</summary>
        public void Inspection(InspectionResult r, string limitName, string fiber)
        {
            Inspection(r, limitName, fiber, r.Overall, PolarityVerdict.NotTested, (string)null);
        }

        /// <summary>
        /// An inspection with its overall verdict (<see cref="OverallVerdict"/>: loss and polarity),
        /// the loss verdict alone, the polarity verdict and, when it failed, what is wrong in one line.
        /// </summary>
        public void Inspection(InspectionResult r, string limitName, string fiber, Verdict overall, PolarityVerdict polarity, string polarityIssue)
        {
            SendAnswer(InspectionRecord(r, limitName, fiber, overall, polarity, polarityIssue));
        }

        /// <summary>The inspection record, filled but not sent (the workflow adds the forced reference's weak positions).</summary>
        public JsonLine InspectionRecord(InspectionResult r, string limitName, string fiber, Verdict overall, PolarityVerdict polarity, string polarityIssue)
        {
            return InspectionRecord(r, limitName, fiber, overall, polarity, polarityIssue == null ? null : _text.Clear().Add(polarityIssue));
        }

        /// <summary>As above with the polarity line in a builder (the workflow's: no string per inspection).</summary>
        public JsonLine InspectionRecord(InspectionResult r, string limitName, string fiber, Verdict overall, PolarityVerdict polarity, TextBuilder polarityIssue)
        {
            JsonLine record = Start(LogKeys.Inspection).Add(LogKeys.Layout, r.Layout.Name).Add(LogKeys.Fiber, fiber).Add(LogKeys.WavelengthNm, (int)r.Wavelength).Add(LogKeys.Limit, limitName)
                .Add(LogKeys.LimitDb, r.LimitDb, 3).Add(LogKeys.GuardDb, r.GuardBandDb, 3).Add(LogKeys.ReferenceStale, r.ReferenceStale)
                .Add(LogKeys.ReReference, r.ReReference);
            if (r.CleanFirst)
            {
                // Only when held: on every record the field cost the device's cycle 72 B (`--device-heap`, 1 488 → 1 560 B).
                record.Add(LogKeys.HeldForClean, true);
            }

            record.Add(LogKeys.SourceCorrectionDb, r.SourceCorrectionDb, 3).Add(LogKeys.K, UncertaintyBudget.CoverageK, 1).Add(LogKeys.Overall, VerdictText.Name(overall))
                .Add(LogKeys.LossOverall, VerdictText.Name(r.Overall)).Add(LogKeys.Polarity, OverallVerdict.PolarityName(polarity)).Add(LogKeys.PolarityIssue, polarity == PolarityVerdict.Fail ? polarityIssue : null)
                .Add(LogKeys.WorstPos, r.WorstPosition).Add(LogKeys.WorstLossDb, r.WorstPosition != 0, r.WorstLossDb, 3).BeginArray(LogKeys.Positions);
            for (int p = 1; p <= r.Layout.PositionCount; p++)
            {
                record.BeginObject().Add(LogKeys.Pos, p).Add(LogKeys.Color, FiberColors.Name(p)).Add(LogKeys.Dbm, r.HasPower(p), r.PowerDbm(p), 3).Add(LogKeys.LossDb, r.HasLoss(p), r.LossDb(p), 3)
                    .Add(LogKeys.UDb, r.HasLoss(p), r.UncertaintyDb(p), 4).Add(LogKeys.BandDb, r.HasBand(p), r.BandDb(p), 3).Add(LogKeys.Verdict, VerdictText.Name(r.VerdictAt(p))).EndObject();
            }

            return record.EndArray();
        }

        /// <summary>The connector diagnosis of an inspection.</summary>
        public void Diagnosis(Diagnosis d)
        {
            Diagnosis(d, null);
        }

        /// <summary>The connector diagnosis and the prompt it led to (<see cref="Prompts.Name"/>; null for none).</summary>
        public void Diagnosis(Diagnosis d, string prompt)
        {
            JsonLine record = Start(LogKeys.Diagnosis).BeginArray(LogKeys.Findings);
            for (int i = 0; i < d.Count; i++)
            {
                record.BeginObject().Add(LogKeys.Kind, FindingName(d.KindAt(i))).AddMask(LogKeys.Positions, d.PositionsAt(i)).Add(LogKeys.Advice, d.Describe(i, _text)).EndObject();
            }

            record.EndArray();
            Send(prompt == null ? record : record.Add(LogKeys.Prompt, prompt));
        }

        /// <summary>A clean cycle's comparison, with the likely cause when it escalates.</summary>
        public void Clean(CleanCycle c, MpoLayout layout, string likelyCause)
        {
            Clean(c, layout.PositionCount, c.Escalate ? likelyCause : null);
        }

        /// <summary>A clean cycle's comparison.</summary>
        public void Clean(CleanCycle c, int positions)
        {
            Clean(c, positions, null);
        }

        private void Clean(CleanCycle c, int positions, string likelyCause)
        {
            JsonLine record = Start(LogKeys.Clean).Add(LogKeys.AllClean, c.AllClean).Add(LogKeys.Moved, c.Moved).Add(LogKeys.Improving, c.Improving).Add(LogKeys.FailedCleans, c.FailedCleans).Add(LogKeys.Escalate, c.Escalate)
                .AddMask(LogKeys.Confirmed, c.ConfirmedMask).AddMask(LogKeys.Persistent, c.PersistentMask)
                .Add(LogKeys.Advice, c.Describe(_text)).Add(LogKeys.LikelyCause, likelyCause == null ? null : _cause.Clear().AddLower(likelyCause))
                .BeginArray(LogKeys.Positions);
            for (int p = 1; p <= positions; p++)
            {
                record.BeginObject().Add(LogKeys.Pos, p).Add(LogKeys.BeforeDb, PositionMask.Contains(c.LossBeforeCleanMask, p), c.LossBeforeCleanDb(p), 3)
                    .Add(LogKeys.AfterDb, PositionMask.Contains(c.LossAfterCleanMask, p), c.LossAfterCleanDb(p), 3)
                    .Add(LogKeys.ChangeDb, PositionMask.Contains(c.LossBeforeCleanMask & c.LossAfterCleanMask, p), c.ChangeDb(p), 3).Add(LogKeys.Outcome, OutcomeName(c.OutcomeAt(p))).EndObject();
            }

            Send(record.EndArray());
        }

        /// <summary>A polarity scan and its classification.</summary>
        public void Polarity(PolarityMap map, PolarityResult result)
        {
            JsonLine record = Start(LogKeys.Polarity).Add(LogKeys.Status, StatusName(map.Status)).Add(LogKeys.Best, result.IsKnown ? PolarityTemplates.Name(result.Best) : null)
                .Add(LogKeys.Verdict, PolarityVerdictName(result.Verdict)).Add(LogKeys.Summary, result.Describe(_text))
                .Add(LogKeys.ScanMs, map.ScanMicroseconds / 1000).BeginArray(LogKeys.Map);
            for (int j = 1; j <= map.PositionCount; j++)
            {
                record.BeginObject().Add(LogKeys.Pos, j).Add(LogKeys.From, map.SourceAt(j)).EndObject();
            }

            Send(record.EndArray());
        }
    }
}
