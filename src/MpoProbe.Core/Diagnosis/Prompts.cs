namespace MpoProbe.Core
{
    /// <summary>
    /// From the diagnosis to what the technician is asked to do: a small table from finding kind
    /// (and verdict) to prompt, and the prompt's screen text. New finding kinds or verdicts slot
    /// in by adding a row to <see cref="ForFinding"/> and, if new, a prompt to the text tables.
    /// The most urgent prompt wins (<see cref="Urgency"/>); only contamination-type prompts start
    /// a clean cycle (<see cref="StartsCleanCycle"/>).
    /// </summary>
    public static class Prompts
    {
        /// <summary>The prompt one finding calls for.</summary>
        public static PromptKind ForFinding(FindingKind kind)
        {
            switch (kind)
            {
                case FindingKind.SuspectContamination: return PromptKind.Clean;
                case FindingKind.IsolatedHighLoss: return PromptKind.Clean;
                case FindingKind.UnstableReading: return PromptKind.CleanReseat;
                case FindingKind.UniformLoss: return PromptKind.Clean;
                case FindingKind.StaleReference: return PromptKind.ReReference;
                case FindingKind.ReReference: return PromptKind.ReReference;
                case FindingKind.NoLightSome: return PromptKind.CheckBreak;
                case FindingKind.NoLightAll: return PromptKind.CheckSource;
                case FindingKind.UnexpectedLight: return PromptKind.CheckLayout;
                case FindingKind.OverRange: return PromptKind.Attenuate;
                case FindingKind.NoReference: return PromptKind.SetReference;
                default: return PromptKind.None;
            }
        }

        /// <summary>Higher is more urgent: a prompt that makes the others meaningless comes first.</summary>
        public static int Urgency(PromptKind kind)
        {
            switch (kind)
            {
                case PromptKind.CheckSource: return 10;
                case PromptKind.SetReference: return 9;
                case PromptKind.ReReference: return 8;
                case PromptKind.Attenuate: return 7;
                case PromptKind.CheckLayout: return 6;
                case PromptKind.CheckBreak: return 5;
                case PromptKind.Clean: return 4;
                case PromptKind.CleanReseat: return 3;
                case PromptKind.CheckPolarity: return 2;
                case PromptKind.Marginal: return 1;
                default: return 0;
            }
        }

        /// <summary>
        /// The prompt for a result: the most urgent of its findings; RE-REFERENCE when a loss is
        /// negative beyond twice its uncertainty (the source or reference moved, a link cannot
        /// gain light); WEAK REFERENCE (a new reference) for a forced reference's REF WEAK positions when nothing about the
        /// link is asked first; TOO BRIGHT (attenuate, a new reference) where the reference was too bright
        /// to prove the gain and nothing else is asked; RE-CHECK when only PASS*/FAIL* positions (within the instrument's uncertainty of the limit) remain; CHECK POLARITY when
        /// polarity failed and nothing else is wrong. <paramref name="positions"/> gets the
        /// positions the prompt names.
        /// </summary>
        public static PromptKind Choose(Diagnosis d, InspectionResult r, PolarityVerdict polarity, out uint positions)
        {
            PromptKind best = PromptKind.None;
            positions = 0;
            for (int i = 0; i < d.Count; i++)
            {
                PromptKind k = ForFinding(d.KindAt(i));
                if (Urgency(k) > Urgency(best))
                {
                    best = k;
                    positions = d.PositionsAt(i);
                }
                else if (k == best)
                {
                    positions |= d.PositionsAt(i);
                }
            }

            uint negative = r.NegativeMask; // the verdict rules' one definition of an impossible loss
            if (negative != 0 && Urgency(PromptKind.ReReference) > Urgency(best))
            {
                best = PromptKind.ReReference;
                positions = negative;
            }

            // A forced reference's weak positions have no verified loss: once nothing about the link
            // itself is asked first, only a new reference with a clean cord can judge them.
            uint weak = r.MaskOf(Verdict.RefWeak);
            if (weak != 0 && Urgency(best) < Urgency(PromptKind.CleanReseat))
            {
                best = PromptKind.WeakReference;
                positions = weak;
            }

            // Light too strong for the test step at the reference: attenuate, then a new reference can prove the gain.
            if (r.GainUnprovenMask != 0 && best == PromptKind.None)
            {
                best = PromptKind.BrightReference;
                positions = r.GainUnprovenMask;
            }

            uint marginal = r.MaskOf(Verdict.PassStar) | r.MaskOf(Verdict.FailStar);
            if (best == PromptKind.None && marginal != 0)
            {
                best = PromptKind.Marginal;
                positions = marginal;
            }

            if (best == PromptKind.None && polarity == PolarityVerdict.Fail)
            {
                best = PromptKind.CheckPolarity;
            }

            return best;
        }

        /// <summary>True when the prompt asks for a clean, so the next inspection is compared with this one.</summary>
        public static bool StartsCleanCycle(PromptKind kind)
        {
            return kind == PromptKind.Clean || kind == PromptKind.CleanReseat || kind == PromptKind.Marginal;
        }

        /// <summary>Big title (at most 10 characters at double size).</summary>
        public static string Title(PromptKind kind)
        {
            switch (kind)
            {
                case PromptKind.Clean: return "CLEAN";
                case PromptKind.CleanReseat: return "RESEAT";
                case PromptKind.Marginal: return "RE-CHECK";
                case PromptKind.ReReference: return "RE-REF";
                case PromptKind.WeakReference: return "RE-REF";
                case PromptKind.BrightReference: return "GAIN?";
                case PromptKind.CheckBreak: return "DARK FIBER";
                case PromptKind.CheckSource: return "NO LIGHT";
                case PromptKind.CheckLayout: return "LAYOUT?";
                case PromptKind.Attenuate: return "TOO BRIGHT";
                case PromptKind.SetReference: return "NO REF";
                case PromptKind.CheckPolarity: return "POLARITY";
                case PromptKind.Remate: return "RE-MATE";
                case PromptKind.Recheck: return "RE-CHECK";
                default: return "OK";
            }
        }

        /// <summary>What to do, one line of at most 21 characters.</summary>
        public static string Action(PromptKind kind)
        {
            switch (kind)
            {
                case PromptKind.Clean: return "CONNECTOR + ADAPTER";
                case PromptKind.CleanReseat: return "CLEAN, RESEAT PLUG";
                case PromptKind.Marginal: return "CLEAN, RE-INSPECT";
                case PromptKind.ReReference: return "SET A NEW REFERENCE";
                case PromptKind.WeakReference: return "CLEAN CORD, NEW REF";
                case PromptKind.BrightReference: return "ATTENUATE, NEW REF";
                case PromptKind.CheckBreak: return "CHECK BREAK/MISSING";
                case PromptKind.CheckSource: return "SOURCE ON? CONNECTED?";
                case PromptKind.CheckLayout: return "CHECK LAYOUT SETTING";
                case PromptKind.Attenuate: return "ATTENUATE SOURCE";
                case PromptKind.SetReference: return "SET A REFERENCE";
                case PromptKind.CheckPolarity: return "CHECK TRUNK POLARITY";
                case PromptKind.Remate: return "UNPLUG, REPLUG LINK";
                case PromptKind.Recheck: return "FIT THE REF CORD";
                default: return "NOTHING TO DO";
            }
        }

        /// <summary>Label before the named positions, e.g. "DIRTY:" or "DARK:".</summary>
        public static string PositionsLabel(PromptKind kind)
        {
            switch (kind)
            {
                case PromptKind.Clean: return "DIRTY:";
                case PromptKind.CleanReseat: return "UNSTABLE:";
                case PromptKind.Marginal: return "NEAR LIMIT:";
                case PromptKind.ReReference: return "SHIFTED:";
                case PromptKind.WeakReference: return "REF WEAK:";
                case PromptKind.BrightReference: return "UNPROVEN:";
                case PromptKind.CheckBreak: return "DARK:";
                case PromptKind.CheckLayout: return "LIT:";
                case PromptKind.Attenuate: return "OVER:";
                default: return "AT:";
            }
        }

        /// <summary>What a short press does from the prompt.</summary>
        public static string PressAction(PromptKind kind)
        {
            if (kind == PromptKind.ReReference || kind == PromptKind.SetReference || kind == PromptKind.WeakReference || kind == PromptKind.BrightReference)
            {
                return "PRESS: SET REFERENCE";
            }

            if (kind == PromptKind.Recheck)
            {
                return "PRESS: RE-CHECK";
            }

            return "PRESS: RE-INSPECT";
        }

        // Named once: a literal executes as a new string on the interpreter, and this runs on every button cycle (docs/core.md, "Memory on the device").
        private static readonly string CleanName = "clean";
        private static readonly string CleanReseatName = "clean_reseat";
        private static readonly string MarginalCleanName = "marginal_clean";
        private static readonly string ReReferenceName = "re_reference";
        private static readonly string CheckBreakName = "check_break";
        private static readonly string CheckSourceName = "check_source";
        private static readonly string CheckLayoutName = "check_layout";
        private static readonly string AttenuateName = "attenuate";
        private static readonly string SetReferenceName = "set_reference";
        private static readonly string CheckPolarityName = "check_polarity";
        private static readonly string RemateName = "remate";
        private static readonly string RecheckName = "recheck";
        private static readonly string WeakReferenceName = "weak_reference";
        private static readonly string BrightReferenceName = "bright_reference";
        private static readonly string NoneName = "none";

        /// <summary>Log name of a prompt ("clean", "re_reference" …).</summary>
        public static string Name(PromptKind kind)
        {
            switch (kind)
            {
                case PromptKind.Clean: return CleanName;
                case PromptKind.CleanReseat: return CleanReseatName;
                case PromptKind.Marginal: return MarginalCleanName;
                case PromptKind.ReReference: return ReReferenceName;
                case PromptKind.CheckBreak: return CheckBreakName;
                case PromptKind.CheckSource: return CheckSourceName;
                case PromptKind.CheckLayout: return CheckLayoutName;
                case PromptKind.Attenuate: return AttenuateName;
                case PromptKind.SetReference: return SetReferenceName;
                case PromptKind.CheckPolarity: return CheckPolarityName;
                case PromptKind.Remate: return RemateName;
                case PromptKind.Recheck: return RecheckName;
                case PromptKind.WeakReference: return WeakReferenceName;
                case PromptKind.BrightReference: return BrightReferenceName;
                default: return NoneName;
            }
        }
    }
}
