using System;
using System.IO;
using System.IO.Compression;
using MpoProbe.Core;

namespace MpoProbe.Simulator
{
    /// <summary>
    /// Writes a framebuffer as a grayscale PNG (lit pixels white on black, as the OLED shows them),
    /// scaled up so a reviewer can see the pixels. No image library: zlib from
    /// System.IO.Compression and the chunk CRCs from Core's CRC-32 (the PNG polynomial).
    /// </summary>
    public static class PngWriter
    {
        private static readonly byte[] Signature = { 137, 80, 78, 71, 13, 10, 26, 10 };

        /// <summary>PNG bytes of <paramref name="fb"/> at <paramref name="scale"/> pixels per pixel.</summary>
        public static byte[] Encode(Framebuffer fb, int scale)
        {
            int width = Framebuffer.Width * scale;
            int height = Framebuffer.Height * scale;
            var pixels = new byte[height * width];
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    pixels[(y * width) + x] = fb.Get(x / scale, y / scale) ? (byte)255 : (byte)0;
                }
            }

            return EncodeGray(pixels, width, height);
        }

        /// <summary>PNG bytes of an 8-bit grayscale image, row by row (used for plots).</summary>
        public static byte[] EncodeGray(byte[] pixels, int width, int height)
        {
            var raw = new byte[height * (width + 1)];
            for (int y = 0; y < height; y++)
            {
                Array.Copy(pixels, y * width, raw, (y * (width + 1)) + 1, width);
            }

            using var png = new MemoryStream();
            png.Write(Signature);
            var header = new byte[13];
            BigEndian(header, 0, width);
            BigEndian(header, 4, height);
            header[8] = 8;
            Chunk(png, "IHDR", header);
            Chunk(png, "IDAT", Deflate(raw));
            Chunk(png, "IEND", Array.Empty<byte>());
            return png.ToArray();
        }

        private static byte[] Deflate(byte[] data)
        {
            using var output = new MemoryStream();
            using (var z = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                z.Write(data);
            }

            return output.ToArray();
        }

        private static void Chunk(Stream png, string type, byte[] data)
        {
            var length = new byte[4];
            BigEndian(length, 0, data.Length);
            png.Write(length);
            byte[] typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
            png.Write(typeBytes);
            png.Write(data);
            var crc = new Crc32();
            foreach (byte b in typeBytes)
            {
                crc.AddByte(b);
            }

            foreach (byte b in data)
            {
                crc.AddByte(b);
            }

            var crcBytes = new byte[4];
            BigEndian(crcBytes, 0, (int)crc.Value);
            png.Write(crcBytes);
        }

        private static void BigEndian(byte[] target, int offset, int value)
        {
            target[offset] = (byte)(value >> 24);
            target[offset + 1] = (byte)(value >> 16);
            target[offset + 2] = (byte)(value >> 8);
            target[offset + 3] = (byte)value;
        }
    }
}
