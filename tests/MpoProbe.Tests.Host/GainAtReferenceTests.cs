using System.Linq;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;

namespace MpoProbe.Tests
{
    /// <summary>
    /// What the session fuzz's invariant 4 rests on (docs/faults.md, "Whole sessions"; seed 40125): a
    /// channel whose gain is off alike at the reference and at the inspection measures its loss right,
    /// even through an ADC 20 % low and a coded source, and the same channel refuses once its gain has
    /// moved 12 % since the reference. Seed 40125 read 0.218 dB for a true 0.200 dB (U 0.105 dB) with
    /// the channel ×1.305 at both.
    /// </summary>
    [TestClass]
    public class GainAtReferenceTests
    {
        /// <summary>The channel's gain at the reference and the first inspection (seed 40125's ×1.305 sits at the ±30 % edge of the reference's own check; ×1.1–1.25 through this ADC is refused as range_line_stuck, docs/faults.md).</summary>
        private const double Gain = 0.9;
        [TestMethod]
        public void AGainOffAtBothReadsRightAndAGainMovedSinceIsRefused()
        {
            foreach (bool coded in new[] { true, false })
            {
                var p = new FuzzProbe(8, 40125, coded);
                p.Send("set fiber os2");
                p.Hw.Faults.AdcScale = 0.8;
                p.Hw.Faults.GainChannel = 2;
                p.Hw.Faults.ChannelGainFactor = Gain;
                p.PowerCut(false);
                p.Connect(FuzzProbe.Plug.Cord);
                p.Send("reference");
                Assert.IsTrue(p.Core.Reference.IsValid, "the reference through a channel x0.9 and an ADC 20 % low is taken (coded " + coded + ")");
                p.Connect(FuzzProbe.Plug.Link);
                JsonElement at3 = Position3(p, p.Log.Count);
                double error = at3.GetProperty("loss_db").GetDouble() - p.TrueLossDb(3);
                Assert.AreEqual("PASS", at3.GetProperty("verdict").GetString(), "a bare PASS: " + at3);
                Assert.IsTrue(System.Math.Abs(error) < at3.GetProperty("u_db").GetDouble() * 2, "within its band of the truth: " + error.ToString("F3") + " dB");
                p.Hw.Faults.ChannelGainFactor = Gain * 1.12;
                int from = p.Log.Count;
                p.Send("inspect");
                p.Collect();
                string fault = p.Log.Skip(from).Select(l => l.Line).FirstOrDefault(l => l.Contains("\"type\":\"fault\""));
                Assert.IsNotNull(fault, "the gain moved 12 % since the reference is refused (coded " + coded + ")");
                StringAssert.Contains(fault, "\"code\":\"channel_gain_changed\"");
                StringAssert.Contains(fault, "\"position\":3");
                Assert.IsFalse(p.Log.Skip(from).Any(l => l.Line.Contains("\"type\":\"inspection\"")), "no result logged");
            }
        }

        private static JsonElement Position3(FuzzProbe p, int from)
        {
            p.Send("inspect");
            p.Collect();
            string line = p.Log.Skip(from).Select(l => l.Line).LastOrDefault(l => l.Contains("\"type\":\"inspection\""));
            Assert.IsNotNull(line, "an inspection is logged: " + string.Join("\n", p.Log.Skip(from - 3).Select(l => l.Line)));
            return JsonDocument.Parse(line).RootElement.GetProperty("positions").EnumerateArray().First(e => e.GetProperty("pos").GetInt32() == 3).Clone();
        }
    }
}
