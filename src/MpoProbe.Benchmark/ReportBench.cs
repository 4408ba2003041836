using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace MpoProbe.Benchmark
{
    /// <summary>
    /// How the report tool copes with big logs: a log of valid records (200 links, MPO-12
    /// inspections with settings, references, diagnoses and polarity scans) and a file of junk
    /// lines of the same size, each run through <c>report … -o --pdf --csv</c> as its own process;
    /// wall time and the process's peak resident memory (VmHWM) are measured.
    /// </summary>
    public static class ReportBench
    {
        /// <summary>Runs the section; returns the fields for the machine-readable line.</summary>
        public static string Run(TextWriter output, bool quick)
        {
            int mb = quick ? 5 : 50;
            string folder = Path.Combine(Path.GetTempPath(), "mpo-report-bench-" + Environment.ProcessId);
            Directory.CreateDirectory(folder);
            try
            {
                string log = Path.Combine(folder, "big.log");
                string junk = Path.Combine(folder, "junk.log");
                WriteLog(log, mb * 1024L * 1024L);
                WriteJunk(junk, mb * 1024L * 1024L);
                var (logSeconds, logMb, logCode) = Measure(log, folder);
                var (junkSeconds, junkMb, junkCode) = Measure(junk, folder);
                output.WriteLine($"Report tool on a {mb} MB log: {logSeconds:F1} s, peak {logMb:F0} MB (exit {logCode}); on {mb} MB of junk lines: {junkSeconds:F1} s, peak {junkMb:F0} MB (exit {junkCode}, nothing to certify)");
                return FormattableString.Invariant($"report_{mb}mb_s={logSeconds:F1} report_{mb}mb_mb={logMb:F0} junk_{mb}mb_s={junkSeconds:F1}");
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        private static (double Seconds, double PeakMb, int Code) Measure(string log, string folder)
        {
            string tool = typeof(MpoProbe.Report.ReportRun).Assembly.Location;
            var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string a in new[] { tool, "report", log, "-o", Path.Combine(folder, "r.html"), "--pdf", Path.Combine(folder, "r.pdf"), "--csv", Path.Combine(folder, "r.csv") })
            {
                info.ArgumentList.Add(a);
            }

            var clock = Stopwatch.StartNew();
            using Process p = Process.Start(info);
            p.OutputDataReceived += (_, _) => { };
            p.ErrorDataReceived += (_, _) => { };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            long peak = 0;
            while (!p.WaitForExit(50))
            {
                peak = Math.Max(peak, PeakBytes(p.Id));
            }

            return (clock.Elapsed.TotalSeconds, peak / (1024.0 * 1024.0), p.ExitCode);
        }

        /// <summary>VmHWM (peak resident set) of a running process, bytes; 0 where /proc is not there.</summary>
        private static long PeakBytes(int pid)
        {
            try
            {
                foreach (string line in File.ReadLines("/proc/" + pid + "/status"))
                {
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    {
                        return long.Parse(line.Substring(6).Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                    }
                }
            }
            catch (IOException)
            {
            }

            return 0;
        }

        private static void WriteLog(string path, long bytes)
        {
            using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
            var random = new Random(17);
            long t = 1000;
            while (w.BaseStream.Length < bytes)
            {
                string link = "Trunk-" + random.Next(200).ToString("D3", CultureInfo.InvariantCulture);
                string common = FormattableString.Invariant($"\"v\":1,\"t_ms\":{t},\"utc\":\"2026-11-20T09:{(t / 60000) % 60:D2}:{(t / 1000) % 60:D2}Z\",\"link\":\"{link}\",\"job\":\"J-17\",\"operator\":\"R. Diaz\"");
                w.WriteLine("{" + common + ",\"type\":\"settings\",\"layout\":\"MPO-12\",\"fiber\":\"OM4\",\"wavelength_nm\":850,\"limit\":\"Standard\",\"limit_db\":0.750,\"guard_db\":0.100,\"expected_polarity\":\"Type B\",\"probe_serial\":\"MP-0042\",\"cal_date\":\"2026-01-15\",\"cal_state\":\"calibrated\"}");
                w.WriteLine("{" + common + ",\"type\":\"reference\",\"decision\":\"accepted\",\"layout\":\"MPO-12\",\"wavelength_nm\":850,\"spread_db\":0.210,\"median_dbm\":-20.1,\"checksum\":\"0A1B2C3D\",\"positions\":[" + Positions(random, false) + "]}");
                w.WriteLine("{" + common + ",\"type\":\"inspection\",\"layout\":\"MPO-12\",\"fiber\":\"OM4\",\"wavelength_nm\":850,\"limit\":\"Standard\",\"limit_db\":0.750,\"guard_db\":0.100,\"reference_stale\":false,\"overall\":\"PASS\",\"worst_pos\":4,\"worst_loss_db\":0.512,\"positions\":[" + Positions(random, true) + "]}");
                w.WriteLine("{" + common + ",\"type\":\"diagnosis\",\"findings\":[]}");
                w.WriteLine("{" + common + ",\"type\":\"polarity\",\"status\":\"decoded\",\"best\":\"Type B\",\"verdict\":\"PASS\",\"summary\":\"Type B\",\"scan_ms\":640,\"map\":[" + Map() + "]}");
                t += 20_000;
            }
        }

        private static string Positions(Random random, bool inspection)
        {
            var s = new StringBuilder();
            for (int p = 1; p <= 12; p++)
            {
                double loss = 0.2 + (random.NextDouble() * 0.3);
                s.Append(p > 1 ? "," : string.Empty).Append(inspection
                    ? FormattableString.Invariant($"{{\"pos\":{p},\"color\":\"blue\",\"dbm\":{-20 - loss:F3},\"loss_db\":{loss:F3},\"u_db\":0.0150,\"verdict\":\"PASS\"}}")
                    : FormattableString.Invariant($"{{\"pos\":{p},\"dbm\":{-20 + (random.NextDouble() * 0.2):F3},\"range\":1}}"));
            }

            return s.ToString();
        }

        private static string Map()
        {
            var s = new StringBuilder();
            for (int p = 1; p <= 12; p++)
            {
                s.Append(p > 1 ? "," : string.Empty).Append(FormattableString.Invariant($"{{\"pos\":{p},\"from\":{13 - p}}}"));
            }

            return s.ToString();
        }

        private static void WriteJunk(string path, long bytes)
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            var random = new Random(71);
            var line = new byte[200];
            while (stream.Length < bytes)
            {
                random.NextBytes(line);
                line[0] = (byte)'{';
                for (int i = 0; i < line.Length; i++)
                {
                    line[i] = line[i] == (byte)'\n' ? (byte)'x' : line[i];
                }

                line[line.Length - 1] = (byte)'\n';
                stream.Write(line, 0, line.Length);
            }
        }
    }
}
