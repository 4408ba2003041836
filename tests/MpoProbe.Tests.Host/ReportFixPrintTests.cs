using System;
using System.Globalization;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Report;

namespace MpoProbe.Tests
{
    /// <summary>The certificate's numbers beside the probe's (review 2026-12-04): the same digits, and a figure never printed equal to the limit it differs from.</summary>
    [TestClass]
    public class ReportFixPrintTests
    {
        [TestMethod]
        public void EveryFigureHasTheProbesDigits()
        {
            // Ties in binary (x.xx5 at every step of 1/8 and 1/1000) and both signs, against the Core's own formatter.
            for (int i = -4000; i <= 4000; i++)
            {
                foreach (double value in new[] { i / 1000.0, i / 1000.0 + 0.0005, i / 8.0, -i / 1000.0 - 0.0005 })
                {
                    for (int decimals = 0; decimals <= 4; decimals++)
                    {
                        Assert.AreEqual(MpoProbe.Core.Format.Fixed(value, decimals), Certificate.Fixed(value, decimals), value.ToString("R", CultureInfo.InvariantCulture) + " with " + decimals);
                    }
                }
            }

            Assert.AreEqual("—", Certificate.Db(double.NaN));
            Assert.AreEqual("0.00", Certificate.Db(-0.004), "no negative zero");
            Assert.AreEqual("+0.00", Certificate.SignedDb(-0.004));
        }

        [TestMethod]
        public void ALossIsNeverPrintedEqualToALimitItDiffersFrom()
        {
            Assert.AreEqual("0.351", Certificate.LossDb(0.351, 0.35));
            Assert.AreEqual("0.349", Certificate.LossDb(0.349, 0.35));
            Assert.AreEqual("0.3501", Certificate.LossDb(0.3501, 0.35));
            Assert.AreEqual("0.35", Certificate.LossDb(0.35, 0.35), "equal is printed equal");
            Assert.AreEqual("0.36", Certificate.LossDb(0.355, 0.35), "two decimals that already differ");
            Assert.AreEqual("-0.001", Certificate.MarginDb(0.35 - 0.351));
            Assert.AreEqual("0.001", Certificate.MarginDb(0.001));
            Assert.AreEqual("0.00", Certificate.MarginDb(0));
            Assert.AreEqual("-0.12", Certificate.MarginDb(-0.12));
        }
    }
}
