using System.Collections.Generic;
using System.Linq;

namespace MpoProbe.Report
{
    /// <summary>What else the certificate says of a link: inspections that could not be read or ordered, and why the link is marked.</summary>
    public sealed partial class LinkResult
    {
        /// <summary>The verdict of a link whose latest inspection could not be read.</summary>
        public const string Unreadable = "UNREADABLE";

        /// <summary>The verdict of a link whose inspections disagree and cannot be ordered by the probe's clock.</summary>
        public const string OrderUnknown = "ORDER_UNKNOWN";

        /// <summary>Other inspections listed per link that cannot be ordered against the certified one.</summary>
        public const int MaxUnordered = 5;

        private readonly List<UnorderedInspection> _unordered = new List<UnorderedInspection>();

        /// <summary>The context of the link's inspection read last (certified or not), so the records that follow it are recognised.</summary>
        public RecordContext LastRead { get; set; }

        /// <summary>An inspection of the link the probe made after the certified one (or whose time is unknown) that could not be read, or null.</summary>
        public UnreadableInspection LaterUnreadable { get; set; }

        /// <summary>Other inspections of the link that cannot be ordered against the certified one by the probe's clock (at most <see cref="MaxUnordered"/>).</summary>
        public IReadOnlyList<UnorderedInspection> Unordered => _unordered;

        /// <summary>True when an inspection that cannot be ordered against the certified one logged another overall verdict: which is the link's is unknown.</summary>
        public bool OrderDisputed => _unordered.Any(u => u.Overall != Last.Overall);

        /// <summary>Notes <paramref name="other"/> as an inspection that cannot be ordered against the one certified next.</summary>
        public void NoteUnordered(InspectionRecord other)
        {
            if (_unordered.Count >= MaxUnordered)
            {
                _unordered.RemoveAt(0);
            }

            _unordered.Add(new UnorderedInspection { Context = other.Context, Overall = other.Overall });
        }

        /// <summary>Forgets the noted inspections the probe's clock puts before <paramref name="certified"/>.</summary>
        public void DropOrderedBefore(RecordContext certified)
        {
            _unordered.RemoveAll(u => ProbeClock.Before(u.Context, certified));
        }

        /// <summary>Why the link failed or is marked, in one sentence (empty for a plain PASS).</summary>
        public string Reason
        {
            get
            {
                var reasons = new List<string>();
                if (LaterUnreadable != null)
                {
                    reasons.Add("a later inspection of this link could not be read (" + LaterUnreadable.Why + "): what it found is unknown, so the earlier result below is not certified as the link's; inspect the link again");
                }

                if (_unordered.Count > 0)
                {
                    reasons.Add("the order of this link's inspections cannot be established by the probe's clock (no UTC on both, and not the same power-up): "
                        + string.Join(", ", _unordered.Select(u => u.Context.Where + " " + u.Overall)) + " against this one, the last read"
                        + (OrderDisputed ? "; they disagree, so no verdict is certified: re-inspect the link" : "; they agree"));
                }

                if (Verdict != RecordVerdict)
                {
                    reasons.Add("the record's verdict (" + RecordVerdict + ") is better than its fibers': "
                        + string.Join(", ", FiberTable.Rows(this).Where(r => r.Verdict == Verdict).Select(r => "position " + r.Position.Pos + " " + r.Verdict))
                        + " — a link is certified no better than its worst fiber");
                }

                string loss = CertifiedLoss();
                if (loss != "PASS")
                {
                    reasons.Add("loss " + loss + (Last.WorstPos > 0 ? " (worst position " + Last.WorstPos + ", " + Certificate.LossDb(Last.WorstLossDb, Last.LimitDb) + " dB)" : string.Empty));
                }

                string stars = StarCauses.Text(Last);
                if (stars.Length > 0)
                {
                    reasons.Add("starred by the probe: " + stars);
                }

                if (Certificate.CalibrationOverdue(this))
                {
                    reasons.Add("the instrument's calibration was overdue when it measured (due " + Certificate.CalibrationDue(Probe).Split(' ')[0] + ")");
                }

                if (Last.HeldForClean)
                {
                    reasons.Add("no loss verdict: every fiber read high within 0.3 dB of the others, which dirt on every fiber and a source or reference that moved both do, so the probe asked for a clean first; "
                        + (CleanTookNothingOff ? "the re-inspection after the clean was refused, as nothing came off: every fiber lost light alike (the source or the reference moved); set a new reference and inspect again"
                            : "this log has no re-inspection after it"));
                }

                if (Polarity != null && Polarity.Verdict == "FAIL")
                {
                    reasons.Add("polarity FAIL: " + Polarity.Summary);
                }

                if (RecheckFailed != null)
                {
                    reasons.Add(RecheckFailed);
                }

                if (StarredByRecheck)
                {
                    reasons.Add("the reference re-check after this inspection passed, but the reference cord's mean had moved " + Certificate.SignedDb(RecheckPreviousMeanDb)
                        + " dB at the check before and " + Certificate.SignedDb(RecheckMeanDb) + " dB then (the band had allowed ±" + Certificate.Db(double.IsNaN(Last.DriftBoundDb) ? 0 : Last.DriftBoundDb)
                        + " dB of drift): a fiber whose margin does not cover that change is starred");
                }

                return string.Join("; ", reasons);
            }
        }
    }
}
