using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Reads the serial port in small fixed chunks, assembles lines and runs them one at a time,
    /// in the order they arrived: call <see cref="Next"/> until it returns false, carry out each
    /// line's action, then <see cref="Finish"/> it. Every line is numbered (from 1 since boot) and
    /// the number goes into the one record that answers it (field <c>cmd</c>, docs/serial-log.md).
    /// </summary>
    public sealed class CommandPort
    {
        /// <summary>Most chunks read while looking for one complete line (8 × 32 = 256 bytes).</summary>
        public const int ChunksPerCall = 8;

        /// <summary>
        /// A line being discarded (too long, or broken by lost input) also ends after this long
        /// without a byte, so a flood without a newline never swallows the next command typed.
        /// </summary>
        public const long QuietEndMs = 1000;

        private readonly ILogPort _port;
        private readonly CommandProcessor _processor;
        private readonly LineAssembler _assembler = new LineAssembler();
        private readonly byte[] _chunk = new byte[32];
        private int _chunkLength;
        private int _chunkAt;
        private long _lastByteMs;

        /// <summary>Builds a command port over the log port and a processor.</summary>
        public CommandPort(ILogPort port, CommandProcessor processor)
        {
            _port = port ?? throw new ArgumentNullException("port");
            _processor = processor ?? throw new ArgumentNullException("processor");
        }

        /// <summary>The processor that runs the lines (to add command groups).</summary>
        public CommandProcessor Processor => _processor;

        /// <summary>Lines received since boot (the last one's number).</summary>
        public long LineCount { get; private set; }

        /// <summary>
        /// Input bytes were lost before the probe read them (a receive queue overflowed): the line
        /// in progress is answered as <c>line_incomplete</c> instead of being run with a gap in it.
        /// </summary>
        public void BreakLine()
        {
            _assembler.Break();
        }

        /// <summary>
        /// Runs the next complete line, reading at most <see cref="ChunksPerCall"/> chunks while
        /// looking for it; bytes after that line stay for the next call. Returns false when no
        /// complete line has arrived yet (<paramref name="action"/> is then None).
        /// </summary>
        public bool Next(out CommandAction action)
        {
            action = CommandAction.None;
            int reads = 0;
            while (true)
            {
                while (_chunkAt < _chunkLength)
                {
                    if (_assembler.Feed(_chunk[_chunkAt++]))
                    {
                        action = RunLine();
                        return true;
                    }
                }

                if (reads == ChunksPerCall)
                {
                    return false;
                }

                _chunkLength = _port.Read(_chunk, 0, _chunk.Length);
                _chunkAt = 0;
                reads++;
                long now = _processor.UptimeMs;
                if (_chunkLength > 0)
                {
                    _lastByteMs = now;
                    continue;
                }

                _chunkLength = 0;
                if (_assembler.Discarding && now - _lastByteMs >= QuietEndMs && _assembler.EndDiscarded())
                {
                    action = RunLine();
                    return true;
                }

                return false;
            }
        }

        /// <summary>Call after the line's action was carried out: answers it if nothing did.</summary>
        public void Finish()
        {
            _processor.FinishAnswer();
        }

        private CommandAction RunLine()
        {
            LineCount++;
            _processor.BeginAnswer(LineCount);
            if (_assembler.LastWasOversized)
            {
                _processor.ReportOversized();
                return CommandAction.None;
            }

            if (_assembler.LastWasBroken)
            {
                _processor.ReportBroken();
                return CommandAction.None;
            }

            return _processor.Execute(_assembler.Line);
        }
    }
}
