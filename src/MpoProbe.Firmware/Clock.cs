using System;
using MpoProbe.Core;

namespace MpoProbe.Firmware
{
    /// <summary>Microseconds from the system tick (DateTime ticks are 100 ns); monotonic while the RTC is not set.</summary>
    public sealed class Clock : IMicrosecondClock
    {
        private readonly long _start = DateTime.UtcNow.Ticks;

        /// <inheritdoc />
        public long NowMicroseconds => (DateTime.UtcNow.Ticks - _start) / 10;
    }
}
