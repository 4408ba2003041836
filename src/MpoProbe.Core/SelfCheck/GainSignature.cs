namespace MpoProbe.Core
{
    /// <summary>
    /// What the probe's gain looked like when a reference was taken (docs/faults.md, "Gain
    /// between reference and inspection"): the check ladder's absolute tap codes and their
    /// measured noise, each used channel's reading of the injected test current (with its range
    /// and noise), the head's serial number and the checksum of the calibration in use. Stored
    /// with the reference, covered by its CRC and compared at every inspection. Absence is a flag
    /// or a mask, never NaN. Allocates nothing after construction.
    /// </summary>
    public sealed class GainSignature
    {
        private readonly double[] _ladder = new double[ChainCheck.Taps];
        private readonly double[] _test = new double[MpoLayout.MaxPositions];
        private readonly double[] _testNoise = new double[MpoLayout.MaxPositions];
        private readonly int[] _testRange = new int[MpoLayout.MaxPositions];
        
        /// <summary>An empty signature.</summary>
        public GainSignature()
        {
            Clear();
        }

        /// <summary>True when the ladder's codes are held.</summary>
        public bool HasLadder { get; private set; }

        /// <summary>Pooled noise of one ladder conversion when the codes were read, codes.</summary>
        public double LadderNoiseCodes { get; private set; }

        /// <summary>
        /// Averaged results in each half (off, on) of the held steps: <see cref="GainCheck.ResultsPerHalf"/>
        /// at a reference (4 pairs of 16), the scan's one transfer at an inspection (<see cref="GainCheck.MeasureFolded"/>).
        /// Not stored: a stored signature was always captured at a reference.
        /// </summary>
        public int TestResultsPerHalf { get; set; }

        /// <summary>Channels (bit c = channel c, 0-based) whose test-current reading is held.</summary>
        public uint TestMask { get; private set; }

        /// <summary>Serial number of the head (its ID chip), empty when it could not be read.</summary>
        public string HeadSerial { get; set; }

        /// <summary>Checksum of the calibration in use (CalibrationChecksum, in the Workflow assembly).</summary>
        public uint CalibrationCrc { get; set; }

        /// <summary>Mean code of a ladder tap.</summary>
        public double Ladder(int tap)
        {
            return _ladder[tap];
        }

        /// <summary>Test-current step of a channel (0-based), codes; meaningful only where <see cref="TestMask"/> has it.</summary>
        public double TestCodes(int channel)
        {
            return _test[channel];
        }

        /// <summary>Noise of one conversion while the channel's test current was read, codes.</summary>
        public double TestNoiseCodes(int channel)
        {
            return _testNoise[channel];
        }

        /// <summary>Range the channel's test current was read in.</summary>
        public int TestRange(int channel)
        {
            return _testRange[channel];
        }

        /// <summary>True when the channel's test-current reading is held.</summary>
        public bool HasTest(int channel)
        {
            return (TestMask & (1u << channel)) != 0;
        }

        /// <summary>
        /// This ADC's codes per nominal code as the held ladder measures them: the span of its tap
        /// means over the nominal span (<see cref="ChainCheck.MeasuredScale"/> of the run it came from).
        /// The ladder and the test current hang on the same 2.5 V reference, so a step over this scale
        /// is the channel's own gain. 1 without a ladder or with one that does not rise.
        /// </summary>
        public double LadderScale
        {
            get
            {
                double scale = ChainCheck.ScaleOf(_ladder[0], _ladder[ChainCheck.Taps - 1]);
                return HasLadder && scale > 0 ? scale : 1.0;
            }
        }

        /// <summary>Takes the ladder codes and noise of the chain check just run.</summary>
        public void SetLadder(ChainCheck chain)
        {
            HasLadder = chain.HasLadder;
            LadderNoiseCodes = chain.NoiseCodes;
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                _ladder[t] = chain.TapMean(t);
            }
        }

        /// <summary>Records a channel's test-current step, its conversion noise and range.</summary>
        public void SetTest(int channel, double codes, double noiseCodes, int range)
        {
            _test[channel] = codes;
            _testNoise[channel] = noiseCodes;
            _testRange[channel] = range;
            TestMask |= 1u << channel;
        }

        /// <summary>Forgets a channel's test-current reading.</summary>
        public void ClearTest(int channel)
        {
            TestMask &= ~(1u << channel);
            _test[channel] = 0;
            _testNoise[channel] = 0;
            _testRange[channel] = 0;
        }

        /// <summary>Forgets everything.</summary>
        public void Clear()
        {
            HasLadder = false;
            LadderNoiseCodes = 0;
            TestMask = 0;
            TestResultsPerHalf = GainCheck.ResultsPerHalf;
            HeadSerial = string.Empty;
            CalibrationCrc = 0;
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                _ladder[t] = 0;
            }

            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                ClearTest(c);
            }
        }

        /// <summary>Copies <paramref name="other"/>.</summary>
        public void CopyFrom(GainSignature other)
        {
            HasLadder = other.HasLadder;
            LadderNoiseCodes = other.LadderNoiseCodes;
            TestMask = other.TestMask;
            TestResultsPerHalf = other.TestResultsPerHalf;
            HeadSerial = other.HeadSerial;
            CalibrationCrc = other.CalibrationCrc;
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                _ladder[t] = other._ladder[t];
            }

            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                _test[c] = other._test[c];
                _testNoise[c] = other._testNoise[c];
                _testRange[c] = other._testRange[c];
            }
        }

        /// <summary>True when the steps were read in a coded source's dark gap: one transfer a half (<see cref="GainCheck.FoldedResults"/>), where a reference under steady light reads <see cref="GainCheck.ResultsPerHalf"/>.</summary>
        public bool StepsInDark => TestMask != 0 && TestResultsPerHalf == GainCheck.FoldedResults;

        /// <summary>Takes the test steps of <paramref name="other"/> (steps read elsewhere: a coded source's gap), keeping the ladder, serial and checksum; nothing when it is null.</summary>
        public void CopyTestsFrom(GainSignature other)
        {
            if (other == null)
            {
                return;
            }

            TestResultsPerHalf = other.TestResultsPerHalf;
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                ClearTest(c);
                if (other.HasTest(c))
                {
                    SetTest(c, other._test[c], other._testNoise[c], other._testRange[c]);
                }
            }
        }

        /// <summary>Adds every field to a checksum.</summary>
        public void AddTo(Crc32 crc)
        {
            crc.AddInt64(HasLadder ? 1 : 0);
            crc.AddDouble(LadderNoiseCodes);
            crc.AddInt64(TestMask);
            crc.AddInt64(CalibrationCrc);
            if (TestResultsPerHalf != GainCheck.ResultsPerHalf)
            {
                // Added with the coded source's gap steps (2026-12-04): a reference without them checks as before.
                crc.AddInt64(TestResultsPerHalf);
            }

            for (int i = 0; i < HeadSerial.Length; i++)
            {
                crc.AddByte((byte)HeadSerial[i]);
            }

            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                crc.AddDouble(_ladder[t]);
            }

            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                crc.AddDouble(_test[c]);
                crc.AddDouble(_testNoise[c]);
                crc.AddInt64(_testRange[c]);
            }
        }

        /// <summary>
        /// Restores what a stored reference held (GainSignatureRecord, in the Workflow assembly,
        /// reads it from the reference file): the ladder's codes and noise when
        /// <paramref name="hasLadder"/>, and each channel's test-current step in
        /// <paramref name="testMask"/>. <paramref name="ranges"/> are whole range numbers held as doubles.
        /// </summary>
        public void Restore(bool hasLadder, double ladderNoise, double[] ladder, uint testMask, double[] test, double[] testNoise, double[] ranges)
        {
            Clear();
            HasLadder = hasLadder;
            LadderNoiseCodes = ladderNoise;
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                _ladder[t] = ladder[t];
            }

            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                _test[c] = test[c];
                _testNoise[c] = testNoise[c];
                _testRange[c] = (int)ranges[c];
            }

            TestMask = testMask;
        }

        /// <summary>The serial as a record line may hold it: letters, digits and '-' only.</summary>
        public static string SafeSerial(string serial)
        {
            return Safe(serial);
        }

        /// <summary>The serial with only letters, digits and '-' kept (a record line holds no '=' or line break).</summary>
        private static string Safe(string serial)
        {
            string text = string.Empty;
            for (int i = 0; i < serial.Length; i++)
            {
                char ch = serial[i];
                bool keep = (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '-';
                text += keep ? ch.ToString() : string.Empty;
            }

            return text;
        }
    }
}
