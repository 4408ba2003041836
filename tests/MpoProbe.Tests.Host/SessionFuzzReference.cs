using System.Collections.Generic;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Which reference is in force and which channel gain it was read through, for the session fuzz's
    /// oracles (docs/faults.md, "Whole sessions"). A loss is the ratio of two readings of one channel,
    /// so a gain present alike at the reference and at the inspection measures right (seed 40125: a
    /// channel ×1.305 at both, 0.218 dB read for 0.200 dB true); what the probe must refuse is a gain
    /// that moved in between. A <c>time</c> that re-stamps the reference (same capture, same powers) is
    /// the same reference; a <c>verify</c> that averages a re-mate into it mixes in readings through
    /// the gain of then, so a gain that moved before it leaves the reference's gain unknown. A reference
    /// the fuzz never saw taken (none is, outside this class) is unknown too: any injected gain counts.
    /// </summary>
    internal sealed partial class FuzzProbe
    {
        private readonly Dictionary<uint, (int Channel, double Factor, bool Known)> _gainAt = new Dictionary<uint, (int, double, bool)>();
        private readonly double[] _referencePowers = new double[MpoLayout.MaxPositions];
        private uint _referenceChecksum;
        private long _referenceMs = -1;

        /// <summary>Positions (bit p − 1) whose amplifier gain now differs from the gain the reference in force was read through.</summary>
        public uint GainMovedSinceReference()
        {
            FaultInjectingFrontEnd f = Hw.Faults;
            bool known = _gainAt.TryGetValue(Core.Reference.Checksum, out var then) && then.Known;
            uint moved = 0;
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                double now = c == f.GainChannel ? f.ChannelGainFactor : 1.0;
                double before = known && c == then.Channel ? then.Factor : 1.0;
                moved |= now != before || (!known && now != 1.0) ? 1u << c : 0u;
            }

            return moved;
        }

        /// <summary>After a boot: the reference it loaded (its gain is known if the fuzz noted it when it was taken).</summary>
        private void Booted()
        {
            _referenceChecksum = Core.Reference.Checksum;
            _referenceMs = Core.Reference.CapturedUptimeMs;
            KeepPowers();
        }

        /// <summary>Called after every action: a reference taken, re-stamped or averaged since the last call is noted.</summary>
        private void NoteReference()
        {
            Reference r = Core.Reference;
            if (!r.IsValid || (r.Checksum == _referenceChecksum && r.CapturedUptimeMs == _referenceMs))
            {
                return;
            }

            uint was = _referenceChecksum;
            bool sameCapture = r.CapturedUptimeMs == _referenceMs;
            bool restamped = sameCapture && SamePowers();
            _referenceChecksum = r.Checksum;
            _referenceMs = r.CapturedUptimeMs;
            KeepPowers();
            var now = (Hw.Faults.GainChannel, Hw.Faults.ChannelGainFactor, true);
            if (sameCapture && (restamped || r.Matings > 1))
            {
                // Re-stamped: the same readings. Averaged with a re-mate: known only if the gain is what it was.
                bool known = _gainAt.TryGetValue(was, out var then) && then.Known;
                bool same = known && (restamped || (then.Channel == now.GainChannel && then.Factor == now.ChannelGainFactor) || (then.Factor == 1.0 && now.ChannelGainFactor == 1.0));
                _gainAt[r.Checksum] = (then.Channel, then.Factor, same);
                ReferenceSourceDbm = restamped || (Plugged == Plug.Cord && ReferenceSourceDbm == Scenario.SourceDbm) ? ReferenceSourceDbm : double.NaN;
                return;
            }

            _gainAt[r.Checksum] = now;
            ReferenceSourceDbm = Plugged == Plug.Cord ? Scenario.SourceDbm : double.NaN;
            ChannelFaultSinceReference = false;
        }

        private bool SamePowers()
        {
            for (int p = 1; p <= MpoLayout.MaxPositions; p++)
            {
                double power = Core.Reference.HasPower(p) ? Core.Reference.PowerDbm(p) : double.NaN;
                if (!power.Equals(_referencePowers[p - 1]))
                {
                    return false;
                }
            }

            return true;
        }

        private void KeepPowers()
        {
            for (int p = 1; p <= MpoLayout.MaxPositions; p++)
            {
                _referencePowers[p - 1] = Core.Reference.HasPower(p) ? Core.Reference.PowerDbm(p) : double.NaN;
            }
        }
    }
}
