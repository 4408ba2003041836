using MpoProbe.Core;
using MpoProbe.Simulation;

namespace MpoProbe.Tests
{
    /// <summary>
    /// Draws generated screen states for the layout check: every layout, wavelength and fiber,
    /// the longest labels and limits, two-digit fiber numbers, every verdict, finding and prompt.
    /// State <c>i</c> is always the same screen (seeded), so a failure names a reproducible state.
    /// </summary>
    public static class ScreenStates
    {
        private static MpoLayout[] Layouts => new MpoLayout[] { MpoLayout.Mpo8, MpoLayout.Mpo12, MpoLayout.Mpo16, MpoLayout.Mpo24, MpoLayout.Mpo32 };
        private static readonly Wavelength[] Wavelengths = { Wavelength.Nm850, Wavelength.Nm1300, Wavelength.Nm1310, Wavelength.Nm1550 };
        private static readonly string[] Notes = NoneFirst("CAP OR CONNECT NOW", "EXPOSED: RE-INSPECT", "CHECK PROBE PORT", "PORT WORN: INSPECT", "CORD WORN: REPLACE", "CORD SCATTERS: CLEAN");
        private static readonly string[] Labels = NoneFirst("JOB ;42", "WWWWWWWWWWWWWWWWWWWWWWWW", "trunk 32-a \"hall\" ;;=x", "A");

        /// <summary>
        /// No text (null) first, then <paramref name="texts"/>. Every element is assigned: an
        /// initializer's null element emits no store, and on the nanoFramework interpreter a
        /// never-assigned element is not null (docs/device-rules.md §3).
        /// </summary>
        public static string[] NoneFirst(params string[] texts)
        {
            string[] all = new string[texts.Length + 1];
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = i == 0 ? null : texts[i - 1];
            }

            return all;
        }

        /// <summary>Number of kinds of screen <see cref="Draw"/> cycles through.</summary>
        public const int Kinds = 10;

        /// <summary>Draws state <paramref name="index"/> into <paramref name="fb"/>; returns a name for messages.</summary>
        public static string Draw(int index, Framebuffer fb)
        {
            SimRandom random = new SimRandom((uint)(9000 + index));
            Screens screens = new Screens(fb);
            ChartScreens charts = new ChartScreens(fb);
            MpoLayout layout = Layouts[random.NextInt(Layouts.Length)];
            switch (index % Kinds)
            {
                case 0: return Ready(screens, random, layout);
                case 1:
                case 2: return Result(charts, random, layout);
                case 3: return Prompt(screens, random, layout, index);
                case 4: return Polarity(charts, random, layout);
                case 5: return Clean(charts, random, layout);
                case 6: return Escalate(screens, random, layout);
                case 7: return Menu(screens, random, layout);
                case 8: return Reference(screens, random, layout);
                default: return Error(screens, random, layout);
            }
        }

        private static InspectionSettings Settings(SimRandom random, MpoLayout layout)
        {
            InspectionSettings s = new InspectionSettings();
            s.Layout = layout;
            s.Fiber = (FiberType)random.NextInt(4);
            s.Wavelength = Wavelengths[random.NextInt(Wavelengths.Length)];
            int limit = random.NextInt(4);
            s.Limit = limit == 0 ? LimitProfile.Elite : (limit == 1 ? LimitProfile.Standard : LimitProfile.Restore("Custom " + (limit == 2 ? "20.00" : "0.05") + " dB", limit == 2 ? 20.0 : 0.05));
            s.LinkLabel = Labels[random.NextInt(Labels.Length)];
            s.ExpectedPolarity = PolarityTemplates.For(layout)[random.NextInt(PolarityTemplates.For(layout).Length)];
            return s;
        }

        private static string Ready(Screens screens, SimRandom random, MpoLayout layout)
        {
            InspectionSettings s = Settings(random, layout);
            Reference r = new Reference();
            int kind = random.NextInt(5);
            long ageMs = kind == 2 ? 999L * 3600000 : random.NextInt(200) * 60000L;
            if (kind > 0)
            {
                LayoutId id = kind == 3 ? (layout.Id == LayoutId.Mpo32 ? LayoutId.Mpo8 : LayoutId.Mpo32) : layout.Id;
                r.Seal(id, s.Wavelength, 0, 0, 0);
                r.Seal(id, s.Wavelength, 0, 0, r.ComputeChecksum());
                r.MarkForced(kind == 4 ? PositionMask.Of(layout.PositionCount) : 0);
            }

            string[] notes = NoneFirst("UNCALIBRATED", "CAL DUE: 99999 DAYS");
            screens.Ready(s, r, ageMs, random.NextInt(2) == 0 ? 100 : random.NextInt(100), notes[random.NextInt(notes.Length)]);
            return "ready " + layout.Name;
        }

        /// <summary>A result with random verdicts, losses from 0 to beyond the scale, none where not measured.</summary>
        public static InspectionResult RandomResult(SimRandom random, MpoLayout layout)
        {
            InspectionResult r = new InspectionResult();
            r.Begin(layout, Wavelengths[random.NextInt(Wavelengths.Length)], random.NextInt(2) == 0 ? 0.35 : 20.0, 0.1);
            int style = random.NextInt(4);
            for (int p = 1; p <= layout.PositionCount; p++)
            {
                Verdict v = !layout.IsUsed(p) ? (random.NextInt(8) == 0 ? Verdict.UnexpectedLight : Verdict.Unused)
                    : (style == 0 ? Verdict.Pass : (Verdict)(1 + random.NextInt(10)));
                bool measured = v == Verdict.Pass || v == Verdict.PassStar || v == Verdict.FailStar || v == Verdict.Fail || v == Verdict.Unstable;
                if (measured)
                {
                    r.Set(p, v, -20, random.Uniform(-0.5, style == 3 ? 30 : 3), 0.01);
                }
                else
                {
                    r.SetWithoutLoss(p, v, false, 0);
                }
            }

            r.Complete();
            return r;
        }

        private static string Result(ChartScreens charts, SimRandom random, MpoLayout layout)
        {
            InspectionResult r = RandomResult(random, layout);
            string[] polarity = NoneFirst(PolarityText.NotTested, "32\u219431 CROSSED +15", "FIBER 32 +31 MISSING", "TYPE B-ROW, NOT B-ROT", "POS 32 +9 MISPLACED", "POLARITY B-ROT OK");
            Verdict overall = (Verdict)random.NextInt(11);
            uint weak = random.NextInt(3) == 0 ? layout.UsedMask : (random.NextInt(2) == 0 ? PositionMask.Of(layout.PositionCount) : 0);
            charts.Result(r, overall, polarity[random.NextInt(polarity.Length)], Notes[random.NextInt(Notes.Length)], weak);
            return "result " + layout.Name + " overall " + VerdictText.Name(overall);
        }

        private static string Prompt(Screens screens, SimRandom random, MpoLayout layout, int index)
        {
            PromptKind kind = (PromptKind)((index / Kinds) % 12);
            uint[] masks = { 0, PositionMask.Of(layout.PositionCount), layout.UsedMask, PositionMask.Of(21) | PositionMask.Of(22) | PositionMask.Of(23) };
            screens.Prompt(kind, masks[random.NextInt(masks.Length)] & layout.UsedMask);
            return "prompt " + Prompts.Name(kind);
        }

        private static string Polarity(ChartScreens charts, SimRandom random, MpoLayout layout)
        {
            PolarityType[] types = PolarityTemplates.For(layout);
            PolarityType type = types[random.NextInt(types.Length)];
            PolarityMap map = new PolarityMap();
            map.Begin(layout.PositionCount);
            int damage = random.NextInt(5);
            for (int fiber = 1; fiber <= layout.PositionCount; fiber++)
            {
                int to = layout.IsUsed(fiber) ? PolarityTemplates.Destination(type, layout, fiber) : 0;
                if (to > 0 && !(damage == 1 && fiber == layout.PositionCount))
                {
                    map.Set(to, damage == 2 ? 1 + random.NextInt(layout.PositionCount) : fiber, damage == 3 && fiber % 5 == 0);
                }
            }

            if (damage == 4 && layout.PositionCount >= 2)
            {
                int a = map.SourceAt(layout.PositionCount);
                map.Set(layout.PositionCount, map.SourceAt(layout.PositionCount - 1), false);
                map.Set(layout.PositionCount - 1, a, false);
            }

            bool decoded = random.NextInt(6) != 0;
            map.Finish(decoded ? PolarityScanStatus.Decoded : PolarityScanStatus.NoCodedSource, true, 2, 900000);
            PolarityResult result = new PolarityResult();
            result.Match(map, layout);
            result.Judge(types[random.NextInt(types.Length)]);
            charts.Polarity(result, map, layout, types[random.NextInt(types.Length)]);
            return "polarity " + layout.Name + " damage " + damage.ToString();
        }

        private static string Clean(ChartScreens charts, SimRandom random, MpoLayout layout)
        {
            CleanCycle cycle = new CleanCycle();
            cycle.MaxFailedCleans = 1 + random.NextInt(9);
            cycle.SetBefore(RandomResult(random, layout));
            InspectionResult after = RandomResult(random, layout);
            for (int i = random.NextInt(3); i >= 0; i--)
            {
                cycle.Compare(after);
            }

            charts.CleanResult(cycle, after);
            return "clean result " + layout.Name;
        }

        private static string Escalate(Screens screens, SimRandom random, MpoLayout layout)
        {
            CleanCycle cycle = new CleanCycle();
            cycle.MaxFailedCleans = 9;
            InspectionResult r = RandomResult(random, layout);
            cycle.SetBefore(r);
            for (int i = random.NextInt(9); i >= 0; i--)
            {
                cycle.Compare(r);
            }

            uint[] masks = { 0, PositionMask.Of(layout.PositionCount), layout.UsedMask, PositionMask.Of(1) | PositionMask.Of(2), PositionMask.Of(1) | PositionMask.Of(layout.PositionCount) };
            uint at = masks[random.NextInt(masks.Length)];
            screens.Escalate(cycle, at, EscalationCause.Of(at, layout));
            return "escalate " + layout.Name;
        }

        private static string Menu(Screens screens, SimRandom random, MpoLayout layout)
        {
            string[] items = new string[MenuItems.Count];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = string.Empty;
            }

            MenuItems.Build(Settings(random, layout), items);
            screens.Menu(items, random.NextInt(items.Length));
            return "menu " + layout.Name;
        }

        private static string Reference(Screens screens, SimRandom random, MpoLayout layout)
        {
            uint low = random.NextInt(2) == 0 ? layout.UsedMask : PositionMask.Of(layout.PositionCount);
            if (random.NextInt(2) == 0)
            {
                screens.Confirm("CORD UNEVEN, LOW: " + Screens.PositionsFit(low, 24), "USE IT ANYWAY? NO: CLEAN THE CORD AND MEASURE AGAIN.");
                return "confirm reference";
            }

            screens.Instruction("CONNECT REFERENCE CORD", "SOURCE > 1 CLEAN CORD > PROBE. " + layout.Name + " 1550 NM.", "PRESS: MEASURE", "HOLD: CANCEL");
            return "connect reference";
        }

        private static string Error(Screens screens, SimRandom random, MpoLayout layout)
        {
            switch (random.NextInt(5))
            {
                case 0: screens.Error("NO REF", "NO REFERENCE FOR " + layout.Name + " AT 1550 NM. HOLD: MENU, SET REFERENCE."); break;
                case 1: screens.Error("REFUSED", "AT " + Screens.PositionsFit(layout.UsedMask, 18) + ". CLEAN OR CHECK THE CORD, SOURCE ON. SEE LOG."); break;
                case 2: screens.Measuring(random.NextInt(2) == 0 ? "RE-INSPECT" : "REFERENCE", random.NextInt(101)); break;
                case 3: screens.Boot("DARK CAPTURE: KEEP THE PORT CAPPED"); break;
                default: screens.Error("BAD REF", "STORED REFERENCE FAILED ITS CHECKSUM AND WAS CLEARED. SET A NEW ONE."); break;
            }

            return "error/boot/measuring " + layout.Name;
        }
    }
}
