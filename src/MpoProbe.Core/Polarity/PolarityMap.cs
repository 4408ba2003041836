namespace MpoProbe.Core
{
    /// <summary>
    /// Which source fiber arrives at each receive position, as decoded by <see cref="PolarityScanner"/>.
    /// Reused from scan to scan.
    /// </summary>
    public sealed class PolarityMap
    {
        /// <summary>Value of <see cref="SourceAt"/> for a position that saw no light.</summary>
        public const int NoLight = 0;

        /// <summary>Value of <see cref="SourceAt"/> for a lit position whose code could not be read.</summary>
        public const int Unreadable = -1;

        private readonly int[] _sourceAt = new int[MpoLayout.MaxPositions];

        /// <summary>Outcome of the scan.</summary>
        public PolarityScanStatus Status { get; private set; }

        /// <summary>Receive positions scanned.</summary>
        public int PositionCount { get; private set; }

        /// <summary>Positions that received light from more than one fiber at comparable power.</summary>
        public uint MixedMask { get; private set; }

        /// <summary>True when the powers measured in the sync window are complete (usable for loss).</summary>
        public bool PowersValid { get; private set; }

        /// <summary>Frames the scan used.</summary>
        public int Frames { get; private set; }

        /// <summary>Slot length measured from the sync window, microseconds (the source's clock seen by the probe's).</summary>
        public double MeasuredSlotMicroseconds { get; set; }

        /// <summary>Probe time at which the sync window started (the end of the gap), microseconds.</summary>
        public long SyncStartMicroseconds { get; set; }

        /// <summary>Probe time at which the data slots started, microseconds.</summary>
        public long DataStartMicroseconds { get; set; }

        /// <summary>Time from the start of the scan to the decoded map, microseconds (probe clock).</summary>
        public long ScanMicroseconds { get; private set; }

        /// <summary>What the frame's monitor field gave (<see cref="SourceMonitorStatus.None"/> without a coded frame).</summary>
        public SourceMonitorStatus MonitorStatus { get; private set; }

        /// <summary>The monitor value in <see cref="SourceMonitorWord.StepDb"/> steps as decoded (meaningful when <see cref="MonitorStatus"/> is Valid).</summary>
        public int MonitorSteps { get; private set; }

        /// <summary>The source's monitored output relative to its set point, dB; 0 unless <see cref="MonitorStatus"/> is Valid.</summary>
        public double MonitorDb => MonitorStatus == SourceMonitorStatus.Valid ? MonitorSteps * SourceMonitorWord.StepDb : 0;

        /// <summary>Records what the monitor field gave.</summary>
        public void SetMonitor(SourceMonitorStatus status, int steps)
        {
            MonitorStatus = status;
            MonitorSteps = steps;
        }

        /// <summary>Source fiber (1-based) at a receive position, or <see cref="NoLight"/> / <see cref="Unreadable"/>.</summary>
        public int SourceAt(int position)
        {
            return _sourceAt[position - 1];
        }

        /// <summary>Starts a new map.</summary>
        public void Begin(int positions)
        {
            PositionCount = positions;
            MixedMask = 0;
            PowersValid = false;
            Frames = 0;
            MonitorStatus = SourceMonitorStatus.None;
            MonitorSteps = 0;
            for (int i = 0; i < _sourceAt.Length; i++)
            {
                _sourceAt[i] = NoLight;
            }
        }

        /// <summary>Records the decoded source of a position.</summary>
        public void Set(int position, int source, bool mixed)
        {
            _sourceAt[position - 1] = source;
            if (mixed)
            {
                MixedMask = PositionMask.With(MixedMask, position);
            }
        }

        /// <summary>Clears the decoded sources and the mixed flags before a new frame is decoded.</summary>
        public void ClearSources()
        {
            MixedMask = 0;
            for (int i = 0; i < _sourceAt.Length; i++)
            {
                _sourceAt[i] = NoLight;
            }
        }

        /// <summary>Records how the scan ended.</summary>
        public void Finish(PolarityScanStatus status, bool powersValid, int frames, long microseconds)
        {
            Status = status;
            PowersValid = powersValid;
            Frames = frames;
            ScanMicroseconds = microseconds;
        }
    }
}
