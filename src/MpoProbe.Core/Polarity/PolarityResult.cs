using System;

namespace MpoProbe.Core
{
    /// <summary>
    /// The best-fitting polarity template for a decoded map and every way the map departs from
    /// it: crossed pairs, missing fibers, fibers split over two positions, mixed or unreadable
    /// positions. Judged against the job's expected type. Reused between scans; text only in
    /// <see cref="Describe()"/>.
    /// </summary>
    public sealed class PolarityResult
    {
        private readonly int[] _expected = new int[MpoLayout.MaxPositions];
        private readonly int[] _best = new int[MpoLayout.MaxPositions];
        private readonly int[] _crossA = new int[MpoLayout.MaxPositions];
        private readonly int[] _crossB = new int[MpoLayout.MaxPositions];
        private PolarityMap _map;
        private MpoLayout _layout = MpoLayout.Mpo12;

        /// <summary>Scan outcome the result was built from.</summary>
        public PolarityScanStatus Status { get; private set; }

        /// <summary>Best-fitting template.</summary>
        public PolarityType Best { get; private set; }

        /// <summary>Used positions that match the best template.</summary>
        public int Matches { get; private set; }

        /// <summary>Used positions compared.</summary>
        public int Compared { get; private set; }

        /// <summary>
        /// True when the best template explains at least half of the positions and no other explains
        /// as many; otherwise the mapping is unknown (a tie named as one type would misdirect the fix).
        /// </summary>
        public bool IsKnown => Status == PolarityScanStatus.Decoded && Compared > 0 && 2 * Matches >= Compared && !_tied;

        private bool _tied;

        /// <summary>Used positions whose source differs from the best template.</summary>
        public uint DifferMask { get; private set; }

        /// <summary>Source fibers (bit = fiber − 1) that arrive nowhere.</summary>
        public uint MissingFibers { get; private set; }

        /// <summary>Source fibers that arrive at two or more positions.</summary>
        public uint SplitFibers { get; private set; }

        /// <summary>Number of crossed pairs.</summary>
        public int CrossedCount { get; private set; }

        /// <summary>Verdict against the expected type (see <see cref="Judge"/>).</summary>
        public PolarityVerdict Verdict { get; private set; }

        /// <summary>Receive positions of crossed pair <paramref name="index"/>.</summary>
        public int CrossedFirst(int index)
        {
            return _crossA[index];
        }

        /// <summary>Second receive position of crossed pair <paramref name="index"/>.</summary>
        public int CrossedSecond(int index)
        {
            return _crossB[index];
        }

        /// <summary>Finds the best template for <paramref name="map"/> on <paramref name="layout"/>.</summary>
        public void Match(PolarityMap map, MpoLayout layout)
        {
            if (map == null || layout == null)
            {
                throw new ArgumentNullException(map == null ? "map" : "layout");
            }

            _map = map;
            _layout = layout;
            Status = map.Status;
            Matches = -1;
            _tied = false;
            Compared = 0;
            DifferMask = 0;
            CrossedCount = 0;
            MissingFibers = 0;
            SplitFibers = 0;
            Verdict = PolarityVerdict.NotTested;
            if (Status != PolarityScanStatus.Decoded)
            {
                return;
            }

            PolarityType[] templates = PolarityTemplates.For(layout);
            for (int t = 0; t < templates.Length; t++)
            {
                PolarityTemplates.ExpectedSources(templates[t], layout, _expected);
                int matches = CountMatches(map, layout);
                _tied = matches == Matches || (_tied && matches < Matches);
                if (matches > Matches)
                {
                    Matches = matches;
                    Best = templates[t];
                    Array.Copy(_expected, _best, layout.PositionCount);
                }
            }

            Compared = layout.UsedCount;
            FindDifferences(map, layout);
        }

        /// <summary>PASS only for the expected template with every fiber in place.</summary>
        public PolarityVerdict Judge(PolarityType expected)
        {
            if (Status != PolarityScanStatus.Decoded)
            {
                Verdict = PolarityVerdict.NotTested;
                return Verdict;
            }

            bool clean = DifferMask == 0 && MissingFibers == 0 && SplitFibers == 0 && _map.MixedMask == 0;
            Verdict = clean && Best == expected ? PolarityVerdict.Pass : PolarityVerdict.Fail;
            return Verdict;
        }

        private int CountMatches(PolarityMap map, MpoLayout layout)
        {
            int matches = 0;
            for (int j = 1; j <= layout.PositionCount; j++)
            {
                if (layout.IsUsed(j) && map.SourceAt(j) == _expected[j - 1])
                {
                    matches++;
                }
            }

            return matches;
        }

        private void FindDifferences(PolarityMap map, MpoLayout layout)
        {
            int n = layout.PositionCount;
            for (int j = 1; j <= n; j++)
            {
                int source = map.SourceAt(j);
                if (_best[j - 1] != source && (layout.IsUsed(j) || source != PolarityMap.NoLight))
                {
                    DifferMask = PositionMask.With(DifferMask, j);
                }
            }

            for (int fiber = 1; fiber <= n; fiber++)
            {
                if (!layout.IsUsed(fiber))
                {
                    continue;
                }

                int seen = 0;
                for (int j = 1; j <= n; j++)
                {
                    seen += map.SourceAt(j) == fiber ? 1 : 0;
                }

                MissingFibers = seen == 0 ? PositionMask.With(MissingFibers, fiber) : MissingFibers;
                SplitFibers = seen > 1 ? PositionMask.With(SplitFibers, fiber) : SplitFibers;
            }

            for (int a = 1; a <= n; a++)
            {
                for (int b = a + 1; b <= n; b++)
                {
                    if (PositionMask.Contains(DifferMask, a) && PositionMask.Contains(DifferMask, b)
                        && _best[a - 1] > 0 && _best[b - 1] > 0
                        && map.SourceAt(a) == _best[b - 1] && map.SourceAt(b) == _best[a - 1])
                    {
                        _crossA[CrossedCount] = a;
                        _crossB[CrossedCount] = b;
                        CrossedCount++;
                    }
                }
            }
        }

        /// <summary>The full result in words for the log (allocates; the log writes it with <see cref="Describe(TextBuilder)"/>).</summary>
        public string Describe()
        {
            return Describe(new TextBuilder()).ToString();
        }

        /// <summary>
        /// Writes the full result into <paramref name="t"/> (cleared first): the type and every
        /// crossed, missing, split, misplaced or mixed position, or the decoded map when no type fits.
        /// </summary>
        public TextBuilder Describe(TextBuilder t)
        {
            t.Clear();
            if (Status == PolarityScanStatus.NoCodedSource)
            {
                return t.Add("no coded source: power only");
            }

            if (Status == PolarityScanStatus.NoLight)
            {
                return t.Add("no light: polarity not tested");
            }

            t.Add(IsKnown ? PolarityTemplates.Name(Best) : "unknown mapping");
            uint explained = 0;
            for (int i = 0; i < CrossedCount; i++)
            {
                t.Add(", positions ").Add(_crossA[i]).Add('\u2194').Add(_crossB[i]).Add(" crossed");
                explained |= PositionMask.Of(_crossA[i]) | PositionMask.Of(_crossB[i]);
            }

            FiberList(t, ", fiber", MissingFibers, " missing");
            FiberList(t, ", fiber", SplitFibers, " split over two positions");
            for (int j = 1; j <= _layout.PositionCount; j++)
            {
                if (IsKnown && PositionMask.Contains(DifferMask, j) && !PositionMask.Contains(explained, j))
                {
                    t.Add(", position ").Add(j).Add(' ');
                    Received(t, j);
                    t.Add(" (expected fiber ").Add(_best[j - 1]).Add(')');
                }
            }

            if (_map.MixedMask != 0)
            {
                t.Add(", mixed light at ").AddPositions(_map.MixedMask);
            }

            if (!IsKnown)
            {
                t.Add(": ");
                MapText(t);
            }

            return t;
        }

        private void Received(TextBuilder t, int position)
        {
            int source = _map.SourceAt(position);
            if (source == PolarityMap.NoLight)
            {
                t.Add("dark");
                return;
            }

            if (source == PolarityMap.Unreadable)
            {
                t.Add("unreadable");
                return;
            }

            t.Add("gets fiber ").Add(source);
        }

        private void MapText(TextBuilder t)
        {
            bool any = false;
            for (int j = 1; j <= _layout.PositionCount; j++)
            {
                int source = _map.SourceAt(j);
                if (source > 0)
                {
                    t.Add(any ? ", " : string.Empty).Add(source).Add('\u2192').Add(j);
                    any = true;
                }
            }

            if (!any)
            {
                t.Add("no fiber decoded");
            }
        }

        private static void FiberList(TextBuilder t, string prefix, uint mask, string suffix)
        {
            if (mask == 0)
            {
                return;
            }

            t.Add(prefix).Add(PositionMask.Count(mask) > 1 ? "s " : " ");
            bool first = true;
            for (int p = 1; p <= MpoLayout.MaxPositions; p++)
            {
                if (PositionMask.Contains(mask, p))
                {
                    t.Add(first ? string.Empty : ", ").Add(p);
                    first = false;
                }
            }

            t.Add(suffix);
        }
    }
}
