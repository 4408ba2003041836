namespace MpoProbe.Core
{
    /// <summary>
    /// The <see cref="GainSignature"/> fields of the reference file (docs/faults.md): written and
    /// read here, in the Workflow assembly that owns <see cref="TextRecord"/>, so the Measurement
    /// assembly never needs the file format. One instance per store; its lists are reused.
    /// </summary>
    public sealed class GainSignatureRecord
    {
        private readonly double[] _ladder = new double[ChainCheck.Taps];
        private readonly double[] _test = new double[MpoLayout.MaxPositions];
        private readonly double[] _noise = new double[MpoLayout.MaxPositions];
        private readonly double[] _range = new double[MpoLayout.MaxPositions];

        /// <summary>Writes <paramref name="signature"/> into a record being built.</summary>
        public void Write(GainSignature signature, TextRecord record)
        {
            record.Put("sig_ladder_ok", signature.HasLadder ? 1 : 0);
            record.Put("sig_ladder_noise", signature.LadderNoiseCodes);
            for (int t = 0; t < ChainCheck.Taps; t++)
            {
                _ladder[t] = signature.Ladder(t);
            }

            record.PutList("sig_ladder", _ladder, ChainCheck.Taps);
            record.Put("sig_test_mask", signature.TestMask.ToString("X8"));
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                _test[c] = signature.TestCodes(c);
                _noise[c] = signature.TestNoiseCodes(c);
                _range[c] = signature.TestRange(c);
            }

            record.PutList("sig_test", _test, MpoLayout.MaxPositions);
            record.PutList("sig_test_noise", _noise, MpoLayout.MaxPositions);
            record.PutList("sig_test_range", _range, MpoLayout.MaxPositions);
            record.Put("sig_head_serial", GainSignature.SafeSerial(signature.HeadSerial));
            record.Put("sig_calibration_crc", signature.CalibrationCrc.ToString("X8"));
        }

        /// <summary>Reads the fields into <paramref name="signature"/>; false (signature unchanged) when one is missing or malformed.</summary>
        public bool Read(TextRecord record, GainSignature signature)
        {
            int ladderOk;
            double noise;
            uint mask, calibration;
            if (!record.TryGet("sig_ladder_ok", 0, 1, out ladderOk) || !record.TryGet("sig_ladder_noise", out noise)
                || !record.TryGetList("sig_ladder", _ladder, ChainCheck.Taps) || !record.TryGetHex("sig_test_mask", out mask)
                || !record.TryGetList("sig_test", _test, MpoLayout.MaxPositions) || !record.TryGetList("sig_test_noise", _noise, MpoLayout.MaxPositions)
                || !record.TryGetList("sig_test_range", _range, MpoLayout.MaxPositions) || !record.TryGetHex("sig_calibration_crc", out calibration))
            {
                return false;
            }

            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                if (!(_range[c] >= 0 && _range[c] <= FrontEndDesign.TopRange) || _range[c] != (int)_range[c])
                {
                    return false;
                }
            }

            string serial = record.Get("sig_head_serial");
            signature.Restore(ladderOk == 1, noise, _ladder, mask, _test, _noise, _range);
            signature.HeadSerial = serial == null ? string.Empty : serial;
            signature.CalibrationCrc = calibration;
            return true;
        }
    }
}
