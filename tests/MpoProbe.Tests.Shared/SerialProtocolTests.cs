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
    /// <summary>Issue 27: replays never reuse live command numbers, queries are not results, a flood does not swallow the next command.</summary>
    [TestClass]
    public class SerialProtocolTests
    {
        private static void Send(SimulatedHardware hw, ProbeWorkflow flow, string line)
        {
            WorkflowFixture.Send(hw, flow, line);
        }

        private static int Kept(ProbeCore core)
        {
            MemoryLogPort sink = new MemoryLogPort();
            int records;
            core.Results.ReadAll(sink, out records);
            return records;
        }

        private static int CountFrom(SimulatedHardware hw, int from, string fragment)
        {
            int n = 0;
            for (int i = from; i < hw.Serial.Count; i++)
            {
                if (hw.Serial.LineAt(i).IndexOf(fragment) >= 0)
                {
                    n++;
                }
            }

            return n;
        }

        [TestMethod]
        public void HistoryMarksReplaysAndMovesTheirCommandNumbers()
        {
            SimulatedHardware hw = new SimulatedHardware(2701);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            Send(hw, flow, "reference");
            hw.Light(-20, SimulatedProbe.Losses(12, 0.3));
            Send(hw, flow, "inspect");
            Check.Contains("\"cmd\":2", FindInspection(hw), "the live inspection answers line 2");
            int before = hw.Serial.Count;
            Send(hw, flow, "history");
            int replays = CountFrom(hw, before, "\"replay\":true");
            Check.True(replays >= 1, "replayed records are marked: " + replays.ToString());
            Check.Equal(1, CountFrom(hw, before, "\"orig_cmd\":2"), "the stored inspection keeps its old number apart");
            Check.Equal(0, CountFrom(hw, before, "\"cmd\":2"), "no replayed record carries a live cmd");
            Check.Equal(1, CountFrom(hw, before, "\"cmd\":3"), "the history command itself is answered once");
            Check.Equal("{\"replay\":true}", ReplayPort.Mark("{}"), "an empty object");
            Check.Contains("\"note\":\"\\\"cmd\\\":5\"", ReplayPort.Mark("{\"note\":\"\\\"cmd\\\":5\"}"), "a name inside a string is left alone");
        }

        private static string FindInspection(SimulatedHardware hw)
        {
            for (int i = hw.Serial.Count - 1; i >= 0; i--)
            {
                if (hw.Serial.LineAt(i).IndexOf("\"type\":\"inspection\"") >= 0)
                {
                    return hw.Serial.LineAt(i);
                }
            }

            return string.Empty;
        }

        [TestMethod]
        public void LastAndStatusAreNotKeptAsResults()
        {
            SimulatedHardware hw = new SimulatedHardware(2702);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            hw.Light(-20, SimulatedProbe.Losses(12, 0));
            Send(hw, flow, "reference");
            hw.Light(-20, SimulatedProbe.Losses(12, 0.3));
            Send(hw, flow, "inspect");
            int kept = Kept(core);
            Send(hw, flow, "last");
            Check.Contains("\"resent\":true", hw.Serial.Last, "the resent inspection says so");
            Send(hw, flow, "last");
            Send(hw, flow, "status");
            Check.Contains("\"type\":\"settings\"", hw.Serial.Last, "status answered");
            Check.Equal(kept, Kept(core), "nothing more kept after last, last, status");
        }

        [TestMethod]
        public void TheCommandAfterAFloodRuns()
        {
            SimulatedHardware hw = new SimulatedHardware(2703);
            ProbeCore core;
            ProbeWorkflow flow = WorkflowFixture.Boot(hw, out core);
            byte[] flood = new byte[300];
            for (int i = 0; i < flood.Length; i++)
            {
                flood[i] = (byte)'y';
            }

            hw.Serial.Send(flood);
            flow.Tick();
            flow.Tick();
            Check.False(WorkflowFixture.Logged(hw, "line_too_long"), "not answered while bytes still arrive");
            int before = hw.Serial.Count;
            hw.Sim.AdvanceMinutes(10.0 / 60.0);
            flow.Tick();
            Check.Equal(1, CountFrom(hw, before, "line_too_long"), "the newline-less flood ends when the sender goes quiet");
            Send(hw, flow, "status");
            Check.Contains("\"type\":\"settings\"", hw.Serial.Last, "the next command runs");

            // Bytes lost in the middle of a line: that line is answered as incomplete, the next runs.
            hw.Serial.Send(new byte[] { (byte)'s', (byte)'t', (byte)'a' });
            core.Commands.BreakLine();
            flow.Tick();
            hw.Sim.AdvanceMinutes(2.0 / 60.0);
            flow.Tick();
            Check.Contains("line_incomplete", hw.Serial.Last, "the broken line is answered once");
            Send(hw, flow, "version");
            Check.Contains("\"command\":\"version\"", hw.Serial.Last, "and the next command runs");

            // A loss noticed between lines breaks nothing that follows after a quiet second.
            core.Commands.BreakLine();
            flow.Tick();
            hw.Sim.AdvanceMinutes(2.0 / 60.0);
            flow.Tick();
            Send(hw, flow, "version");
            Check.Contains("\"command\":\"version\"", hw.Serial.Last, "a break with nothing in progress is forgotten");
        }
    }
}
