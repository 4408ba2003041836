using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Takes a reference through a coded source (docs/source-protocol.md): the powers of
    /// <see cref="Frames"/> sync windows, each a normal 64-sample acquisition that fits the
    /// window, averaged into one reading per position (4 × 64 = the reference's 256 samples),
    /// and the source's monitor value, which later inspections correct the source's drift
    /// against. Holds no sums between references (made for one <see cref="Take"/>), and no scan of its own: each sync
    /// window is read into the scan the reference goes to (the inspector's; issue 28), whose
    /// position is read before the averaged reading is written back to it.
    /// </summary>
    public sealed class CodedReference
    {
        /// <summary>Sync windows averaged into a reference.</summary>
        public const int Frames = 4;

        private readonly PolarityScanner _scanner;
        // The sums live only while a reference is taken (a few times a job), not on the heap in between (issue 28).
        private double[] _sumDbm;
        private double[] _sumVariance;
        private double[] _sumSignal;
        private double[] _sumSpread;
        private int[] _okFrames;
        private int[] _range;
        private long[] _darkStampMs;

        /// <summary>A coded reference read through <paramref name="scanner"/>.</summary>
        public CodedReference(PolarityScanner scanner)
        {
            _scanner = scanner ?? throw new ArgumentNullException("scanner");
        }

        /// <summary>The monitor value for the reference, dB (mean of the frames' valid values); 0 when none was valid (<see cref="HasMonitor"/>).</summary>
        public double MonitorDb { get; private set; }

        /// <summary>True when at least one frame's monitor value was valid (<see cref="MonitorDb"/> holds their mean).</summary>
        public bool HasMonitor { get; private set; }

        /// <summary>What the last frame's monitor field gave.</summary>
        public SourceMonitorStatus MonitorStatus { get; private set; }

        /// <summary>
        /// Listens for a coded source and, when one is decoded, fills <paramref name="into"/> with
        /// the averaged powers and returns <see cref="PolarityScanStatus.Decoded"/>. Otherwise returns
        /// what the first listen found (a plain source, or no light); <paramref name="into"/> then
        /// holds that listen's frame (each window is read into it), which the caller's plain
        /// acquisition replaces.
        /// </summary>
        public PolarityScanStatus Take(MpoLayout layout, Wavelength wavelength, Scan into)
        {
            _sumDbm = new double[MpoLayout.MaxPositions];
            _sumVariance = new double[MpoLayout.MaxPositions];
            _sumSignal = new double[MpoLayout.MaxPositions];
            _sumSpread = new double[MpoLayout.MaxPositions];
            _okFrames = new int[MpoLayout.MaxPositions];
            _range = new int[MpoLayout.MaxPositions];
            _darkStampMs = new long[MpoLayout.MaxPositions];
            try
            {
                return TakeFrames(layout, wavelength, into);
            }
            finally
            {
                _sumDbm = null;
                _sumVariance = null;
                _sumSignal = null;
                _sumSpread = null;
                _okFrames = null;
                _range = null;
                _darkStampMs = null;
            }
        }

        private PolarityScanStatus TakeFrames(MpoLayout layout, Wavelength wavelength, Scan into)
        {
            int n = layout.PositionCount;
            Reset(n);
            int frames = 0;
            int monitors = 0;
            double monitorSum = 0;
            for (int attempt = 0; attempt < Frames + 2 && frames < Frames; attempt++)
            {
                PolarityMap map = _scanner.Scan(layout, wavelength, into);
                if (map.Status != PolarityScanStatus.Decoded)
                {
                    if (attempt == 0)
                    {
                        return map.Status;
                    }

                    continue;
                }

                MonitorStatus = map.MonitorStatus;
                if (map.MonitorStatus == SourceMonitorStatus.Valid)
                {
                    monitorSum += map.MonitorDb;
                    monitors++;
                }

                if (map.PowersValid)
                {
                    Accumulate(n, frames == 0, into);
                    frames++;
                }
            }

            HasMonitor = monitors > 0;
            MonitorDb = monitors > 0 ? monitorSum / monitors : 0;
            Finish(n, frames, into, wavelength);
            return PolarityScanStatus.Decoded;
        }

        private void Reset(int n)
        {
            MonitorDb = 0;
            HasMonitor = false;
            MonitorStatus = SourceMonitorStatus.None;
            for (int c = 0; c < n; c++)
            {
                _sumDbm[c] = 0;
                _sumVariance[c] = 0;
                _sumSignal[c] = 0;
                _sumSpread[c] = 0;
                _okFrames[c] = 0;
                _range[c] = -1;
                _darkStampMs[c] = long.MaxValue;
            }
        }

        private void Accumulate(int n, bool first, Scan frame)
        {
            for (int c = 0; c < n; c++)
            {
                ChannelReading r = frame.At(c + 1);
                bool sameRange = first || r.Range == _range[c];
                if (r.Status != ChannelStatus.Ok || !sameRange)
                {
                    // One frame that is not clean (or read in another range) spoils the position.
                    _okFrames[c] = int.MinValue / 2;
                    _range[c] = r.Range;
                    continue;
                }

                _range[c] = r.Range;
                _okFrames[c]++;
                _sumDbm[c] += r.PowerDbm;
                _sumVariance[c] += r.UncertaintyDb * r.UncertaintyDb;
                _sumSignal[c] += r.SignalCodes;
                _sumSpread[c] += r.SpreadCodes;
                _darkStampMs[c] = r.DarkStampMs < _darkStampMs[c] ? r.DarkStampMs : _darkStampMs[c];
            }
        }

        private void Finish(int n, int frames, Scan into, Wavelength wavelength)
        {
            for (int c = 0; c < n; c++)
            {
                ChannelReading target = into.At(c + 1);
                int k = _okFrames[c];
                if (frames > 0 && k == frames)
                {
                    // The mean of k independent readings: its uncertainty is √(Σu²) / k.
                    target.Set(ChannelStatus.Ok, _range[c], _sumSignal[c] / k, _sumSpread[c] / k, _sumDbm[c] / k, Math.Sqrt(_sumVariance[c]) / k);
                    target.DarkStampMs = _darkStampMs[c];
                    continue;
                }

                // The last window's reading of this position is still in the target: keep it, demoted.
                ChannelStatus status = target.Status == ChannelStatus.Ok ? ChannelStatus.Unstable : target.Status;
                target.Set(status, target.Range, target.SignalCodes, target.SpreadCodes, target.PowerDbm, target.UncertaintyDb);
            }

            into.Count = n;
            into.Wavelength = wavelength;
        }
    }
}
