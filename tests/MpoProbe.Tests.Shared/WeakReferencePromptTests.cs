using MpoProbe.Core;
using MpoProbe.Simulation;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>A position whose loss is unverified (REF WEAK) asks for a new reference, never "nothing to do" (a review, 2026-12-04).</summary>
    [TestClass]
    public class WeakReferencePromptTests
    {
        [TestMethod]
        public void RefWeakPositionAsksForANewReference()
        {
            InspectionResult r = new InspectionResult();
            r.Begin(MpoLayout.Mpo12, Wavelength.Nm850, 0.75, 0.1);
            for (int p = 1; p <= 12; p++)
            {
                r.Set(p, p == 5 ? Verdict.RefWeak : Verdict.Pass, -20.2, 0.2, 0.03);
            }

            r.CheckReference();
            r.Complete();
            Check.True(r.Overall == Verdict.RefWeak, "premise: overall REF WEAK");
            Diagnosis d = new Diagnosis();
            d.Analyse(r);
            uint positions;
            PromptKind prompt = Prompts.Choose(d, r, PolarityVerdict.NotTested, out positions);
            Check.True(prompt == PromptKind.WeakReference, "position 5's loss is unverified (REF WEAK): a new reference, not " + Prompts.Name(prompt));
            Check.Equal(PositionMask.Of(5), positions, "names the weak position");
            Check.Equal("REF WEAK:", Prompts.PositionsLabel(prompt), "the screen says why");
        }

        [TestMethod]
        public void AFailingFiberBehindAWeakPositionDoesNotEndOnNothingToDo()
        {
            SimulatedHardware hw = new SimulatedHardware(807);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            double[] cord = SimulatedProbe.Losses(12, 0);
            cord[4] = 0.8;
            hw.Light(-20, cord);
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.ShortPress);
            flow.Handle(ButtonEvent.LongPress);
            Check.Equal(PositionMask.Of(5), core.Reference.WeakMask, "premise: forced reference, position 5 weak");

            // The link: 0.2 dB everywhere, fiber 5 really 1.0 dB (above the 0.75 dB limit).
            double[] link = SimulatedProbe.Losses(12, 0.2);
            link[4] = 1.0;
            hw.Light(-20, link);
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(WorkflowFixture.Logged(hw, "\"reference_weak\":[5]"), "premise: the result marks position 5");
            Check.False(WorkflowFixture.Logged(hw, "\"prompt\":\"none\""), "a 1.0 dB fiber read through a weak reference position never ends on nothing to do");
            Check.True(WorkflowFixture.Logged(hw, "\"prompt\":\"weak_reference\""), "it asks for a new reference");
        }
    }
}
