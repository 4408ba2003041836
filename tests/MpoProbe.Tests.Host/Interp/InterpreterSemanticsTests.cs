using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests.Interp
{
    /// <summary>
    /// The shared tests, run again under the nanoFramework interpreter's comparison and array
    /// rules (<see cref="IlRewriter"/>): the host then fails where a device would
    /// (docs/device-rules.md §3).
    /// </summary>
    [TestClass]
    public class InterpreterSemanticsTests
    {
        /// <summary>The compiled Core and Simulation, as the host tests use them.</summary>
        public static readonly string[] Product = { "MpoProbe.Core.dll", "MpoProbe.Simulation.dll" };

        [TestMethod]
        public void SharedTestsPassUnderTheInterpretersRules()
        {
            var run = new RewrittenRun(RepoPaths.Root);
            run.Execute(AppContext.BaseDirectory, Product, Path.GetFileName(typeof(InterpreterSemanticsTests).Assembly.Location), TimeSpan.FromMinutes(2));
            string summary = "interpreter rules: " + run.Run + " shared tests, " + run.Failures.Count + " failures (rewritten: " + run.Rewritten + ")";
            string report = Environment.GetEnvironmentVariable("MPOPROBE_INTERP_REPORT");
            if (!string.IsNullOrEmpty(report))
            {
                File.WriteAllText(report, summary + Environment.NewLine + string.Join(Environment.NewLine, run.Failures) + Environment.NewLine);
            }

            Assert.IsTrue(run.Run > 100, "the shared tests were not found in the rewritten copy: " + summary);
            Assert.IsTrue(run.Failures.Count == 0, summary + ":\n" + string.Join("\n", run.Failures));
        }
    }
}
