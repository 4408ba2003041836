using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;

namespace MpoProbe.Tests.Spice
{
    /// <summary>
    /// Runs the front-end netlists (hardware/spice) with ngspice for all 18 ranges at nominal part
    /// values and at the worst-case corners, and the crosstalk bench; checks that the checked-in
    /// SettlingTable agrees with them, that every operating point is the circuit's true state, that
    /// the Core waits long enough at every corner and that lit neighbours leave a quiet channel alone.
    /// Set MPOPROBE_SPICE_REGENERATE=1 to rewrite SettlingTable.cs, hardware/spice/results.md and
    /// the step plot from the simulation instead of failing on a difference.
    /// </summary>
    [TestClass]
    public class SpiceFrontEndTests
    {
        private static readonly object Gate = new object();
        private static SpiceRangeResult[][] _corners;
        private static CrosstalkSpice _crosstalk;

        /// <summary>The table holds what the netlists produce today, range by range.</summary>
        [TestMethod]
        public void SettlingTableMatchesTheNetlists()
        {
            SpiceRangeResult[] results = Results();
            if (Environment.GetEnvironmentVariable("MPOPROBE_SPICE_REGENERATE") == "1")
            {
                SpiceArtifacts.WriteAll(NgSpice.Find(), results, Corners(), Crosstalk());
                return;
            }

            Assert.AreEqual(SettlingTableWriter.CoreSettleMicroseconds(Corners()), SettlingTable.SettleMicroseconds, "SettlingTable.SettleMicroseconds differs from the netlists' slowest settling at the worst corner: regenerate (see SettlingTable.cs)");
            Near(Crosstalk().VoltsPerAmp, SettlingTable.CrosstalkVoltsPerAmp, 0.05 * Math.Abs(Crosstalk().VoltsPerAmp), "crosstalk (V/A): SettlingTable.cs and crosstalk.cir disagree");
            foreach (SpiceRangeResult r in results)
            {
                string where = "range " + r.Range + ": SettlingTable.cs and hardware/spice disagree on ";
                Near(Math.Ceiling(r.ChannelSwitchSettleMicroseconds), SettlingTable.ChannelSwitchSettleUs(r.Range), 1.0, where + "channel-switch settling (µs)");
                Near(Math.Ceiling(r.RangeSwitchSettleMicroseconds), SettlingTable.RangeSwitchSettleUs(r.Range), 1.0, where + "range-switch settling (µs)");
                Near(r.BandwidthHz, SettlingTable.BandwidthHz(r.Range), 0.01 * r.BandwidthHz, where + "bandwidth (Hz)");
                Near(r.NoiseVoltsRms * 1e6, SettlingTable.NoiseMicrovoltsRms(r.Range), 0.2 + (0.01 * r.NoiseVoltsRms * 1e6), where + "noise (µV rms)");
                Near(r.DarkMinVolts * 1e3, SettlingTable.DarkMinMillivolts(r.Range), 0.2, where + "lowest dark output (mV)");
                Near(r.DarkMaxVolts * 1e3, SettlingTable.DarkMaxMillivolts(r.Range), 0.2, where + "highest dark output (mV)");
            }
        }

        /// <summary>Every settle wait of the Core is at least the slowest simulated settling of every range at every corner.</summary>
        [TestMethod]
        public void CoreWaitsAtLeastTheSimulatedSettlingAtEveryCorner()
        {
            SpiceRangeResult[][] corners = Corners();
            string summaryPath = Environment.GetEnvironmentVariable("MPOPROBE_SPICE_SUMMARY");
            string table = SpiceArtifacts.SummaryTable(Results(), FrontEndDesign.DefaultSettleMicroseconds) + "\n"
                + SpiceArtifacts.CornerTable(corners, FrontEndDesign.DefaultSettleMicroseconds) + "\n" + Crosstalk().Line() + "\n";
            if (!string.IsNullOrEmpty(summaryPath))
            {
                File.WriteAllText(summaryPath, table);
            }

            Console.WriteLine(table);
            int[] waits = { FrontEndDesign.DefaultSettleMicroseconds, new AcquisitionSettings().SettleMicroseconds };
            foreach (SpiceRangeResult[] results in corners)
            {
                foreach (SpiceRangeResult r in results)
                {
                    foreach (int wait in waits)
                    {
                        Assert.IsTrue(wait >= r.WorstSettleMicroseconds, "range " + r.Range + " at \"" + r.Corner + "\" settles in " + r.WorstSettleMicroseconds.ToString("F1") + " µs (ngspice) but the Core waits " + wait + " µs");
                    }
                }
            }
        }

        /// <summary>In every range and corner ngspice finds the true DC state: converged, lit reads 2.2 V above dark, the steps end there.</summary>
        [TestMethod]
        public void EveryRangeHasItsTrueOperatingPointAtEveryCorner()
        {
            foreach (SpiceRangeResult[] results in Corners())
            {
                foreach (SpiceRangeResult r in results)
                {
                    Assert.IsNull(r.OperatingPointError, "range " + r.Range + " at \"" + r.Corner + "\": " + r.OperatingPointError);
                }
            }
        }

        /// <summary>23 neighbours at 0 dBm move a quiet −20 dBm channel by at most 0.01 dB; the bench sees the first design's fault.</summary>
        [TestMethod]
        public void LitNeighboursMoveAQuietChannelByAtMostOneHundredthOfADb()
        {
            CrosstalkSpice x = Crosstalk();
            Console.WriteLine(x.Line());
            Assert.IsTrue(Math.Abs(x.QuietErrorDb) <= 0.01, "a -20 dBm channel moves by " + x.QuietErrorDb.ToString("F4") + " dB with 23 neighbours at 0 dBm");
            Assert.IsTrue(Math.Abs(x.LinearErrorDb) <= 0.01, "a -10 dBm channel in range 3 moves by " + x.LinearErrorDb.ToString("F4") + " dB with 23 neighbours at 0 dBm");
            Assert.IsTrue(x.OldDesignErrorDb > 0.1, "the bench no longer sees the first design's pedestal crosstalk (" + x.OldDesignErrorDb.ToString("F3") + " dB): it cannot tell a bad pedestal from a good one");
        }

        /// <summary>The budget's stray-light bound covers the electrical crosstalk's equivalent power in the most sensitive range.</summary>
        [TestMethod]
        public void BudgetStrayBoundCoversTheElectricalCrosstalk()
        {
            // 31 other channels at 0 dBm and 1.0 A/W (the most photocurrent a head can bring), read in
            // the top range at the lowest responsivity (850 nm): the equivalent optical power.
            double shiftVolts = Math.Abs(SettlingTable.CrosstalkVoltsPerAmp) * 31 * 1e-3;
            double watts = shiftVolts / FrontEndDesign.NominalTransimpedanceOhms(FrontEndDesign.TopRange) / FrontEndDesign.ResponsivityAmpsPerWatt(Wavelength.Nm850);
            Assert.IsTrue(PowerUnits.TryWattsToDbm(watts, out double dbm), "crosstalk power is positive");
            Assert.IsTrue(dbm < FieldFigures.StrayLightDbm, "electrical crosstalk equals " + dbm.ToString("F1") + " dBm in the top range, above the budget's stray bound " + FieldFigures.StrayLightDbm + " dBm");
        }

        /// <summary>With every offset and bias error at its worst, a dark channel stays above the ADC's window floor.</summary>
        [TestMethod]
        public void DarkOutputStaysInsideTheAdcWindowInEveryRange()
        {
            foreach (SpiceRangeResult r in Results())
            {
                Assert.IsTrue(r.DarkMinVolts > FrontEndDesign.WindowLowVolts, "range " + r.Range + ": worst-case dark output " + r.DarkMinVolts.ToString("F3") + " V is below the ADC window floor " + FrontEndDesign.WindowLowVolts + " V");
                Assert.IsTrue(r.DarkMaxVolts < FrontEndDesign.PedestalVolts + 0.9, "range " + r.Range + ": worst-case dark output " + r.DarkMaxVolts.ToString("F3") + " V leaves less than 1.2 V of window for light");
            }
        }

        /// <summary>
        /// The settling measurement itself, on a known exponential: a 2.2 V step with τ = 24 µs
        /// reaches ½ LSB after τ·ln(2.2 V / ½ LSB).
        /// </summary>
        [TestMethod]
        public void SettleTimeOfAKnownExponentialIsTauTimesLogOfTheRatio()
        {
            const double Tau = 24e-6;
            var time = new double[20001];
            var volts = new double[time.Length];
            for (int i = 0; i < time.Length; i++)
            {
                time[i] = i * 0.1e-6;
                volts[i] = time[i] < 10e-6 ? 0.25 : 2.45 - (2.2 * Math.Exp(-(time[i] - 10e-6) / Tau));
            }

            double expected = Tau * 1e6 * Math.Log(2.2 / FrontEndSpice.HalfLsbVolts);
            double measured = FrontEndSpice.SettleMicroseconds(time, volts, 10e-6, double.MaxValue);
            Assert.AreEqual(expected, measured, 0.3, "settling of a pure exponential");
        }

        private static void Near(double expected, double actual, double tolerance, string what)
        {
            Assert.IsTrue(Math.Abs(expected - actual) <= tolerance, what + ": ngspice " + expected.ToString("G5") + ", table " + actual.ToString("G5"));
        }

        private static SpiceRangeResult[] Results()
        {
            return Corners()[0];
        }

        private static string NgSpiceOrSkip()
        {
            string ngspice = NgSpice.Find();
            if (ngspice == null)
            {
                if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                {
                    Assert.Fail("ngspice is not installed, and CI=true: .ci/run must install it (apt-get install ngspice)");
                }

                Assert.Inconclusive("ngspice is not installed (apt-get install ngspice): the front-end netlists were not simulated");
            }

            return ngspice;
        }

        private static SpiceRangeResult[][] Corners()
        {
            lock (Gate)
            {
                if (_corners != null)
                {
                    return _corners;
                }

                string ngspice = NgSpiceOrSkip();
                var jobs = new System.Collections.Generic.List<int[]>();
                var corners = new SpiceRangeResult[SpiceCorner.All.Length][];
                for (int c = 0; c < corners.Length; c++)
                {
                    int[] ranges = SpiceCorner.All[c].Ranges;
                    corners[c] = new SpiceRangeResult[ranges == null ? FrontEndDesign.RangeCount : ranges.Length];
                    for (int i = 0; i < corners[c].Length; i++)
                    {
                        jobs.Add(new[] { c, i, ranges == null ? i : ranges[i] });
                    }
                }

                Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, j => corners[j[0]][j[1]] = FrontEndSpice.Simulate(ngspice, j[2], SpiceCorner.All[j[0]]));
                _corners = corners;
                return corners;
            }
        }

        private static CrosstalkSpice Crosstalk()
        {
            lock (Gate)
            {
                _crosstalk ??= CrosstalkSpice.Run(NgSpiceOrSkip());
                return _crosstalk;
            }
        }
    }
}
