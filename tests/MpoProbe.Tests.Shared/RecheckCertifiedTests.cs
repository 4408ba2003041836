using System;
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
    /// certificate"): limit 0.75 dB and, with no drift rectangle, u 0.0625 dB, so the band is 0.125 dB
    /// (all exact in binary): a bare PASS ends at 0.625 dB and a bare FAIL starts above 0.875 dB.
    /// </summary>
    [TestClass]
    public class RecheckCertifiedTests
    {
        private const double Limit = 0.75;
        private const double U = 0.0625;

        /// <summary>A combined u whose normal part is 0.0625 dB beside a ±0.075 dB drift rectangle.</summary>
        private static readonly double UWithDrift = Math.Sqrt((U * U) + (0.075 * 0.075 / 3.0));

        [TestMethod]
        public void ABrighterChangeStarsAPassItsMarginDoesNotCover()
        {
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.5, U, 0, Limit, 0, 0.2, 0), "0.5 + 0.2 is past 0.625");
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.4, U, 0, Limit, 0, 0.2, 0), "0.4 + 0.2 is still within it");
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.5, U, 0, Limit, 0, 0.125, 0), "0.5 + 0.125 exactly at the limit less the band stays bare, as at the inspection");
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.5, U, 0, Limit, 0, 0.1251, 0), "just past it is starred");
        }

        [TestMethod]
        public void TheBandGivesUpTheDriftRectangleTheChangeNowReplaces()
        {
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.46, UWithDrift, 0, Limit, 0, 0.15, 0.075), "0.46 + 0.15 against 0.75 − 2 × 0.0625");
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.46, UWithDrift, 0, Limit, 0, 0.15, 0), "the same u with no rectangle taken out: a band of 0.152 dB");
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.5, 0.01, 0.125, Limit, 0, 0.125, 0), "the configured minimum band still holds: 0.125 dB");
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.5, 0.01, 0.125, Limit, 0, 0.1251, 0), "and past it");
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.5, 0.01, 0, Limit, 0, 0.2, 0), "without it the band is 2u = 0.02 dB");
        }

        [TestMethod]
        public void ThePreviousRecheckBoundsTheIntervalToo()
        {
            // After a re-check that read +0.2 dB the interval starts there: a later mean of 0 does not clear it.
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.5, UWithDrift, 0, Limit, 0.2, 0, 0.075), "the previous +0.2 dB");
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.5, UWithDrift, 0, Limit, 0, 0.2, 0.075), "this +0.2 dB");
            Check.Equal(Verdict.FailStar, RecheckMean.Certified(Verdict.Fail, 1.0, UWithDrift, 0, Limit, -0.3, 0.2, 0.075), "the previous −0.3 dB stars a FAIL although this mean is brighter");
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.Pass, 0.5, UWithDrift, 0, Limit, 0.2, -0.3, 0.075), "and a brighter previous mean stars a PASS although this one is dimmer");
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.5, UWithDrift, 0, Limit, 0.1, 0.1, 0.075), "0.5 + 0.1 within 0.625 at both ends");
        }

        [TestMethod]
        public void ADimmerChangeStarsAFailItsMarginDoesNotCover()
        {
            Check.Equal(Verdict.FailStar, RecheckMean.Certified(Verdict.Fail, 0.95, U, 0, Limit, 0, -0.15, 0), "0.95 − 0.15 = 0.80 is not above 0.875");
            Check.Equal(Verdict.Fail, RecheckMean.Certified(Verdict.Fail, 1.05, U, 0, Limit, 0, -0.15, 0), "1.05 − 0.15 = 0.90 is still above 0.875");
            Check.Equal(Verdict.FailStar, RecheckMean.Certified(Verdict.Fail, 1.0, U, 0, Limit, 0, -0.125, 0), "1.0 − 0.125 exactly at the limit plus the band is not a bare FAIL, as at the inspection");
            Check.Equal(Verdict.Fail, RecheckMean.Certified(Verdict.Fail, 1.0, U, 0, Limit, 0, -0.1249, 0), "just above it stays bare");
        }

        [TestMethod]
        public void AChangeThatCanOnlyMakeTheVerdictSaferNeverStarsIt()
        {
            // Logged values are rounded to 1 mdB: a bare verdict may sit a hair past its own edge.
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.6254, U, 0, Limit, 0, -0.3, 0), "a dimmer change cannot hide a loss");
            Check.Equal(Verdict.Fail, RecheckMean.Certified(Verdict.Fail, 0.8746, U, 0, Limit, 0, 0.3, 0), "a brighter change cannot add one");
            Check.Equal(Verdict.Pass, RecheckMean.Certified(Verdict.Pass, 0.62, U, 0, Limit, 0, 0, 0), "no change keeps a PASS");
            Check.Equal(Verdict.Fail, RecheckMean.Certified(Verdict.Fail, 0.88, U, 0, Limit, 0, 0, 0), "no change keeps a FAIL");
        }

        [TestMethod]
        public void OtherVerdictsAreKept()
        {
            Check.Equal(Verdict.PassStar, RecheckMean.Certified(Verdict.PassStar, 0.7, U, 0, Limit, 0, -0.5, 0), "a PASS* is not made bare by a change");
            Check.Equal(Verdict.FailStar, RecheckMean.Certified(Verdict.FailStar, 0.8, U, 0, Limit, 0, 0.5, 0), "a FAIL* is not made bare");
            Check.Equal(Verdict.NoLight, RecheckMean.Certified(Verdict.NoLight, 0, U, 0, Limit, 0, 0.5, 0), "no light stays no light");
            Check.Equal(Verdict.NoReference, RecheckMean.Certified(Verdict.NoReference, 0.2, U, 0, Limit, 0, 0.5, 0), "no reference stays");
        }
    }
}
