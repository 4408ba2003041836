using System;
using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// The clean cycle's setting, reset and the line it logs and shows, pinned one by one (issue 25
    /// item 7): the escalation count's inclusive bounds, a reset that forgets the before, and the
    /// whole line for a clean, a move, a failed and an escalated clean.
    /// </summary>
    [TestClass]
    public class CleanCycleTextMutationTests
    {
        [TestMethod]
        public void FailedCleansBeforeEscalationIsOneToNine()
        {
            CleanCycle cycle = new CleanCycle();
            Check.Equal(2, cycle.MaxFailedCleans, "default two");
            cycle.MaxFailedCleans = 1;
            Check.Equal(1, cycle.MaxFailedCleans, "one allowed");
            cycle.MaxFailedCleans = 9;
            Check.Equal(9, cycle.MaxFailedCleans, "nine allowed");
            string message = Check.Throws(typeof(ArgumentOutOfRangeException), () => cycle.MaxFailedCleans = 10, "ten");
            Check.Contains("failed cleans before escalation 10 is outside 1..9", message, "the message names the value and the range");
            Check.Equal(9, cycle.MaxFailedCleans, "a refused value changes nothing");
        }

        [TestMethod]
        public void CompareWithoutABeforeSaysSo()
        {
            string message = Check.Throws(typeof(InvalidOperationException), () => new CleanCycle().Compare(new InspectionResult()), "no before");
            Check.Contains("no inspection before the clean to compare with", message, "the message says what is missing");
        }

        [TestMethod]
        public void ResetForgetsTheBeforeAndTheCount()
        {
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(CleanResults.Failing(PositionMask.Of(3), 1.3));
            cycle.Compare(CleanResults.Failing(PositionMask.Of(3), 1.3));
            Check.Equal(1, cycle.FailedCleans, "one failed clean");
            cycle.Compare(CleanResults.Failing(0, 0));
            Check.True(cycle.AllClean, "then clean");
            cycle.Reset();
            Check.False(cycle.HasBefore, "no before after a reset");
            Check.False(cycle.AllClean, "nothing clean yet on the new link");
            Check.Equal(0, cycle.FailedCleans, "count cleared");
            Check.Throws(typeof(InvalidOperationException), () => cycle.Compare(CleanResults.Failing(0, 0)), "a compare needs a new before");
        }

        [TestMethod]
        public void CleanLineNamesConfirmedContaminationOnly()
        {
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(CleanResults.Failing(0, 0));
            cycle.Compare(CleanResults.Failing(0, 0));
            Check.Equal("cleaned: PASS", cycle.Describe(), "nothing was dirty");
            cycle.SetBefore(CleanResults.Failing(PositionMask.Of(4), 1.1));
            cycle.Compare(CleanResults.Failing(0, 0));
            Check.Equal("cleaned: PASS (contamination confirmed at 4 (brown))", cycle.Describe(), "4 fell 0.8 dB");
            TextBuilder t = new TextBuilder();
            t.Add("left over from an earlier line");
            Check.Equal("cleaned: PASS (contamination confirmed at 4 (brown))", cycle.Describe(t).ToString(), "the builder is cleared first");
        }

        [TestMethod]
        public void MovedLineSaysItIsNotCounted()
        {
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(CleanResults.Failing(PositionMask.Of(6), 1.1));
            cycle.Compare(CleanResults.Failing(PositionMask.Of(4), 1.1));
            Check.Equal("contamination moved from 6 (white) to 4 (brown): clean connector AND adapter again, then re-inspect (not counted as a failed clean)",
                cycle.Describe(), "moved");
        }

        [TestMethod]
        public void FailedAndEscalatedLinesNameWhatDidNotChange()
        {
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(CleanResults.Failing(PositionMask.Of(3), 1.3));
            cycle.Compare(CleanResults.Failing(PositionMask.Of(3), 1.3));
            Check.Equal("clean connector AND adapter again, then re-inspect; no change at 3 (green) (failed cleans 1/2)", cycle.Describe(), "first failed clean");
            cycle.Compare(CleanResults.Failing(PositionMask.Of(3), 1.3));
            Check.Equal("not contamination: check damage, polarity, cable stress; no change at 3 (green) (failed cleans 2/2)", cycle.Describe(), "escalated");
        }

        [TestMethod]
        public void FailedLineNamesImprovedAndWorseButNoEmptyList()
        {
            double[] before = CleanResults.Values(12, 0.3);
            Verdict[] vb = CleanResults.Verdicts(12, Verdict.Pass);
            before[6] = 1.6;
            vb[6] = Verdict.Fail;
            double[] after = CleanResults.Values(12, 0.3);
            Verdict[] va = CleanResults.Verdicts(12, Verdict.Pass);
            after[6] = 0.95;
            va[6] = Verdict.Fail;
            after[9] = 1.0;
            va[9] = Verdict.Fail;
            double[] u = CleanResults.Values(12, 0.05);
            CleanCycle cycle = new CleanCycle();
            cycle.SetBefore(CleanResults.Build(MpoLayout.Mpo12, before, vb, u));
            cycle.Compare(CleanResults.Build(MpoLayout.Mpo12, after, va, u));
            Check.Equal("clean connector AND adapter again, then re-inspect; improved at 7 (red); worse at 10 (violet) (failed cleans 1/2)", cycle.Describe(), "improved and worse, nothing persistent: a clean that made a fiber worse is a failed clean");
        }
    }
}
