using System;

namespace MpoProbe.Core
{
    /// <summary>Field habits after every inspection: exposure after a pass, wear of the port and cord, the probe's own port.</summary>
    public sealed partial class ProbeActions
    {
        /// <summary>Field habits after every inspection: exposure, wear, the probe's own port.</summary>
        private void Habits(InspectionResult result)
        {
            InspectionSettings s = _core.Settings;
            long now = _core.NowMs;
            string exposed = null;
            string port = null;
            bool sameLink = _passedLink == s.LinkLabel;
            if (_passedAtMs >= 0 && sameLink && now - _passedAtMs > s.ExposureMinutes * 60000L)
            {
                exposed = "EXPOSED: RE-INSPECT";
                _core.Log.Error("exposed", "link " + (s.LinkLabel == null ? "(unlabelled)" : s.LinkLabel) + " passed " + ((now - _passedAtMs) / 60000).ToString()
                    + " min ago and was left uncovered: clean and re-inspect before trusting it");
            }

            bool passed = LastOverall == Verdict.Pass;
            _passedAtMs = passed ? now : -1;
            _passedLink = s.LinkLabel;
            double mean;
            bool hasMean = MeanLoss(result, out mean);
            if (passed)
            {
                _hasLastGoodMean = hasMean;
                _lastGoodMeanDb = mean;
            }
            else if (HasUniform() && hasMean && _hasLastGoodMean && mean - _lastGoodMeanDb > PortSuspectDb)
            {
                port = "CHECK PROBE PORT";
                _core.Log.Error("probe_port_suspect", "every position reads " + Format.Db(mean - _lastGoodMeanDb)
                    + " dB worse than the last good inspection: inspect and clean the probe's own port and the reference cord");
            }

            _core.Wear.CountInspection();
            SaveWear();
            string worn = _core.Wear.Warning();
            if (worn != null)
            {
                _core.Log.Error(_core.Wear.PortWorn ? "wear_port" : "wear_cord", worn);
                worn = _core.Wear.PortWorn ? "PORT WORN: INSPECT" : "CORD WORN: REPLACE";
            }

            // Most urgent first: an exposed link, the probe's own port, a scattering test cord, wear, then the cap prompt.
            MatingRepeatability m = _core.Inspector.Budget.Mating;
            string scatter = m.ScatterTooHigh ? CordScatters : (_core.Inspector.Budget.MatingMeasured && m.SteadinessUnproven ? CordUnsure : null);
            ResultNote = exposed ?? port ?? (result.CleanFirst && !result.ReferenceStale ? AllHigh : null) ?? scatter ?? worn ?? (passed ? "CAP OR CONNECT NOW" : null);
        }

        // Notes made once: a literal executes as a new string on the interpreter (docs/core.md, "Memory on the device").
        private static readonly string CordScatters = "CORD SCATTERS: CLEAN";
        private static readonly string CordUnsure = "CORD UNSURE: RE-MATE";
        private static readonly string AllHigh = "ALL HIGH: CLEAN FIRST";

        private bool HasUniform()
        {
            Diagnosis d = _core.Inspector.Diagnosis;
            for (int i = 0; i < d.Count; i++)
            {
                if (d.KindAt(i) == FindingKind.UniformLoss)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Mean loss of the positions with a loss; false (and 0) when none has one.</summary>
        private static bool MeanLoss(InspectionResult result, out double mean)
        {
            double sum = 0;
            int n = 0;
            for (int p = 1; p <= result.Layout.PositionCount; p++)
            {
                if (result.HasLoss(p))
                {
                    sum += result.LossDb(p);
                    n++;
                }
            }

            mean = n == 0 ? 0 : sum / n;
            return n > 0;
        }
    }
}
