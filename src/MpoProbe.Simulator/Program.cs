using System;
using MpoProbe.Core;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// Entry point. No arguments: a scripted demo of the measurement core. <c>--golden FOLDER</c>:
    /// regenerate the golden screen frames and their PNG pictures. The interactive terminal
    /// simulator, scenarios and the pseudo-terminal are not built yet.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs the demo and returns 0, or 1 when it could not run.</summary>
        public static int Main(string[] args)
        {
            try
            {
                if (args.Length == 2 && args[0] == "--golden")
                {
                    GoldenFrames.Write(args[1], Console.Out);
                    return 0;
                }

                if (args.Length > 0)
                {
                    Console.Error.WriteLine("usage: MpoProbe.Simulator [--golden FOLDER]");
                    return 2;
                }

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
