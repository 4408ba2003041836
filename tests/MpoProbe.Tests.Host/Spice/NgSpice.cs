using System;
using System.Diagnostics;
using System.IO;

namespace MpoProbe.Tests.Spice
{
    /// <summary>Runs ngspice in batch mode (<c>ngspice -b</c>) on a deck, in a scratch folder.</summary>
    public static class NgSpice
    {
        /// <summary>The ngspice executable on PATH, or null when it is not installed.</summary>
        public static string Find()
        {
            string path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
            foreach (string dir in path.Split(Path.PathSeparator))
            {
                string candidate = Path.Combine(dir, "ngspice");
                if (dir.Length > 0 && File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>
        /// Writes <paramref name="deck"/> into a new scratch folder, runs ngspice there (so
        /// <c>wrdata</c> files land in it) and returns that folder; stdout is in <c>out.txt</c>.
        /// Throws with ngspice's output when it fails or reports an error.
        /// </summary>
        public static string Run(string executable, string deck)
        {
            string dir = Path.Combine(Path.GetTempPath(), "mpoprobe-spice-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            string deckPath = Path.Combine(dir, "deck.cir");
            File.WriteAllText(deckPath, deck);
            var info = new ProcessStartInfo(executable, "-b deck.cir")
            {
                WorkingDirectory = dir,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };

            // One thread: ngspice's OpenMP device loop sums in varying order, which moves the
            // adaptive time steps (and a settling time by a few tenths of a µs) from run to run.
            info.Environment["OMP_NUM_THREADS"] = "1";
            using (Process process = Process.Start(info))
            {
                var stderr = process.StandardError.ReadToEndAsync();
                string stdout = process.StandardOutput.ReadToEnd();
                if (!process.WaitForExit(120000))
                {
                    process.Kill();
                    throw new TimeoutException("ngspice did not finish within 120 s on " + deckPath);
                }

                File.WriteAllText(Path.Combine(dir, "out.txt"), stdout + stderr.Result);
                if (process.ExitCode != 0 || stdout.Contains("Error", StringComparison.Ordinal) || stderr.Result.Contains("Error", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("ngspice failed (exit " + process.ExitCode + ") on " + deckPath + ":\n" + stdout + stderr.Result);
                }
            }

            return dir;
        }
    }
}
