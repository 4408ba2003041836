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
    /// Every fiber above the limit, unevenly but within 0.3 dB: dirt on every fiber, or a source that
    /// moved under a link whose fibers differ a little. One inspection cannot tell them apart: the loss
    /// verdicts are held and the prompt is a clean; a clean that takes nothing off reads RE-REFERENCE
    /// (issue 25, part 4; docs/uncertainty.md, "Plain source").
    /// </summary>
    [TestClass]
    public class CleanFirstRuleTests
    {
        private static SimulatedProbe Inspect(uint seed, double[] losses)
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, seed);
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, losses);
            probe.Inspect();
            return probe;
        }

        private static uint Judged(InspectionResult r)
        {
            return r.MaskOf(Verdict.Pass) | r.MaskOf(Verdict.PassStar) | r.MaskOf(Verdict.FailStar) | r.MaskOf(Verdict.Fail);
        }

        [TestMethod]
        public void HighEverywhereUnevenlyIsHeldForAClean()
        {
            SimulatedProbe probe = Inspect(6101, WorkflowFixture.Alternating(0.9, 1.1));
            InspectionResult r = probe.Inspector.Result;
            Check.True(r.CleanFirst, "0.9 / 1.1 dB against 0.75 dB: held");
            Check.False(r.ReReference, "not refused yet: it may be dirt");
            Check.Equal(0u, Judged(r), "no loss verdict shown");
            Check.Equal(MpoLayout.Mpo12.UsedMask, r.MaskOf(Verdict.NoReference), "every verdict held");
            uint at;
            Check.Equal((int)PromptKind.Clean, (int)Prompts.Choose(probe.Inspector.Diagnosis, r, PolarityVerdict.NotTested, out at), "clean first, not set a reference");
            Check.Contains("held until the clean", probe.Inspector.Diagnosis.Describe(0), "the log says why");
        }

        [TestMethod]
        public void OneFiberThatPassesBareIsNotHeld()
        {
            double[] losses = WorkflowFixture.Alternating(0.9, 1.1);
            losses[5] = 0.3;
            InspectionResult r = Inspect(6102, losses).Inspector.Result;
            Check.False(r.CleanFirst, "a fiber proven below the limit: dirt on some fibers, judged as measured");
            Check.Equal(Verdict.Pass, r.VerdictAt(6), "0.3 dB passes");
            Check.True(PositionMask.Contains(r.MaskOf(Verdict.Fail), 2), "1.1 dB fails");
        }

        [TestMethod]
        public void AFiberJustUnderTheLimitIsHeldWithTheRest()
        {
            // A source 0.9 dB dimmer puts a fiber near the 0.75 dB limit on either side: it is not proven to pass.
            double[] losses = SimulatedProbe.Losses(12, 0.9);
            losses[5] = 0.72;
            InspectionResult r = Inspect(6110, losses).Inspector.Result;
            Check.True(r.CleanFirst, "no bare PASS, the mean above the limit, within 0.3 dB: held");
            Check.Equal(Verdict.NoReference, r.VerdictAt(6), "its PASS* held too");
            Check.False(r.ReReference, "not refused yet: one fiber at or below the limit is not the connector alike");
        }

        [TestMethod]
        public void ASpreadWiderThanUniformIsNotHeld()
        {
            InspectionResult r = Inspect(6103, WorkflowFixture.Alternating(0.85, 1.25)).Inspector.Result;
            Check.False(r.CleanFirst, "0.4 dB apart: one fiber's fault, not the whole connector");
            Check.True(PositionMask.Contains(r.MaskOf(Verdict.Fail), 2), "1.25 dB fails");
        }

        [TestMethod]
        public void UnevenBelowTheLimitIsNotHeld()
        {
            InspectionResult r = Inspect(6104, WorkflowFixture.Alternating(0.1, 0.3)).Inspector.Result;
            Check.False(r.CleanFirst, "a good link");
            Check.Equal(MpoLayout.Mpo12.UsedMask, r.MaskOf(Verdict.Pass), "passes");
        }

        [TestMethod]
        public void HeldAndLostAfterACleanIsAShiftOfTheMean()
        {
            InspectionResult r = Inspect(6105, WorkflowFixture.Alternating(0.9, 1.1)).Inspector.Result;
            r.LostAfterClean();
            Check.True(r.ReReference, "the reference no longer applies");
            Check.Near(1.0, r.ShiftDb, 0.05, "the shift is the mean loss");
            Check.False(r.CleanFirst, "no longer held: refused");
            InspectionResult plain = Inspect(6106, WorkflowFixture.Alternating(0.1, 0.3)).Inspector.Result;
            plain.LostAfterClean();
            Check.False(plain.ReReference, "only a held result can be lost after a clean");
        }

        [TestMethod]
        public void AnUnstablePositionIsNotHeld()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 7001);
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, WorkflowFixture.Alternating(0.9, 1.1));
            probe.Sim.SetFlicker(8, 0.02);
            InspectionResult r = probe.Inspect();
            Check.Equal(Verdict.Unstable, r.VerdictAt(9), "flickering");
            Check.False(r.CleanFirst, "an unstable position: re-seat, not the whole connector high");
            Check.True(r.MaskOf(Verdict.Fail) != 0, "the others keep their verdicts");
        }

        [TestMethod]
        public void ACleanThatTookNothingOffIsNotDirt()
        {
            SimulatedProbe probe = Inspect(6107, WorkflowFixture.Alternating(0.9, 1.1));
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(probe.Inspector.Result);
            probe.LightWithLoss(-20.0, WorkflowFixture.Alternating(0.91, 1.09));
            probe.Inspect();
            Check.True(cycle.NothingCameOff(probe.Inspector.Result, probe.Inspector.Budget), "held before and after, nothing came off");
            Check.True(cycle.HasBefore, "the query changes nothing");
        }

        [TestMethod]
        public void ACleanThatTookDirtOffIsNotNothing()
        {
            SimulatedProbe probe = Inspect(6108, WorkflowFixture.Alternating(1.6, 1.8));
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(probe.Inspector.Result);
            Check.True(probe.Inspector.Result.CleanFirst, "held before");
            probe.LightWithLoss(-20.0, WorkflowFixture.Alternating(0.9, 1.1));
            probe.Inspect();
            Check.True(probe.Inspector.Result.CleanFirst, "still held after");
            Check.False(cycle.NothingCameOff(probe.Inspector.Result, probe.Inspector.Budget), "0.7 dB came off every fiber: dirt");
            cycle.Compare(probe.Inspector.Result);
            Check.True(cycle.Improving, "progress, not a failed clean");
            Check.Equal(0, cycle.FailedCleans, "not counted");
        }

        [TestMethod]
        public void DirtThatCameOffEveryFiberALittleMovesTheMean()
        {
            // 0.25 dB off every fiber: below one fiber's re-mate threshold, far beyond the mean's.
            SimulatedProbe probe = Inspect(6115, WorkflowFixture.Alternating(1.6, 1.8));
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(probe.Inspector.Result);
            probe.LightWithLoss(-20.0, WorkflowFixture.Alternating(1.35, 1.55));
            probe.Inspect();
            InspectionResult r = probe.Inspector.Result;
            Check.True(r.CleanFirst, "held after");
            Check.True(0.25 < CleanCycle.SignificantChangeDb(r.MeasurementOnlyDb(1), r.MeasurementOnlyDb(1)), "one fiber's 0.25 dB is within a re-mate's scatter");
            Check.False(cycle.NothingCameOff(r, probe.Inspector.Budget), "their mean fell beyond its own scatter: dirt came off");
            MatingRepeatability m = probe.Inspector.Budget.Mating;
            Check.True(cycle.NothingCameOff(r, 0.3 * 0.3 / 9.0 / 2.0, 0), "a common re-mate scatter that explains 0.25 dB at 3 sigma: nothing");
            Check.True(m.CommonVarianceDb2 > 0, "the probe's own common figure is used");
        }

        [TestMethod]
        public void ACleanAfterAnUnheldInspectionIsNeverNothing()
        {
            double[] losses = WorkflowFixture.Alternating(0.9, 1.1);
            losses[5] = 0.3;
            SimulatedProbe probe = Inspect(6109, losses);
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(probe.Inspector.Result);
            probe.LightWithLoss(-20.0, WorkflowFixture.Alternating(0.9, 1.1));
            probe.Inspect();
            Check.True(probe.Inspector.Result.CleanFirst, "held after");
            Check.False(cycle.NothingCameOff(probe.Inspector.Result, probe.Inspector.Budget), "the inspection before was not held");
            CleanCycle none = new CleanCycle();
            Check.False(none.NothingCameOff(probe.Inspector.Result, probe.Inspector.Budget), "no inspection before");
        }
    }
}
