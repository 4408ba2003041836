namespace MpoProbe.Core
{
    /// <summary>
    /// The <see cref="GainSignature"/> fields of the reference file (docs/faults.md): written and
    /// read here, in the Workflow assembly that owns <see cref="TextRecord"/>, so the Measurement
    /// assembly never needs the file format. One instance per store. Its lists are made for each
    /// save or load, which happen when a reference is set or at boot, and dropped after: the
    /// heap does not hold four arrays in between (docs/core.md, "Memory on the device").
    /// </summary>
    public sealed class GainSignatureRecord
    {
        /// <summary>Writes <paramref name="signature"/> into a record being built.</summary>
        public void Write(GainSignature signature, TextRecord record)
        {
            record.Put("sig_ladder_ok", signature.HasLadder ? 1 : 0);
            record.Put("sig_ladder_noise", signature.LadderNoiseCodes);

            // One list at a time through one array (the ladder's taps fit in a layout's positions).
            double[] list = new double[MpoLayout.MaxPositions > ChainCheck.Taps ? MpoLayout.MaxPositions : ChainCheck.Taps];
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                list[t] = signature.Ladder(t);
            }

            record.PutList("sig_ladder", list, ChainCheck.Taps);
            record.Put("sig_test_mask", signature.TestMask.ToString("X8"));
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                list[c] = signature.TestCodes(c);
            }

            record.PutList("sig_test", list, MpoLayout.MaxPositions);
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                list[c] = signature.TestNoiseCodes(c);
            }

            record.PutList("sig_test_noise", list, MpoLayout.MaxPositions);
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                list[c] = signature.TestRange(c);
            }

            record.PutList("sig_test_range", list, MpoLayout.MaxPositions);
            if (signature.TestResultsPerHalf != GainCheck.ResultsPerHalf)
            {
                // Only steps of another count (a coded source's gap pairs) write it: older files stay as they were.
                record.Put("sig_test_results", signature.TestResultsPerHalf);
            }

            record.Put("sig_head_serial", GainSignature.SafeSerial(signature.HeadSerial));
            record.Put("sig_calibration_crc", signature.CalibrationCrc.ToString("X8"));
        }

        /// <summary>Reads the fields into <paramref name="signature"/>; false (signature unchanged) when one is missing or malformed.</summary>
        public bool Read(TextRecord record, GainSignature signature)
        {
            int ladderOk;
            double noise;
            uint mask, calibration;
            double[] ladder = new double[ChainCheck.Taps];
            double[] test = new double[MpoLayout.MaxPositions];
            double[] testNoise = new double[MpoLayout.MaxPositions];
            double[] ranges = new double[MpoLayout.MaxPositions];
            if (!record.TryGet("sig_ladder_ok", 0, 1, out ladderOk) || !record.TryGet("sig_ladder_noise", out noise)
                || !record.TryGetList("sig_ladder", ladder, ChainCheck.Taps) || !record.TryGetHex("sig_test_mask", out mask)
                || !record.TryGetList("sig_test", test, MpoLayout.MaxPositions) || !record.TryGetList("sig_test_noise", testNoise, MpoLayout.MaxPositions)
                || !record.TryGetList("sig_test_range", ranges, MpoLayout.MaxPositions) || !record.TryGetHex("sig_calibration_crc", out calibration))
            {
                return false;
            }

            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                if (!(ranges[c] >= 0 && ranges[c] <= FrontEndDesign.TopRange) || ranges[c] != (int)ranges[c])
                {
                    return false;
                }
            }

            int results = GainCheck.ResultsPerHalf;
            if (record.Get("sig_test_results") != null && !record.TryGet("sig_test_results", 1, GainCheck.ResultsPerHalf, out results))
            {
                return false;
            }

            string serial = record.Get("sig_head_serial");
            signature.Restore(ladderOk == 1, noise, ladder, mask, test, testNoise, ranges);
            signature.TestResultsPerHalf = results;
            signature.HeadSerial = serial == null ? string.Empty : serial;
            signature.CalibrationCrc = calibration;
            return true;
        }
    }
}
