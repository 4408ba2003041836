namespace MpoProbe.Core
{
    /// <summary>
    /// The coded source's monitor field (docs/source-protocol.md): its back-monitor photodiode
    /// reading as a signed count of <see cref="StepDb"/> steps relative to the source's own set
    /// point, 8 bits, followed by a CRC-4 over those 8 bits (ITU-T G.704 polynomial x⁴ + x + 1),
    /// sent least significant bit first. A word whose check does not match is refused, never
    /// applied. Pure functions; allocates nothing.
    /// </summary>
    public static class SourceMonitorWord
    {
        /// <summary>Bits of the value.</summary>
        public const int ValueBits = 8;

        /// <summary>Bits of the check.</summary>
        public const int CheckBits = 4;

        /// <summary>Bits sent per frame (value then check).</summary>
        public const int Bits = ValueBits + CheckBits;

        /// <summary>One step of the monitor value, dB (quantisation: ±0.005 dB).</summary>
        public const double StepDb = 0.01;

        /// <summary>Value the source sends when it has no valid monitor reading (no monitor, warming up).</summary>
        public const int NoValue = -128;

        /// <summary>Largest magnitude the value carries; ±127 means "at or beyond ±1.27 dB" (saturated: not applied).</summary>
        public const int MaxSteps = 127;

        /// <summary>Steps for a monitored change of <paramref name="db"/> (rounded, clamped to ±127).</summary>
        public static int StepsFor(double db)
        {
            double steps = db / StepDb;
            int rounded = (int)(steps >= 0 ? steps + 0.5 : steps - 0.5);
            return rounded > MaxSteps ? MaxSteps : (rounded < -MaxSteps ? -MaxSteps : rounded);
        }

        /// <summary>The 12-bit word for a value of −128..127 steps: value byte in bits 0..7, CRC-4 in bits 8..11.</summary>
        public static int Encode(int steps)
        {
            int data = steps & 0xFF;
            return data | (Crc4(data) << ValueBits);
        }

        /// <summary>
        /// Reads a received 12-bit word. False when the check does not match (a misread bit).
        /// <paramref name="steps"/> is the signed value, which may still be <see cref="NoValue"/>
        /// or saturated (see <see cref="IsUsable"/>).
        /// </summary>
        public static bool TryDecode(int word, out int steps)
        {
            int data = word & 0xFF;
            int check = (word >> ValueBits) & 0xF;
            steps = data >= 128 ? data - 256 : data;
            return check == Crc4(data);
        }

        /// <summary>True for a value the probe may use for a correction: neither "no value" nor saturated.</summary>
        public static bool IsUsable(int steps)
        {
            return steps > -MaxSteps && steps < MaxSteps;
        }

        /// <summary>CRC-4 of an 8-bit value, polynomial x⁴ + x + 1, initial 0, most significant bit first.</summary>
        public static int Crc4(int data)
        {
            int crc = 0;
            for (int i = ValueBits - 1; i >= 0; i--)
            {
                int bit = ((data >> i) & 1) ^ ((crc >> 3) & 1);
                crc = (crc << 1) & 0xF;
                crc ^= bit == 1 ? 0x3 : 0;
            }

            return crc;
        }
    }
}
