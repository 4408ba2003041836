using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;
using Plug = MpoProbe.Tests.FuzzProbe.Plug;

namespace MpoProbe.Tests
{
    /// <summary>
    /// A stateful, seeded fuzz of whole probe sessions through the real workflow: a probe of a random
    /// layout boots, then a technician and a USB host drive it — button presses, every serial command
    /// (valid, boundary, malformed), the link and the reference cord plugged and pulled, losses, dirt
    /// and cleans, source changes, hours passing, channel faults, a failing or full flash, a missing
    /// display and power cuts — and after every step the invariants below are checked on the log,
    /// the results store and the settings. A failure names the case's seed and its steps.
    /// </summary>
    [TestClass]
    public partial class SessionFuzzTests
    {
        private static readonly int Cases = int.Parse(Environment.GetEnvironmentVariable("FUZZ_CASES") ?? "150");
        private static readonly int BaseSeed = int.Parse(Environment.GetEnvironmentVariable("FUZZ_BASE") ?? "1300");
        private static readonly int[] Layouts = { 8, 12, 16, 24, 32 };
        private static readonly HashSet<string> VerdictNames = new HashSet<string> { "PASS", "PASS*", "FAIL*", "FAIL", "REF_WEAK", "NO_LIGHT", "OVER_RANGE", "UNSTABLE", "UNUSED", "UNEXPECTED_LIGHT", "NO_REFERENCE" };

        /// <summary>Seeds of the default run that still break an invariant, with the defect they show: printed, not asserted; a fixed one must be removed.</summary>
        private static readonly Dictionary<int, string> KnownDefects = new Dictionary<int, string>
        {
            // Empty since 2026-12-04; these failed until their fixes: 1311 and 1379 (a refused 'set limit' dropped the link
            // budget), 1326 (a path stuck high at the reference passed bare), 1349 (a reference too bright for the test step
            // passed bare after a gain change), 1335 (a budget's 91 dB limit stood after a reboot without its budget).
            // A seed listed here must fail, or the test says to remove it.
        };

        [TestMethod]
        public void WholeSessionsKeepEveryInvariant()
        {
            var clock = Stopwatch.StartNew(); var failures = new List<string>(); int steps = 0;
            for (int i = 0; i < Cases; i++)
            {
                var run = new SessionFuzzCase(BaseSeed + i);
                steps += run.Run();
                bool known = KnownDefects.ContainsKey(BaseSeed + i);
                Assert.IsTrue(!known || run.Failures.Count > 0, "seed " + (BaseSeed + i) + " passes now: remove it from KnownDefects (" + (known ? KnownDefects[BaseSeed + i] : string.Empty) + ")");
                failures.AddRange(known ? Enumerable.Empty<string>() : run.Failures);
                Console.Write(run.Failures.Count == 0 ? string.Empty : (known ? "KNOWN DEFECT " + KnownDefects[BaseSeed + i] : "FAILURE") + ":\n" + string.Join("\n", run.Failures) + "\n\n");
            }

            Console.WriteLine(Cases + " sessions, " + steps + " steps in " + clock.ElapsedMilliseconds + " ms");
            Assert.AreEqual(0, failures.Count, failures.Count + " invariant failures:\n" + string.Join("\n\n", failures.Take(12)));
        }

        /// <summary>One generated session (seed → steps), each step followed by the checks.</summary>
        internal sealed partial class SessionFuzzCase
        {
            private readonly Random _random; private readonly int _seed;
            private readonly List<string> _trace = new List<string>();
            private FuzzProbe _p;
            private int _stuck = -1, _dead = -1, _drift = -1;
            private readonly SortedSet<int> _broken = new SortedSet<int>();
            private (long Line, string[] Answers)? _pending;
            public SessionFuzzCase(int seed)
            {
                _seed = seed;
                _random = new Random(seed);
            }

            public List<string> Failures { get; } = new List<string>();
            public FuzzProbe Probe => _p;

            public int Run()
            {
                int layout = Layouts[_random.Next(Layouts.Length)];
                bool coded = _random.Next(3) == 0;
                _trace.Add("boot MPO-" + layout + (coded ? " coded source" : " plain source"));
                _p = new FuzzProbe(layout, (uint)_seed, coded);
                Check(0, null, null);
                int count = _random.Next(30, 81);
                int step = 0;
                while (step < count && Failures.Count == 0) { Step(++step); }
                return step;
            }

            private void Step(int step)
            {
                int first = _p.Log.Count;
                Plug plugged = _p.Plugged;
                (long Line, string[] Answers)? sent = null;
                List<string> storedBefore = null;
                try
                {
                    MaybeExtra(step);
                    first = Math.Max(first, _p.Log.Count);
                    plugged = _p.Plugged;
                    int kind = _random.Next(100);
                    if (kind < 27)
                    {
                        (string text, string[] answers) = SessionFuzzLines.Next(_random);
                        _trace.Add("serial '" + text + "'");
                        sent = (_p.Send(text), answers);
                    }
                    else if (kind < 45) { Press(); }
                    else if (kind < 55)
                    {
                        _trace.Add("inspect, clean, re-inspect (link plugged)");
                        _p.Connect(Plug.Link);
                        plugged = Plug.Link;
                        _p.Press(false);
                        Check(step, null, null, first, true);
                        first = _p.Log.Count;
                        _p.Wait(1);
                        _p.Clean(_random.NextDouble());
                        _p.Press(false);
                        _p.Press(false);
                    }
                    else if (kind < 63) { sent = Reference(); }
                    else if (kind < 85) { Field(); }
                    else if (kind < 93) { storedBefore = Fault(_random.Next(11)); }
                    else { storedBefore = Fault(_random.Next(2) == 0 ? 7 : 9); }
                    _p.Collect(); // a reference this step took is noted with the gain it was read through, before the drift below
                    if (_drift >= 0)
                    {
                        // A drifting channel: its gain rises 12–25 % between any two steps, never back to an earlier value; at ×8 it
                        // settles. A gain equal at reference and inspection measures right: only a moved one counts (GainMovedSinceReference).
                        double f = _p.Hw.Faults.ChannelGainFactor * (1.12 + (0.13 * _random.NextDouble()));
                        _drift = f > 8 ? -1 : _drift;
                        _p.Hw.Faults.ChannelGainFactor = f > 8 ? 8 : f;
                    }
                    _p.Wait(0.2 + (3 * _random.NextDouble()));
                }
                catch (Exception e) { Fail(1, "an exception escaped the Core: " + e); }
                Check(step, sent ?? _pending, storedBefore, first, plugged == _p.Plugged);
                _pending = null;
            }

            private void Press()
            {
                bool hold = _random.Next(4) == 0;
                if (_random.Next(10) < 7) { _p.Connect(_p.Flow.State == ProbeState.ConnectReference ? Plug.Cord : Plug.Link); }
                _trace.Add((hold ? "long" : "short") + " press in " + _p.Flow.State + " with " + _p.Plugged + " plugged");
                _p.Press(hold);
            }

            private void Field()
            {
                int n = _p.Scenario.MpoLayout.PositionCount;
                int pos = _random.Next(1, n + 1);
                switch (_random.Next(8))
                {
                    case 0: Plug what = (Plug)_random.Next(3); _trace.Add("plug " + what); _p.Connect(what); break;
                    case 1: _p.Scenario.SourceDbm = Math.Round(-45 + (40 * _random.NextDouble()), 1); _trace.Add("source at " + _p.Scenario.SourceDbm + " dBm"); _p.Reconnect(); break;
                    case 2: double db = _random.Next(4) == 0 ? 3 * _random.NextDouble() : 0.6 * _random.NextDouble();
                        _trace.Add("fiber " + pos + " loss " + db.ToString("F2") + " dB"); _p.SetBaseLoss(pos, db); break;
                    case 3: int next = pos < n ? pos + 1 : pos - 1; double dirt = 0.2 + (1.5 * _random.NextDouble()); _p.Dirt[pos - 1] += dirt;
                        _p.Dirt[next - 1] += dirt * 0.7; _trace.Add("dirt " + dirt.ToString("F2") + " dB on " + pos + "," + next); _p.Reconnect(); break;
                    case 4: _trace.Add("clean the connector"); _p.Clean(0.5 + (0.5 * _random.NextDouble())); break;
                    case 5: bool broke = _broken.Add(pos) || !_broken.Remove(pos); _p.Scenario.Broken = _broken.ToArray();
                        _trace.Add("fiber " + pos + (broke ? " broken" : " repaired")); _p.Reconnect(); break;
                    default: double minutes = _random.Next(3) == 0 ? 60 * (1 + (_random.NextDouble() * 30)) : 1 + (_random.NextDouble() * 50);
                        _trace.Add("wait " + minutes.ToString("F0") + " min"); _p.Wait(minutes); _p.Flow.Tick(); break;
                }
            }

            private (long Line, string[] Answers)? Reference()
            {
                _p.Connect(Plug.Cord);
                bool serial = _p.Flow.State != ProbeState.ConnectReference || _random.Next(2) == 0;
                _trace.Add("reference through the cord by " + (serial ? "serial" : "press") + " in " + _p.Flow.State);
                (long Line, string[] Answers)? sent = serial ? (_p.Send("reference"), null) : null;
                if (!serial) { _p.Press(false); }
                if (_p.Flow.State == ProbeState.ConfirmReference)
                {
                    bool keep = _random.Next(2) == 0;
                    _trace.Add(keep ? "long press: keep the uneven reference" : "short press: decline it");
                    _p.Press(keep);
                }
                return sent;
            }

            private List<string> Fault(int kind)
            {
                int n = _p.Scenario.MpoLayout.PositionCount;
                int pos = Enumerable.Range(1, n).Where(_p.Scenario.MpoLayout.IsUsed).OrderBy(_ => _random.Next()).First();
                var f = _p.Hw.Faults;
                switch (kind)
                {
                    case 0: _stuck = pos; f.StuckChannel = pos - 1; f.StuckCode = _random.Next(300, 3800); break;
                    case 1: _drift = pos; f.GainChannel = pos - 1; f.ChannelGainFactor = 1.15; break;
                    case 2: _dead = pos; f.DeadChannel = pos - 1; break;
                    case 3: _p.Hw.HeadPositions = 0; break;
                    case 4: _p.Hw.Screen.Failing = true; break;
                    case 5: _p.Storage.Failing = true; break;
                    case 6: _p.Fill(true); break;
                    case 7: _trace.Add("technician fixes everything (head, display, flash, channels)"); f.ClearFaults(); _stuck = _dead = _drift = -1;
                        _p.Hw.HeadPositions = HeadRules.HeadFor(_p.Scenario.MpoLayout.Id); _p.Hw.Screen.Failing = _p.Storage.Failing = false; _p.Fill(false); _broken.Clear();
                        _p.Scenario.Broken = _broken.ToArray(); return null;
                    case 8: var before = _p.Stored(); int keep = _random.Next(0, 200);
                        _trace.Add("power cut while the next record is written (" + keep + " chars kept), then inspect"); _p.Storage.FailWriteAfterChars = keep;
                        _pending = (_p.Send("inspect"), null); _p.Storage.FailWriteAfterChars = -1; _p.PowerCut(false); return before;
                    default: before = _p.Stored(); bool lit = _random.Next(4) == 0;
                        _trace.Add("power cut, reboot on the same flash" + (lit ? " with the port still lit" : string.Empty)); _p.PowerCut(lit); return before;
                }
                _trace.Add("fault: stuck " + _stuck + " dead " + _dead + " drift " + _drift + " head " + _p.Hw.HeadPositions + " display " + (_p.Hw.Screen.Failing ? "failing" : "ok")
                    + " flash " + (_p.Storage.Failing ? "failing" : "ok") + (kind == 6 ? " full" : string.Empty));
                return null;
            }

            private void Check(int step, (long Line, string[] Answers)? sent, List<string> storedBefore, int first = 0, bool samePlug = true)
            {
                int from = _p.Collect();
                from = Math.Min(from, first);
                uint affected = _p.Hw.HeadPositions == 0 ? uint.MaxValue : Bit(_stuck) | Bit(_dead) | _p.GainMovedSinceReference();
                _p.ChannelFaultSinceReference |= affected != 0;
                var answers = new List<(long Cmd, string What)>();
                bool notKept = false;
                var kept = new List<string>();
                for (int i = from; i < _p.Log.Count; i++)
                {
                    string line = _p.Log[i].Line;
                    JsonElement r;
                    try
                    {
                        r = JsonDocument.Parse(line).RootElement.Clone();
                    }
                    catch (JsonException e)
                    {
                        Fail(2, "a log line is not JSON (" + e.Message + "): " + line);
                        continue;
                    }
                    if (r.ValueKind != JsonValueKind.Object || !r.TryGetProperty("type", out JsonElement t) || t.ValueKind != JsonValueKind.String)
                    {
                        Fail(2, "a log line is not an object with a type: " + line);
                        continue;
                    }
                    string type = t.GetString();
                    if (r.TryGetProperty("cmd", out JsonElement cmd))
                    {
                        answers.Add((cmd.GetInt64(), type + (r.TryGetProperty("code", out JsonElement c) ? ":" + c.GetString() : r.TryGetProperty("command", out c) ? ":" + c.GetString() : string.Empty)));
                    }
                    notKept |= line.Contains("\"code\":\"results_not_kept\"");
                    bool live = !r.TryGetProperty("resent", out _) && !r.TryGetProperty("replay", out _);
                    if (type == "inspection" && live)
                    {
                        kept.Add(line);
                        Inspection(r, line, affected, samePlug);
                    }
                }
                string problem = SessionOracles.Answers(sent, answers);
                if (problem != null) { Fail(3, problem); }
                if (kept.Count > 0 && !notKept)
                {
                    List<string> stored = _p.Stored();
                    foreach (string line in kept.Where(l => !stored.Contains(l)))
                    {
                        Fail(5, "an inspection was logged, neither kept on the probe nor reported results_not_kept: " + Short(line));
                    }
                }
                if (storedBefore != null)
                {
                    List<string> after = _p.Stored();
                    foreach (string lost in storedBefore.Where(l => !after.Contains(l)).Take(1))
                    {
                        Fail(4, "a power cut lost a result already kept (" + storedBefore.Count + " before, " + after.Count + " after): " + Short(lost));
                    }
                }
                problem = SessionOracles.Settings(_p.Core);
                if (problem != null) { Fail(5, problem); }
            }

            private void Inspection(JsonElement r, string line, uint affected, bool samePlug)
            {
                double limit = r.GetProperty("limit_db").GetDouble();
                bool truth = samePlug && _p.Plugged == Plug.Link && !_p.ChannelFaultSinceReference && _p.ReferenceSourceDbm == _p.Scenario.SourceDbm
                    && r.GetProperty("layout").GetString() == _p.Scenario.MpoLayout.Name && _p.Storage.FailWriteAfterChars < 0;
                foreach (JsonElement pos in r.GetProperty("positions").EnumerateArray())
                {
                    int p = pos.GetProperty("pos").GetInt32();
                    string verdict = pos.GetProperty("verdict").GetString();
                    if (!VerdictNames.Contains(verdict)) { Fail(5, "position " + p + " has an undocumented verdict " + verdict); }
                    if (verdict == "PASS" && (affected & Bit(p)) != 0) { Fail(4, "a bare PASS at position " + p + " while a channel fault affects it (stuck, dead, or a gain moved since the reference): " + Short(line)); }
                    double loss = _broken.Contains(p) ? double.PositiveInfinity : _p.TrueLossDb(p);
                    if (truth && ((verdict == "PASS" && loss > limit + 0.15) || (verdict == "FAIL" && loss < limit - 0.15)))
                    {
                        Fail(5, "a bare " + verdict + " at position " + p + " whose true loss is " + loss.ToString("F2") + " dB against " + limit + " dB: " + Short(line));
                    }
                }
            }

            private static uint Bit(int position) => position < 1 ? 0u : 1u << (position - 1);
            private static string Short(string line) => line.Length > 600 ? line.Substring(0, 600) + "…" : line;

            private void Fail(int invariant, string what)
            {
                Failures.Add("invariant " + invariant + ", seed " + _seed + ", step " + (_trace.Count - 1) + ": " + what + "\nsteps:\n  " + string.Join("\n  ", _trace));
            }
        }
    }
}
