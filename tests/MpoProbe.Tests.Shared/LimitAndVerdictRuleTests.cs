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
        public void LossExactlyAtTheLimitIsPassStarNotPass()
        {
            Check.Equal(Verdict.PassStar, VerdictRules.ForLoss(0.75, 0.01, 0.75, 0.10), "at the limit");
            Check.Equal(Verdict.FailStar, VerdictRules.ForLoss(0.7501, 0.01, 0.75, 0.10), "just above the limit");
        }

        [TestMethod]
        public void BandEdgesSeparateTheFourVerdicts()
        {
            Check.Equal(Verdict.Pass, VerdictRules.ForLoss(0.65, 0.01, 0.75, 0.10), "at limit − band");
            Check.Equal(Verdict.PassStar, VerdictRules.ForLoss(0.6501, 0.01, 0.75, 0.10), "inside the band below");
            Check.Equal(Verdict.FailStar, VerdictRules.ForLoss(0.85, 0.01, 0.75, 0.10), "at limit + band");
            Check.Equal(Verdict.Fail, VerdictRules.ForLoss(0.8501, 0.01, 0.75, 0.10), "beyond the band above");
            Check.Equal(Verdict.Pass, VerdictRules.ForLoss(0.20, 0.01, 0.35, 0.10), "Elite, well inside");
            Check.Equal(Verdict.PassStar, VerdictRules.ForLoss(0.30, 0.01, 0.35, 0.10), "Elite, inside band");
        }

        [TestMethod]
        public void BandIsTheExpandedUncertaintyWhenWiderThanTheMinimum()
        {
            Check.Near(0.20, VerdictRules.GuardBandDb(0.10, 0.10), 1e-9, "U = 2u beats the minimum band");
            Check.Near(0.10, VerdictRules.GuardBandDb(0.10, 0.02), 1e-9, "the minimum band beats U = 0.04");
            Check.Near(0.08, VerdictRules.GuardBandDb(0.0, 0.04), 1e-9, "no minimum: U alone");
            Check.Equal(Verdict.PassStar, VerdictRules.ForLoss(0.56, 0.10, 0.75, 0.0), "0.56 ± 0.20 cannot pass 0.75 outright");
            Check.Equal(Verdict.Pass, VerdictRules.ForLoss(0.54, 0.10, 0.75, 0.0), "0.54 ± 0.20 passes");
            Check.Equal(Verdict.FailStar, VerdictRules.ForLoss(0.94, 0.10, 0.75, 0.0), "0.94 ± 0.20 cannot fail outright");
            Check.Equal(Verdict.Fail, VerdictRules.ForLoss(0.96, 0.10, 0.75, 0.0), "0.96 ± 0.20 fails");
        }

        [TestMethod]
        public void NegativeLimitIsThreeAndAHalfUncertaintiesPlusMargin()
        {
            Check.Near(-0.40, VerdictRules.NegativeLimitDb(0.10, 0.0), 1e-9, "−(3.5 × 0.10 + 0.05)");
            Check.Near(-0.65, VerdictRules.NegativeLimitDb(0.10, 0.60), 1e-9, "a wider minimum band: −(0.60 + 0.05)");
            Check.False(VerdictRules.IsImpossiblyNegative(-0.39, 0.10, 0.0), "−0.39 inside −0.40");
            Check.True(VerdictRules.IsImpossiblyNegative(-0.41, 0.10, 0.0), "−0.41 beyond −0.40");
        }

        [TestMethod]
        public void NegativeLossBeyondTheBandIsNeverAccepted()
        {
            Check.Equal(Verdict.Pass, VerdictRules.ForLoss(-0.15, 0.03, 0.75, 0.0), "−0.15 within 3.5u + margin (−0.155): scatter");
            Check.Equal(Verdict.NoReference, VerdictRules.ForLoss(-0.16, 0.03, 0.75, 0.0), "−0.16 beyond −0.155: the reference no longer applies");
            Check.Equal(Verdict.NoReference, VerdictRules.ForLoss(-1.7, 0.03, 2.0, 0.0), "−1.7 dB on a 2 dB budget is no PASS");
            Check.True(VerdictRules.IsImpossiblyNegative(-0.6, 0.07, 0.0), "−0.6 dB flagged");
            Check.False(VerdictRules.IsImpossiblyNegative(-0.2, 0.07, 0.0), "−0.2 dB with u 0.07 not flagged");
        }

        [TestMethod]
        public void GuardBandSettingIsBounded()
        {
            InspectionSettings settings = new InspectionSettings();
            Check.Near(0.0, settings.GuardBandDb, 1e-9, "default minimum band: the budget alone");
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
