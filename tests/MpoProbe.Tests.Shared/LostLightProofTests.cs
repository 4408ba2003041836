using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// A link whose every fiber lost light alike is refused as a moved source or reference; once the
    /// reference cord reads as the refused reference did (a new reference or a passed re-check), its
    /// loss is the link's and is measured (docs/uncertainty.md, "Plain source").
    /// </summary>
    [TestClass]
    public class LostLightProofTests
    {
        [TestMethod]
        public void ALinkThatLostLightAlikeIsMeasuredOnceTheNewReferenceReadsAsTheOldOne()
        {
            SimulatedHardware hw = new SimulatedHardware(951);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core, -20);
            Apply(hw, flow, -20, 1.0, CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "every fiber 1.0 dB alike: refused as a moved source");
            Apply(hw, flow, -20, 0, CommandAction.Reference);
            Check.True(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "the new reference reads as the old one: said");
            Apply(hw, flow, -20, 1.0, CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Result, "the same link now measured");
            InspectionResult r = core.Inspector.Result;
            Check.Equal(Verdict.Fail, r.VerdictAt(1), "1.0 dB against the 0.75 dB limit");
            Check.Near(1.0, r.LossDb(12), 0.05, "the link's loss");
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Result, "still measured while the reference stands");
        }

        [TestMethod]
        public void ASourceThatReallyMovedIsNotWaived()
        {
            SimulatedHardware hw = new SimulatedHardware(952);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core, -20);
            Apply(hw, flow, -21, 0, CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "the source 1 dB dimmer: refused");
            Apply(hw, flow, -21, 0, CommandAction.Reference);
            Check.False(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "the new reference reads 1 dB lower: nothing proven");
            Apply(hw, flow, -21, 1.0, CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "a link alike 1 dB down is refused again");
        }

        [TestMethod]
        public void APassedRecheckProvesARefusalOnlyWhereTheLinkFailsWhateverTheSourceDidWithinIt()
        {
            SimulatedHardware hw = new SimulatedHardware(953);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core, -20);
            Apply(hw, flow, -20, 0.85, CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "0.85 dB alike: refused");
            Apply(hw, flow, -20, 0, CommandAction.Recheck);
            Check.True(flow.State == ProbeState.Ready, "the cord reads as the reference: passed");
            Check.False(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "0.85 dB less the re-check's limit is not above 0.75 dB: nothing proven");
            Apply(hw, flow, -20, 1.2, CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "1.2 dB alike: refused");
            Apply(hw, flow, -20, 0, CommandAction.Recheck);
            Check.True(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "1.2 dB fails whatever the source did within the re-check: proven");
            Apply(hw, flow, -20, 1.2, CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Result, "measured");
            Apply(hw, flow, -20, 0.85, CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "while waived, a link alike within the margin of the limit is still refused");
        }

        [TestMethod]
        public void AConnectorThatGainedLightAlikeArmsNoProof()
        {
            SimulatedHardware hw = new SimulatedHardware(954);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core, -20);
            Apply(hw, flow, -19.4, 0, CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "0.6 dB brighter: refused");
            Apply(hw, flow, -20, 0, CommandAction.Recheck);
            Check.False(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "a gain is never the link's: nothing to prove");
        }

        [TestMethod]
        public void AWaiverIsProvenOnceKeptByPassedRechecksAndEndedByAFailedOneOrAReset()
        {
            Reference reference = Captured(-20.0, 1000);
            var proof = new LostLightProof();
            proof.Refused(reference, MpoLayout.Mpo12, 10, 2000, 1.2, 0.75);
            Check.True(proof.Rechecked(true, reference, 0.01, 0.2), "1.2 + 0.01 − 0.2 above 0.75: proven");
            Check.True(proof.HoldsFor(reference), "holds on this reference");
            Check.Near(0.19, proof.MarginDb, 1e-12, "margin L − m");
            Check.False(proof.Rechecked(true, reference, -0.05, 0.2), "proven once only");
            Check.True(proof.HoldsFor(reference), "a passed re-check keeps it");
            Check.Near(0.25, proof.MarginDb, 1e-12, "and renews the margin");
            Check.False(proof.HoldsFor(Captured(-20.0, 5000)), "not on another reference");
            proof.Rechecked(false, reference, 0.5, 0.2);
            Check.False(proof.HoldsFor(reference), "a failed re-check ends it");
            proof.Refused(reference, MpoLayout.Mpo12, 10, 2000, 1.2, 0.75);
            Check.False(proof.Rechecked(true, Captured(-20.0, 7000), 0, 0.2), "a re-check of another reference proves nothing");
            proof.Refused(reference, MpoLayout.Mpo12, 10, 2000, 1.2, 0.75);
            proof.Rechecked(true, reference, 0, 0.2);
            proof.Reset();
            Check.False(proof.HoldsFor(reference), "a reset ends it");
            Check.False(proof.Rechecked(true, reference, 0, 0.2), "and forgets the refusal");
        }

        [TestMethod]
        public void TheProofComparesMeansWithinTheRechecksLimit()
        {
            var reference = new Reference();
            var scan = new Scan();
            var budget = new UncertaintyBudget();
            Fill(scan, -20.0);
            reference.Capture(scan, MpoLayout.Mpo12, 0, 0);
            var fresh = new LostLightProof();
            Check.False(fresh.NewReference(reference, MpoLayout.Mpo12, budget, 0), "no refusal before: a matching reference proves nothing");
            double mean;
            Check.True(LostLightProof.MeanDbm(reference, MpoLayout.Mpo12, out mean), "powers to average");
            Check.Near(-20.0, mean, 1e-9, "mean power");
            Check.False(LostLightProof.MeanDbm(new Reference(), MpoLayout.Mpo12, out mean), "an empty reference has no mean");
            var proof = new LostLightProof();
            proof.Refused(reference, MpoLayout.Mpo12, 0, 0, 1.0, 0.75);
            Fill(scan, -20.1);
            reference.Capture(scan, MpoLayout.Mpo12, 60000, 0);
            Check.True(proof.NewReference(reference, MpoLayout.Mpo12, budget, 60000), "0.1 dB: inside the limit, waived");
            Check.Near(0, proof.MarginDb, 1e-12, "a new reference carries no source shift: margin 0");
            Check.True(proof.HoldsFor(reference), "on the new reference");
            proof.Refused(reference, MpoLayout.Mpo12, 0, 60000, 1.0, 0.75);
            Fill(scan, -20.5);
            reference.Capture(scan, MpoLayout.Mpo12, 120000, 0);
            Check.False(proof.NewReference(reference, MpoLayout.Mpo12, budget, 120000), "0.4 dB: the source moved");
            Check.False(proof.Waived, "not waived");
            proof.Refused(reference, MpoLayout.Mpo12, 0, 120000, 1.0, 0.75);
            reference.Capture(scan, MpoLayout.Mpo24, 180000, 0);
            Check.False(proof.NewReference(reference, MpoLayout.Mpo24, budget, 180000), "another layout is not comparable");
        }

        [TestMethod]
        public void ARefusalAfterANegativePositionArmsNoProof()
        {
            SimulatedHardware hw = new SimulatedHardware(955);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core, -20);
            double[] losses = SimulatedProbe.Losses(12, 1.0);
            losses[0] = -0.8;
            hw.Light(-20, losses);
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "a position gained 0.8 dB: refused");
            Apply(hw, flow, -20, 0, CommandAction.Reference);
            Check.False(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "not a connector that lost light alike: nothing to prove");
        }

        [TestMethod]
        public void TheProofUsesTheShiftsSignTheDriftSinceTheRefusedReferenceAndTheMonitor()
        {
            var budget = new UncertaintyBudget();
            var proof = new LostLightProof();
            Reference old = Captured(-20.0, 0);
            proof.Refused(old, MpoLayout.Mpo12, 0, 0, 0.9, 0.75);
            Check.False(proof.Rechecked(true, old, -0.2, 0.2), "0.9 dB, the cord 0.2 dB low: the link may be 0.5 dB; not proven");
            double sigma = RecheckMean.SigmaDb(budget.Mating, budget.MatingSigmaDb, 1, 12, FieldFigures.SourceShortTermDb);
            double between = (RecheckMean.LimitDb(sigma, 0) + RecheckMean.LimitDb(sigma, 0.1)) / 2;
            proof.Refused(old, MpoLayout.Mpo12, 0, 0, 1.0, 0.75);
            Check.False(proof.NewReference(Captured(-20.0 + between, 60000), MpoLayout.Mpo12, budget, 60000), "brighter by more than a fresh reference's limit: not proven");
            proof.Refused(old, MpoLayout.Mpo12, 0, 0, 1.0, 0.75);
            Check.True(proof.NewReference(Captured(-20.0 + between, 60000), MpoLayout.Mpo12, budget, FieldFigures.JobMinutes * 60000L), "8 h after the refusal the drift allows it");
            proof.Refused(old, MpoLayout.Mpo12, -1, 0, 1.0, 0.75);
            Check.True(proof.NewReference(Captured(-20.0 - between, 60000), MpoLayout.Mpo12, budget, 60000), "a refused reference of unknown age: the whole statement");
            Check.False(proof.NewReference(Captured(-20.0 - between, 90000), MpoLayout.Mpo12, budget, 90000), "proven once: no refusal pending");
            old.SetMonitor(true, 0.3);
            proof.Refused(old, MpoLayout.Mpo12, 0, 0, 1.0, 0.75);
            Reference dimmer = Captured(-20.5, 60000);
            dimmer.SetMonitor(true, -0.2);
            Check.True(proof.NewReference(dimmer, MpoLayout.Mpo12, budget, 60000), "0.5 dB dimmer and the monitor says so (0.3 → −0.2): the cord held");
            proof.Refused(old, MpoLayout.Mpo12, -1, 0, 1.0, 0.75);
            double monitored = RecheckMean.SigmaDb(budget.Mating, budget.MatingSigmaDb, 1, 12, UncertaintyBudget.MonitorResidualDb(0));
            double past = (RecheckMean.LimitDb(monitored, 0) + RecheckMean.LimitDb(monitored, 0.1)) / 2;
            Reference moved = Captured(-20.0 - past, 60000);
            moved.SetMonitor(true, 0.3);
            Check.False(proof.NewReference(moved, MpoLayout.Mpo12, budget, 60000), "through a monitor no drift is allowed, whatever the refused reference's age");
            dimmer.SetMonitor(true, 0.3);
            proof.Refused(old, MpoLayout.Mpo12, 0, 0, 1.0, 0.75);
            Check.False(proof.NewReference(dimmer, MpoLayout.Mpo12, budget, 60000), "0.5 dB dimmer, the monitor unchanged: moved");
        }

        [TestMethod]
        public void TheMeanCountsEveryUsedPositionAndWaivedRefusalsEndTheWaiver()
        {
            var scan = new Scan();
            Fill(scan, -20.0);
            scan.At(12).Set(ChannelStatus.Ok, 8, 1500, 16, -21.2, 0.002);
            var reference = new Reference();
            reference.Capture(scan, MpoLayout.Mpo12, 1000, 0);
            double mean;
            LostLightProof.MeanDbm(reference, MpoLayout.Mpo12, out mean);
            Check.Near(-20.1, mean, 1e-9, "the last position counts");
            Check.False(LostLightProof.MeanDbm(new Reference(), MpoLayout.Mpo12, out mean), "no power");
            Check.Near(0, mean, 1e-12, "and 0, not a division by zero");
            var proof = new LostLightProof();
            proof.Refused(reference, MpoLayout.Mpo12, 0, 0, 1.2, 0.75);
            proof.Rechecked(true, reference, 0, 0.2);
            Check.True(proof.HoldsFor(reference), "waived");
            proof.Refused(reference, MpoLayout.Mpo12, 0, 0, 0.8, 0.75);
            Check.False(proof.HoldsFor(reference), "a refusal within the margin ends the waiver until proven again");
            var m = new MatingRepeatability();
            Check.Near(RecheckMean.SigmaDb(m, 0.05, 1, 1, 0), RecheckMean.SigmaDb(m, 0.05, 0, 0, 0), 1e-12, "no matings and no positions count as one");
        }

        private static void Fill(Scan scan, double dbm)
        {
            for (int p = 1; p <= 12; p++)
            {
                scan.At(p).Set(ChannelStatus.Ok, 8, 1500, 16, dbm, 0.002);
            }
        }

        /// <summary>Lights every position at <paramref name="dbm"/> less <paramref name="lossDb"/> and sends <paramref name="action"/>.</summary>
        private static void Apply(SimulatedHardware hw, ProbeWorkflow flow, double dbm, double lossDb, CommandAction action)
        {
            hw.Light(dbm, SimulatedProbe.Losses(12, lossDb));
            flow.Command(action);
        }

        private static Reference Captured(double dbm, long uptimeMs)
        {
            var scan = new Scan();
            Fill(scan, dbm);
            var reference = new Reference();
            reference.Capture(scan, MpoLayout.Mpo12, uptimeMs, 0);
            return reference;
        }

        private static ProbeWorkflow WithReference(SimulatedHardware hw, out ProbeCore core, double dbm)
        {
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            Apply(hw, flow, dbm, 0, CommandAction.Reference);
            return flow;
        }
    }
}
