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
    /// The gain proven through a coded source (docs/faults.md, "Test steps through a coded
    /// source"): its light is switched, so the test steps are read in the frame's dark gap, at the
    /// reference and at every inspection. Before this, a coded reference held no step, and a channel
    /// whose gain moved 5–10 % read a bare PASS (the session fuzz's seeds 20429, 40268, 60539 …).
    /// </summary>
    [TestClass]
    public class CodedGainProofTests
    {
        /// <summary>A booted probe with a reference taken through a coded source of <paramref name="positions"/> fibers at −20 dBm, routed straight.</summary>
        private static ProbeWorkflow CodedReference(SimulatedHardware hw, int positions, out ProbeCore core, out SimulatedCodedSource source)
        {
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            flow.Actions.ListenForCodedSource = true;
            source = new SimulatedCodedSource(positions, -20.0, true);
            source.StartOffsetMicroseconds = 137000;
            for (int p = 1; p <= positions; p++)
            {
                source.Route(p, p, 1.0);
            }

            hw.Sim.LightSource = source;
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.LongPress);
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Ready, "the coded reference is stored: " + hw.Serial.LineAt(hw.Serial.Count - 1));
            return flow;
        }

        /// <summary>Channels (bit c) of the first <paramref name="positions"/> whose step the signature holds.</summary>
        private static int Held(GainSignature signature, int positions)
        {
            int held = 0;
            for (int c = 0; c < positions; c++)
            {
                held += signature.HasTest(c) ? 1 : 0;
            }

            return held;
        }

        [TestMethod]
        public void CodedReferenceHoldsAStepOnEveryUsedPositionReadInTheDarkGap()
        {
            SimulatedHardware hw = new SimulatedHardware(3101);
            ProbeCore core;
            SimulatedCodedSource source;
            CodedReference(hw, 12, out core, out source);
            GainSignature held = core.Reference.Signature;
            Check.Equal(12, Held(held, 12), "a step on each of the 12 positions");
            for (int c = 0; c < 12; c++)
            {
                Check.Equal(PolarityScanner.GapStepRange, held.TestRange(c), "read in the gap's range");
                double ratio = held.TestCodes(c) / TestCurrent.StepCodes(PolarityScanner.GapStepRange);
                Check.True(ratio > 0.9 && ratio < 1.1, "the current's own step, no light in it: ratio " + Format.Fixed(ratio, 3));
            }
        }

        [TestMethod]
        public void HealthyCodedInspectionProvesTheGainAndKeepsItsBareVerdicts()
        {
            SimulatedHardware hw = new SimulatedHardware(3102);
            ProbeCore core;
            SimulatedCodedSource source;
            ProbeWorkflow flow = CodedReference(hw, 12, out core, out source);
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(flow.State == ProbeState.Result, "a result");
            Check.True(core.SelfTest.Faults.Kind == FaultKind.None, "no fault: " + FaultCatalogue.Code(core.SelfTest.Faults.Kind));
            Check.Equal(12, Held(core.Scanner.GapSteps, 12), "every step read again in the gap");
            Check.Equal(0, (int)core.Inspector.Result.GainUnprovenMask, "nothing unproven");
            Check.Equal(12, PositionMask.Count(core.Inspector.Result.MaskOf(Verdict.Pass)), "12 bare PASS on a good link");
        }

        [TestMethod]
        public void GainThatMovedEightPercentThroughACodedSourceIsRefusedNotPassed()
        {
            SimulatedHardware hw = new SimulatedHardware(3103);
            ProbeCore core;
            SimulatedCodedSource source;
            ProbeWorkflow flow = CodedReference(hw, 12, out core, out source);
            hw.Faults.GainChannel = 6;
            hw.Faults.ChannelGainFactor = 1.08;
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(core.SelfTest.Faults.Kind == FaultKind.ChannelGainChanged, "a changed gain: " + FaultCatalogue.Code(core.SelfTest.Faults.Kind));
            Check.Equal(7, core.SelfTest.Faults.Position, "on position 7");
            Check.False(WorkflowFixture.Logged(hw, "\"type\":\"inspection\""), "no inspection record: no loss from a gain that moved");

            SimulatedHardware down = new SimulatedHardware(3104);
            flow = CodedReference(down, 12, out core, out source);
            down.Faults.GainChannel = 0;
            down.Faults.ChannelGainFactor = 0.93;
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(core.SelfTest.Faults.Kind == FaultKind.ChannelGainChanged, "7 % down refused too: " + FaultCatalogue.Code(core.SelfTest.Faults.Kind));
            Check.Equal(1, core.SelfTest.Faults.Position, "on position 1");
        }

        [TestMethod]
        public void CodedReferenceKeepsItsStepsAndTheirCountAcrossARestart()
        {
            SimulatedHardware hw = new SimulatedHardware(3107);
            ProbeCore core;
            SimulatedCodedSource source;
            CodedReference(hw, 12, out core, out source);
            Check.True(hw.Files.Read(ReferenceStore.FileName).IndexOf("sig_test_results") >= 0, "the pairs' count is stored");
            hw.Sim.LightSource = null; // the port capped for the restart's dark capture
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            flow.Actions.ListenForCodedSource = true;
            hw.Sim.LightSource = source;
            Check.True(core.Reference.IsValid, "the reference loads after the restart: " + hw.Serial.LineAt(hw.Serial.Count - 1));
            Check.Equal(GainCheck.FoldedResults, core.Reference.Signature.TestResultsPerHalf, "one transfer a half, as read");
            Check.Equal(12, Held(core.Reference.Signature, 12), "its 12 steps");
            hw.Faults.GainChannel = 2;
            hw.Faults.ChannelGainFactor = 1.08;
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(core.SelfTest.Faults.Kind == FaultKind.ChannelGainChanged, "a gain moved since is refused after the restart too: " + FaultCatalogue.Code(core.SelfTest.Faults.Kind));
        }

        [TestMethod]
        public void BrightPlainLightAfterACodedReferenceIsAChangedSourceNotAChangedGain()
        {
            SimulatedHardware hw = new SimulatedHardware(3108);
            ProbeCore core;
            SimulatedCodedSource source;
            ProbeWorkflow flow = CodedReference(hw, 12, out core, out source);
            hw.Sim.LightSource = null;
            hw.Light(-12, SimulatedProbe.Losses(12, 0));
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(core.SelfTest.Faults.Kind == FaultKind.SourceChanged, "steps read in the dark leave no room under −12 dBm of plain light: a new source, not a gain: " + FaultCatalogue.Code(core.SelfTest.Faults.Kind));
            Check.False(WorkflowFixture.Logged(hw, "channel_gain_changed"), "no service message for a healthy probe");
        }

        [TestMethod]
        public void Mpo32StepsThatDoNotFitOneGapTakeTheNextFramesGap()
        {
            SimulatedHardware hw = new SimulatedHardware(3105);
            hw.HeadPositions = 32;
            ProbeCore core;
            SimulatedCodedSource source;
            ProbeWorkflow flow = CodedReference(hw, 32, out core, out source);
            Check.Equal(32, Held(core.Reference.Signature, 32), "32 steps at the reference, over two gaps");
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(core.SelfTest.Faults.Kind == FaultKind.None, "healthy: " + FaultCatalogue.Code(core.SelfTest.Faults.Kind));
            Check.Equal(0, (int)core.Scanner.GapStepsMissing, "no step missing at the inspection");
        }

        [TestMethod]
        public void SyncThatComesBackDuringThePairsHoldsNoStepAndLeavesItsPositionsUnproven()
        {
            // The same probe and session twice (the simulation is seeded): the first run finds when the inspection's data ends.
            SimulatedHardware dry = new SimulatedHardware(3106);
            ProbeCore core;
            SimulatedCodedSource source;
            ProbeWorkflow flow = CodedReference(dry, 12, out core, out source);
            flow.Handle(ButtonEvent.ShortPress);
            Check.Equal(0, (int)core.Scanner.GapStepsMissing, "the dry run holds every step");
            PolarityMap map = core.Scanner.Map;
            long dataEnd = map.DataStartMicroseconds + (long)(2 * CodedSourceSequencer.BitsFor(12) * map.MeasuredSlotMicroseconds);

            // The source restarts 4 ms into the gap, 68 ms further on in its frame: its sync lights every position 3 ms later, during the pairs.
            SimulatedHardware hw = new SimulatedHardware(3106);
            flow = CodedReference(hw, 12, out core, out source);
            hw.Sim.LightSource = new RestartingSource(source, dataEnd + 4000, 68000);
            flow.Handle(ButtonEvent.ShortPress);
            Check.True(dataEnd == core.Scanner.Map.DataStartMicroseconds + (long)(2 * CodedSourceSequencer.BitsFor(12) * core.Scanner.Map.MeasuredSlotMicroseconds), "the same timing as the dry run");
            Check.True(core.Scanner.GapStepsMissing != 0, "pairs that met light are not held");
            Check.True(core.SelfTest.Faults.Kind == FaultKind.None, "not taken for a fault: " + FaultCatalogue.Code(core.SelfTest.Faults.Kind));
            InspectionResult r = core.Inspector.Result;
            Check.Equal((int)core.Scanner.GapStepsMissing, (int)r.GainUnprovenMask, "the positions left without a step are unproven");
            for (int p = 1; p <= 12; p++)
            {
                bool unproven = PositionMask.Contains(r.GainUnprovenMask, p);
                Check.True(!unproven || (r.VerdictAt(p) != Verdict.Pass && r.VerdictAt(p) != Verdict.Fail), "no bare verdict at unproven position " + p.ToString());
            }
        }

        /// <summary>A coded source that restarts at <see cref="_at"/>: from then on its frame runs <see cref="_shift"/> µs ahead.</summary>
        private sealed class RestartingSource : ILightSource
        {
            private readonly ILightSource _inner;
            private readonly long _at;
            private readonly long _shift;

            public RestartingSource(ILightSource inner, long at, long shift)
            {
                _inner = inner;
                _at = at;
                _shift = shift;
            }

            public double IncidentWatts(int channel, long probeMicroseconds)
            {
                return _inner.IncidentWatts(channel, probeMicroseconds >= _at ? probeMicroseconds + _shift : probeMicroseconds);
            }
        }
    }
}
