namespace MpoProbe.Core
{
    /// <summary>The records of the probe's own mating repeatability (docs/serial-log.md, "remate").</summary>
    public sealed partial class ProbeLog
    {
        /// <summary>A link re-mate used as evidence: positions compared, the pooled estimate, its degrees of freedom and the figure the budget now uses.</summary>
        public void Remate(MatingRepeatability m, double budgetSigmaDb, int positions)
        {
            Send(AddMating(Start("remate").Add("positions", positions), m, budgetSigmaDb));
        }

        /// <summary>Adds the mating fields (<c>mating_sigma_db</c> the budget uses, <c>mating_estimate_db</c>, <c>mating_dof</c>, <c>mating_remates</c>) to a record.</summary>
        public JsonLine AddMating(JsonLine record, MatingRepeatability m, double budgetSigmaDb)
        {
            return record.Add(LogKeys.MatingSigmaDb, budgetSigmaDb, 4).Add(LogKeys.MatingEstimateDb, m.EstimateDb, 4)
                .Add(LogKeys.MatingDof, m.DegreesOfFreedom, 1).Add(LogKeys.MatingRemates, m.Remates);
        }
    }
}
