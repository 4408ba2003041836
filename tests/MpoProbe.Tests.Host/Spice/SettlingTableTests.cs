using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Tests.Spice
{
    /// <summary>
    /// The simulated front end settles as the ngspice table says: within ½ LSB after the Core's
    /// wait, clearly not at a third of it. Needs no ngspice (the table is checked in).
    /// </summary>
    [TestClass]
    public class SettlingTableTests
    {
        /// <summary>After a full-window channel switch, every range is settled when the Core reads and not much earlier.</summary>
        [TestMethod]
        public void SimulatedFrontEndSettlesWithTheTablesTimeConstant()
        {
            for (int range = 0; range < FrontEndDesign.RangeCount; range++)
            {
                int settled = CodeAfter(range, 20000);
                int atWait = CodeAfter(range, FrontEndDesign.DefaultSettleMicroseconds);
                int early = CodeAfter(range, FrontEndDesign.DefaultSettleMicroseconds / 3);
                // A residue under ½ LSB can still land on a neighbouring code with another DNL offset.
                double tolerance = 1 + FrontEndDesign.AdcDnlCodes;
                Assert.IsTrue(Math.Abs(atWait - settled) <= tolerance, "range " + range + ": " + atWait + " codes after the Core's wait, " + settled + " settled");
                Assert.IsTrue(Math.Abs(early - settled) > 4 * tolerance, "range " + range + ": already settled at a third of the wait (" + early + " vs " + settled + "): the table's τ is not used");
            }
        }

        /// <summary>The equivalent τ reaches ½ LSB of the 2.2 V step exactly at the range's settling time.</summary>
        [TestMethod]
        public void TauReachesHalfAnLsbAtTheSettlingTime()
        {
            for (int range = 0; range < FrontEndDesign.RangeCount; range++)
            {
                double residue = SettlingTable.StepVolts * Math.Exp(-SettlingTable.RangeSettleMicroseconds(range) / SettlingTable.TauMicroseconds(range));
                Assert.AreEqual(0.5 * FrontEndDesign.AdcVoltsPerCode, residue, 1e-9, "range " + range);
                Assert.IsTrue(SettlingTable.RangeSettleMicroseconds(range) <= SettlingTable.SettleMicroseconds, "range " + range + " settles after the Core's wait");
            }
        }

        private static int CodeAfter(int range, int microseconds)
        {
            var sim = new SimulatedFrontEnd(2, 11) { NoiseSigmaCodes = 0 };
            double amps = 2.2 / FrontEndDesign.NominalTransimpedanceOhms(range);
            PowerUnits.TryWattsToDbm(amps / FrontEndDesign.ResponsivityAmpsPerWatt(Wavelength.Nm850), out double dbm);
            sim.SetIncidentPowerDbm(1, dbm);
            sim.SetDark(0);
            sim.Select(1, range);
            sim.Settle(20000);
            sim.Select(0, range);
            sim.Settle(microseconds);
            return sim.Read();
        }
    }
}
