using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The port <c>history</c> sends stored records through: each one goes out marked
    /// <c>"replay":true</c>, and the command number it answered when it was made (<c>cmd</c>) is
    /// renamed <c>orig_cmd</c>, so a host matching answers by <c>cmd</c> never sees an old number
    /// again (docs/serial-log.md, "history"). Reading goes to the real port unchanged.
    /// </summary>
    public sealed class ReplayPort : ILogPort
    {
        /// <summary>The field every replayed record starts with.</summary>
        public const string ReplayField = "\"replay\":true,";

        private const string CmdField = "\"cmd\":";
        private const string OriginalField = "\"orig_cmd\":";
        private readonly ILogPort _port;

        /// <summary>Replays onto <paramref name="port"/>.</summary>
        public ReplayPort(ILogPort port)
        {
            _port = port ?? throw new ArgumentNullException("port");
        }

        /// <summary>The stored record <paramref name="json"/> as it is replayed (unchanged when it is not a JSON object).</summary>
        public static string Mark(string json)
        {
            if (json == null || json.Length < 2 || json[0] != '{')
            {
                return json;
            }

            string body = json.Substring(1);
            int at = FieldAt(body, CmdField);
            if (at >= 0)
            {
                body = body.Substring(0, at) + OriginalField + body.Substring(at + CmdField.Length);
            }

            return "{" + (body.Length > 0 && body[0] == '}' ? ReplayField.Substring(0, ReplayField.Length - 1) : ReplayField) + body;
        }

        /// <inheritdoc />
        public void WriteLine(string line)
        {
            _port.WriteLine(Mark(line));
        }

        /// <inheritdoc />
        public void WriteLine(byte[] line, int offset, int count)
        {
            _port.WriteLine(Mark(AsciiText.From(line, offset, count)));
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int count)
        {
            return _port.Read(buffer, offset, count);
        }

        /// <summary>Index of a top-level field name (preceded by '{' or ','), or −1; names inside strings are escaped and never match.</summary>
        private static int FieldAt(string body, string name)
        {
            int from = 0;
            while (from < body.Length)
            {
                int at = body.IndexOf(name, from);
                if (at < 0)
                {
                    return -1;
                }

                if (at == 0 || body[at - 1] == ',')
                {
                    return at;
                }

                from = at + 1;
            }

            return -1;
        }
    }
}
