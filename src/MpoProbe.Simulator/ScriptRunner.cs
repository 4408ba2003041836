using System;
using System.IO;
using MpoProbe.Core;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// Runs a scenario without a terminal UI: a comma-separated script of actions (reference,
    /// inspect, press, hold, clean, clean_adapter), the serial log to a writer, and every distinct
    /// screen as a PNG. Same scenario and script, same output.
    /// </summary>
    public static class ScriptRunner
    {
        /// <summary>The actions a script may use.</summary>
        public static readonly string[] Actions = { "reference", "verify", "inspect", "press", "hold", "clean", "clean_adapter", "clean_cord" };

        /// <summary>Runs; returns 0, or 2 when the script names an unknown action (nothing is run then).</summary>
        public static int Run(Scenario scenario, string script, TextWriter log, string screensFolder, TextWriter errors)
        {
            return Run(scenario, script, log, screensFolder, errors, Array.Empty<string>());
        }

        /// <summary>Runs, after sending <paramref name="commands"/> to the probe's serial port (clock, job, link budget).</summary>
        public static int Run(Scenario scenario, string script, TextWriter log, string screensFolder, TextWriter errors, string[] commands)
        {
            string[] steps = script.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (steps.Length == 0)
            {
                errors.WriteLine("simulator: --script names no action; use " + string.Join(", ", Actions));
                return 2;
            }

            foreach (string step in steps)
            {
                if (Array.IndexOf(Actions, step) < 0)
                {
                    errors.WriteLine("simulator: unknown script action '" + step + "'; use " + string.Join(", ", Actions));
                    return 2;
                }
            }

            var session = new SimulatorSession(scenario, log);
            foreach (string command in commands)
            {
                if (!session.Command(command))
                {
                    log.Flush();
                    errors.WriteLine("simulator: the probe refused --command '" + command + "' (its error record is in the log); nothing run");
                    return 2;
                }
            }
            var saved = new byte[Framebuffer.Size];
            int frames = 0;
            if (screensFolder != null)
            {
                Directory.CreateDirectory(screensFolder);
                frames = Save(session, screensFolder, saved, frames, "boot");
            }

            foreach (string step in steps)
            {
                session.Do(step);
                if (screensFolder != null)
                {
                    frames = Save(session, screensFolder, saved, frames, step);
                }
            }

            return 0;
        }

        private static int Save(SimulatorSession session, string folder, byte[] saved, int frames, string step)
        {
            byte[] now = session.Hardware.Screen.Last;
            if (frames > 0 && now.AsSpan().SequenceEqual(saved))
            {
                return frames;
            }

            Array.Copy(now, saved, Framebuffer.Size);
            var fb = new Framebuffer();
            Array.Copy(now, fb.Bytes, Framebuffer.Size);
            string name = (frames + 1).ToString("D2") + "-" + step + "-" + session.Workflow.State.ToString().ToLowerInvariant() + ".png";
            File.WriteAllBytes(Path.Combine(folder, name), PngWriter.Encode(fb, 4));
            return frames + 1;
        }
    }
}
