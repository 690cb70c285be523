using System.Buffers;
using Triangulate.Core.Collections;

namespace Triangulate.Stories.Lineage;

/// <summary>
/// Aligns two articles by shared shingle runs. Folded tokens make it blind to re-punctuation, case and
/// accents; set membership makes it blind to reordered paragraphs and added or trimmed leads; bridging a few
/// unmatched words keeps a run whole across a substituted word.
/// </summary>
public sealed class PassageAligner(LineageOptions options)
{
    private readonly LineageOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>
    /// A cheap bound checked before <see cref="Align"/>: a shared run of <see cref="LineageOptions.MinRunTokens"/>
    /// words needs that many minus the shingle size plus one shared distinct shingles. One merge of the sorted
    /// shingle sets; most candidates from common phrases stop here.
    /// </summary>
    public bool MayShareRun(ArticleFingerprint a, ArticleFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.ContentHash == b.ContentHash)
        {
            return true;
        }

        var needed = Math.Max(1, _options.MinRunTokens - _options.ShingleSize + 1);
        return SortedOverlap.Count<ulong>(a.SortedShingles, b.SortedShingles, needed) >= needed;
    }

    public AlignmentResult Align(ArticleFingerprint a, ArticleFingerprint b, bool withRuns = false)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var runs = withRuns ? new List<(int, int)>() : null;
        var (sharedA, narrativeA, longestA, holesA) = Side(a, b, runs);
        var (sharedB, narrativeB, longestB, holesB) = Side(b, a, null);
        return new AlignmentResult(a.Tokens.Count, b.Tokens.Count, sharedA, sharedB, narrativeA, narrativeB,
            Math.Max(longestA, longestB), (IReadOnlyList<(int, int)>?)runs ?? [], holesA + holesB);
    }

    private (int Shared, int Narrative, int Longest, int KeyHoles) Side(ArticleFingerprint self, ArticleFingerprint other, List<(int, int)>? runs)
    {
        var n = self.Tokens.Count;
        if (n == 0 || other.SortedShingles.Length == 0)
        {
            return (0, 0, 0, 0);
        }

        var covered = ArrayPool<bool>.Shared.Rent(n);
        try
        {
            Array.Clear(covered, 0, n);
            var k = Math.Min(_options.ShingleSize, n);
            var shingles = self.Shingles;
            var sortedOther = other.SortedShingles;
            for (var i = 0; i < shingles.Length; i++)
            {
                if (Array.BinarySearch(sortedOther, shingles[i]) >= 0)
                {
                    covered.AsSpan(i, k).Fill(true);
                }
            }

            return CountRuns(covered.AsSpan(0, n), self.Tokens, runs);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(covered);
        }
    }

    // A run is covered tokens with gaps of at most MaxGapTokens; it counts when it covers MinRunTokens or more.
    private (int Shared, int Narrative, int Longest, int KeyHoles) CountRuns(ReadOnlySpan<bool> covered, TokenSequence tokens, List<(int, int)>? runs)
    {
        int shared = 0, narrative = 0, longest = 0, keyHoles = 0;
        var quoted = tokens.Quoted;
        var i = 0;
        while (i < covered.Length)
        {
            if (!covered[i])
            {
                i++;
                continue;
            }

            var start = i;
            var end = i;
            var coveredCount = 0;
            var gap = 0;
            var gapHasKey = false;
            var runKeyHoles = 0;
            while (i < covered.Length && gap <= _options.MaxGapTokens)
            {
                if (covered[i])
                {
                    coveredCount++;
                    end = i + 1;
                    runKeyHoles += gapHasKey ? 1 : 0;
                    gap = 0;
                    gapHasKey = false;
                }
                else
                {
                    gap++;
                    gapHasKey |= tokens.Key[i];
                }

                i++;
            }

            if (coveredCount >= _options.MinRunTokens)
            {
                shared += end - start;
                longest = Math.Max(longest, end - start);
                for (var t = start; t < end; t++)
                {
                    if (!quoted[t])
                    {
                        narrative++;
                    }
                }

                runs?.Add((start, end));
                keyHoles += runKeyHoles;
            }

            i = end;
        }

        return (shared, narrative, longest, keyHoles);
    }
}
