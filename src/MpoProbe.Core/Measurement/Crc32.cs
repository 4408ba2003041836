namespace MpoProbe.Core
{
    /// <summary>
    /// CRC-32 (IEEE 802.3 polynomial, reflected 0xEDB88320) fed value by value, so stored
    /// records can be checked without building a byte array.
    /// </summary>
    public sealed class Crc32
    {
        private static readonly uint[] Table = BuildTable();
        private uint _crc = 0xFFFFFFFFu;

        /// <summary>The checksum of everything added so far.</summary>
        public uint Value => ~_crc;

        /// <summary>Starts a new checksum.</summary>
        public void Reset()
        {
            _crc = 0xFFFFFFFFu;
        }

        /// <summary>Adds one byte.</summary>
        public void AddByte(byte value)
        {
            _crc = Table[(_crc ^ value) & 0xFF] ^ (_crc >> 8);
        }

        /// <summary>Adds a 64-bit value, least significant byte first.</summary>
        public void AddInt64(long value)
        {
            for (int i = 0; i < 8; i++)
            {
                AddByte((byte)(value >> (8 * i)));
            }
        }

        /// <summary>Adds a double by its IEEE 754 bit pattern.</summary>
        public void AddDouble(double value)
        {
            AddInt64(System.BitConverter.DoubleToInt64Bits(value));
        }

        private static uint[] BuildTable()
        {
            uint[] table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
