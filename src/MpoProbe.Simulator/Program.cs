using System;
using System.CommandLine;
using System.IO;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// The simulated probe. No arguments: the interactive terminal view. <c>--scenario FILE
    /// --script "reference,inspect,…"</c> [<c>--log FILE</c>] [<c>--screens DIR</c>]: scripted run.
    /// <c>--demo</c>: the Core demo printout. <c>--golden DIR</c>: regenerate golden screen frames.
    /// <c>--calibrate SEED</c>: the factory calibration procedure's log.
    /// Parsed with System.CommandLine (<c>--help</c>).
    /// </summary>
    public static class Program
    {
        /// <summary>Runs the chosen mode; non-zero when it cannot run (2: options that do not make a mode).</summary>
        public static int Main(string[] args)
        {
            var scenario = new Option<string>("--scenario") { Description = "scenario file (docs/scenarios.md)" };
            var script = new Option<string>("--script") { Description = "scripted run: actions separated by commas, e.g. \"reference,inspect,clean,inspect\"" };
            var log = new Option<string>("--log") { Description = "scripted run: write the log to this file instead of stdout" };
            var screens = new Option<string>("--screens") { Description = "scripted run: save every distinct screen as a PNG in this folder" };
            var commands = new Option<string[]>("--command") { Description = "scripted run: a serial command the probe runs after boot, before the script (repeatable), e.g. \"time 2026-11-20T09:30:00Z\" or \"set link connectors 2 length_m 90\"" };
            var pty = new Option<bool>("--pty") { Description = "serve the probe's serial port on a pseudo-terminal" };
            var seconds = new Option<double>("--seconds") { Description = "with --pty: stop after this many seconds (0: until Ctrl+C)" };
            var demo = new Option<bool>("--demo") { Description = "print the Core demo" };
            var golden = new Option<string>("--golden") { Description = "regenerate the golden screen frames in this folder" };
            var calibrate = new Option<uint>("--calibrate") { Description = "run the factory calibration procedure (docs/calibration.md) on the simulated probe of this seed and print its serial log" };
            var root = new RootCommand("The simulated MPO probe. No options: the interactive terminal view.") { scenario, script, log, screens, commands, pty, seconds, demo, golden, calibrate };
            root.SetAction(result =>
            {
                try
                {
                    if (result.GetResult(calibrate) != null)
                    {
                        if (result.GetValue(scenario) != null || result.GetValue(script) != null || result.GetValue(pty) || result.GetValue(demo) || result.GetValue(golden) != null)
                        {
                            Console.Error.WriteLine("simulator: --calibrate is a mode of its own: give it without --scenario, --script, --pty, --demo or --golden");
                            return 2;
                        }

                        return CalibrationDemo.Run(result.GetValue(calibrate), Console.Out);
                    }

                    return Run(result.GetValue(scenario), result.GetValue(script), result.GetValue(log), result.GetValue(screens), result.GetValue(pty), result.GetValue(seconds), result.GetValue(demo), result.GetValue(golden), args.Length, result.GetValue(commands) ?? Array.Empty<string>());
                }
                catch (Exception e) when (e is IOException || e is InvalidDataException || e is ArgumentException || e is UnauthorizedAccessException)
                {
                    Console.Error.WriteLine("simulator: " + e.Message);
                    return 1;
                }
            });
            return root.Parse(args).Invoke();
        }

        private static int Run(string scenario, string script, string logFile, string screens, bool pty, double seconds, bool demo, string golden, int argCount, string[] commands)
        {
            // One mode per run; options of another mode are refused, not ignored.
            int modes = (golden != null ? 1 : 0) + (demo ? 1 : 0) + (pty ? 1 : 0) + (script != null ? 1 : 0);
            string wrong = modes > 1 ? "--golden, --demo, --pty and --scenario with --script are separate modes: give one"
                : !(seconds >= 0 && seconds <= 1e6) ? "--seconds must be a number of seconds from 0 to 1000000"
                : !pty && seconds != 0 ? "--seconds goes with --pty"
                : pty && (logFile != null || screens != null || commands.Length > 0) ? "--log, --screens and --command go with --scenario and --script, not --pty"
                : null;
            if (wrong != null)
            {
                Console.Error.WriteLine("simulator: " + wrong);
                return 2;
            }

            if (golden != null)
            {
                GoldenFrames.Write(golden, Console.Out);
                return 0;
            }

            if (demo)
            {
                new CoreDemo(Console.Out).Run();
                return 0;
            }

            if (pty)
            {
                Scenario served = Scenario.Load(scenario ?? Path.Combine(ScenarioFolder(), "01-mpo12-dirty-pair-dirty-adapter.json"));
                var stop = new System.Threading.CancellationTokenSource();
                Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
                return PtyServer.Run(served, Console.Out, seconds, null, stop.Token);
            }

            if (scenario != null && script != null)
            {
                using TextWriter log = logFile == null ? Console.Out : new StreamWriter(logFile);
                return ScriptRunner.Run(Scenario.Load(scenario), script, log, screens, Console.Error, commands);
            }

            if (argCount == 0)
            {
                return Interactive.Run(ScenarioFolder(), Console.In, Console.Out);
            }

            Console.Error.WriteLine("simulator: --scenario and --script go together (or use --pty, --demo, --golden; --help lists them)");
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
