using System;

namespace MpoProbe.Tests.Interp
{
    /// <summary>
    /// Thrown in the rewritten run where code compares (==, !=, a null test, string equality) an
    /// element of a reference-type array that was never assigned: on the interpreter such an
    /// element is not null, and a string compare with it crashes the runtime.
    /// </summary>
    public sealed class UnassignedElementException : Exception
    {
        /// <summary>An exception for the rewriter's site <paramref name="site"/>.</summary>
        public UnassignedElementException(int site)
            : base("compares an array element that was never assigned (on the interpreter it is not null; a string compare with it crashes the runtime)")
        {
            Site = site;
        }

        /// <summary>The rewriter's id of the comparing instruction (file and line in the run's report).</summary>
        public int Site { get; }
    }
}
