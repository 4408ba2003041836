using System;
using MpoProbe.Core;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// Entry point. Today: one scripted demo of the measurement core (issue 2). The interactive
    /// terminal simulator, scenarios and the pseudo-terminal come with issue 6.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs the demo and returns 0, or 1 when it could not run.</summary>
        public static int Main(string[] args)
        {
            try
            {
                new CoreDemo(Console.Out).Run();
                return 0;
            }
            catch (Exception e)
            {
                Console.Error.WriteLine("simulator: " + e.Message);
                return 1;
            }
        }
    }
}
