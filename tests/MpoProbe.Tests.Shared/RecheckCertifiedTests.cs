using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// The verdict a result keeps on the certificate after a passed re-check whose mean moved
    /// (<see cref="RecheckMean.Certified"/>; docs/uncertainty.md, "Plain source"): limit 0.75 dB,
    /// band 0.125 dB (both exact in binary), so a bare PASS ends at 0.625 dB and a bare FAIL starts
    /// above 0.875 dB.
    /// </summary>
    [TestClass]
    public class RecheckCertifiedTests
    {
        private const double Limit = 0.75;
        private const double Band = 0.125;

        [TestMethod]
        public void ABrighterMeanStarsAPassItsMarginDoesNotCover()
        {
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.55, Band, Limit, 0.15), "0.55 + 0.15 is past 0.625");
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.45, Band, Limit, 0.15), "0.45 + 0.15 is still below 0.625");
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.5, Band, Limit, 0.125), "0.5 + 0.125 exactly at the limit less the band stays bare, as at the inspection");
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.5, Band, Limit, 0.1251), "just past it is starred");
        }

        [TestMethod]
        public void ADimmerMeanLeavesAPassAlone()
        {
            // A dimmer source made the losses read high: a PASS read through it is conservative.
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.6, Band, Limit, -0.3), "a dimmer change never stars a PASS");
        }

        [TestMethod]
        public void ADimmerMeanStarsAFailItsMarginDoesNotCover()
        {
            Check.Equal(Verdict.FailStar, RecheckMean.Certified(Verdict.Fail, 0.95, Band, Limit, -0.15), "0.95 − 0.15 = 0.80 is not above 0.875");
            Check.Equal(Verdict.Fail, RecheckMean.Certified(Verdict.Fail, 1.05, Band, Limit, -0.15), "1.05 − 0.15 = 0.90 is still above 0.875");
            Check.Equal(Verdict.FailStar, RecheckMean.Certified(Verdict.Fail, 1.0, Band, Limit, -0.125), "1.0 − 0.125 exactly at the limit plus the band is not a bare FAIL, as at the inspection");
            Check.Equal(Verdict.Fail, RecheckMean.Certified(Verdict.Fail, 1.0, Band, Limit, -0.1249), "just above it stays bare");
            Check.Equal(Verdict.Fail, RecheckMean.Certified(Verdict.Fail, 0.9, Band, Limit, 0.3), "a brighter change never stars a FAIL");
        }

        [TestMethod]
        public void NoChangeKeepsEveryVerdict()
        {
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.62, Band, Limit, 0), "PASS");
            Check.Equal(Verdict.Fail, RecheckMean.Certified(Verdict.Fail, 0.88, Band, Limit, 0), "FAIL");
        }

        [TestMethod]
        public void OtherVerdictsAreKept()
        {
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.PassStar, 0.7, Band, Limit, -0.5), "a PASS* is not made bare by a change");
            Check.Equal(Verdict.FailStar, RecheckMean.Certified(Verdict.FailStar, 0.8, Band, Limit, 0.5), "a FAIL* is not made bare");
            Check.Equal(Verdict.NoLight, RecheckMean.Certified(Verdict.NoLight, 0, Band, Limit, 0.5), "no light stays no light");
            Check.Equal(Verdict.NoReference, RecheckMean.Certified(Verdict.NoReference, 0.2, Band, Limit, 0.5), "no reference stays");
        }
    }
}
