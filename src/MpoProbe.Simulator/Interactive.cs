using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using MpoProbe.Core;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// The interactive simulator: the OLED drawn from the Core framebuffer with half-block
    /// characters (one text row = two pixel rows), key hints, and the serial log beside it. Keys:
    /// space = short press, h = long press (hold), c = clean the connector, a = clean the adapter,
    /// r = connect the reference cord and set the reference, n/p = next/previous scenario, q = quit.
    /// Reads single keys on a terminal, plain characters when input is piped.
    /// </summary>
    public static class Interactive
    {
        private const int LogLines = 14;

        /// <summary>Runs until q or end of input.</summary>
        public static int Run(string scenarioFolder, TextReader input, TextWriter output)
        {
            string[] files = Directory.GetFiles(scenarioFolder, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            if (files.Length == 0)
            {
                throw new FileNotFoundException("no scenario in " + scenarioFolder);
            }

            int index = 0;
            var log = new StringWriter();
            SimulatorSession session = Open(files[index], log);
            string note = "scenario loaded";
            bool terminal = !Console.IsInputRedirected && !Console.IsOutputRedirected;
            while (true)
            {
                Draw(session, log, output, terminal, Path.GetFileName(files[index]), note);
                char key = terminal ? Console.ReadKey(intercept: true).KeyChar : Next(input);
                switch (char.ToLowerInvariant(key))
                {
                    case '\0':
                    case 'q':
                        return 0;
                    case ' ': session.Do("press"); break;
                    case 'h': session.Do("hold"); break;
                    case 'c': session.Do("clean"); break;
                    case 'a': session.Do("clean_adapter"); break;
                    case 'r': session.Do("reference"); break;
                    case 'k': session.Do("clean_cord"); break;
                    case 'n':
                    case 'p':
                        index = (index + (char.ToLowerInvariant(key) == 'n' ? 1 : files.Length - 1)) % files.Length;
                        log = new StringWriter();
                        session = Open(files[index], log);
                        note = "scenario " + (index + 1) + " of " + files.Length + " loaded: " + session.Scenario.Name + " (state " + StateText.Name(session.Workflow.State) + ")";
                        continue;
                    default:
                        note = "key '" + key + "' does nothing (see the keys below the screen)";
                        continue;
                }

                note = session.Feedback;
            }
        }

        /// <summary>The framebuffer as text: 32 rows of 128 half-block characters.</summary>
        public static string[] Render(byte[] frame)
        {
            var fb = new Framebuffer();
            Array.Copy(frame, fb.Bytes, Framebuffer.Size);
            var rows = new string[Framebuffer.Height / 2];
            for (int r = 0; r < rows.Length; r++)
            {
                var line = new StringBuilder(Framebuffer.Width);
                for (int x = 0; x < Framebuffer.Width; x++)
                {
                    bool top = fb.Get(x, 2 * r);
                    bool bottom = fb.Get(x, (2 * r) + 1);
                    line.Append(top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' '));
                }

                rows[r] = line.ToString();
            }

            return rows;
        }

        private static SimulatorSession Open(string file, StringWriter log)
        {
            return new SimulatorSession(Scenario.Load(file), log);
        }

        private static char Next(TextReader input)
        {
            int c;
            do
            {
                c = input.Read();
            }
            while (c == '\n' || c == '\r');
            return c < 0 ? '\0' : (char)c;
        }

        private static void Draw(SimulatorSession session, StringWriter log, TextWriter output, bool terminal, string file, string note)
        {
            string[] oled = Render(session.Hardware.Screen.Last);
            string[] lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            List<string> tail = lines.Skip(Math.Max(0, lines.Length - LogLines)).ToList();
            int width = terminal ? Math.Max(60, Console.WindowWidth) : 200;
            var screen = new StringBuilder();
            if (terminal)
            {
                screen.Append("\x1b[H\x1b[2J");
            }

            screen.Append("MPO probe simulator — ").Append(session.Scenario.Name).Append(" (").Append(file).Append(") — state ").Append(session.Workflow.State).Append('\n');
            screen.Append('┌').Append(new string('─', Framebuffer.Width)).Append("┐\n");
            foreach (string row in oled)
            {
                screen.Append('│').Append(row).Append("│\n");
            }

            screen.Append('└').Append(new string('─', Framebuffer.Width)).Append("┘\n");
            screen.Append("> ").Append(note).Append('\n');
            screen.Append("[space] press  [h] hold  [c] clean connector  [a] clean adapter  [k] clean reference cord  [r] set reference  [n]/[p] scenario  [q] quit\n");
            screen.Append("serial log (last ").Append(LogLines).Append(" lines):\n");
            foreach (string line in tail)
            {
                screen.Append(line.Length > width ? line.Substring(0, width - 1) + "…" : line).Append('\n');
            }

            output.Write(screen.ToString());
            output.Flush();
        }
    }
}
