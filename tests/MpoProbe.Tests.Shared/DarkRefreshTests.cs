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
    /// <summary>
    /// The dark table kept current in the coded frame's dark gap (docs/uncertainty.md): refreshed
    /// entries carry their new age into the budget; a gap that is not dark never changes the table.
    /// </summary>
    [TestClass]
    public class DarkRefreshTests
    {
        private const double SourceDbm = -40.0;

        /// <summary>An MPO-12 probe behind a coded source at −40 dBm (where the dark matters); one scan lets the scanner learn the lit positions and their ranges.</summary>
        private static SimulatedProbe Probe(uint seed, out SimulatedCodedSource source)
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, seed);
            probe.TakeReference(SourceDbm);
            source = new SimulatedCodedSource(12, SourceDbm, true);
            source.StartOffsetMicroseconds = 52000;
            source.RouteAll(SimulatedCodedSource.TemplateMap(PolarityType.TypeA, MpoLayout.Mpo12));
            probe.Attach(source);
            probe.InspectCoded();
            return probe;
        }

        [TestMethod]
        public void TheDarkGapRefreshesTheEntriesTheInspectionUses()
        {
            SimulatedCodedSource source;
            SimulatedProbe probe = Probe(901, out source);
            probe.Sim.AdvanceMinutes(240);
            probe.Sim.PedestalVolts = FrontEndDesign.PedestalVolts + 0.005; // the dark level moved by ≈ 6 codes since boot
            probe.InspectCoded();
            probe.InspectCoded(); // 256-sample bursts: a 75 ms gap holds about 8 positions, the next scan continues
            int range = probe.Inspector.Scan.At(4).Range;
            long now = probe.Core.NowMs;
            Check.True(PositionMask.Count(probe.Scanner.DarkRefresh.RefreshedMask) >= 6, "a 75 ms gap holds about 8 positions: " + Format.Positions(probe.Scanner.DarkRefresh.RefreshedMask));
            for (int p = 1; p <= 12; p++)
            {
                if (!PositionMask.Contains(probe.Scanner.DarkRefresh.RefreshedMask, p))
                {
                    continue;
                }

                ChannelReading reading = probe.Inspector.Scan.At(p);
                Check.True(now - probe.Dark.StampMs(p - 1, reading.Range) < 2000, "position " + p.ToString() + ": entry stamped now");
                Check.True(now - reading.DarkStampMs < 2000, "position " + p.ToString() + ": the reading used the fresh entry");
            }

            // The light off: what the stored entry leaves of a dark reading is noise only.
            probe.Attach(null);
            probe.Sim.SetAllDark();
            double left = probe.Acquirer.MeasureSignalCodes(3, range, 1024);
            Check.Near(0.0, left, 2.0, "position 4's refreshed entry follows the moved dark level");

            Check.Equal(0, probe.Scanner.DarkRefresh.RefusedPosition, "a dark gap refuses nothing");
        }

        [TestMethod]
        public void TheBudgetsDarkTermFollowsTheAgeOfTheValueUsed()
        {
            SimulatedCodedSource source;
            SimulatedProbe probe = Probe(902, out source);
            probe.Reference.Capture(probe.Inspector.Scan, MpoLayout.Mpo12, probe.Core.NowMs, 0);
            probe.Sim.AdvanceMinutes(FieldFigures.JobMinutes);
            probe.Scanner.RefreshDark = false;
            probe.InspectCoded();
            int p = 7;
            ChannelReading stale = probe.Inspector.Scan.At(p);
            double staleTerm = UncertaintyBudget.DarkTermDb(stale.PowerDbm, stale.Range, (probe.Core.NowMs - stale.DarkStampMs) / 60000, Wavelength.Nm850);
            Check.True((probe.Core.NowMs - stale.DarkStampMs) / 60000 >= FieldFigures.JobMinutes, "without a refresh the boot-time entry is 8 h old");
            probe.Scanner.RefreshDark = true;
            probe.InspectCoded();
            probe.InspectCoded(); // successive scans cover every lit position (round robin)
            ChannelReading fresh = probe.Inspector.Scan.At(p);
            Check.True(probe.Core.NowMs - fresh.DarkStampMs < 2000, "refreshed entry used");
            probe.Inspector.Evaluate(probe.Reference);
            double u = probe.Inspector.Result.UncertaintyDb(p);
            Check.True(staleTerm > 0, "an 8 h old dark has a term");
            double refTerm = UncertaintyBudget.DarkTermDb(probe.Reference.PowerDbm(p), probe.Reference.Range(p), (probe.Reference.CapturedUptimeMs - probe.Reference.DarkStampMs(p)) / 60000, Wavelength.Nm850);
            Check.Near(refTerm, probe.Inspector.Budget.DarkDb, 1e-12, "the measurement's dark term is 0 after the refresh: only the reference's remains");
            Check.True(u > 0, "uncertainty computed");
        }

        [TestMethod]
        public void LightInTheGapIsRefusedAndTheOldDarkKept()
        {
            SimulatedCodedSource source;
            SimulatedProbe probe = Probe(903, out source);
            source.SetGapLeak(3, SourceDbm - 12.0); // during the gap only; too weak for the gap search (≈ 0.02 V in its range), 6 % of the fiber's light in position 3's range
            int range = probe.Inspector.Scan.At(3).Range;
            double before = probe.Dark.Get(2, range);
            long stampBefore = probe.Dark.StampMs(2, range);
            probe.Sim.AdvanceMinutes(30);
            probe.InspectCoded();
            if (probe.Scanner.DarkRefresh.RefusedPosition == 0)
            {
                probe.InspectCoded(); // position 3 may fall in the next gap (round robin)
            }

            Check.Equal(3, probe.Scanner.DarkRefresh.RefusedPosition, "the refusal names position 3");
            Check.True(probe.Scanner.DarkRefresh.RefusedChangeCodes > GapDarkRefresh.MaxChangeCodes(range), "with how far its gap reading was from the stored dark: " + Format.Fixed(probe.Scanner.DarkRefresh.RefusedChangeCodes, 1));
            Check.True(probe.Dark.Get(2, range) == before, "the old dark entry is kept exactly");
            Check.True(probe.Dark.StampMs(2, range) == stampBefore, "and its age");
            Check.False(PositionMask.Contains(probe.Scanner.DarkRefresh.RefreshedMask, 3), "position 3 not listed as refreshed");
            Check.True(probe.Scanner.DarkRefresh.RefreshedMask != 0, "the dark positions still refreshed");
        }

        [TestMethod]
        public void EntriesKeepTheirCodeAndStampInFourBytesEach()
        {
            DarkOffsets dark = new DarkOffsets();
            dark.CapturedUptimeMs = 1000;
            Check.True(dark.StampMs(3, 2) == 1000, "the capture stamps every entry");
            dark.Refresh(3, 2, 400.3, 61000);
            Check.True(dark.StampMs(3, 2) == 61000, "a refresh stamps its own entry");
            Check.True(dark.StampMs(3, 1) == 1000, "and no other");
            Check.Near(400.3, dark.Get(3, 2), 0.001, "the code within a thousandth");
            dark.Refresh(3, 2, 400.0, 1000 + (40L * 24 * 3600 * 1000));
            Check.True(dark.StampMs(3, 2) == 1000 + (long)int.MaxValue, "40 days after the capture: kept at 24.8 days, older than it is, never newer");
        }
}
}
