namespace MpoProbe.Firmware
{
    /// <summary>
    /// The MCP6S21's gain command: one 16-bit SPI word, the instruction 0x40 (write the gain
    /// register) and the gain code (Microchip DS21117B, "Serial Peripheral Interface"). Gains +1, 2,
    /// 4, 8, 16, 32 are codes 0, 1, 2, 4, 6, 7 (codes 3 and 5 are +5 and +10, not used). The
    /// expander streams it (<see cref="Mcp23017.WriteWithPgaWord"/>).
    /// </summary>
    public static class PgaWord
    {
        private const int WriteGainRegister = 0x40;

        /// <summary>The 16-bit word that sets <paramref name="gain"/>.</summary>
        public static int For(double gain)
        {
            return (WriteGainRegister << 8) | GainCode(gain);
        }

        /// <summary>The MCP6S21 gain-register code of a gain of the design's ladder.</summary>
        public static int GainCode(double gain)
        {
            if (gain < 1.5)
            {
                return 0;
            }

            if (gain < 3)
            {
                return 1;
            }

            if (gain < 6)
            {
                return 2;
            }

            if (gain < 12)
            {
                return 4;
            }

            return gain < 24 ? 6 : 7;
        }
    }
}
