using System;
using System.Collections.Generic;
using System.IO;

namespace MpoProbe.Report
{
    /// <summary>
    /// Checks the certificate's output paths before anything is read or written: an output is
    /// never one of the logs it is made from (the log is the only record of the measurements),
    /// and two outputs never name the same file.
    /// </summary>
    public static class OutputPaths
    {
        /// <summary>Why the outputs cannot be written as named, or null when they can.</summary>
        public static string Refusal(FileInfo[] logs, FileInfo html, FileInfo pdf, FileInfo csv)
        {
            var outputs = new List<KeyValuePair<string, FileInfo>>();
            Add(outputs, "-o/--output", html);
            Add(outputs, "--pdf", pdf);
            Add(outputs, "--csv", csv);
            for (int i = 0; i < outputs.Count; i++)
            {
                string output = Resolved(outputs[i].Value);
                foreach (FileInfo log in logs ?? Array.Empty<FileInfo>())
                {
                    if (log != null && Same(output, Resolved(log)))
                    {
                        return "the " + outputs[i].Key + " output " + outputs[i].Value.FullName + " is the log " + log.FullName
                            + " this report reads: a certificate is never written over a log (the log is the only record of the measurements); name another output file";
                    }
                }

                for (int j = 0; j < i; j++)
                {
                    if (Same(output, Resolved(outputs[j].Value)))
                    {
                        return "the " + outputs[j].Key + " and " + outputs[i].Key + " outputs are the same file, " + outputs[i].Value.FullName + ": name one file for each";
                    }
                }
            }

            return null;
        }

        private static void Add(List<KeyValuePair<string, FileInfo>> outputs, string option, FileInfo file)
        {
            if (file != null)
            {
                outputs.Add(new KeyValuePair<string, FileInfo>(option, file));
            }
        }

        /// <summary>The full path, through a symbolic link to the file it names when there is one.</summary>
        private static string Resolved(FileInfo file)
        {
            string full = Path.GetFullPath(file.FullName);
            try
            {
                FileSystemInfo target = File.Exists(full) ? file.ResolveLinkTarget(true) : null;
                return target == null ? full : Path.GetFullPath(target.FullName);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return full;
            }
        }

        private static bool Same(string a, string b) =>
            string.Equals(a, b, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}
