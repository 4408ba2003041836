using System;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// The one place the two test runners differ. Shared tests assert only through these
    /// helpers, which use only <c>Assert.IsTrue(bool, string)</c>: it has the same signature
    /// in MSTest and nanoFramework.TestFramework, and no generic overload on either side.
    /// </summary>
    public static class Check
    {
        /// <summary>Fails with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
        public static void True(bool condition, string message)
        {
            Assert.IsTrue(condition, message);
        }

        /// <summary>Fails with <paramref name="message"/> if <paramref name="condition"/> holds.</summary>
        public static void False(bool condition, string message)
        {
            Assert.IsTrue(!condition, message);
        }

        /// <summary>Integers equal.</summary>
        public static void Equal(int expected, int actual, string what)
        {
            Assert.IsTrue(expected == actual, what + ": expected " + expected.ToString() + ", got " + actual.ToString());
        }

        /// <summary>Unsigned integers (position masks) equal, shown in hex.</summary>
        public static void Equal(uint expected, uint actual, string what)
        {
            Assert.IsTrue(expected == actual, what + ": expected 0x" + expected.ToString("X8") + ", got 0x" + actual.ToString("X8"));
        }

        /// <summary>Strings equal.</summary>
        public static void Equal(string expected, string actual, string what)
        {
            Assert.IsTrue(expected == actual, what + ": expected \"" + expected + "\", got \"" + actual + "\"");
        }

        /// <summary>Verdicts equal, named in the message.</summary>
        public static void Equal(MpoProbe.Core.Verdict expected, MpoProbe.Core.Verdict actual, string what)
        {
            Assert.IsTrue(expected == actual, what + ": expected " + MpoProbe.Core.VerdictText.Name(expected) + ", got " + MpoProbe.Core.VerdictText.Name(actual));
        }

        /// <summary><paramref name="actual"/> within <paramref name="tolerance"/> of <paramref name="expected"/>.</summary>
        public static void Near(double expected, double actual, double tolerance, string what)
        {
            bool near = !double.IsNaN(actual) && Math.Abs(expected - actual) <= tolerance;
            Assert.IsTrue(near, what + ": expected " + expected.ToString("F4") + " ± " + tolerance.ToString("F4") + ", got " + actual.ToString("F4"));
        }

        /// <summary>The text contains the fragment.</summary>
        public static void Contains(string fragment, string text, string what)
        {
            Assert.IsTrue(text != null && text.IndexOf(fragment) >= 0, what + ": \"" + fragment + "\" not found in \"" + text + "\"");
        }

        /// <summary>The action throws an exception of <paramref name="type"/> (or a subclass); returns its message.</summary>
        public static string Throws(Type type, Action action, string what)
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                Assert.IsTrue(type.IsInstanceOfType(e), what + ": expected " + type.FullName + ", got " + ((object)e).GetType().FullName);
                return e.Message;
            }

            Assert.IsTrue(false, what + ": expected " + type.FullName + ", nothing was thrown");
            return null;
        }
    }
}
