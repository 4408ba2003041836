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
        public void ReferenceFromAnEarlierPowerUpCountsFromBoot()
        {
            SimulatedProbe probe = new SimulatedProbe(MpoLayout.Mpo12, 903);
            probe.TakeReference(-20.0);
            probe.Inspector.NowMs = 500;
            Check.True(probe.Inspector.ReferenceAgeMinutes(probe.Reference) == 0, "captured at 1000 ms of an earlier power-up, now 500 ms: age from boot");
        }
    }
}
