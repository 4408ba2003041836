using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;

namespace MpoProbe.Tests.Spice
{
    /// <summary>
    /// Runs the front-end netlists (hardware/spice) with ngspice for all 18 ranges and checks that
    /// the checked-in SettlingTable agrees with them and that the Core waits long enough.
    /// Set MPOPROBE_SPICE_REGENERATE=1 to rewrite SettlingTable.cs, hardware/spice/results.md and
    /// the step plot from the simulation instead of failing on a difference.
    /// </summary>
    [TestClass]
    public class SpiceFrontEndTests
    {
        private static readonly object Gate = new object();
        private static SpiceRangeResult[] _results;

        /// <summary>The table holds what the netlists produce today, range by range.</summary>
        [TestMethod]
        public void SettlingTableMatchesTheNetlists()
        {
            SpiceRangeResult[] results = Results();
            if (Environment.GetEnvironmentVariable("MPOPROBE_SPICE_REGENERATE") == "1")
            {
                SpiceArtifacts.WriteAll(NgSpice.Find(), results);
                return;
            }

            Assert.AreEqual(SettlingTableWriter.CoreSettleMicroseconds(results), SettlingTable.SettleMicroseconds, "SettlingTable.SettleMicroseconds differs from the netlists' slowest settling: regenerate (see SettlingTable.cs)");
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

        /// <summary>Every settle wait of the Core is at least the slowest simulated settling of every range.</summary>
        [TestMethod]
        public void CoreWaitsAtLeastTheSimulatedSettling()
        {
            SpiceRangeResult[] results = Results();
            string summaryPath = Environment.GetEnvironmentVariable("MPOPROBE_SPICE_SUMMARY");
            string table = SpiceArtifacts.SummaryTable(results, FrontEndDesign.DefaultSettleMicroseconds);
            if (!string.IsNullOrEmpty(summaryPath))
            {
                File.WriteAllText(summaryPath, table);
            }

            Console.WriteLine(table);
            int[] waits = { FrontEndDesign.DefaultSettleMicroseconds, new AcquisitionSettings().SettleMicroseconds };
            foreach (SpiceRangeResult r in results)
            {
                foreach (int wait in waits)
                {
                    Assert.IsTrue(wait >= r.WorstSettleMicroseconds, "range " + r.Range + " settles in " + r.WorstSettleMicroseconds.ToString("F1") + " µs (ngspice) but the Core waits " + wait + " µs");
                }
            }
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
            lock (Gate)
            {
                if (_results != null)
                {
                    return _results;
                }

                string ngspice = NgSpice.Find();
                if (ngspice == null)
                {
                    if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                    {
                        Assert.Fail("ngspice is not installed, and CI=true: .ci/run must install it (apt-get install ngspice)");
                    }

                    Assert.Inconclusive("ngspice is not installed (apt-get install ngspice): the front-end netlists were not simulated");
                }

                var results = new SpiceRangeResult[FrontEndDesign.RangeCount];
                Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, r => results[r] = FrontEndSpice.Simulate(ngspice, r));
                _results = results;
                return results;
            }
        }
    }
}
