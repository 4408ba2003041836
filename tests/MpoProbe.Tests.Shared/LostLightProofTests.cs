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
        public void APassedRecheckAfterTheRefusalProvesItAndAFailedOneEndsTheWaiver()
        {
            SimulatedHardware hw = new SimulatedHardware(953);
            ProbeCore core;
            ProbeWorkflow flow = WithReference(hw, out core, -20);
            hw.Light(-20, SimulatedProbe.Losses(12, 1.0));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Fault, "refused");
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Recheck);
            Check.True(flow.State == ProbeState.Ready, "the cord reads as the reference: passed");
            Check.True(WorkflowFixture.Logged(hw, "lost_light_confirmed"), "proven by the re-check");
            hw.Light(-20, SimulatedProbe.Losses(12, 1.0));
            flow.Command(CommandAction.Inspect);
            Check.True(flow.State == ProbeState.Result, "measured");
            var proof = new LostLightProof();
            Check.False(proof.Rechecked(true), "a re-check with no refusal before proves nothing");
            Check.False(proof.Waived, "and waives nothing");
        }

        [TestMethod]
        public void TheProofComparesMeansWithinTheRechecksLimit()
        {
            var reference = new Reference();
            var scan = new Scan();
            var budget = new UncertaintyBudget();
            Fill(scan, -20.0);
            reference.Capture(scan, MpoLayout.Mpo12, 0, 0);
            double mean;
            Check.True(LostLightProof.MeanDbm(reference, MpoLayout.Mpo12, out mean), "powers to average");
            Check.Near(-20.0, mean, 1e-9, "mean power");
            Check.False(LostLightProof.MeanDbm(new Reference(), MpoLayout.Mpo12, out mean), "an empty reference has no mean");
            var proof = new LostLightProof();
            proof.Refused(reference, MpoLayout.Mpo12, 0);
            Fill(scan, -20.1);
            reference.Capture(scan, MpoLayout.Mpo12, 0, 0);
            Check.True(proof.NewReference(reference, MpoLayout.Mpo12, budget), "0.1 dB: inside the limit, waived");
            proof.Refused(reference, MpoLayout.Mpo12, 0);
            Fill(scan, -20.5);
            reference.Capture(scan, MpoLayout.Mpo12, 0, 0);
            Check.False(proof.NewReference(reference, MpoLayout.Mpo12, budget), "0.4 dB: the source moved");
            Check.False(proof.Waived, "not waived");
            Check.False(proof.NewReference(reference, MpoLayout.Mpo12, budget), "no refusal since: nothing to prove");
        }

        private static void Fill(Scan scan, double dbm)
        {
            for (int p = 1; p <= 12; p++)
            {
                scan.At(p).Set(ChannelStatus.Ok, 8, 1500, 16, dbm, 0.002);
            }
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
