using System;
using MpoProbe.Core;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Host only: the reference check names the argument that was missing (issue 25 item 7). The
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
    }
}
