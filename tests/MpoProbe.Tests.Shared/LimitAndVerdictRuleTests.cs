using System;
using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    [TestClass]
    public class LimitAndVerdictRuleTests
    {
        [TestMethod]
        public void ProfilesCarryTheStandardLimits()
        {
            Check.Near(0.35, LimitProfile.Elite.LimitDb, 1e-9, "Elite");
            Check.Near(0.75, LimitProfile.Standard.LimitDb, 1e-9, "Standard");
            LimitProfile budget = LimitProfile.Budget(2, 0.75, 0.1, 3.0, 1, 0.3);
            Check.Near(2.1, budget.LimitDb, 1e-9, "2 pairs + 100 m MM at 850 + 1 splice");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => LimitProfile.Budget(0, 0.75, 0, 3.0, 0, 0.3), "empty budget");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => LimitProfile.Budget(-1, 0.75, 0, 3.0, 0, 0.3), "negative pairs");
        }

        [TestMethod]
        public void LossExactlyAtTheLimitIsMarginalNotPass()
        {
            Check.Equal(Verdict.Marginal, VerdictRules.ForLoss(0.75, 0.01, 0.75, 0.10), "at the limit");
            Check.Equal(Verdict.Fail, VerdictRules.ForLoss(0.7501, 0.01, 0.75, 0.10), "just above the limit");
        }

        [TestMethod]
        public void GuardBandEdgeSeparatesPassFromMarginal()
        {
            Check.Equal(Verdict.Pass, VerdictRules.ForLoss(0.65, 0.01, 0.75, 0.10), "at limit − guard");
            Check.Equal(Verdict.Marginal, VerdictRules.ForLoss(0.6501, 0.01, 0.75, 0.10), "inside the guard band");
            Check.Equal(Verdict.Pass, VerdictRules.ForLoss(0.20, 0.01, 0.35, 0.10), "Elite, well inside");
            Check.Equal(Verdict.Marginal, VerdictRules.ForLoss(0.30, 0.01, 0.35, 0.10), "Elite, inside band");
        }

        [TestMethod]
        public void LargeUncertaintyWidensTheGuardBand()
        {
            Check.Near(0.30, VerdictRules.GuardBandDb(0.10, 0.15), 1e-9, "2u beats the configured band");
            Check.Equal(Verdict.Marginal, VerdictRules.ForLoss(0.50, 0.15, 0.75, 0.10), "0.50 ± 0.15 cannot pass 0.75");
            Check.Equal(Verdict.Pass, VerdictRules.ForLoss(0.44, 0.15, 0.75, 0.10), "0.44 ± 0.15 passes");
        }

        [TestMethod]
        public void NoLossMeansNoPass()
        {
            Check.Equal(Verdict.NoReference, VerdictRules.ForLoss(double.NaN, 0.01, 0.75, 0.10), "no loss");
            Check.Equal(Verdict.NoReference, VerdictRules.ForLoss(0.1, double.NaN, 0.75, 0.10), "no uncertainty");
        }

        [TestMethod]
        public void GuardBandSettingIsBounded()
        {
            InspectionSettings settings = new InspectionSettings();
            Check.Near(0.10, settings.GuardBandDb, 1e-9, "default guard band");
            string message = Check.Throws(typeof(ArgumentOutOfRangeException), () => settings.GuardBandDb = 1.5, "guard band 1.5 dB");
            Check.Contains("1.50", message, "message names the value");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => settings.GuardBandDb = -0.1, "negative guard band");
        }

        [TestMethod]
        public void VerdictNamesAreText()
        {
            Check.Equal("PASS", VerdictText.Name(Verdict.Pass), "pass");
            Check.Equal("UNEXPECTED_LIGHT", VerdictText.Name(Verdict.UnexpectedLight), "unexpected light");
            Check.Equal("NO_LIGHT", VerdictText.Name(Verdict.NoLight), "no light");
            Check.Equal("OVER_RANGE", ChannelStatusText.Name(ChannelStatus.OverRange), "over range");
        }
    }
}
