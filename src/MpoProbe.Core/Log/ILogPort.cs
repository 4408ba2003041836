namespace MpoProbe.Core
{
    /// <summary>
    /// The serial line to the technician's computer: log records out, command bytes in. The
    /// firmware implements it over a UART; the simulator over stdout or a pseudo-terminal.
    /// </summary>
    public interface ILogPort
    {
        /// <summary>Sends one line of text (a newline is added): replies built as text, e.g. the history dump.</summary>
        void WriteLine(string line);

        /// <summary>
        /// Sends one line of ASCII bytes, <paramref name="count"/> from <paramref name="offset"/>
        /// (a newline is added): the log records, written from the record buffer without a string.
        /// </summary>
        void WriteLine(byte[] line, int offset, int count);

        /// <summary>Copies up to <paramref name="count"/> received bytes into <paramref name="buffer"/>; returns how many (0 when none).</summary>
        int Read(byte[] buffer, int offset, int count);
    }
}
