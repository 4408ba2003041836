using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// Which prompt a result asks for, rule by rule (Stryker survivors in <see cref="Prompts.Choose"/>):
    /// two findings with the same prompt name all their positions, an unstable reading comes
    /// before a weak reference, a negative loss asks for a new reference on its own, PASS*-only
    /// results ask for a re-check, and a polarity failure is asked only when nothing else is.
    /// Results are built position by position on MPO-12 (limit 0.75 dB), every other position PASS.
    /// </summary>
    [TestClass]
    public class PromptChoiceMutationTests
    {
        /// <summary>MPO-12, every position PASS at 0.2 dB except the two given (position 0: none).</summary>
        private static InspectionResult Result(int p1, Verdict v1, int p2, Verdict v2)
        {
            InspectionResult r = new InspectionResult();
            r.Begin(MpoLayout.Mpo12, Wavelength.Nm850, 0.75, 0.1);
            for (int p = 1; p <= 12; p++)
            {
                Verdict v = p == p1 ? v1 : (p == p2 ? v2 : Verdict.Pass);
                double loss = v == Verdict.Fail ? 1.2 : (v == Verdict.PassStar || v == Verdict.FailStar ? 0.74 : 0.2);
                r.Set(p, v, -20.2, loss, 0.03);
            }

            return r;
        }

        private static PromptKind Choose(InspectionResult r, PolarityVerdict polarity, out uint positions)
        {
            r.Complete();
            Diagnosis d = new Diagnosis();
            d.Analyse(r);
            return Prompts.Choose(d, r, polarity, out positions);
        }

        private static void CheckPrompt(PromptKind expected, PromptKind actual, string what)
        {
            Check.True(expected == actual, what + ": expected " + Prompts.Name(expected) + ", got " + Prompts.Name(actual));
        }

        [TestMethod]
        public void TwoSeparateDirtyFibersAreBothNamed()
        {
            uint positions;
            PromptKind prompt = Choose(Result(2, Verdict.Fail, 9, Verdict.Fail), PolarityVerdict.NotTested, out positions);
            CheckPrompt(PromptKind.Clean, prompt, "two lone high losses (2 and 9, not neighbours)");
            Check.Equal(PositionMask.Of(2) | PositionMask.Of(9), positions, "the clean prompt names both, not only the last finding");
        }

        [TestMethod]
        public void AnUnstableReadingIsAskedBeforeAWeakReference()
        {
            uint positions;
            PromptKind prompt = Choose(Result(3, Verdict.Unstable, 9, Verdict.RefWeak), PolarityVerdict.NotTested, out positions);
            CheckPrompt(PromptKind.CleanReseat, prompt, "position 3 unstable, position 9 REF WEAK");
            Check.Equal(PositionMask.Of(3), positions, "names the unstable position");

            prompt = Choose(Result(3, Verdict.PassStar, 9, Verdict.RefWeak), PolarityVerdict.NotTested, out positions);
            CheckPrompt(PromptKind.WeakReference, prompt, "a PASS* position does not hold back the new reference");
            Check.Equal(PositionMask.Of(9), positions, "names the weak position");
        }

        [TestMethod]
        public void ANegativeLossAsksForANewReferenceEvenWithoutAFinding()
        {
            // Choose applies the verdict rules' impossible loss itself (InspectionResult.NegativeMask),
            // whatever the diagnosis it is given holds.
            InspectionResult r = Result(0, Verdict.Pass, 0, Verdict.Pass);
            r.Flag(4, true);
            r.Complete();
            uint positions;
            PromptKind prompt = Prompts.Choose(new Diagnosis(), r, PolarityVerdict.NotTested, out positions);
            CheckPrompt(PromptKind.ReReference, prompt, "position 4 impossibly negative, no finding");
            Check.Equal(PositionMask.Of(4), positions, "names the negative position");

            Diagnosis d = new Diagnosis();
            d.Analyse(r);
            prompt = Prompts.Choose(d, r, PolarityVerdict.Fail, out positions);
            CheckPrompt(PromptKind.ReReference, prompt, "with the diagnosis of the same result, and before polarity");
            Check.Equal(PositionMask.Of(4), positions, "still the negative position");
        }

        [TestMethod]
        public void PassStarOnlyAsksForARecheckNamingThosePositions()
        {
            uint positions;
            PromptKind prompt = Choose(Result(5, Verdict.PassStar, 11, Verdict.PassStar), PolarityVerdict.NotTested, out positions);
            CheckPrompt(PromptKind.Marginal, prompt, "only PASS* at 5 and 11");
            Check.Equal(PositionMask.Of(5) | PositionMask.Of(11), positions, "names both");

            prompt = Choose(Result(5, Verdict.FailStar, 11, Verdict.PassStar), PolarityVerdict.NotTested, out positions);
            CheckPrompt(PromptKind.Clean, prompt, "a FAIL* position is a lone high loss: clean");
            Check.Equal(PositionMask.Of(5), positions, "names the FAIL* position");
        }

        [TestMethod]
        public void AllPassIsNothingToDoUnlessPolarityFailed()
        {
            uint positions;
            PromptKind prompt = Choose(Result(0, Verdict.Pass, 0, Verdict.Pass), PolarityVerdict.NotTested, out positions);
            CheckPrompt(PromptKind.None, prompt, "all PASS, polarity not tested");
            Check.Equal(0u, positions, "no positions");

            prompt = Choose(Result(0, Verdict.Pass, 0, Verdict.Pass), PolarityVerdict.Pass, out positions);
            CheckPrompt(PromptKind.None, prompt, "all PASS, polarity passed");

            prompt = Choose(Result(0, Verdict.Pass, 0, Verdict.Pass), PolarityVerdict.Fail, out positions);
            CheckPrompt(PromptKind.CheckPolarity, prompt, "all PASS, polarity failed");
            Check.Equal(0u, positions, "the polarity prompt names no loss position");

            prompt = Choose(Result(6, Verdict.Fail, 0, Verdict.Pass), PolarityVerdict.Fail, out positions);
            CheckPrompt(PromptKind.Clean, prompt, "a failed loss is asked before polarity");

            prompt = Choose(Result(6, Verdict.PassStar, 0, Verdict.Pass), PolarityVerdict.Fail, out positions);
            CheckPrompt(PromptKind.Marginal, prompt, "so is a PASS* position");
        }

        [TestMethod]
        public void AnUnprovenGainIsAskedOnlyWhenNothingElseIs()
        {
            InspectionResult r = Result(0, Verdict.Pass, 0, Verdict.Pass);
            r.GainUnprovenMask = PositionMask.Of(7);
            uint positions;
            PromptKind prompt = Choose(r, PolarityVerdict.Fail, out positions);
            CheckPrompt(PromptKind.BrightReference, prompt, "gain unproven at 7, every loss PASS, polarity failed");
            Check.Equal(PositionMask.Of(7), positions, "names the unproven position");

            r = Result(2, Verdict.Fail, 0, Verdict.Pass);
            r.GainUnprovenMask = PositionMask.Of(7);
            prompt = Choose(r, PolarityVerdict.NotTested, out positions);
            CheckPrompt(PromptKind.Clean, prompt, "a failed loss first");
        }

        [TestMethod]
        public void OnlyContaminationPromptsStartACleanCycle()
        {
            for (int i = 0; i <= (int)PromptKind.BrightReference; i++)
            {
                PromptKind kind = (PromptKind)i;
                bool cleans = kind == PromptKind.Clean || kind == PromptKind.CleanReseat || kind == PromptKind.Marginal;
                Check.True(Prompts.StartsCleanCycle(kind) == cleans, Prompts.Name(kind) + (cleans ? " starts" : " does not start") + " a clean cycle");
            }
        }
    }
}
