using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MpoProbe.Tests.Gate
{
    /// <summary>Proves the gate can fail: one seeded violation per rule, and a clean control.</summary>
    [TestClass]
    public class GateSeededTests
    {
        private static List<GateViolation> Run(string code, bool semantic = true)
        {
            var gate = new NanoGate(GateTests.Allowlist());
            var source = new Dictionary<string, string> { { "Seeded.cs", code } };
            var none = new Dictionary<string, string>();
            return semantic ? gate.Check(source, none) : gate.Check(none, source);
        }

        [TestMethod]
        [DataRow(GateRule.GenericDeclared, "class C<T> { }")]
        [DataRow(GateRule.GenericDeclared, "class C { void M<T>() { } }")]
        [DataRow(GateRule.GenericUsed, "class C { System.Collections.Generic.List<int> x; }")]
        [DataRow(GateRule.GenericUsed, "class C { object M() { return System.Tuple.Create(1, 2); } }")]
        [DataRow(GateRule.GenericUsed, "class C { void M() { var d = new System.Collections.Generic.Dictionary<string, int>(); } }")]
        [DataRow(GateRule.Linq, "using System.Linq; class C { int M(int[] a) { return a.Length; } }")]
        [DataRow(GateRule.Linq, "class C { int M(int[] a) { return System.Linq.Enumerable.Count(a); } }")]
        [DataRow(GateRule.Linq, "using System.Linq; class C { object M(int[] a) { return from x in a select x; } }")]
        [DataRow(GateRule.AsyncAwait, "class C { async void M() { await System.Threading.Tasks.Task.Yield(); } }")]
        [DataRow(GateRule.Tuple, "class C { object M() { var t = (1, 2); return t; } }")]
        [DataRow(GateRule.Tuple, "class C { void M() { var (a, b) = (1, 2); } }")]
        [DataRow(GateRule.NullableValueType, "class C { int? x; }")]
        [DataRow(GateRule.Record, "record R(int X);")]
        [DataRow(GateRule.RangeOrIndex, "class C { int[] M(int[] a) { return a[1..]; } }")]
        [DataRow(GateRule.RangeOrIndex, "class C { int M(int[] a) { return a[^1]; } }")]
        [DataRow(GateRule.MultiDimensionalArray, "class C { int[,] a = new int[2, 2]; }")]
        [DataRow(GateRule.DateTimeNow, "class C { System.DateTime M() { return System.DateTime.Now; } }")]
        [DataRow(GateRule.StringJoin, "class C { string M(string[] a) { return string.Join(\",\", a); } }")]
        [DataRow(GateRule.EnumGetValues, "class C { System.Array M() { return System.Enum.GetValues(typeof(System.DayOfWeek)); } }")]
        [DataRow(GateRule.EnumToStringForText, "enum E { A } class C { string M(E e) { return e.ToString(); } }")]
        [DataRow(GateRule.EnumToStringForText, "enum E { A } class C { string M(E e) { return \"state \" + e; } }")]
        [DataRow(GateRule.EnumToStringForText, "enum E { A } class C { string M(E e) { return $\"state {e}\"; } }")]
        [DataRow(GateRule.NotInAllowlist, "class C { void M() { System.Console.WriteLine(\"x\"); } }")]
        [DataRow(GateRule.NotInAllowlist, "class C { long M(long a, long b) { return System.Math.Max(a, b); } }")]
        public void SeededViolationIsCaught(GateRule rule, string code)
        {
            List<GateViolation> found = Run(code);
            Assert.IsTrue(found.Any(v => v.Rule == rule), "expected " + rule + " in: " + code + "\nfound: " + string.Join("; ", found));
        }

        [TestMethod]
        [DataRow("class C { string[] _n = new string[4];\n bool Has(string s) { return _n[0] == s; } }", 1)]
        [DataRow("class C { bool M(string s) { var a = new string[4];\n return a[0] == s; } }", 1)]
        [DataRow("class C { object[] _o = new object[2]; C() { _o[0] = null; } }", 1)]
        [DataRow("class C { string[] _n = new string[4]; C() { } C(int x) { for (int i = 0; i < _n.Length; i++) { _n[i] = null; } } }", 1)]
        [DataRow("class C { string[] M() { var a = new string[4];\n for (int i = 0; i < a.Length; i++) { if (i > 0) { a[i] = \"\"; } } return a; } }", 1)]
        [DataRow("class C { object M() { return new string[3]; } }", 1)]
        [DataRow("class C { bool M() { var a = new string[] { null,\n null }; return a[0] == null; } }", 2)]
        [DataRow("class C { string[] _a = { \"x\",\n null }; }", 2)]
        [DataRow("class C { object[] M() { return new object[] { 1,\n default }; } }", 2)]
        public void StringArrayReadBeforeAssignmentFailsTheGate(string code, int line)
        {
            List<GateViolation> found = Run(code);
            Assert.IsTrue(found.Any(v => v.Rule == GateRule.UnfilledReferenceArray && v.Line == line), "expected UnfilledReferenceArray at Seeded.cs:" + line + " in: " + code + "\nfound: " + string.Join("; ", found));
        }

        [TestMethod]
        [DataRow("class C { string[] _n = new string[4]; C() { for (int i = 0; i < _n.Length; i++) { _n[i] = null; } } bool Has(string s) { return _n[0] == s; } }")]
        [DataRow("class C { const int N = 4; string[] M() { string[] a = new string[N]; for (int i = 0; i < N; i++) { a[i] = \"\"; } return a; } }")]
        [DataRow("class C { int[][] _j; C() { _j = new int[2][]; for (int i = 0; i < _j.Length; i++) { _j[i] = new int[3]; } } }")]
        [DataRow("class C { int[] M() { return new int[3]; } }")]
        public void FilledReferenceArraysPassTheGate(string code)
        {
            List<GateViolation> found = Run(code).Where(v => v.Rule == GateRule.UnfilledReferenceArray).ToList();
            Assert.IsTrue(found.Count == 0, "filled or value-type arrays: " + string.Join("; ", found));
        }

        [TestMethod]
        public void StaticInitializerReadingAnotherTypesStaticsFailsTheGate()
        {
            string code = "class A { public static readonly int[] V = { 1 }; public static int N => V.Length; public const int K = 3; }\n"
                + "class B { static readonly int M = A.N;\n static readonly int K = A.K; static readonly int L = Own; static int Own => 2; }\n"
                + "class D { static readonly int[] W; static D() { W = new int[A.V.Length]; } }";
            List<GateViolation> found = Run(code).Where(v => v.Rule == GateRule.StaticInitOrder).ToList();
            Assert.IsTrue(found.Count == 2 && found.Any(v => v.Line == 2) && found.Any(v => v.Line == 4), "A.N at line 2 and A.V at line 4 only: " + string.Join("; ", found));
        }

        [TestMethod]
        [DataRow("class C { bool M(double x) { double a = double.NaN;\n return x > a; } }", 1)]
        [DataRow("class C {\n double M() { return double.PositiveInfinity; } }", 2)]
        [DataRow("class C {\n\n const double Gone = double.NegativeInfinity; }", 3)]
        [DataRow("class C { const double Gone = -1.0;\n double M() { return Gone / 0.0; } }", 2)]
        [DataRow("class C { float M() { return float.NaN; } }", 1)]
        [DataRow("class C { public const double Absent = double.NaN; }\nclass D { double M() { return C.Absent; } }", 2)]
        public void NonFiniteValueInCoreOrSimulationFailsTheGate(string code, int line)
        {
            var gate = new NanoGate(GateTests.Allowlist());
            List<GateViolation> found = gate.Check(new Dictionary<string, string> { { "Seeded.cs", code } }, new Dictionary<string, string>())
                .Where(v => v.Rule == GateRule.NonFiniteValue).ToList();
            Assert.IsTrue(gate.CompileErrors.Count == 0, "seeded code compiles: " + string.Join("; ", gate.CompileErrors));
            Assert.IsTrue(found.Any(v => v.Line == line && v.File == "Seeded.cs"), "expected NonFiniteValue at Seeded.cs:" + line + " in: " + code + "\nfound: " + string.Join("; ", found));
        }

        [TestMethod]
        public void FiniteCodeAndTestSourcesPassTheNonFiniteRule()
        {
            List<GateViolation> found = Run("class C { bool M(double x, bool has) { return has && !double.IsNaN(x) && !double.IsInfinity(x) && x > double.MaxValue / 2; } }")
                .Where(v => v.Rule == GateRule.NonFiniteValue).ToList();
            Assert.IsTrue(found.Count == 0, "guards and finite constants: " + string.Join("; ", found));
            var gate = new NanoGate(GateTests.Allowlist());
            var test = new Dictionary<string, string> { { "tests/MpoProbe.Tests.Shared/SeededTests.cs", "class T { double M() { return double.NaN; } }" } };
            found = gate.Check(test, new Dictionary<string, string>()).Where(v => v.Rule == GateRule.NonFiniteValue).ToList();
            Assert.IsTrue(found.Count == 0, "a test may feed NaN to a guard: " + string.Join("; ", found));
        }

        [TestMethod]
        public void DeviceOnlyBranchIsCheckedToo()
        {
            string code = "class C {\n#if NANOFRAMEWORK_1_0\n System.Collections.Generic.List<int> x;\n#endif\n}";
            List<GateViolation> found = Run(code);
            Assert.IsTrue(found.Any(v => v.Rule == GateRule.GenericUsed && v.Line == 3), "generic inside #if NANOFRAMEWORK_1_0: " + string.Join("; ", found));
        }

        [TestMethod]
        public void FirmwareCodeGetsTheSyntaxRules()
        {
            List<GateViolation> found = Run("class C { System.DateTime M() { return System.DateTime.Now; } }", semantic: false);
            Assert.IsTrue(found.Any(v => v.Rule == GateRule.DateTimeNow), "syntax-only source: " + string.Join("; ", found));
        }

        [TestMethod]
        public void CleanCodePasses()
        {
            List<GateViolation> found = Run("class C { double M(double x) { return System.Math.Sqrt(x) + System.Math.Abs(x); } }");
            Assert.IsTrue(found.Count == 0, "clean control: " + string.Join("; ", found));
        }
    }
}
