using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// Saves and loads the factory calibration: serial number, date, fixture and traceability,
    /// wavelength, the ratio uncertainty achieved, every channel's 18 gain factors (exact bits)
    /// and each range's fit residual, as a checksummed <see cref="TextRecord"/> written to a
    /// temporary file and then swapped in, so a power cut while writing leaves the previous file.
    /// A missing or corrupted file leaves the gains nominal and the probe UNCALIBRATED.
    /// </summary>
    public sealed class CalibrationStore
    {
        /// <summary>File name of the calibration.</summary>
        public const string FileName = "calibration.txt";

        private const string TempName = "calibration.tmp";
        private const int Version = 1;
        private const int MaxLabelLength = CalibrationCommands.MaxTextLength;
        private readonly IStorage _storage;
        private readonly TextRecord _record;

        /// <summary>A store over <paramref name="storage"/>.</summary>
        public CalibrationStore(IStorage storage)
            : this(storage, new TextRecord())
        {
        }

        /// <summary>
        /// A store over <paramref name="storage"/> writing and reading through <paramref name="record"/>,
        /// which the other stores may share: each call begins and ends its use of it, and the probe
        /// runs one store call at a time (ProbeCore shares one record among all its stores).
        /// </summary>
        public CalibrationStore(IStorage storage, TextRecord record)
        {
            _storage = storage ?? throw new ArgumentNullException("storage");
            _record = record ?? throw new ArgumentNullException("record");
        }

        /// <summary>Why the last load was not OK, empty when it was.</summary>
        public string Problem { get; private set; } = string.Empty;

        /// <summary>Writes a calibration; throws (leaving the previous file intact) if the storage fails.</summary>
        public void Save(GainCalibration gain, CalibrationInfo info)
        {
            _record.Begin();
            _record.Put("version", Version);
            _record.Put("probe_serial", Clean(info.ProbeSerial));
            _record.Put("cal_date", info.Date);
            _record.Put("fixture", Clean(info.Fixture));
            _record.Put("traceability", Clean(info.Traceability));
            _record.Put("wavelength", (int)info.Wavelength);
            _record.Put("ratio_u_db", info.RatioUncertaintyDb);
            _record.Put("channels", MpoLayout.MaxPositions);

            // Made per save or load (the factory's or the boot's), not held in between.
            double[] row = new double[FrontEndDesign.RangeCount];
            for (int c = 0; c < MpoLayout.MaxPositions; c++)
            {
                for (int r = 0; r < FrontEndDesign.RangeCount; r++)
                {
                    row[r] = gain.Get(c, r);
                }

                _record.PutList("gain" + c.ToString(), row, FrontEndDesign.RangeCount);
            }

            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                row[r] = info.ResidualDb(r);
            }

            _record.PutList("residual_db", row, FrontEndDesign.RangeCount);
            _storage.Write(TempName, _record.Finish());
            _storage.Replace(TempName, FileName);
        }

        /// <summary>Loads into <paramref name="gain"/> and <paramref name="info"/>; anything but OK leaves them nominal and uncalibrated.</summary>
        public LoadStatus Load(GainCalibration gain, CalibrationInfo info)
        {
            gain.Reset();
            info.Clear();
            Problem = string.Empty;
            string text = _storage.Read(FileName);
            if (text == null)
            {
                Problem = FileName + " not found: UNCALIBRATED, nominal gains in use";
                return LoadStatus.Missing;
            }

            string why = Restore(text, gain, info);
            _record.Release();
            if (why != null)
            {
                gain.Reset();
                info.Clear();
                Problem = FileName + " corrupted (" + why + "): UNCALIBRATED, nominal gains in use";
                return LoadStatus.Corrupted;
            }

            return LoadStatus.Ok;
        }

        private string Restore(string text, GainCalibration gain, CalibrationInfo info)
        {
            int version, wavelength, channels;
            double ratioU;
            if (!_record.Parse(text) || !_record.TryGet("version", Version, Version, out version) || !_record.TryGet("wavelength", 850, 1550, out wavelength)
                || !_record.TryGet("channels", MpoLayout.MaxPositions, MpoLayout.MaxPositions, out channels) || !_record.TryGet("ratio_u_db", out ratioU))
            {
                return _record.Error;
            }

            string serial = _record.Get("probe_serial");
            string date = _record.Get("cal_date");
            if (!CommandText.IsToken(serial, CalibrationCommands.MaxSerialLength) || !CalibrationDates.IsDate(date) || date.Length != 10 || !(ratioU > 0 && ratioU <= 1))
            {
                return "serial '" + serial + "', date '" + date + "' or ratio uncertainty " + Format.Db(ratioU) + " dB is not valid";
            }

            double[] row = new double[FrontEndDesign.RangeCount];
            for (int c = 0; c < channels; c++)
            {
                if (!_record.TryGetList("gain" + c.ToString(), row, FrontEndDesign.RangeCount))
                {
                    return _record.Error;
                }

                for (int r = 0; r < FrontEndDesign.RangeCount; r++)
                {
                    if (!(row[r] >= 0.5 && row[r] <= 2.0))
                    {
                        return "gain of position " + (c + 1).ToString() + " range " + r.ToString() + " is " + Format.Fixed(row[r], 4) + ", outside 0.5..2.0";
                    }

                    gain.Set(c, r, row[r]);
                }
            }

            if (!_record.TryGetList("residual_db", row, FrontEndDesign.RangeCount))
            {
                return _record.Error;
            }

            double worst = 0;
            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                if (!(row[r] >= 0 && row[r] <= CalibrationSession.MaxResidualDb))
                {
                    return "residual of range " + r.ToString() + " is " + Format.Fixed(row[r], 4) + " dB, outside 0.." + Format.Db(CalibrationSession.MaxResidualDb) + " dB";
                }

                worst = row[r] > worst ? row[r] : worst;
                info.SetResidualDb(r, row[r]);
            }

            // A procedure states at least what its residuals give; a smaller figure would narrow every cross-range band.
            if (ratioU < CalibrationSolver.RatioUncertaintyDb(worst) * (1 - 1e-9))
            {
                return "ratio uncertainty " + Format.Fixed(ratioU, 4) + " dB is below the " + Format.Fixed(CalibrationSolver.RatioUncertaintyDb(worst), 4) + " dB its residuals give";
            }

            string fixture = _record.Get("fixture");
            string traceability = _record.Get("traceability");
            if (!IsLabel(fixture) || !IsLabel(traceability))
            {
                return "fixture or traceability text is not valid: up to " + MaxLabelLength.ToString() + " printable characters";
            }

            info.ProbeSerial = serial;
            info.Date = date;
            info.Fixture = fixture ?? string.Empty;
            info.Traceability = traceability ?? string.Empty;
            info.Wavelength = (Wavelength)wavelength;
            info.RatioUncertaintyDb = ratioU;
            info.IsCalibrated = true;
            gain.MarkCalibrated(ratioU);
            return null;
        }

        /// <summary>A stored fixture or traceability text: absent, or at most <see cref="MaxLabelLength"/> characters as <see cref="Clean"/> writes them.</summary>
        private static bool IsLabel(string text)
        {
            if (text == null)
            {
                return true;
            }

            if (text.Length > MaxLabelLength)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < ' ' || text[i] > '~' || text[i] == ';')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Text safe for one record line: no line breaks, no ';' (it starts a comment).</summary>
        private static string Clean(string text)
        {
            if (text == null)
            {
                return string.Empty;
            }

            string clean = string.Empty;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                char safe = c == ';' ? ',' : (c < ' ' || c > '~' ? ' ' : c);
                clean += safe.ToString();
            }

            return clean;
        }
    }
}
