using System;
using MpoProbe.Core;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Host only: the reference check, the polarity match, the link budget commands and the
    /// calibration solver name the argument that was missing (issue 25 item 7, Stryker survivors). The
    /// shared tests check the exception type; the parameter name is read here because
    /// nanoFramework's exceptions are not known to carry it the same way.
    /// </summary>
    [TestClass]
    public class ArgumentNameMutationTests
    {
        private static string MissingName(Action action)
        {
            try
            {
                action();
            }
            catch (ArgumentNullException e)
            {
                return e.ParamName;
            }

            return "nothing thrown";
        }

        [TestMethod]
        public void ReferenceCheckNamesTheMissingArgument()
        {
            Scan scan = new Scan();
            for (int p = 1; p <= 12; p++)
            {
                scan.At(p).Set(ChannelStatus.Ok, 8, 1500, 16, -20.0, 0.002);
            }

            Reference reference = new Reference();
            reference.Capture(scan, MpoLayout.Mpo12, 0, 0);
            UncertaintyBudget budget = new UncertaintyBudget();
            ReferenceVerification check = new ReferenceVerification();
            Assert.AreEqual("reference", MissingName(() => check.Verify(null, scan, MpoLayout.Mpo12, budget)));
            Assert.AreEqual("scan", MissingName(() => check.Verify(reference, null, MpoLayout.Mpo12, budget)));
            Assert.AreEqual("layout", MissingName(() => check.Verify(reference, scan, null, budget)));
            Assert.AreEqual("budget", MissingName(() => check.Verify(reference, scan, MpoLayout.Mpo12, null)));
        }

        [TestMethod]
        public void PolarityMatchNamesTheMissingArgument()
        {
            PolarityMap map = new PolarityMap();
            map.Begin(12);
            PolarityResult result = new PolarityResult();
            Assert.AreEqual("map", MissingName(() => result.Match(null, MpoLayout.Mpo12)));
            Assert.AreEqual("layout", MissingName(() => result.Match(map, null)));
            Assert.AreEqual("map", MissingName(() => result.Match(null, null)), "both missing: the map is named first");
        }

        [TestMethod]
        public void LinkBudgetCommandsAndCalibrationSolverNameTheMissingArgument()
        {
            JobInfo job = new JobInfo();
            InspectionSettings settings = new InspectionSettings();
            ProbeLog log = new ProbeLog(new MpoProbe.Simulation.MemoryLogPort());
            Assert.AreEqual("job", MissingName(() => new LinkBudgetCommands(null, settings, log, null)));
            Assert.AreEqual("settings", MissingName(() => new LinkBudgetCommands(job, null, log, null)));
            Assert.AreEqual("log", MissingName(() => new LinkBudgetCommands(job, settings, null, null)));
            Assert.AreEqual("data", MissingName(() => new CalibrationSolver(null, 1.5)));
        }
    }
}
