using System;
using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>A loss below −(band + margin), or a connector that gained light everywhere, means the reference no longer applies.</summary>
    [TestClass]
    public class ReReferenceTests
    {
        [TestMethod]
        public void BrighterSourceGivesNoPassAndSaysReReference()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 1201);
            probe.TakeReference(-20.0);
            double[] losses = SimulatedProbe.Losses(12, 0.0);
            losses[0] = 1.05;
            probe.LightWithLoss(-19.4, losses);
            InspectionResult result = probe.Inspect();
            Check.True(result.ReReference, "the reference no longer applies");
            Check.Equal(0u, result.MaskOf(Verdict.Pass) | result.MaskOf(Verdict.PassStar), "no PASS anywhere");
            Check.Near(0.45, result.LossDb(1), 0.05, "fiber 1 reads 0.45 dB (truly 1.05)");
            Check.Equal(Verdict.NoReference, result.VerdictAt(1), "its PASS is withdrawn too");
            Check.Equal(MpoLayout.Mpo12.UsedMask & ~PositionMask.Of(1), result.NegativeMask, "−0.6 dB positions named");
            Diagnosis d = probe.Inspector.Diagnosis;
            Check.True(d.Count > 0 && d.KindAt(0) == FindingKind.ReReference, "first finding: re-reference");
            Check.Contains("RE-REFERENCE", d.Describe(0), "prompt");
            Check.Contains("cannot add light", d.Describe(0), "reason");
        }

        [TestMethod]
        public void SmallNegativeScatterIsAccepted()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 1202);
            probe.TakeReference(-20.0);
            double[] losses = SimulatedProbe.Losses(12, 0.10);
            losses[2] = -0.05;
            probe.LightWithLoss(-20.0, losses);
            InspectionResult result = probe.Inspect();
            Check.False(result.ReReference, "−0.05 dB on one fiber is within the budget");
            Check.Equal(Verdict.Pass, result.VerdictAt(3), "and passes");
        }

        [TestMethod]
        public void WholeConnectorShiftIsCaughtBelowThePerPositionThreshold()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 1203);
            probe.TakeReference(-20.0);
            // With u ≈ 0.10 dB per position the whole-connector threshold is −(2 ū + 0.05) ≈ −0.25 dB and
            // each position's is −(3.5 u + 0.05) ≈ −0.40 dB; −0.32 dB lies between them. (A −0.25 dB shift sat
            // on the first threshold: caught on the host, missed at the device's 64 dark samples, u 0.1016 dB.)
            probe.LightWithLoss(-19.68, SimulatedProbe.Losses(12, 0.0));
            InspectionResult result = probe.Inspect();
            Check.Equal(0u, result.NegativeMask, "−0.32 dB is inside each position's band");
            Check.Near(-0.32, result.ShiftDb, 0.03, "but every position gained light together");
            Check.True(result.ReReference, "re-reference");
            Check.Equal(Verdict.NoReference, result.Overall, "no PASS");
            Check.Contains("every position gained light", probe.Inspector.Diagnosis.Describe(0), "reason");
        }

        [TestMethod]
        public void ReReferenceIsOnTheScreenAndInTheLog()
        {
            SimulatedHardware hw = new SimulatedHardware(1204);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            flow.Command(CommandAction.Reference);
            hw.Light(-19.3, SimulatedProbe.Losses(12, 0.1));
            flow.Command(CommandAction.Inspect);
            Check.True(core.SelfTest.Faults.Kind == FaultKind.SourceChanged, "the fault kind is source_changed");
            Check.Equal("REF NO LONGER VALID. CHECK SOURCE AND CORD, SET NEW REF.", FaultCatalogue.Screen(FaultKind.SourceChanged), "the screen says what to do, for a loss below zero or a connector that lost light alike");
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"re_reference\""), "error record with the reason");
            Check.True(WorkflowFixture.Logged(hw, "RE-REFERENCE: loss"), "the reason names the loss");
            Check.True(WorkflowFixture.Logged(hw, "\"code\":\"source_changed\""), "fault record");
            Check.False(WorkflowFixture.Logged(hw, "\"type\":\"inspection\""), "no inspection record: no loss that looks valid");
            Check.Equal("PRESS: NEW REFERENCE", FaultCatalogue.PressAction(FaultKind.SourceChanged), "no RETRY offered: retrying cannot help");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.ConnectReference, "the press goes on to the reference cord");
        }
    }
}
