using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Reads the serial port in small fixed chunks, assembles lines and runs them. Call
    /// <see cref="Poll"/> from the main loop; it returns the first action a line asked for.
    /// </summary>
    public sealed class CommandPort
    {
        private readonly ILogPort _port;
        private readonly CommandProcessor _processor;
        private readonly LineAssembler _assembler = new LineAssembler();
        private readonly byte[] _chunk = new byte[32];

        /// <summary>Builds a command port over the log port and a processor.</summary>
        public CommandPort(ILogPort port, CommandProcessor processor)
        {
            _port = port ?? throw new ArgumentNullException("port");
            _processor = processor ?? throw new ArgumentNullException("processor");
        }

        /// <summary>Handles what has arrived (at most 256 bytes per call); returns the first action asked for.</summary>
        public CommandAction Poll()
        {
            CommandAction first = CommandAction.None;
            for (int round = 0; round < 8; round++)
            {
                int n = _port.Read(_chunk, 0, _chunk.Length);
                if (n == 0)
                {
                    break;
                }

                for (int i = 0; i < n; i++)
                {
                    if (!_assembler.Feed(_chunk[i]))
                    {
                        continue;
                    }

                    CommandAction action = CommandAction.None;
                    if (_assembler.LastWasOversized)
                    {
                        _processor.ReportOversized();
                    }
                    else
                    {
                        action = _processor.Execute(_assembler.Line);
                    }

                    first = first == CommandAction.None ? action : first;
                }
            }

            return first;
        }
    }
}
