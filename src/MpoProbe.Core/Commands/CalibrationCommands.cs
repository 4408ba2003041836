using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The <c>cal</c> command group (docs/calibration.md): <c>cal begin &lt;serial&gt; &lt;source dBm&gt;
    /// [YYYY-MM-DD]</c>, <c>cal fixture &lt;text&gt;</c>, <c>cal trace &lt;text&gt;</c>, <c>cal step &lt;dB&gt;</c>,
    /// <c>cal end</c>, <c>cal abort</c>, <c>cal status</c>. Every refusal is an error record with its
    /// own code (cal_out_of_order, cal_no_dark, cal_bad_step, cal_saturated, cal_unstable, cal_no_light,
    /// cal_incomplete, cal_residual, cal_write_failed, cal_gain_out_of_range, cal_usage, cal_bad_value).
    /// </summary>
    public sealed class CalibrationCommands
    {
        /// <summary>The group's commands, as <c>cal help</c> lists them.</summary>
        public const string Commands = "cal begin <serial> <source dBm> [YYYY-MM-DD] | cal fixture <text> | cal trace <text> | cal step <dB> | cal end | cal abort | cal status | cal help";

        /// <summary>Longest serial number <c>cal begin</c> takes (letters, digits, '-' or '_').</summary>
        public const int MaxSerialLength = 16;

        /// <summary>Longest fixture or traceability text <c>cal fixture</c> and <c>cal trace</c> take.</summary>
        public const int MaxTextLength = 60;
        private readonly CalibrationSession _session;
        private readonly CalibrationInfo _info;
        private readonly InspectionSettings _settings;
        private readonly ProbeLog _log;
        private string _fixture = string.Empty;
        private string _trace = string.Empty;

        /// <summary>Commands driving <paramref name="session"/>, answering on <paramref name="log"/>.</summary>
        public CalibrationCommands(CalibrationSession session, CalibrationInfo info, InspectionSettings settings, ProbeLog log)
        {
            if (session == null || info == null || settings == null || log == null)
            {
                throw new ArgumentNullException(session == null ? "session" : (info == null ? "info" : (settings == null ? "settings" : "log")));
            }

            _session = session;
            _info = info;
            _settings = settings;
            _log = log;
        }

        /// <summary>True when <paramref name="trimmedLine"/> is a <c>cal</c> command.</summary>
        public static bool Matches(string trimmedLine)
        {
            return trimmedLine.ToLower() == "cal" || (trimmedLine.Length > 4 && trimmedLine.Substring(0, 4).ToLower() == "cal ");
        }

        /// <summary>Runs one trimmed <c>cal</c> line (case of the serial and texts kept).</summary>
        public CommandAction Execute(string trimmedLine)
        {
            string rest = trimmedLine.Length > 4 ? trimmedLine.Substring(4).Trim() : string.Empty;
            int space = rest.IndexOf(' ');
            string verb = (space < 0 ? rest : rest.Substring(0, space)).ToLower();
            string args = space < 0 ? string.Empty : rest.Substring(space + 1).Trim();
            switch (verb)
            {
                case "begin":
                    return Begin(args);
                case "fixture":
                case "trace":
                    return Text(verb, args);
                case "step":
                    return Step(args);
                case "end":
                    return args.Length == 0 ? End() : Usage("cal end takes no value");
                case "abort":
                    return args.Length == 0 ? Abort() : Usage("cal abort takes no value");
                case "":
                case "status":
                    return Status();
                case "help":
                    _log.Reply("cal", "commands: " + Commands);
                    return CommandAction.None;
                default:
                    return Usage(Commands);
            }
        }

        private CommandAction Begin(string args)
        {
            string[] words = args.Split(new char[] { ' ' });
            if (words.Length < 2 || words.Length > 3)
            {
                return Usage("cal begin <serial> <source dBm> [YYYY-MM-DD]");
            }

            if (!CommandText.IsToken(words[0], MaxSerialLength))
            {
                return BadValue("serial '" + CommandText.Shorten(words[0]) + "' is not valid: 1 to " + MaxSerialLength.ToString() + " letters, digits, '-' or '_'");
            }

            double sourceDbm;
            if (!CommandText.TryParseSigned(words[1], out sourceDbm) || sourceDbm < -20 || sourceDbm > 10)
            {
                return BadValue("source power '" + CommandText.Shorten(words[1]) + "' is not valid: dBm from -20 to 10, as measured at the port with the attenuator at 0 dB");
            }

            string date = words.Length == 3 ? words[2] : CalibrationDates.DatePart(CalibrationDates.Now(_log));
            if (date == null || date.Length != 10 || !CalibrationDates.IsDate(date))
            {
                return BadValue(words.Length == 3 ? "date '" + CommandText.Shorten(date) + "' is not a valid YYYY-MM-DD" : "the probe's clock is not set: give the date, cal begin <serial> <source dBm> YYYY-MM-DD");
            }

            if (Refused(_session.Begin(words[0], date, sourceDbm, _settings.Wavelength, _fixture, _trace)))
            {
                return CommandAction.None;
            }

            _log.Reply("cal", "calibration of " + words[0] + " begun at " + ((int)_settings.Wavelength).ToString() + " nm, source " + Format.Db(sourceDbm)
                + " dBm: cal step 0, then raise the attenuation by " + Format.Db(CalibrationSession.MinStepDb) + " to " + Format.Db(CalibrationSession.MaxStepDb) + " dB per step");
            return CommandAction.None;
        }

        private CommandAction Text(string verb, string text)
        {
            if (text.Length == 0 || text.Length > MaxTextLength)
            {
                return BadValue(verb + " text must be 1 to " + MaxTextLength.ToString() + " characters");
            }

            _fixture = verb == "fixture" ? text : _fixture;
            _trace = verb == "trace" ? text : _trace;
            if (_session.InProgress)
            {
                _session.Pending.Fixture = _fixture;
                _session.Pending.Traceability = _trace;
            }

            _log.Reply("cal", (verb == "fixture" ? "fixture" : "traceability") + " set to " + text);
            return CommandAction.None;
        }

        private CommandAction Step(string args)
        {
            double db;
            if (!CommandText.TryParseSigned(args, out db) || db < 0 || db > 70)
            {
                return BadValue("attenuation '" + CommandText.Shorten(args) + "' is not valid: dB from 0 to 70 (the attenuator's setting)");
            }

            if (Refused(_session.Step(db)))
            {
                return CommandAction.None;
            }

            _log.Reply("cal", "step " + _session.Steps.ToString() + " at " + Format.Db(db) + " dB accepted");
            return CommandAction.None;
        }

        /// <summary>The reference to drop when a new calibration is written (its powers were worked out with the old gains); null: none.</summary>
        public Reference Reference { get; set; }

        /// <summary>Where the stored reference lives, deleted with it; null: nothing stored.</summary>
        public IStorage Storage { get; set; }

        private CommandAction End()
        {
            if (Refused(_session.End()))
            {
                return CommandAction.None;
            }

            DropReference();

            JsonLine record = _log.Start("calibration").Add("probe_serial", _info.ProbeSerial).Add("cal_date", _info.Date).Add("cal_state", _info.StateName)
                .Add("fixture", _info.Fixture).Add("traceability", _info.Traceability).Add("wavelength_nm", (int)_info.Wavelength)
                .Add("ratio_u_db", _info.RatioUncertaintyDb, 4).BeginArray("residual_db");
            for (int r = 0; r < FrontEndDesign.RangeCount; r++)
            {
                record.Item(_info.ResidualDb(r), 4);
            }

            _log.Send(record.EndArray());
            return CommandAction.SettingsChanged;
        }

        private void DropReference()
        {
            if (Reference == null || !Reference.IsSet)
            {
                return;
            }

            // Loss against a reference cancels gain error only when both used the same gains.
            Reference.Clear();
            try
            {
                if (Storage != null)
                {
                    Storage.Delete(ReferenceStore.FileName);
                }
            }
            catch (System.IO.IOException e)
            {
                _log.Warning("reference_not_deleted", "stored reference not deleted: " + e.Message);
            }

            _log.Warning("reference_cleared", "new calibration: the reference was measured with the old gains; set the reference again");
        }

        private CommandAction Abort()
        {
            if (!_session.InProgress)
            {
                _log.Error("cal_out_of_order", "no calibration in progress: nothing to abort");
                return CommandAction.None;
            }

            _session.Abort();
            _log.Reply("cal", "calibration aborted: nothing written, the calibration in use is unchanged");
            return CommandAction.None;
        }

        private CommandAction Status()
        {
            string inProgress = _session.InProgress ? "; procedure in progress, " + _session.Steps.ToString() + " steps" : string.Empty;
            _log.Reply("cal", "probe " + _info.ProbeSerial + " " + _info.StateName + (_info.IsCalibrated ? " on " + _info.Date : string.Empty) + inProgress);
            return CommandAction.None;
        }

        private bool Refused(CalibrationOutcome outcome)
        {
            if (outcome != CalibrationOutcome.Ok)
            {
                _log.Error(Code(outcome), _session.Problem);
            }

            return outcome != CalibrationOutcome.Ok;
        }

        /// <summary>Log code of a refusal.</summary>
        public static string Code(CalibrationOutcome outcome)
        {
            switch (outcome)
            {
                case CalibrationOutcome.OutOfOrder: return "cal_out_of_order";
                case CalibrationOutcome.BadStep: return "cal_bad_step";
                case CalibrationOutcome.Saturated: return "cal_saturated";
                case CalibrationOutcome.Unstable: return "cal_unstable";
                case CalibrationOutcome.NoLight: return "cal_no_light";
                case CalibrationOutcome.Incomplete: return "cal_incomplete";
                case CalibrationOutcome.Residual: return "cal_residual";
                case CalibrationOutcome.WriteFailed: return "cal_write_failed";
                case CalibrationOutcome.GainOutOfRange: return "cal_gain_out_of_range";
                case CalibrationOutcome.NoDark: return "cal_no_dark";
                default: return "cal_ok";
            }
        }

        private CommandAction Usage(string usage)
        {
            _log.Error("cal_usage", "usage: " + usage);
            return CommandAction.None;
        }

        private CommandAction BadValue(string message)
        {
            _log.Error("cal_bad_value", message);
            return CommandAction.None;
        }
    }
}
