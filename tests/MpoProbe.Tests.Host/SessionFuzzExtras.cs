using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MpoProbe.Core;
using MpoProbe.Simulation;
using Plug = MpoProbe.Tests.FuzzProbe.Plug;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Session events the random serial lines and the wait between steps cannot reach: a whole,
    /// successful calibration procedure against a stepped attenuator (then a reference and an
    /// inspection through the new gains, and a reboot that must keep it), <c>history clear</c>
    /// confirmed within its window (or too late), and a front-end fault of the fault matrix kept
    /// across a power cut, followed by a fresh reference and an inspection. They draw on their own
    /// random stream, so the main steps of a seed stay as they were; FUZZ_EXTRAS=0 turns them off.
    /// </summary>
    public partial class SessionFuzzTests
    {
        private static readonly bool Extras = Environment.GetEnvironmentVariable("FUZZ_EXTRAS") != "0";

        /// <summary>Fault-matrix kinds (FaultCases) that live in the front end and outlast a reboot; the stuck, dead and drifting channel are the main fuzz's own.</summary>
        private static readonly int[] BoardKinds = { 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 25, 26, 27, 28, 29, 30, 31, 32, 35, 36, 38, 40, 41, 42 };

        private static readonly FaultInjectingFrontEnd Healthy = new FaultInjectingFrontEnd(new SimulatedFrontEnd(MpoLayout.MaxPositions, 1), 1);

        internal sealed partial class SessionFuzzCase
        {
            private Random _x;

            private Random X => _x ??= new Random(_seed ^ 0x13B0);

            /// <summary>Now and then (about one step in 40) one of the extra events before the step.</summary>
            private void MaybeExtra(int step)
            {
                if (!Extras || X.Next(40) != 0) { return; }
                int what = X.Next(10);
                if (what < 4) { Calibrate(step); }
                else if (what < 7) { ClearHistory(step); }
                else { BoardFaultReboot(step); }
            }

            /// <summary>True when no front-end fault of any kind is injected now.</summary>
            private bool FrontEndHealthy() => typeof(FaultInjectingFrontEnd).GetProperties().Where(q => q.GetSetMethod() != null)
                .All(q => Equals(q.GetValue(_p.Hw.Faults), q.GetValue(Healthy)));

            /// <summary>Sends one line and checks it as a step; the answers to it, as "type:code".</summary>
            private List<string> Line(int step, string text, params string[] allowed)
            {
                _trace.Add("  serial '" + text + "'");
                int first = _p.Log.Count;
                long line = _p.Send(text);
                allowed = allowed?.Where(a => a != null).ToArray();
                Check(step, (line, allowed == null || allowed.Length == 0 ? null : allowed), null, first, true);
                var seen = new List<string>();
                for (int i = first; i < _p.Log.Count; i++)
                {
                    JsonElement r = JsonDocument.Parse(_p.Log[i].Line).RootElement;
                    if (r.TryGetProperty("cmd", out JsonElement c) && c.GetInt64() == line)
                    {
                        seen.Add(r.GetProperty("type").GetString() + (r.TryGetProperty("code", out c) || r.TryGetProperty("command", out c) ? ":" + c.GetString() : string.Empty));
                    }
                }
                return seen;
            }

            private void Calibrate(int step)
            {
                // A missing head or a dead display stops the capped boot before its dark table (docs/faults.md): such a probe
                // is not healthy, and must refuse (cal_no_dark) rather than fit its readings over the nominal pedestal.
                bool bootFaults = _p.Hw.HeadPositions == 0 || _p.Hw.Screen.Failing;
                bool healthy = FrontEndHealthy() && _stuck < 0 && _dead < 0 && _drift < 0 && !_p.Storage.Failing && _p.Storage.Read("fill0") == null
                    && _p.Core.Settings.Wavelength == Wavelength.Nm850 && !bootFaults;
                var fixture = new SimulatedFixture(_p.Hw.Sim.ChannelCount, SimulatedCalibration.SourceDbm, (uint)_seed ^ 0xCA1u);
                double claimed = Math.Round(SimulatedCalibration.SourceDbm + (0.2 * (X.NextDouble() - 0.5)), 2);
                _trace.Add("calibration procedure: fixture on the port (" + (healthy ? "healthy probe" : "a fault present") + "), source given as " + claimed + " dBm");
                _trace.Add("  port capped, power cut: the probe boots and captures its dark table (procedure step 2)");
                int boot = _p.Log.Count;
                _p.Connect(Plug.Nothing);
                _p.PowerCut(false);
                Check(step, null, null, boot, false);
                // In force after the capped boot (a stored one the boot did not load is bound to the old gains' checksum, and dropped at the next load).
                bool wasSet = _p.Core.Reference.IsValid;
                _p.Hw.Sim.LightSource = fixture;
                Line(step, "cal abort", "reply:cal", "error:cal_out_of_order");
                Line(step, "cal fixture fuzz step attenuator", "reply:cal");
                Line(step, "cal trace fuzz meter", "reply:cal");
                List<string> begin = Line(step, "cal begin FUZZ-" + _seed + " " + claimed.ToString("F2") + " 2026-11-01", "reply:cal", "error:cal_out_of_order", "error:cal_no_dark");
                bool begun = begin.Contains("reply:cal"), ok = begun;
                bool any = false;
                List<string> a = null;
                for (double db = 0; ok && db <= 70; db += any ? SimulatedCalibration.StepDb : SimulatedCalibration.StepDb / 2)
                {
                    fixture.SetAttenuationDb(db);
                    a = Line(step, "cal step " + db.ToString("F2"));
                    for (int retry = 0; retry < 3 && a.Contains("error:cal_unstable"); retry++) { a = Line(step, "cal step " + db.ToString("F2")); }
                    if (a.Contains("error:cal_no_light") && any) { break; }
                    ok = a.Contains("reply:cal") || (!any && a.Contains("error:cal_saturated"));
                    any |= a.Contains("reply:cal");
                }
                int before = _p.Log.Count;
                List<string> end = ok ? Line(step, "cal end") : (begun ? Line(step, "cal abort", "reply:cal") : begin);
                _p.Hw.Sim.LightSource = null;
                _p.Hw.Sim.SetAllDark();
                _p.Connect(_p.Plugged);
                bool written = _p.Log.Skip(before).Any(l => l.Line.Contains("\"type\":\"calibration\""));
                if (bootFaults && written) { Fail(6, "a calibration was written over a dark table the probe never captured (its boot stopped at a missing head or a dead display)"); return; }
                if (healthy && !written) { Fail(6, "a calibration on a healthy probe was refused: " + string.Join(", ", end) + " (last step: " + string.Join(", ", a ?? new List<string>()) + ")"); return; }
                if (!written) { return; }
                if (_p.Core.Reference.IsValid) { Fail(6, "a new calibration was written but the reference taken with the old gains is still in force"); }
                if (wasSet && !_p.Log.Skip(_p.Log.Count - 40).Any(l => l.Line.Contains("\"reference_cleared\""))) { Fail(6, "a new calibration dropped the reference without reference_cleared"); }
                if (X.Next(2) == 0)
                {
                    _trace.Add("  power cut, reboot on the new calibration");
                    int first = _p.Log.Count;
                    _p.PowerCut(false);
                    Check(step, null, null, first, false);
                    if (_p.Log.Skip(first).Any(l => l.Line.Contains("\"calibration_missing\"") || l.Line.Contains("\"calibration_corrupted\""))) { Fail(6, "the calibration just written did not survive a reboot"); }
                }
                List<string> status = Line(step, "cal status", "reply:cal");
                if (!_p.Log.Skip(_p.Log.Count - 3).Any(l => l.Line.Contains("calibrated on 2026-11-01"))) { Fail(6, "cal status does not name the calibration just written"); }
                ReferenceAndInspect(step);
            }

            /// <summary>A fresh reference through the clean cord, then an inspection of the link (both by serial, each checked).</summary>
            private void ReferenceAndInspect(int step)
            {
                _p.Connect(Plug.Cord);
                Line(step, "reference");
                if (_p.Flow.State == ProbeState.ConfirmReference)
                {
                    _trace.Add("  long press: keep the uneven reference");
                    int first = _p.Log.Count;
                    _p.Press(true);
                    Check(step, null, null, first, true);
                }
                _p.Connect(Plug.Link);
                Line(step, "inspect");
            }

            private void ClearHistory(int step)
            {
                bool late = X.Next(4) == 0;
                List<string> before = _p.Stored();
                _trace.Add("history clear with " + before.Count + " results kept, confirmed " + (late ? "too late" : "in time"));
                Line(step, "history clear", "reply:history");
                double seconds = late ? 31 + (60 * X.NextDouble()) : 1 + (25 * X.NextDouble());
                _trace.Add("  wait " + seconds.ToString("F1") + " s");
                _p.Wait(seconds / 60);
                List<string> a = Line(step, "history clear confirm", late ? "error:usage" : (_p.Storage.Failing ? null : "reply:history"));
                List<string> after = _p.Stored();
                if (late && before.Any(l => !after.Contains(l))) { Fail(6, "a clear confirmed too late deleted kept results"); }
                after = after.Where(l => l.Contains("\"type\":\"inspection\"")).ToList();
                if (!late && a.Contains("reply:history") && after.Count > 0) { Fail(6, "history clear confirm was answered but " + after.Count + " results are still kept: " + after[0]); }
                if (!late && a.Contains("reply:history"))
                {
                    _trace.Add("  power cut, reboot on the same flash");
                    int first = _p.Log.Count;
                    _p.PowerCut(false);
                    Check(step, null, null, first, false);
                    List<string> back = _p.Stored().Where(l => l.Contains("\"type\":\"inspection\"")).ToList();
                    if (back.Count > 0) { Fail(6, "results cleared by history clear came back after a reboot: " + back[0]); }
                    Line(step, "history", null);
                }
            }

            private void BoardFaultReboot(int step)
            {
                int kind = BoardKinds[X.Next(BoardKinds.Length)];
                FaultCases.Inject(kind, _p.Hw, _p.Core.Settings);
                _trace.Add("front-end fault '" + FaultCases.Name(kind) + "' (kind " + kind + "), inspect, then a power cut keeps it");
                _p.Connect(Plug.Link);
                Line(step, "inspect");
                List<string> before = _p.Stored();
                int first = _p.Log.Count;
                _p.PowerCut(false);
                Check(step, null, before, first, false);
                if (FrontEndHealthy()) { Fail(6, "the reboot lost the injected front-end fault (test harness)"); }
                ReferenceAndInspect(step);
            }
        }
    }
}
