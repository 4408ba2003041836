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
            hw.Light(-20, SimulatedProbe.Losses(12, 1.0));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "every fiber 1.0 dB alike: refused as a moved source");
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Reference);
            Check.True(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "the new reference reads as the old one: said");
            hw.Light(-20, SimulatedProbe.Losses(12, 1.0));
            flow.Command(CommandAction.Inspect);
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
            hw.Light(-21, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "the source 1 dB dimmer: refused");
            hw.Light(-21, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Reference);
            Check.False(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "the new reference reads 1 dB lower: nothing proven");
            hw.Light(-21, SimulatedProbe.Losses(12, 1.0));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "a link alike 1 dB down is refused again");
        }

        [TestMethod]
        public void APassedRecheckProvesARefusalOnlyWhereTheLinkFailsWhateverTheSourceDidWithinIt()
        {
            SimulatedHardware hw = new SimulatedHardware(953);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core, -20);
            hw.Light(-20, SimulatedProbe.Losses(12, 0.85));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "0.85 dB alike: refused");
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Recheck);
            Check.True(flow.State == ProbeState.Ready, "the cord reads as the reference: passed");
            Check.False(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "0.85 dB less the re-check's limit is not above 0.75 dB: nothing proven");
            hw.Light(-20, SimulatedProbe.Losses(12, 1.2));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "1.2 dB alike: refused");
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Recheck);
            Check.True(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "1.2 dB fails whatever the source did within the re-check: proven");
            hw.Light(-20, SimulatedProbe.Losses(12, 1.2));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Result, "measured");
            hw.Light(-20, SimulatedProbe.Losses(12, 0.85));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "while waived, a link alike within the margin of the limit is still refused");
        }

        [TestMethod]
        public void AConnectorThatGainedLightAlikeArmsNoProof()
        {
            SimulatedHardware hw = new SimulatedHardware(954);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core, -20);
            hw.Light(-19.4, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "0.6 dB brighter: refused");
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Recheck);
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

        private static void Fill(Scan scan, double dbm)
        {
            for (int p = 1; p <= 12; p++)
            {
                scan.At(p).Set(ChannelStatus.Ok, 8, 1500, 16, dbm, 0.002);
            }
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
            hw.Light(dbm, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Reference);
            return flow;
        }
    }
}
