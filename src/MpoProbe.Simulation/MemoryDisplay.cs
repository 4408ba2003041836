using System;
using MpoProbe.Core;

namespace MpoProbe.Simulation
{
    /// <summary><see cref="IDisplay"/> that keeps the last frame shown; can be made to fail like a dead I2C bus.</summary>
    public sealed class MemoryDisplay : IDisplay
    {
        /// <summary>The last frame's bytes.</summary>
        public byte[] Last { get; } = new byte[Framebuffer.Size];

        /// <summary>Frames shown.</summary>
        public int Shown { get; private set; }

        /// <summary>When true every show throws.</summary>
        public bool Failing { get; set; }

        /// <inheritdoc />
        public void Show(Framebuffer frame)
        {
            if (Failing)
            {
                throw new System.IO.IOException("I2C write to the OLED failed");
            }

            Array.Copy(frame.Bytes, Last, Framebuffer.Size);
            Shown++;
        }
    }
}
