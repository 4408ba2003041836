using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using MpoProbe.Benchmark;

namespace MpoProbe.Tests.Interp
{
    /// <summary>
    /// Runs the shared tests a second time, against copies of Core, Simulation and the test
    /// assembly rewritten by <see cref="IlRewriter"/>, loaded in a collectible
    /// <see cref="AssemblyLoadContext"/>. A shared test fails here when it throws (an assertion,
    /// an unassigned array element compared, a timeout) or when a comparison in it saw NaN or
    /// ±∞; each failure names the test's file and line and the first Core or Simulation line.
    /// </summary>
    public sealed class RewrittenRun
    {
        private readonly string _root;

        /// <summary>A run over the checkout at <paramref name="root"/> (used to shorten paths).</summary>
        public RewrittenRun(string root)
        {
            _root = root;
        }

        /// <summary>Shared tests run.</summary>
        public int Run { get; private set; }

        /// <summary>One line per failing shared test.</summary>
        public List<string> Failures { get; } = new List<string>();

        /// <summary>The rewriter's counts, as text.</summary>
        public string Rewritten { get; private set; }

        /// <summary>
        /// Rewrites the assemblies in <paramref name="bin"/> (<paramref name="product"/>: every
        /// method; <paramref name="tests"/>: the methods compiled from tests/MpoProbe.Tests.Shared)
        /// and runs the shared test classes of <paramref name="tests"/>, each test stopped after
        /// <paramref name="perTest"/> (only the classes <paramref name="testClass"/> accepts, when given).
        /// </summary>
        public void Execute(string bin, string[] product, string tests, TimeSpan perTest, Func<string, bool> testClass = null)
        {
            string copy = Path.Combine(Path.GetTempPath(), "mpoprobe-interp-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(copy);
            var rewriter = new IlRewriter();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (string file in product)
            {
                rewriter.Rewrite(bin, copy, file, document => true);
                names.Add(Path.GetFileNameWithoutExtension(file));
            }

            rewriter.Rewrite(bin, copy, tests, IsShared);
            names.Add(Path.GetFileNameWithoutExtension(tests));
            Rewritten = string.Join(", ", rewriter.Counts.Select(c => c.Value + " " + c.Key));
            var context = new CopyLoadContext("interpreter-semantics", copy, names);
            try
            {
                Assembly assembly = context.LoadFromAssemblyName(new AssemblyName(Path.GetFileNameWithoutExtension(tests)));
                Type rules = assembly.GetType(typeof(InterpreterRules).FullName, true);
                foreach (Type type in assembly.GetTypes().Where(t => t.GetCustomAttribute<TestClassAttribute>() != null && IsSharedType(t) && (testClass == null || testClass(t.Name))).OrderBy(t => t.FullName, StringComparer.Ordinal))
                {
                    foreach (MethodInfo test in type.GetMethods().Where(m => m.GetCustomAttribute<TestMethodAttribute>() != null).OrderBy(m => m.Name, StringComparer.Ordinal))
                    {
                        RunOne(type, test, rules, rewriter.Sites, perTest);
                    }
                }
            }
            finally
            {
                context.Unload();
                CopyLoadContext.TryDelete(copy);
            }
        }

        private static bool IsShared(string document) => document.Replace('\\', '/').Contains("/tests/MpoProbe.Tests.Shared/", StringComparison.Ordinal);

        private static bool IsSharedType(Type type) => type.Namespace == "MpoProbe.Tests" && File.Exists(Path.Combine(RepoPaths.Root, "tests", "MpoProbe.Tests.Shared", type.Name + ".cs"));

        private void RunOne(Type type, MethodInfo test, Type rules, Dictionary<int, string> sites, TimeSpan perTest)
        {
            Run++;
            var nonFinite = (Dictionary<int, string>)rules.GetField(nameof(InterpreterRules.NonFiniteSites)).GetValue(null);
            nonFinite.Clear();
            FieldInfo deadline = rules.GetField(nameof(InterpreterRules.Deadline));
            deadline.SetValue(null, Environment.TickCount64 + (long)perTest.TotalMilliseconds);
            Exception failure = null;
            try
            {
                test.Invoke(Activator.CreateInstance(type), null);
            }
            catch (TargetInvocationException e)
            {
                failure = e.InnerException ?? e;
            }
            finally
            {
                deadline.SetValue(null, long.MaxValue);
            }

            string name = type.Name + "." + test.Name;
            if (failure != null)
            {
                Failures.Add(name + " (" + TestLine(type, failure) + "): " + Describe(failure, sites));
            }

            foreach (KeyValuePair<int, string> site in nonFinite.OrderBy(s => s.Key))
            {
                Failures.Add(name + ": interpreter divergence at " + Short(sites[site.Key]) + ": " + site.Value);
            }
        }

        private string Describe(Exception failure, Dictionary<int, string> sites)
        {
            string text = failure.GetType().Name + ": " + failure.Message.Replace('\n', ' ');
            PropertyInfo site = failure.GetType().Name == nameof(UnassignedElementException) ? failure.GetType().GetProperty(nameof(UnassignedElementException.Site)) : null;
            if (site != null)
            {
                text += " at " + Short(sites[(int)site.GetValue(failure)]);
            }

            StackFrame product = new StackTrace(failure, true).GetFrames().FirstOrDefault(f => IsProduct(f.GetFileName()));
            if (product != null && site == null)
            {
                text += " [first product line " + Short(product.GetFileName()) + ":" + product.GetFileLineNumber() + "]";
            }

            return text;
        }

        private string TestLine(Type type, Exception failure)
        {
            StackFrame frame = new StackTrace(failure, true).GetFrames().FirstOrDefault(f => f.GetFileName() != null && IsShared(f.GetFileName()));
            return frame == null ? "tests/MpoProbe.Tests.Shared/" + type.Name + ".cs" : Short(frame.GetFileName()) + ":" + frame.GetFileLineNumber();
        }

        private static bool IsProduct(string file)
        {
            string f = file?.Replace('\\', '/');
            return f != null && (f.Contains("/src/MpoProbe.Core/", StringComparison.Ordinal) || f.Contains("/src/MpoProbe.Simulation/", StringComparison.Ordinal));
        }

        private string Short(string path)
        {
            string root = _root.Replace('\\', '/').TrimEnd('/') + "/";
            string p = path.Replace('\\', '/');
            return p.StartsWith(root, StringComparison.Ordinal) ? p.Substring(root.Length) : p;
        }
    }
}
