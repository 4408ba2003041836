using MpoProbe.Core;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace MpoProbe.Tests
{
    /// <summary>
    /// <see cref="PolarityResult"/>'s decisions on hand-built maps (Stryker survivors): when a
    /// mapping is known, what a tie keeps, that the last position and the last fiber count, and
    /// which pairs are crossed — never a fiber that lit an unused position.
    /// </summary>
    [TestClass]
    public class PolarityResultMutationTests
    {
        /// <summary>A decoded map: <paramref name="sourceAt"/>[j − 1] arrives at position j.</summary>
        private static PolarityResult Matched(MpoLayout layout, int[] sourceAt)
        {
            PolarityMap map = new PolarityMap();
            map.Begin(layout.PositionCount);
            for (int j = 1; j <= layout.PositionCount; j++)
            {
                map.Set(j, sourceAt[j - 1], false);
            }

            map.Finish(PolarityScanStatus.Decoded, true, 1, 1000);
            PolarityResult result = new PolarityResult();
            result.Match(map, layout);
            return result;
        }

        /// <summary>Type A on <paramref name="layout"/> (unused positions dark).</summary>
        private static int[] Straight(MpoLayout layout)
        {
            int[] sources = new int[layout.PositionCount];
            for (int j = 1; j <= layout.PositionCount; j++)
            {
                sources[j - 1] = layout.IsUsed(j) ? j : PolarityMap.NoLight;
            }

            return sources;
        }

        [TestMethod]
        public void NothingIsKnownBeforeADecodedMatch()
        {
            PolarityResult result = new PolarityResult();
            Check.False(result.IsKnown, "a result never matched names no type");
            Check.Equal(0, result.Compared, "and compared nothing");
        }

        [TestMethod]
        public void AScanThatDecodedNothingClaimsNothing()
        {
            PolarityMap map = new PolarityMap();
            map.Begin(12);
            map.Finish(PolarityScanStatus.NoLight, false, 2, 1000);
            PolarityResult result = new PolarityResult();
            result.Match(map, MpoLayout.Mpo12);
            Check.False(result.IsKnown, "not known");
            Check.Equal(0, result.Compared, "no position compared");
            Check.Equal(0u, result.MissingFibers, "no fiber called missing from a scan that saw no light");
            Check.Equal(0u, result.DifferMask, "no position called misplaced");
            Check.True(result.Judge(PolarityType.TypeA) == PolarityVerdict.NotTested, "not tested");
            Check.Equal("no light: polarity not tested", result.Describe(), "text");
        }

        [TestMethod]
        public void AUniqueBestBelowHalfIsStillUnknown()
        {
            // Positions 1-3 straight, 4 dark, the rest scrambled: Type A fits 3 of 12, B and C none.
            int[] sources = { 1, 2, 3, 0, 7, 4, 11, 9, 5, 6, 8, 10 };
            PolarityResult result = Matched(MpoLayout.Mpo12, sources);
            Check.Equal(3, result.Matches, "Type A fits 3");
            Check.Equal(12, result.Compared, "of 12");
            Check.False(result.IsKnown, "3 of 12 is no type, even with no tie");
            Check.Equal("unknown mapping, fiber 12 missing: 1\u21921, 2\u21922, 3\u21923, 7\u21925, 4\u21926, 11\u21927, 9\u21928, 5\u21929, 6\u219210, 8\u219211, 10\u219212",
                result.Describe(), "the map is listed source\u2192position, dark position 4 left out, position 12 included");
        }

        [TestMethod]
        public void ExactlyHalfIsKnown()
        {
            // Positions 1-6 straight, 7-12 shifted by one: Type A fits 6 of 12, C 3, B none.
            int[] sources = { 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 7 };
            PolarityResult result = Matched(MpoLayout.Mpo12, sources);
            Check.Equal(6, result.Matches, "Type A fits 6");
            Check.True(result.IsKnown && result.Best == PolarityType.TypeA, "half of the positions, no tie: Type A");
            Check.Contains("Type A, position 7 gets fiber 8 (expected fiber 7)", result.Describe(), "the misplaced positions are named");
        }

        [TestMethod]
        public void ATieKeepsTheFirstTemplatesCrossedPairs()
        {
            // Positions 1-3 and 10-12 straight, 4-9 reversed: A and B fit 6 of 12 each. The crossed
            // pairs are those against A (the first template tried), which the certificate marks.
            int[] sources = { 1, 2, 3, 9, 8, 7, 6, 5, 4, 10, 11, 12 };
            PolarityResult result = Matched(MpoLayout.Mpo12, sources);
            Check.False(result.IsKnown, "a tie is unknown");
            Check.True(result.Best == PolarityType.TypeA, "the first of the tied templates is kept");
            Check.Equal(6, result.Matches, "6 fit");
            Check.Equal("unknown mapping, positions 4\u21949 crossed, positions 5\u21948 crossed, positions 6\u21947 crossed: "
                + "1\u21921, 2\u21922, 3\u21923, 9\u21924, 8\u21925, 7\u21926, 6\u21927, 5\u21928, 4\u21929, 10\u219210, 11\u219211, 12\u219212",
                result.Describe(), "text");
        }

        [TestMethod]
        public void NoFiberDecodedIsSaid()
        {
            PolarityResult result = Matched(MpoLayout.Mpo8, new int[12]);
            Check.Equal(0, result.Matches, "no template fits a dark map");
            Check.False(result.IsKnown, "unknown");
            Check.Equal(PositionMask.Of(1) | PositionMask.Of(2) | PositionMask.Of(3) | PositionMask.Of(4) | PositionMask.Of(9) | PositionMask.Of(10)
                | PositionMask.Of(11) | PositionMask.Of(12), result.MissingFibers, "every used fiber of MPO-8 missing");
            Check.Equal("unknown mapping, fibers 1, 2, 3, 4, 9, 10, 11, 12 missing: no fiber decoded", result.Describe(), "text");
        }

        [TestMethod]
        public void TheLastPositionDarkIsMissingAndMisplaced()
        {
            int[] sources = Straight(MpoLayout.Mpo12);
            sources[11] = PolarityMap.NoLight;
            PolarityResult result = Matched(MpoLayout.Mpo12, sources);
            Check.True(result.IsKnown && result.Best == PolarityType.TypeA, "Type A, 11 of 12");
            Check.Equal(PositionMask.Of(12), result.DifferMask, "position 12 differs");
            Check.Equal(PositionMask.Of(12), result.MissingFibers, "fiber 12 missing");
            Check.Equal(0, result.CrossedCount, "nothing crossed");
            Check.True(result.Judge(PolarityType.TypeA) == PolarityVerdict.Fail, "fails");
            Check.Equal("Type A, fiber 12 missing, position 12 dark (expected fiber 12)", result.Describe(), "text");
        }

        [TestMethod]
        public void AnUnreadablePositionIsSaidAsSuch()
        {
            int[] sources = Straight(MpoLayout.Mpo12);
            sources[4] = PolarityMap.Unreadable;
            PolarityResult result = Matched(MpoLayout.Mpo12, sources);
            Check.Equal("Type A, fiber 5 missing, position 5 unreadable (expected fiber 5)", result.Describe(), "text");
        }

        [TestMethod]
        public void TheLastPairCrossedIsFound()
        {
            int[] sources = Straight(MpoLayout.Mpo12);
            sources[10] = 12;
            sources[11] = 11;
            PolarityResult result = Matched(MpoLayout.Mpo12, sources);
            Check.True(result.Judge(PolarityType.TypeA) == PolarityVerdict.Fail, "fails");
            Check.Equal(1, result.CrossedCount, "one pair");
            Check.Equal(11, result.CrossedFirst(0), "first position");
            Check.Equal(12, result.CrossedSecond(0), "second position");
            Check.Equal("Type A, positions 11\u219412 crossed", result.Describe(), "text: the crossed pair explains both positions");
            Check.Equal("11\u219412 CROSSED", PolarityText.Short(result, PolarityType.TypeA), "screen line");
        }

        [TestMethod]
        public void AFiberOnAnUnusedPositionIsMisplacedNotCrossed()
        {
            // MPO-8 uses 1-4 and 9-12. Fiber 4 arrives at unused 5, fiber 9 at unused 8.
            int[] sources = Straight(MpoLayout.Mpo8);
            sources[3] = PolarityMap.NoLight;
            sources[4] = 4;
            sources[7] = 9;
            sources[8] = PolarityMap.NoLight;
            PolarityResult result = Matched(MpoLayout.Mpo8, sources);
            Check.True(result.IsKnown && result.Best == PolarityType.TypeA, "Type A, 6 of 8");
            Check.Equal(PositionMask.Of(4) | PositionMask.Of(5) | PositionMask.Of(8) | PositionMask.Of(9), result.DifferMask,
                "dark used positions and lit unused ones differ");
            Check.Equal(0, result.CrossedCount, "a dark position and a lit unused one are not a crossed pair");
            Check.Equal(0u, result.MissingFibers, "both fibers arrive");
            Check.True(result.Judge(PolarityType.TypeA) == PolarityVerdict.Fail, "fails");
            string text = result.Describe();
            Check.Contains("position 4 dark (expected fiber 4)", text, "position 4");
            Check.Contains("position 5 gets fiber 4", text, "position 5");
            Check.Contains("position 8 gets fiber 9", text, "position 8");
            Check.Contains("position 9 dark (expected fiber 9)", text, "position 9");
            Check.False(text.IndexOf("crossed") >= 0, "nothing said crossed: " + text);
        }

        [TestMethod]
        public void TwoMissingFibersUpToThe32ndAreListed()
        {
            int[] sources = Straight(MpoLayout.Mpo32);
            sources[30] = PolarityMap.NoLight;
            sources[31] = PolarityMap.NoLight;
            PolarityResult result = Matched(MpoLayout.Mpo32, sources);
            Check.Equal("Type A, fibers 31, 32 missing, position 31 dark (expected fiber 31), position 32 dark (expected fiber 32)",
                result.Describe(), "plural, comma-separated, fiber 32 included");
        }

        [TestMethod]
        public void DescribeClearsTheBuilderFirst()
        {
            int[] sources = Straight(MpoLayout.Mpo12);
            sources[2] = 4;
            sources[3] = 3;
            PolarityResult result = Matched(MpoLayout.Mpo12, sources);
            TextBuilder t = new TextBuilder();
            t.Add("left over from an earlier line");
            Check.Equal("Type A, positions 3\u21944 crossed", result.Describe(t).ToString(), "only this result");
        }
    }
}
