using System;
using System.Collections.Generic;

namespace MpoProbe.Report
{
    /// <summary>
    /// Inspections and the records that follow one: which inspection of a link is certified (the
    /// latest by the probe's clock, whatever order the logs are read in), and which inspection a
    /// diagnosis or polarity record belongs to.
    /// </summary>
    internal sealed partial class LogContext
    {
        private string Inspection(FieldReader f, RecordContext context, ReportData data, Action<InspectionRecord> onInspection)
        {
            if (f.Flag("resent", false))
            {
                // The answer to `last`: the same inspection sent again, not another one.
                return f.Problem;
            }

            InspectionRecord r = RecordParser.Inspection(f, context);
            if (f.Problem != null)
            {
                return f.Problem;
            }

            _identity ??= new ProbeIdentity { Serial = _serial, CalDate = _calDate, CalState = _calState, Firmware = _firmware, Receptacle = _receptacle, Model = _model };
            string label = Label(context);
            string key = ReadState.CopyKey(label, r);
            if (data.State.SeenBefore(key, context.Replay))
            {
                return Copy(data.Find(label), r, key, data);
            }

            LinkResult link = data.Link(label);
            link.LastRead = context;
            link.InspectionCount++;
            data.InspectionCount++;
            onInspection?.Invoke(r);
            if (link.First == null || ProbeClock.Before(context, link.First))
            {
                link.First = context;
            }

            if (link.Last != null)
            {
                int? order = ProbeClock.Compare(context, link.Last.Context);
                if (order == -1)
                {
                    // An earlier result of the link, read after a later one: not the link's result now.
                    return null;
                }

                if (order == null)
                {
                    // Which came first cannot be established: the last read is shown, and the certificate says so.
                    link.NoteUnordered(link.Last);
                }
            }

            Certify(link, r, data);
            return null;
        }

        /// <summary>
        /// A copy of an inspection read already (live and replayed by <c>history</c>): not counted again. When
        /// the certified one is the replayed copy, the live record takes its place — the same result, with
        /// the reference and settings that were in force for it.
        /// </summary>
        private string Copy(LinkResult link, InspectionRecord r, string key, ReportData data)
        {
            if (link == null)
            {
                return null;
            }

            link.LastRead = r.Context;
            if (!r.Context.Replay && link.Last.Context.Replay && ReadState.CopyKey(link.Label, link.Last) == key)
            {
                Certify(link, r, data);
            }

            return null;
        }

        /// <summary>Makes <paramref name="r"/> the link's certified inspection, with what is in force for it.</summary>
        private void Certify(LinkResult link, InspectionRecord r, ReportData data)
        {
            link.Last = r;
            link.DropOrderedBefore(r.Context);
            link.Diagnosis = Array.Empty<string>();
            link.Polarity = null; // the polarity record of this inspection follows it; an older one is not this inspection's
            // A replayed result was measured against the reference in force when it was made, which a dump
            // does not hold: the live reference, its verification and settings are not its.
            bool replayed = r.Context.Replay;
            link.ExpectedPolarity = replayed ? _replayExpectedPolarity : _expectedPolarity;
            link.Reference = replayed ? null : _reference;
            link.ReferenceCheck = replayed ? null : _referenceCheck;
            link.RecheckFailed = null;
            link.CleanTookNothingOff = false;
            link.RecheckFailedMeanDb = double.NaN;
            link.RecheckPassed = false;
            link.RecheckMeanDb = double.NaN;
            link.RecheckMeanLimitDb = double.NaN;
            link.RecheckPreviousMeanDb = 0;
            link.Probe = _identity;
            if (link.LaterUnreadable != null && !ProbeClock.After(link.LaterUnreadable.Context, r.Context))
            {
                link.LaterUnreadable = null;
            }

            if (data.State.PendingUnreadable.Remove(link.Label, out UnreadableInspection pending) && ProbeClock.After(pending.Context, r.Context))
            {
                link.LaterUnreadable = pending;
            }

            // A re-check read before this inspection that the probe made after it judges it (logs named out of order).
            RecheckEvent judge = RecheckAfter(r.Context, _identity.Serial, data.State);
            if (judge != null)
            {
                judge.ApplyTo(link);
                _sinceCheck.Remove(link);
            }
            else if (!_sinceCheck.Contains(link))
            {
                _sinceCheck.Add(link);
            }
        }

        /// <summary>
        /// Attaches a record to its link: one that follows an inspection (<paramref name="ofInspection"/>:
        /// polarity, diagnosis) only to the certified inspection it follows — same power-up, <c>t_ms</c> and <c>utc</c>.
        /// </summary>
        private static string Attach(ReportData data, RecordContext context, string what, Action<LinkResult> attach, bool ofInspection)
        {
            LinkResult link = data.Find(Label(context));
            if (link == null)
            {
                return what + " for link '" + Label(context) + "' before any inspection of it";
            }

            if (ofInspection && !SameInspection(context, link.Last.Context))
            {
                // It follows another inspection of the link that was read (an earlier one, or a copy counted once): not this certificate's.
                return SameInspection(context, link.LastRead) ? null
                    : what + " record at t_ms " + FieldReader.Text(context.UptimeMs) + " follows no inspection of link '" + link.Label + "' that could be read (the certified one is at t_ms "
                        + FieldReader.Text(link.Last.Context.UptimeMs) + ", " + link.Last.Context.Where + "): not attached";
            }

            attach(link);
            return null;
        }

        private static bool SameInspection(RecordContext record, RecordContext inspection) =>
            inspection != null && record.PowerUp == inspection.PowerUp && record.UptimeMs == inspection.UptimeMs && record.Utc == inspection.Utc;

        /// <summary>
        /// An inspection line that could not be read (<paramref name="line"/>): the link it names (or,
        /// when the line is cut before its label, every link of this log) is marked — what the probe
        /// found there is unknown — unless the line was made before the link's certified inspection.
        /// </summary>
        public void UnreadableInspection(UnreadableLine line, ReportData data)
        {
            var context = new RecordContext { Where = line.Source + ":" + FieldReader.Text(line.Number), UptimeMs = line.UptimeMs ?? 0, Utc = line.Utc, UtcTime = line.UtcTime, Link = line.Link, Replay = line.Replay };
            context.Seq = data.State.NextSeq();
            bool sameRun = line.UptimeMs.HasValue && (line.Replay ? _previousReplay : !_previousReplay && line.UptimeMs.Value >= _lastLiveMs);
            context.PowerUp = sameRun ? (line.Replay ? _dump : _powerUp) : 0;
            var unreadable = new UnreadableInspection { Context = context, Why = line.Source + " line " + FieldReader.Text(line.Number) + ": " + line.Why };
            var links = new List<LinkResult>();
            string label = line.Link != null || line.Unlabelled ? Label(context) : null;
            if (label == null)
            {
                links.AddRange(data.Links.FindAll(l => l.Last.Context.Where.StartsWith(line.Source + ":", StringComparison.Ordinal)));
            }
            else if (data.Find(label) is LinkResult known)
            {
                links.Add(known);
            }
            else
            {
                data.State.PendingUnreadable[label] = unreadable;
            }

            foreach (LinkResult link in links)
            {
                if (!ProbeClock.Before(context, link.Last.Context))
                {
                    link.LaterUnreadable = unreadable;
                }
            }
        }
    }
}
