using System;
using System.CommandLine;
using System.IO;

namespace MpoProbe.Report
{
    /// <summary>
    /// <c>report LOG... [-o report.html] [--pdf report.pdf] [--csv report.csv]</c>: the test
    /// certificate from saved logs, live captures or <c>history</c> dumps, grouped by link.
    /// <c>capture DEVICE -o LOG [--send CMD]… [--seconds N]</c>: append a live serial log (the
    /// probe's clock is set first). Exit codes: 0 done, 1 nothing to report or input/output
    /// unreadable, 1 also for wrong arguments (with the usage).
    /// </summary>
    public static class Program
    {
        /// <summary>Runs a command; non-zero when it cannot.</summary>
        public static int Main(string[] args)
        {
            // Not a RootCommand: that one is named after the executable ("report"), which would clash with the report subcommand.
            var root = new Command("mpoprobe-report", "MPO probe test certificates (HTML, PDF, CSV) from the probe's JSON Lines log, and live capture from its serial port.");
            root.Options.Add(new System.CommandLine.Help.HelpOption());
            var version = new Option<bool>("--version") { Description = "print the report tool's version and the log schema it reads" };
            root.Options.Add(version);
            root.Subcommands.Add(ReportCommand());
            root.Subcommands.Add(CaptureCommand());
            root.SetAction(result =>
            {
                if (result.GetValue(version))
                {
                    Console.WriteLine(VersionText);
                    return 0;
                }

                Console.Error.WriteLine("mpoprobe-report: name a command, report or capture (--help lists them)");
                return 1;
            });
            return root.Parse(args).Invoke();
        }

        /// <summary>What <c>--version</c> prints: this tool's version and the newest log schema it reads.</summary>
        public static string VersionText =>
            "mpoprobe-report " + (typeof(Program).Assembly.GetName().Version?.ToString(3) ?? "0.0.0") + " (reads probe log schema v1-v" + LogReader.SchemaVersion + ")";

        private static Command ReportCommand()
        {
            var logs = new Argument<FileInfo[]>("LOG") { Description = "one or more logs (saved, captured live, or a history dump); read in order, grouped by link", Arity = ArgumentArity.OneOrMore };
            var html = new Option<FileInfo>("--output", "-o") { Description = "the HTML certificate (self-contained)" };
            var pdf = new Option<FileInfo>("--pdf") { Description = "the PDF certificate" };
            var csv = new Option<FileInfo>("--csv") { Description = "one row per position per inspection" };
            var command = new Command("report", "Write the test certificate from one or more probe logs.") { logs, html, pdf, csv };
            command.SetAction(result => ReportRun.Run(result.GetValue(logs), result.GetValue(html), result.GetValue(pdf), result.GetValue(csv), Console.Out, Console.Error));
            logs.Validators.Add(result =>
            {
                // A word starting with '-' that is no option is a mistyped option, not a log file
                // (a file whose name starts with '-' is given as ./-name).
                foreach (System.CommandLine.Parsing.Token token in result.Tokens)
                {
                    if (token.Value.StartsWith('-'))
                    {
                        result.AddError("unknown option '" + token.Value + "' (report --help lists the options; a log whose name starts with '-' is given as ./" + token.Value + ")");
                    }
                    else if (token.Value.Trim().Length == 0)
                    {
                        result.AddError("a LOG path is empty ('" + token.Value + "'): name a log file (an unset shell variable gives an empty word)");
                    }
                }
            });
            NotEmpty(html);
            NotEmpty(pdf);
            NotEmpty(csv);
            return command;
        }

        private static Command CaptureCommand()
        {
            var device = new Argument<string>("DEVICE") { Description = "the probe's serial device (e.g. /dev/ttyUSB1, or the simulator's /dev/pts/N)" };
            var log = new Option<FileInfo>("--output", "-o") { Description = "the log file to append to", Required = true };
            var send = new Option<string[]>("--send") { Description = "a command to send after connecting (repeatable), e.g. inspect or history" };
            var seconds = new Option<double>("--seconds") { Description = "how long to listen", DefaultValueFactory = _ => 10 };
            var noTime = new Option<bool>("--no-time") { Description = "do not set the probe's clock from this computer's UTC on connecting" };
            var command = new Command("capture", "Append the probe's live serial log to a file, optionally sending commands.") { device, log, send, seconds, noTime };
            NotEmpty(log);
            device.Validators.Add(result =>
            {
                if (result.Tokens.Count > 0 && result.Tokens[0].Value.Trim().Length == 0)
                {
                    result.AddError("the DEVICE path is empty (''): name the probe's serial device, e.g. /dev/ttyUSB1");
                }
            });
            command.SetAction(result => CaptureRun(result.GetValue(device), result.GetValue(log), result.GetValue(send) ?? Array.Empty<string>(), result.GetValue(seconds), !result.GetValue(noTime)));
            return command;
        }

        /// <summary>Refuses an empty path for a file option, naming the option (System.CommandLine would hand over no file at all).</summary>
        private static void NotEmpty(Option<FileInfo> option)
        {
            option.Validators.Add(result =>
            {
                foreach (System.CommandLine.Parsing.Token token in result.Tokens)
                {
                    if (token.Value.Trim().Length == 0)
                    {
                        result.AddError("the " + option.Name + " path is empty ('" + token.Value + "'): name a file");
                    }
                }
            });
        }

        private static int CaptureRun(string device, FileInfo log, string[] commands, double seconds, bool setTime)
        {
            // Written so that NaN (which compares false either way) is refused too.
            if (!(seconds > 0 && seconds <= 86400))
            {
                Console.Error.WriteLine("capture: --seconds " + seconds + " is not valid: from more than 0 to 86400");
                return 1;
            }

            try
            {
                string[] all = setTime ? Prepend(Capture.TimeCommand(DateTime.UtcNow), commands) : commands;
                int lines = Capture.Run(device, log.FullName, all, seconds);
                Console.WriteLine(lines + " lines appended to " + log.FullName);
                return 0;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Console.Error.WriteLine("capture: " + e.Message);
                return 1;
            }
        }

        private static string[] Prepend(string first, string[] rest)
        {
            var all = new string[rest.Length + 1];
            all[0] = first;
            rest.CopyTo(all, 1);
            return all;
        }
    }
}
