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
        public void RulesFollowTheInterpretersCompare()
        {
            double nan = double.NaN, inf = double.PositiveInfinity;
            InterpreterRules.NonFiniteSites.Clear();
            Assert.IsTrue(InterpreterRules.Cgt(nan, 1, 0) && InterpreterRules.Bge(nan, 1, 0) && InterpreterRules.Bgt(1, nan, 0), "NaN: > and >= are true");
            Assert.IsFalse(InterpreterRules.Clt(nan, 1, 0) || InterpreterRules.Ble(nan, 1, 0) || InterpreterRules.Ceq(nan, nan, 0), "NaN: <, <= and == are false");
            Assert.IsTrue(InterpreterRules.Bne(nan, nan, 0), "NaN: bne.un is taken");
            Assert.IsTrue(InterpreterRules.Ceq(-inf, inf, 0) && !InterpreterRules.Clt(-inf, inf, 0) && InterpreterRules.Ble(inf, -inf, 0), "two infinities compare equal");
            Assert.IsTrue(InterpreterRules.Clt(-inf, 0, 0) && InterpreterRules.Cgt(inf, 1e308, 0), "one infinity against a finite value compares as usual");
            Assert.IsTrue(InterpreterRules.Clt(1, 2, 0) && InterpreterRules.Ceq(2, 2, 0) && !InterpreterRules.Cgt(1, 2, 0), "finite values as usual");
            Assert.IsTrue(InterpreterRules.NonFiniteSites.Count == 1, "every non-finite compare is recorded (one site here)");
            InterpreterRules.NonFiniteSites.Clear();
        }

        [TestMethod]
        public void NewReferenceArraysHoldSentinelsThatNoComparisonMaySee()
        {
            var strings = new string[2];
            InterpreterRules.Fill(strings);
            Assert.AreSame(InterpreterRules.UnassignedString, strings[0], "string[] gets the unassigned string");
            Assert.ThrowsExactly<UnassignedElementException>(() => InterpreterRules.StringEquals(strings[1], "x", 7));
            Assert.ThrowsExactly<UnassignedElementException>(() => InterpreterRules.RefEq(strings[1], null, 7));
            var objects = new InterpreterSemanticsTests[1];
            InterpreterRules.Fill(objects);
            Assert.IsNotNull(objects[0], "a concrete class gets an uninitialised instance");
            Assert.ThrowsExactly<UnassignedElementException>(() => InterpreterRules.Assigned(objects[0], 7));
            var interfaces = new IDisposable[1];
            InterpreterRules.Fill(interfaces);
            Assert.IsNull(interfaces[0], "interfaces stay null (the interpreter nulls class-typed elements)");
            InterpreterRules.NonFiniteSites.Clear();
        }

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
