using System;
using System.Globalization;
using System.IO;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// The simulated probe. No arguments: the interactive terminal view. <c>--scenario FILE
    /// --script "reference,inspect,…"</c> [<c>--log FILE</c>] [<c>--screens DIR</c>]: scripted run.
    /// <c>--demo</c>: the Core demo printout. <c>--golden DIR</c>: regenerate golden screen frames.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs the chosen mode; non-zero when it cannot run.</summary>
        public static int Main(string[] args)
        {
            try
            {
                return Run(args);
            }
            catch (Exception e) when (e is IOException || e is InvalidDataException || e is ArgumentException)
            {
                Console.Error.WriteLine("simulator: " + e.Message);
                return 1;
            }
        }

        private static int Run(string[] args)
        {
            string scenario = Option(args, "--scenario");
            string script = Option(args, "--script");
            if (args.Length == 2 && args[0] == "--golden")
            {
                GoldenFrames.Write(args[1], Console.Out);
                return 0;
            }

            if (args.Length >= 1 && args.Length <= 2 && args[0] == "--calibrate")
            {
                return CalibrationDemo.Run(args.Length == 2 ? uint.Parse(args[1], CultureInfo.InvariantCulture) : 2026, Console.Out);
            }

            if (args.Length == 1 && args[0] == "--demo")
            {
                new CoreDemo(Console.Out).Run();
                return 0;
            }

            if (Array.IndexOf(args, "--pty") >= 0)
            {
                string seconds = Option(args, "--seconds");
                Scenario pty = Scenario.Load(scenario ?? Path.Combine(ScenarioFolder(), "01-mpo12-dirty-pair-dirty-adapter.json"));
                var stop = new System.Threading.CancellationTokenSource();
                Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
                return PtyServer.Run(pty, Console.Out, seconds == null ? 0 : double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture), null, stop.Token);
            }

            if (scenario != null && script != null)
            {
                string logFile = Option(args, "--log");
                using TextWriter log = logFile == null ? Console.Out : new StreamWriter(logFile);
                return ScriptRunner.Run(Scenario.Load(scenario), script, log, Option(args, "--screens"), Console.Error);
            }

            if (args.Length == 0)
            {
                return Interactive.Run(ScenarioFolder(), Console.In, Console.Out);
            }

            Console.Error.WriteLine("usage: MpoProbe.Simulator [--scenario FILE --script \"reference,inspect,clean,inspect\" [--log FILE] [--screens DIR]] [--pty [--scenario FILE]] [--demo] [--golden DIR]");
            return 2;
        }

        /// <summary>The value after <paramref name="name"/>, or null.</summary>
        public static string Option(string[] args, string name)
        {
            int i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        /// <summary>The shipped scenarios folder, found from the working directory or the executable.</summary>
        public static string ScenarioFolder()
        {
            foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (string dir = start; dir != null; dir = Path.GetDirectoryName(dir))
                {
                    string candidate = Path.Combine(dir, "scenarios");
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            throw new DirectoryNotFoundException("scenarios/ not found above " + Directory.GetCurrentDirectory());
        }
    }
}
