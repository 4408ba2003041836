using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// The verdict a result keeps on the certificate once the re-check after it passed
    /// (<see cref="RecheckMean.Certified"/>; docs/uncertainty.md, "A passed re-check's mean on the
    /// certificate"): limit 0.75 dB, band 0.125 dB (both exact in binary), so a bare PASS ends at
    /// 0.625 dB and a bare FAIL starts above 0.875 dB.
    /// </summary>
    [TestClass]
    public class RecheckCertifiedTests
    {
        private const double Limit = 0.75;
        private const double Band = 0.125;

        [TestMethod]
        public void ABrighterChangeBeyondTheAllowanceStarsAPassItsMarginDoesNotCover()
        {
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.5, Band, Limit, 0, 0.2, 0.05), "0.5 + (0.2 − 0.05) is past 0.625");
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.5, Band, Limit, 0, 0.2, 0.1), "0.5 + (0.2 − 0.1) is still within it");
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.5, Band, Limit, 0, 0.25, 0.125), "0.5 + 0.125 exactly at the limit less the band stays bare, as at the inspection");
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.5, Band, Limit, 0, 0.2501, 0.125), "just past it is starred");
        }

        [TestMethod]
        public void AChangeWithinTheAllowanceIsAlreadyInTheBand()
        {
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.62, Band, Limit, 0, 0.05, 0.05), "a brighter 0.05 dB the band allowed");
            Check.Equal(Verdict.Fail, RecheckMean.Certified(Verdict.Fail, 0.88, Band, Limit, 0, -0.05, 0.05), "a dimmer 0.05 dB the band allowed");
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.62, Band, Limit, 0, 0.01, 0), "through a monitor the band allowed no drift: 0.01 dB counts");
        }

        [TestMethod]
        public void ThePreviousPassedRecheckBoundsTheIntervalToo()
        {
            // After a re-check that read +0.2 dB the interval starts there: a later mean of 0 does not clear it.
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.5, Band, Limit, 0.2, 0, 0), "the previous +0.2 dB");
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.5, Band, Limit, 0, 0.2, 0), "this +0.2 dB");
            Check.Equal(Verdict.FailStar, RecheckMean.Certified(Verdict.Fail, 1.0, Band, Limit, -0.3, 0.2, 0), "the previous −0.3 dB stars a FAIL although this mean is brighter");
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.5, Band, Limit, 0.2, -0.3, 0), "and a brighter previous mean stars a PASS although this one is dimmer");
        }

        [TestMethod]
        public void ADimmerChangeBeyondTheAllowanceStarsAFailItsMarginDoesNotCover()
        {
            Check.Equal(Verdict.FailStar, RecheckMean.Certified(Verdict.Fail, 0.95, Band, Limit, 0, -0.15, 0), "0.95 − 0.15 = 0.80 is not above 0.875");
            Check.Equal(Verdict.Fail, RecheckMean.Certified(Verdict.Fail, 1.05, Band, Limit, 0, -0.15, 0), "1.05 − 0.15 = 0.90 is still above 0.875");
            Check.Equal(Verdict.FailStar, RecheckMean.Certified(Verdict.Fail, 1.0, Band, Limit, 0, -0.25, 0.125), "1.0 − 0.125 exactly at the limit plus the band is not a bare FAIL, as at the inspection");
            Check.Equal(Verdict.Fail, RecheckMean.Certified(Verdict.Fail, 1.0, Band, Limit, 0, -0.2499, 0.125), "just above it stays bare");
        }

        [TestMethod]
        public void AChangeThatCanOnlyMakeTheVerdictSaferNeverStarsIt()
        {
            // Logged values are rounded to 1 mdB: a bare verdict may sit a hair past its own edge.
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.6254, Band, Limit, 0, -0.3, 0), "a dimmer change cannot hide a loss");
            Check.Equal(Verdict.Fail, RecheckMean.Certified(Verdict.Fail, 0.8746, Band, Limit, 0, 0.3, 0), "a brighter change cannot add one");
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.62, Band, Limit, 0, 0, 0), "no change keeps a PASS");
            Check.Equal(Verdict.Fail, RecheckMean.Certified(Verdict.Fail, 0.88, Band, Limit, 0, 0, 0), "no change keeps a FAIL");
        }

        [TestMethod]
        public void OtherVerdictsAreKept()
        {
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.PassStar, 0.7, Band, Limit, 0, -0.5, 0), "a PASS* is not made bare by a change");
            Check.Equal(Verdict.FailStar, RecheckMean.Certified(Verdict.FailStar, 0.8, Band, Limit, 0, 0.5, 0), "a FAIL* is not made bare");
            Check.Equal(Verdict.NoLight, RecheckMean.Certified(Verdict.NoLight, 0, Band, Limit, 0, 0.5, 0), "no light stays no light");
            Check.Equal(Verdict.NoReference, RecheckMean.Certified(Verdict.NoReference, 0.2, Band, Limit, 0, 0.5, 0), "no reference stays");
        }
    }
}
