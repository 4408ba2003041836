using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace MpoProbe.Tests.Interp
{
    /// <summary>
    /// What the rewritten IL calls instead of the host's own comparison instructions: the
    /// nanoFramework interpreter's rules, modelled on nf-interpreter's
    /// <c>CLR_RT_HeapBlock::Compare_Values</c> (src/CLR/Core/CLR_RT_HeapBlock.cpp) and the opcode
    /// cases of src/CLR/Core/Interpreter.cpp. For R4 and R8 the compare returns 1 when either
    /// operand is NaN ("unordered"), 0 when both are infinite (of any sign), else the ordinary
    /// sign; <c>ceq</c>/<c>beq</c> test == 0, <c>cgt</c>/<c>bgt</c> and their <c>.un</c> forms
    /// test &gt; 0, <c>bge</c> ≥ 0, <c>clt</c>/<c>blt</c> &lt; 0, <c>ble</c> ≤ 0, <c>bne.un</c> ≠ 0.
    /// Every call also records the site when an operand is not finite (the project forbids NaN
    /// and ±∞ in a comparison, docs/device-rules.md), and it stops a test that runs past its
    /// deadline (a loop that never ends under these rules).
    /// </summary>
    public static class InterpreterRules
    {
        /// <summary>The element every unassigned <c>string[]</c> slot holds in the rewritten run.</summary>
        public static readonly string UnassignedString = new string(new[] { '\u2400', 'u', 'n', 'a', 's', 's', 'i', 'g', 'n', 'e', 'd' });

        private static readonly ConditionalWeakTable<object, object> Sentinels = new ConditionalWeakTable<object, object>();
        private static readonly object Lock = new object();

        /// <summary>Sites (rewriter ids) where a comparison saw NaN or ±∞ or an unassigned element, with what it saw; cleared per test.</summary>
        public static readonly Dictionary<int, string> NonFiniteSites = new Dictionary<int, string>();

        /// <summary>Environment.TickCount64 after which a rule call throws <see cref="TimeoutException"/>.</summary>
        public static long Deadline = long.MaxValue;

        /// <summary>The interpreter's R4/R8 compare.</summary>
        public static int Compare(double a, double b)
        {
            if (double.IsNaN(a) || double.IsNaN(b))
            {
                return 1;
            }

            if (double.IsInfinity(a) && double.IsInfinity(b))
            {
                return 0;
            }

            return a > b ? 1 : (a < b ? -1 : 0);
        }

        /// <summary>ceq.</summary>
        public static bool Ceq(double a, double b, int site) => At(a, b, site, "ceq") == 0;

        /// <summary>cgt and cgt.un.</summary>
        public static bool Cgt(double a, double b, int site) => At(a, b, site, "cgt") > 0;

        /// <summary>clt and clt.un.</summary>
        public static bool Clt(double a, double b, int site) => At(a, b, site, "clt") < 0;

        /// <summary>beq.</summary>
        public static bool Beq(double a, double b, int site) => At(a, b, site, "beq") == 0;

        /// <summary>bne.un.</summary>
        public static bool Bne(double a, double b, int site) => At(a, b, site, "bne.un") != 0;

        /// <summary>bge and bge.un.</summary>
        public static bool Bge(double a, double b, int site) => At(a, b, site, "bge") >= 0;

        /// <summary>bgt and bgt.un.</summary>
        public static bool Bgt(double a, double b, int site) => At(a, b, site, "bgt") > 0;

        /// <summary>ble and ble.un.</summary>
        public static bool Ble(double a, double b, int site) => At(a, b, site, "ble") <= 0;

        /// <summary>blt and blt.un.</summary>
        public static bool Blt(double a, double b, int site) => At(a, b, site, "blt") < 0;

        /// <summary>
        /// Before a conversion of a floating-point value to an integer: the interpreter converts
        /// through a C cast to a 64-bit integer, which is undefined for NaN and ±∞ (the host
        /// saturates instead), so such a conversion is recorded like a comparison.
        /// </summary>
        public static double ToInteger(double value, int site)
        {
            Tick();
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                Record(site, "conv of " + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " to an integer");
            }

            return value;
        }

        /// <summary>Reference ceq (== and the value of a null test): refuses an unassigned array element.</summary>
        public static bool RefEq(object a, object b, int site)
        {
            Assigned(a, site);
            Assigned(b, site);
            return ReferenceEquals(a, b);
        }

        /// <summary>Reference cgt.un (the value of a != null test): refuses an unassigned array element.</summary>
        public static bool RefNe(object a, object b, int site)
        {
            return !RefEq(a, b, site);
        }

        /// <summary>
        /// Before brtrue/brfalse on a reference, string ==/!=/Equals: an unassigned
        /// reference-array element is not null on the interpreter, and a string compare with one
        /// dereferences a null text pointer (a segfault on the posix build, a reset on an ESP32).
        /// </summary>
        public static object Assigned(object value, int site)
        {
            Tick();
            if (value != null && (ReferenceEquals(value, UnassignedString) || Sentinels.TryGetValue(value, out _)))
            {
                // Recorded as well as thrown: product code that catches every exception must not hide it.
                Record(site, "compares an array element that was never assigned (not null on the interpreter; a string compare with it crashes the runtime)");
                throw new UnassignedElementException(site);
            }

            return value;
        }

        /// <summary>string == string.</summary>
        public static bool StringEquals(string a, string b, int site)
        {
            Assigned(a, site);
            Assigned(b, site);
            return string.Equals(a, b);
        }

        /// <summary>string != string.</summary>
        public static bool StringDiffers(string a, string b, int site) => !StringEquals(a, b, site);

        /// <summary>
        /// After newarr of a reference type: every element starts as a non-null sentinel, as
        /// unassigned elements are on the interpreter. Strings get <see cref="UnassignedString"/>,
        /// concrete classes an uninitialised instance, object an object, arrays an empty array;
        /// interfaces, abstract classes and delegates stay null (the interpreter stores a null
        /// object reference for class-typed elements, so null is its behaviour there).
        /// </summary>
        public static void Fill(Array array)
        {
            Type element = array.GetType().GetElementType();
            object sentinel = SentinelFor(element);
            if (sentinel == null)
            {
                return;
            }

            for (int i = 0; i < array.Length; i++)
            {
                array.SetValue(sentinel, i);
            }
        }

        private static object SentinelFor(Type element)
        {
            if (element.IsValueType || element.IsInterface || element.IsAbstract || element.IsPointer || element.ContainsGenericParameters || typeof(Delegate).IsAssignableFrom(element))
            {
                return null;
            }

            if (element == typeof(string))
            {
                return UnassignedString;
            }

            object sentinel = element == typeof(object) ? new object()
                : element.IsArray ? Array.CreateInstance(element.GetElementType(), 0)
                : RuntimeHelpers.GetUninitializedObject(element);
            Sentinels.AddOrUpdate(sentinel, null);
            return sentinel;
        }

        private static int At(double a, double b, int site, string op)
        {
            Tick();
            bool nan = double.IsNaN(a) || double.IsNaN(b);
            if (nan || double.IsInfinity(a) || double.IsInfinity(b))
            {
                int interpreter = Compare(a, b);
                bool differs = nan || (interpreter == 0 && a != b);
                Record(site, op + " " + Text(a) + ", " + Text(b) + (differs ? " (the interpreter's result differs from the host's)" : string.Empty));
            }

            return Compare(a, b);
        }

        private static string Text(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

        private static void Record(int site, string what)
        {
            lock (Lock)
            {
                NonFiniteSites[site] = what;
            }
        }

        private static void Tick()
        {
            if (Environment.TickCount64 > Deadline)
            {
                Deadline = long.MaxValue;
                throw new TimeoutException("the test ran past its deadline under the interpreter's comparison rules (a loop that does not end there?)");
            }
        }
    }
}
