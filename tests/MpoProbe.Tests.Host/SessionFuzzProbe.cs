using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MpoProbe.Core;
using MpoProbe.Simulation;
using MpoProbe.Simulator;

namespace MpoProbe.Tests
{
    /// <summary>
    /// One simulated probe in the hands of a technician and a USB host, as the simulator wires it
    /// (<see cref="SimulatorSession"/>): the real workflow over simulated hardware, a link whose
    /// per-fiber loss and dirt the fuzz changes, a reference cord, faults, and power cuts that boot a
    /// new probe on the same flash. Keeps what the oracles need: every log line, and the truth.
    /// </summary>
    internal sealed partial class FuzzProbe
    {
        public enum Plug { Nothing, Link, Cord }

        private readonly double[] _baseLoss;
        private int _seen;

        public FuzzProbe(int layout, uint seed, bool coded)
        {
            Scenario = new Scenario { Layout = layout, Seed = seed, CodedSource = coded, SourceMonitor = coded, Polarity = "b", ExpectedPolarity = "b" };
            int n = Scenario.MpoLayout.PositionCount;
            _baseLoss = Enumerable.Repeat(0.2, n).ToArray();
            Dirt = new double[n];
            Scenario.LinkLossDb = (double[])_baseLoss.Clone();
            Hw = new SimulatedHardware(seed, null, true);
            Storage = Hw.Files;
            Boot(false);
        }

        public Scenario Scenario { get; }
        public MemoryStorage Storage { get; }
        public SimulatedHardware Hw { get; private set; }
        public ProbeCore Core { get; private set; }
        public ProbeWorkflow Flow { get; private set; }
        public SimulatedLink Link { get; private set; }
        public int Boots { get; private set; }
        public Plug Plugged { get; private set; }

        /// <summary>Dirt on the link connector per position, dB (adjacent fibers, cleaned off by a clean).</summary>
        public double[] Dirt { get; }

        /// <summary>Every log line since the case began, with the boot it was written in.</summary>
        public List<(int Boot, string Line)> Log { get; } = new List<(int, string)>();

        /// <summary>Source power the reference in force was taken at, or NaN when it was not taken through the clean cord on this boot.</summary>
        public double ReferenceSourceDbm { get; private set; } = double.NaN;
        public bool ChannelFaultSinceReference { get; set; }

        /// <summary>A power cut: the same board and flash, a new probe booting (the port dark or, now and then, still lit).</summary>
        public void PowerCut(bool lit)
        {
            Collect();
            var faults = Hw.Faults;
            var hw = new SimulatedHardware(Scenario.Seed, null, false);
            hw.UseStorage(Storage);
            hw.HeadPositions = Hw.HeadPositions;
            hw.BatteryPercent = Hw.BatteryPercent;
            hw.Screen.Failing = Hw.Screen.Failing;
            CopyFaults(faults, hw.Faults);
            Hw = hw;
            Boot(lit);
        }

        private void Boot(bool keepLit)
        {
            Boots++;
            if (Boots > 1) { Hw.UseStorage(Storage); }
            Hw.HeadPositions = Boots == 1 ? HeadRules.HeadFor(Scenario.MpoLayout.Id) : Hw.HeadPositions;
            Hw.Sim.Field = Scenario.BuildField();
            Core = new ProbeCore(Hw);
            Flow = new ProbeWorkflow(Core);
            Flow.Actions.ListenForCodedSource = Scenario.CodedSource;
            Core.Acquisition.DarkSamples = SimulatedProbe.DeviceTestDarkSamples;
            Link = new SimulatedLink(Scenario, Hw);
            if (Boots == 1) { Core.Settings.Layout = Scenario.MpoLayout; }
            Hw.Sim.LightSource = null;
            Hw.Sim.SetAllDark();
            bool lit = keepLit && Plugged != Plug.Nothing;
            if (lit) { Connect(Plugged); }
            else { Plugged = Plug.Nothing; }
            ReferenceSourceDbm = double.NaN;
            _seen = 0;
            Flow.Start();
            Booted();
            Collect();
        }

        private static void CopyFaults(FaultInjectingFrontEnd from, FaultInjectingFrontEnd to)
        {
            // Every injected front-end fault outlasts the power cut (the board is the same).
            foreach (var q in typeof(FaultInjectingFrontEnd).GetProperties().Where(q => q.GetSetMethod() != null)) { q.SetValue(to, q.GetValue(from)); }
        }

        /// <summary>Plugs the link, the reference cord or nothing (dust cap) into the probe's port.</summary>
        public void Connect(Plug what)
        {
            Plugged = what;
            if (what == Plug.Nothing)
            {
                Hw.Sim.LightSource = null;
                Hw.Sim.SetAllDark();
                return;
            }
            ApplyLoss();
            if (what == Plug.Link) { Link.ConnectLink(); }
            else { Link.ConnectReferenceCord(); }
        }

        /// <summary>Link loss per position as the link routes it now: base loss plus connector dirt.</summary>
        public double TrueLossDb(int position) => _baseLoss[position - 1] + Dirt[position - 1];

        public void SetBaseLoss(int position, double db)
        {
            _baseLoss[position - 1] = db;
            Reconnect();
        }

        public void Clean(double removes)
        {
            for (int i = 0; i < Dirt.Length; i++) { Dirt[i] *= 1 - removes; }
            Link.CleanConnector();
            Reconnect();
        }

        /// <summary>Re-routes the light after a change in the field (the same cord stays plugged).</summary>
        public void Reconnect()
        {
            if (Plugged != Plug.Nothing) { Connect(Plugged); }
        }

        private void ApplyLoss()
        {
            for (int p = 1; p <= _baseLoss.Length; p++) { Scenario.LinkLossDb[p - 1] = TrueLossDb(p); }
        }

        /// <summary>Fills the flash up to its file count with files of its own (the simulation's "storage full"), or deletes them.</summary>
        public void Fill(bool full)
        {
            for (int i = 0; i < MemoryStorage.MaxFiles; i++)
            {
                try { if (full) { Storage.Poke("fill" + i, "x"); } else { Storage.Delete("fill" + i); } }
                catch (IOException) { return; }
            }
        }

        /// <summary>Lets time pass on the probe's clock (the field drifts with it).</summary>
        public void Wait(double minutes) => Hw.Sim.AdvanceMinutes(minutes);

        /// <summary>One press of the button through its edges and debounce, long when held past 1.5 s.</summary>
        public void Press(bool hold)
        {
            Wait(0.01);
            Flow.OnEdge(true);
            Wait(hold ? 1700 / 60000.0 : 200 / 60000.0);
            Flow.Tick();
            Flow.OnEdge(false);
        }

        /// <summary>Sends one line to the serial port and runs the main loop until the probe has taken it; the line's number.</summary>
        public long Send(string line)
        {
            long before = Core.Commands.LineCount;
            Hw.Serial.Send(line.Select(c => (byte)c).Concat(new[] { (byte)'\n' }).ToArray());
            for (int tick = 0; tick < 50 && Core.Commands.LineCount == before; tick++) { Flow.Tick(); }
            Flow.Tick();
            return before + 1;
        }

        /// <summary>Moves the new log lines into <see cref="Log"/>; the index of the first new one.</summary>
        public int Collect()
        {
            int first = Log.Count;
            for (; _seen < Hw.Serial.Count; _seen++) { Log.Add((Boots, Hw.Serial.LineAt(_seen))); }
            NoteReference();
            return first;
        }

        /// <summary>Every record the results store holds now, read as the probe reads it.</summary>
        public List<string> Stored()
        {
            // A copy: opening a store may rewrite its index, and the oracle must not touch the probe's flash.
            var copy = new MemoryStorage();
            foreach (string name in Enumerable.Range(0, ResultsStore.SegmentsFor8MbFlash).Select(ResultsStore.SegmentName).Append(ResultsStore.IndexName))
            {
                string text = Storage.Read(name);
                if (text != null) { copy.Poke(name, text); }
            }
            var store = new ResultsStore(copy, ResultsStore.SegmentsFor8MbFlash);
            store.Open();
            var sink = new MemoryLogPort();
            store.ReadAll(sink, out int _);
            return Enumerable.Range(0, sink.Count).Select(sink.LineAt).ToList();
        }
    }
}

namespace MpoProbe.Tests
{
    /// <summary>Serial lines for every verb of docs/serial-log.md — valid, boundary and malformed — with the answers each may get (null: any one record).</summary>
    internal static class SessionFuzzLines
    {
        private static readonly string Set = "reply:set", Bad = "error:bad_value", Usage = "error:usage";
        private static readonly (string Text, string Answer)[] Pool =
        {
            ("help", "reply:help"), ("HELP", "reply:help"), ("version", "reply:version"), ("status", "settings"), ("status now", Usage),
            ("inspect", null), ("reference", null), ("verify", null), ("recheck", null), ("last", null), ("inspect twice", Usage),
            ("set layout 8", null), ("set layout 12", null), ("set layout 16", null), ("set layout 24", null), ("set layout 32", null),
            ("set layout 13", Bad), ("set layout -12", Bad), ("set layout", Usage), ("set wavelength 850", null), ("set wavelength 1310", null),
            ("set wavelength 1550", null), ("set wavelength 1300", null), ("set wavelength 851", Bad), ("set limit elite", Set), ("set limit standard", Set),
            ("set limit 0.05", Set), ("set limit 20", Set), ("set limit 0.049", Bad), ("set limit 20.01", Bad), ("set limit -1", Bad), ("set limit abc", Bad),
            ("set polarity a", Set), ("set polarity b-rot", null), ("set polarity row-swap", null), ("set polarity b", null), ("set polarity d", Bad),
            ("set guard 0", Set), ("set guard 1", Set), ("set guard 1.0001", Bad), ("set guard -0.1", Bad), ("set guard nan", Bad), ("set guard 1e3", Bad),
            ("set fiber om3", null), ("set fiber os2", null), ("set fiber om5", null), ("set fiber om6", Bad),
            ("set recheck_every 0", Set), ("set recheck_every 1000", Set), ("set recheck_every 1001", Bad), ("set recheck_every 5.5", Bad),
            ("set recheck_minutes 1440", Set), ("set recheck_minutes 1441", Bad), ("set recheck_minutes -1", Bad), ("set bogus 1", "error:unknown_setting"),
            ("set link connectors 2 splices 1 length_m 90", null), ("set link connectors 20 splices 20 length_m 20000", null), ("set link connectors 21", null),
            ("set link connectors 2 length_m 20001", null), ("set link connectors 1 plant outside standard iso", null), ("set link off", null), ("set link", null), ("set link connectors 2 connectors 3", Bad),
            ("link ROW-7 PORT 3", null), ("link", null), ("link " + new string('x', 24), null), ("link " + new string('x', 25), Bad),
            ("job FUZZ-13", null), ("job", null), ("operator ann", null), ("customer " + new string('c', 33), null), ("site a\"b", null), ("site back\\slash", null),
            ("time 2026-11-20T09:30:00Z", null), ("time 1999-12-31T23:59:59Z", null), ("time 2100-01-01T00:00:00Z", null), ("time 2026-02-30T00:00:00Z", null), ("time soon", null),
            ("history", null), ("history clear", null), ("history clear confirm", null), ("history now", null),
            ("cal begin SN-0013 -20 2026-01-15", null), ("cal begin SN-0013 -100", null), ("cal begin", null), ("cal fixture bench 3", null), ("cal trace NIST 42", null),
            ("cal step 0", null), ("cal step 3", null), ("cal step -1", null), ("cal step x", null), ("cal end", null), ("cal abort", null), ("cal status", null), ("cal help", null), ("cal frob", null),
            ("reset port", null), ("reset cord", null), ("reset fuse", null), ("reset", Usage),
            ("frobnicate", "error:unknown_command"), ("frobnicate all fibers now please", "error:unknown_command"), ("   ", "error:empty"), (" ", "error:empty"),
            ("help\tme", "error:bad_character"), ("set limit \u00e9", "error:bad_character"), (new string('y', 97), "error:line_too_long"), ("set layout 12 " + new string('9', 90), "error:line_too_long"),
        };

        /// <summary>One line and the answers it may get.</summary>
        public static (string Text, string[] Answers) Next(Random random)
        {
            (string text, string answer) = Pool[random.Next(Pool.Length)];
            return (text, answer == null ? null : new[] { answer });
        }
    }
}

namespace MpoProbe.Tests
{
    /// <summary>Oracles of <see cref="SessionFuzzTests"/> that need only what the probe logged or holds: null when they hold, else what broke.</summary>
    internal static class SessionOracles
    {
        /// <summary>Exactly one answer, to the line sent (none when nothing was sent), of a kind it may get.</summary>
        public static string Answers((long Line, string[] Answers)? sent, List<(long Cmd, string What)> answers)
        {
            if (sent == null)
            {
                return answers.Count > 0 ? "a record answers a line nobody sent: " + answers[0] : null;
            }

            long line = sent.Value.Line;
            var mine = answers.Where(a => a.Cmd == line).ToList();
            if (mine.Count != 1 || answers.Count != 1)
            {
                return "line " + line + " got " + mine.Count + " answers; answers seen: " + string.Join(", ", answers.Select(a => a.Cmd + "=" + a.What));
            }

            string[] allowed = sent.Value.Answers;
            bool ok = allowed == null || mine[0].What.StartsWith("fault:") || allowed.Contains(mine[0].What);
            return ok ? null : "line " + line + " got " + mine[0].What + ", expected one of " + string.Join("|", allowed);
        }

        /// <summary>Settings within the ranges docs/serial-log.md documents for <c>set</c>; the framebuffer its size.</summary>
        public static string Settings(ProbeCore core)
        {
            InspectionSettings s = core.Settings;
            bool budget = core.Job.Budget.InForce(s);
            bool fits = s.Fiber != FiberType.OS2 ? s.Wavelength == Wavelength.Nm850 || s.Wavelength == Wavelength.Nm1300 : s.Wavelength == Wavelength.Nm1310 || s.Wavelength == Wavelength.Nm1550;
            if (s.GuardBandDb < 0 || s.GuardBandDb > 1 || s.RecheckEvery < 0 || s.RecheckEvery > 1000 || s.RecheckMinutes < 0 || s.RecheckMinutes > 1440
                || !(s.Limit.LimitDb > 0) || (!budget && (s.Limit.LimitDb < 0.05 || s.Limit.LimitDb > 20)) || (s.LinkLabel ?? string.Empty).Length > 24 || !fits)
            {
                return "settings outside their documented ranges: guard " + s.GuardBandDb + ", recheck " + s.RecheckEvery + "/" + s.RecheckMinutes + ", limit " + s.Limit.LimitDb
                    + (budget ? " (budget)" : string.Empty) + ", link '" + s.LinkLabel + "', " + s.Fiber + " at " + s.Wavelength;
            }

            return core.Frame.Bytes.Length == Framebuffer.Size ? null : "the framebuffer changed size";
        }
    }
}
