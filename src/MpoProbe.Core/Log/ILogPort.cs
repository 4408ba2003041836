namespace MpoProbe.Core
{
    /// <summary>
    /// The serial line to the technician's computer: log records out, command bytes in. The
    /// firmware implements it over a UART; the simulator over stdout or a pseudo-terminal.
    /// </summary>
    public interface ILogPort
    {
        /// <summary>Sends one line (a newline is added).</summary>
        void WriteLine(string line);

        /// <summary>Copies up to <paramref name="count"/> received bytes into <paramref name="buffer"/>; returns how many (0 when none).</summary>
        int Read(byte[] buffer, int offset, int count);
    }
}
