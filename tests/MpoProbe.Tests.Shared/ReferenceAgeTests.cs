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
    [TestClass]
    public class ReferenceAgeTests
    {
        [TestMethod]
        public void OldReferenceCapsResultsAtPassStar()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 901);
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, SimulatedProbe.Losses(12, 0.2));
            probe.Inspector.NowMs = 1000 + (60 * 60000);
            Check.Equal(Verdict.Pass, probe.Inspect().Overall, "one hour old: PASS");
            probe.Inspector.NowMs = 1000 + (9 * 60 * 60000);
            InspectionResult result = probe.Inspect();
            Check.Equal(Verdict.PassStar, result.Overall, "nine hours old: PASS* at best");
            Check.True(result.ReferenceStale, "flagged");
            Check.True(probe.Inspector.Diagnosis.Has(FindingKind.StaleReference, MpoLayout.Mpo12.UsedMask), "diagnosis says why");
            Check.Contains("older than allowed", probe.Inspector.Diagnosis.Describe(0), "text");
        }

        [TestMethod]
        public void FailsStayFailsAndTheLimitIsConfigurable()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 902);
            // A cord whose mating figure is known (as after verify): at the prior alone U passes
            // VerdictRules.BareVerdictMaxBandDb after 9 h and no verdict would be bare (CoverageFactorTests).
            probe.Inspector.Budget.MatingSigmaDb = FieldFigures.MatingSigmaDb;
            probe.TakeReference(-20.0);
            double[] losses = SimulatedProbe.Losses(12, 0.2);
            losses[2] = 1.2;
            probe.LightWithLoss(-20.0, losses);
            probe.Inspector.NowMs = 1000 + (9 * 60 * 60000);
            Check.Equal(Verdict.Fail, probe.Inspect().VerdictAt(3), "a FAIL is not softened");
            probe.Settings.MaxReferenceAgeMinutes = 0;
            Check.Equal(Verdict.Pass, probe.Inspect().VerdictAt(1), "no age limit");
        }

        [TestMethod]
        public void ReferenceFromAnEarlierPowerUpIsStaleUnlessUtcProvesItsAge()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 903);
            probe.TakeReference(-20.0);
            probe.LightWithLoss(-20.0, SimulatedProbe.Losses(12, 0.2));
            probe.Inspector.NowMs = 1000 + (5 * 60000);
            Check.True(probe.Inspector.ReferenceAgeMinutes(probe.Reference) == 5, "captured this power-up: minutes since capture");
            Check.Equal(Verdict.Pass, probe.Inspect().Overall, "a fresh reference: PASS");

            // Power cycle: the reference comes back from flash; uptime restarted, no UTC stamps.
            MemoryStorage flash = new MemoryStorage();
            new ReferenceStore(flash).Save(probe.Reference);
            Check.True(new ReferenceStore(flash).Load(probe.Reference) == LoadStatus.Ok, "restored");
            Check.True(probe.Reference.FromEarlierBoot, "marked as from an earlier power-up");
            probe.Inspector.NowMs = 2 * 60000;
            Check.True(probe.Inspector.ReferenceAgeMinutes(probe.Reference) == -1, "age unknown (not 'since boot', not negative)");
            InspectionResult result = probe.Inspect();
            Check.Equal(Verdict.PassStar, result.Overall, "unknown age: PASS* at best");
            Check.True(result.ReferenceStale, "flagged stale");
            probe.Inspector.NowMs = 90 * 60000;
            Check.True(probe.Inspector.ReferenceAgeMinutes(probe.Reference) == -1, "still unknown later in the day (it never shrinks)");

            // With the UTC clock set at capture and now, the age is known across the power cycle.
            Reference stamped = new Reference();
            stamped.Capture(probe.Inspector.Scan, MpoLayout.Mpo12, 60000, 638000000000000000L);
            new ReferenceStore(flash).Save(stamped);
            Check.True(new ReferenceStore(flash).Load(stamped) == LoadStatus.Ok, "restored with UTC");
            Check.True(stamped.AgeMinutes(1000, 638000000000000000L + (30L * 600000000L)) == 30, "30 min by the UTC clock");
            Check.True(stamped.AgeMinutes(1000, 0) == -1, "the clock not set now: unknown");
        }
    }
}
